"""The family's LG webOS TV: LG's ACR (Live Plus, run with Alphonso) fingerprint
matches, the LG ad platform's LGUDID, the TV's Wi-Fi MAC and serial in its
service-platform (SDP) calls; decoys: EPG, weather widget, key presses.

Hosts as seen in webOS traffic captures and LG's privacy notice (lgtvsdp.com
SDP, "us.ad.lgsmartad.com" ad server, Alphonso ACR "*.alphonso.tv");
the ACR JSON body layout is our own reconstruction."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, tv_ua

CHANNELS = ["TVN", "Polsat", "TVP1", "Nova", "CT1", "RTL", "TV2", "Netflix"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lgtv", method, url)
    b.header("user-agent", tv_ua())
    return b


def acr_match(c: Context) -> Flow:
    b = _b(c, "POST", "https://eu.acr.alphonso.tv/v3/lg/match")
    b.view("body:$.matches[*] (ACR content id and offset)")
    b.json(
        {
            "lgudid": b.id("tv_udid", where="body:$.lgudid"),
            "acr_session": rid(c.rng),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "content_id": f"EP{c.rng.randint(10**6, 10**7)}",
                    "offset_s": c.rng.randint(0, 3600),
                    "detected_at": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "fp_type": "audio",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    """Raw audio fingerprints before matching: opaque hashes, nothing readable."""
    b = _b(c, "POST", "https://eu.acr.alphonso.tv/v3/lg/fp")
    b.view("body:$.fp (opaque audio fingerprints)", detectable=False)
    b.json(
        {"s": rid(c.rng), "fp": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "t": ms(c)}
    )
    b.no_content()
    return b.build()


def ad_request(c: Context) -> Flow:
    b = _b(c, "GET", "https://eu.ad.lgsmartad.com/lgad/adRequest")
    for k, v in [
        ("lgudid", b.id("tv_udid", where="query:lgudid")),
        ("platform", "webOS6"),
        ("slot", "home_banner"),
        ("country", "PL"),
    ]:
        b.param(k, v)
    b.ok_json({"ads": [{"id": rid(c.rng), "img": "https://cdn.lgsmartad.com/a.jpg"}]})
    return b.build()


def sdp_init(c: Context) -> Flow:
    b = _b(c, "POST", "https://pl.lgtvsdp.com/rest/sdp/v7.0/initservices")
    b.header("x-device-id", b.id("tv_mac", "nosep_upper", where="header:x-device-id"))
    b.header("x-device-serial", b.id("tv_serial", where="header:x-device-serial"))
    b.header("x-device-product", "webOSTV 6.0")
    b.header("x-device-model", "HE_DTV_W21P_AFADATAA")
    b.json({"initServices": {"country": "POL", "lang": "pl-PL"}})
    b.ok_json({"result": "OK", "serverTime": iso(c)})
    return b.build()


def mac_opaque(c: Context) -> Flow:
    """A vendor diagnostics ping: the MAC sits under a meaningless key."""
    b = _b(c, "POST", "https://diag.lgtvsdp.com/d")
    b.json({"a": b.id("tv_mac", "md5", where="body:$.a", detectable=False), "b": ms(c), "c": 3})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "https://pl.lgtvsdp.com/rest/epg/v2/schedule")
    b.decoy("EPG schedule")
    b.ok_json({"ch": [{"name": ch, "now": "Wiadomosci", "start": iso(c)} for ch in CHANNELS[:4]]})
    return b.build()


def weather_widget(c: Context) -> Flow:
    b = _b(c, "GET", "https://pl.lgtvsdp.com/rest/weather/v1/now?city=Warszawa")
    b.ok_json({"temp": c.rng.randint(-5, 25), "icon": "cloudy"})
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", "https://pl.lgtvsdp.com/rest/log/v1/ui")
    b.decoy("remote key presses / UI navigation")
    b.json(
        {
            "events": [
                {"key": c.rng.choice(["UP", "DOWN", "OK", "HOME"]), "t": ms(c)} for _ in range(4)
            ]
        }
    )
    b.no_content()
    return b.build()
