"""The newsroom's reader app ("Rheinblick") as the journalist uses it, ATT refused.

Real: Google IMA / Ad Manager ad requests (pubads.g.doubleclick.net/gampad/ads
with iu, sz, rdid, idtype=idfa, is_lat), per Google's IMA SDK docs on
"rdid, idtype and is_lat" for apps; with ATT refused iOS returns the all-zero
IDFA, so `rdid` carries no identifier. Sourcepoint's TCF consent call
(cdn.privacy-mgmt.com/wrapper/v2/messages) with an IAB TCF v2 consent
string. In-house article API with embedded video metadata.
All decoys: zero advertising id, consent strings, article reads.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64url

from .phone import FB, ZERO_IDFA, iso, ua

UA = ua("Rheinblick", "6.12.0")


def gam_ad(c: Context) -> Flow:
    b = FB(
        c,
        "gam",
        "GET",
        "https://pubads.g.doubleclick.net/gampad/ads",
        [
            ("iu", "/21774185/rheinblick/app/artikel"),
            ("sz", "320x250"),
            ("rdid", ZERO_IDFA),
            ("idtype", "idfa"),
            ("is_lat", "1"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
            ("msid", "de.rheinblick.app"),
            ("an", "Rheinblick"),
        ],
    )
    b.header("user-agent", UA)
    b.respond(200, "text/html", b"<html><!-- ad --></html>")
    b.decoy("ad request with the all-zero IDFA (ATT refused): no identifier")
    return b.build()


def consent(c: Context) -> Flow:
    b = FB(
        c,
        "sourcepoint",
        "POST",
        "https://cdn.privacy-mgmt.com/wrapper/v2/messages",
        [("env", "prod"), ("consentLanguage", "de")],
    )
    b.header("user-agent", UA)
    tcf = "CP" + b64url(bytes(c.rng.getrandbits(8) for _ in range(60)))
    b.json(
        {
            "accountId": 1902,
            "propertyHref": "https://app.rheinblick-medien.de",
            "campaigns": {"gdpr": {"consentStatus": {"consentedAll": False}, "euconsent": tcf}},
            "localState": {"gdpr": {"mmsCookies": [], "uuid": new_uuid(c.rng)}},
        }
    )
    b.ok_json({"campaigns": [{"type": "GDPR", "euconsent": tcf}]})
    b.decoy("TCF consent string and consent-record uuid (not a device id)")
    return b.build()


def article(c: Context) -> Flow:
    art = f"art-{c.rng.randint(100000, 999999)}"
    b = FB(c, "rheinblick", "GET", f"https://api.rheinblick-medien.de/v3/artikel/{art}")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "id": art,
            "titel": "Gesichtserkennung: Was die Polizei darf",
            "veroeffentlicht": iso(c),
            "video": {
                "clipId": f"clip_{new_hex(c.rng, 10)}",
                "dauerSek": c.rng.randint(30, 400),
                "hls": f"https://video.rheinblick-medien.de/{new_hex(c.rng, 10)}/master.m3u8",
            },
            "lesedauerMin": c.rng.randint(2, 12),
        }
    )
    b.decoy("article with an embedded clip's duration, fetched for reading")
    return b.build()
