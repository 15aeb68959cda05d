"""Strøm+: a Danish streaming app (series, films, DR/TV 2-style channels) on
the mother's Pixel 8 in Klaksvík.

Its backend is Danish: `afspilning` (playback), `set` (watched),
`afspilningsposition`, `varighed`, `fortsæt med at se` (continue watching),
`enhed` (device). Adobe Media Analytics (the Media Collection API on
`*.hb-api.omtrdc.net`) gets a `sessionStart` naming the show, episode and
length with the Experience Cloud id, then `ping` / `play` / `pauseStart`
events that carry only the playhead of that session (an opaque carrier: the
content was named at the start). Braze (`sdk.fra-02.braze.eu/api/v3/data`)
gets the install's `device_id` and custom events `afspilning_afsluttet` with
the title and the watched minutes. The catalogue, search, "top 10 i Danmark"
and the price list are content fetches; the Adobe session id and Braze
session ids are not device ids.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.stromplus.example"
ADOBE = "https://stromplus.hb-api.omtrdc.net"
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data"
UA = ua("StromPlus", "11.4.0", "mamma")
TITLER = [
    ("t801", "Borgen – Riget, magten og æren", 3300),
    ("t812", "Matador", 2900),
    ("t825", "Forbrydelsen", 3500),
    ("t833", "Klovn", 1500),
    ("t847", "Ternet Ninja", 4800),
    ("t859", "Rejseholdet", 3400),
]
ORG = "A4C21B6A5C6E9F2E0A495C1F@AdobeOrg"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "stromplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 44))
    return b


def _t(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLER)


def enhed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/enheder")
    b.json(
        {
            "enhedsId": b.id("aid_strom", where="json enhedsId"),
            "reklameId": b.id("gaid_mamma", where="json reklameId"),
            "platform": "android",
            "model": "Pixel 8",
            "bruger": b.acct("strom_user"),
        }
    )
    b.ok_json({"maksEnheder": 4, "registreret": True})
    return b.build()


def adobe_start(c: Context) -> Flow:
    tid, titel, varighed = _t(c)
    b = FB(c, "adobe-media", "POST", f"{ADOBE}/api/v1/sessions")
    b.header("user-agent", UA)
    b.view("json params media.name/media.show/media.length (sessionStart)")
    b.json(
        {
            "playerTime": {"playhead": 0, "ts": ms(c)},
            "eventType": "sessionStart",
            "params": {
                "analytics.trackingServer": "stromplus.sc.omtrdc.net",
                "analytics.reportSuite": "stromplusprod",
                "analytics.enableSSL": True,
                "visitor.marketingCloudOrgId": ORG,
                "visitor.marketingCloudUserId": b.id(
                    "strom_ecid", where="json params.visitor.marketingCloudUserId (ECID)"
                ),
                "media.id": tid,
                "media.name": titel,
                "media.show": titel.split(" – ")[0],
                "media.episode": str(c.rng.randint(1, 20)),
                "media.length": varighed,
                "media.contentType": "VOD",
                "media.playerName": "ExoPlayer",
                "media.channel": "Strøm+ Android",
            },
            "customMetadata": {"genre": "Drama", "sprog": "da"},
        }
    )
    sid = new_hex(c.rng, 64)
    b.decoy("media session id in the Location header")
    b.respond(201, None, headers=[("location", f"/api/v1/sessions/{sid}")])
    return b.build()


def adobe_ping(c: Context) -> Flow:
    sid = new_hex(c.rng, 64)
    b = FB(c, "adobe-media", "POST", f"{ADOBE}/api/v1/sessions/{sid}/events")
    b.header("user-agent", UA)
    b.view("json playerTime.playhead of a media session named at sessionStart", False)
    b.json(
        {
            "playerTime": {"playhead": c.rng.randint(10, 3000), "ts": ms(c)},
            "eventType": c.rng.choice(["ping", "ping", "play", "pauseStart"]),
        }
    )
    b.no_content()
    return b.build()


def adobe_complete(c: Context) -> Flow:
    tid, titel, varighed = _t(c)
    sid = new_hex(c.rng, 64)
    b = FB(c, "adobe-media", "POST", f"{ADOBE}/api/v1/sessions/{sid}/events")
    b.header("user-agent", UA)
    b.view("json eventType=sessionComplete + params media.name/media.length")
    b.json(
        {
            "playerTime": {"playhead": varighed, "ts": ms(c)},
            "eventType": "sessionComplete",
            "params": {"media.id": tid, "media.name": titel, "media.length": varighed},
        }
    )
    b.no_content()
    return b.build()


def _braze_base(c: Context, b: FB) -> dict[str, object]:
    return {
        "api_key": "8f1c" + new_hex(c.rng, 28),
        "device_id": b.id("strom_braze", where="json device_id"),
        "time": int(c.now),
        "sdk_version": "30.4.0",
        "app_version": "11.4.0",
        "respond_with": {"config": {"config_time": int(c.now) - 3600}},
    }


def braze_session(c: Context) -> Flow:
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", dalvik("mamma"))
    b.header("x-braze-api-key", "8f1c" + new_hex(c.rng, 28))
    body = _braze_base(c, b)
    body["device"] = {
        "android_version": "34",
        "model": "Pixel 8",
        "brand": "google",
        "locale": "da_DK",
        "time_zone": "Atlantic/Faroe",
        "ad_tracking_enabled": True,
        "google_ad_id": b.id("gaid_mamma", where="json device.google_ad_id"),
    }
    body["events"] = [{"name": "ss", "data": {}, "time": int(c.now), "session_id": rid(c.rng)}]
    b.decoy("session_id uuid")
    b.json(body)
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def braze_afspilning(c: Context) -> Flow:
    tid, titel, varighed = _t(c)
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", dalvik("mamma"))
    body = _braze_base(c, b)
    body["events"] = [
        {
            "name": "ce",
            "data": {
                "n": "afspilning_afsluttet",
                "p": {
                    "titel": titel,
                    "titel_id": tid,
                    "sete_minutter": c.rng.randint(5, varighed // 60),
                    "varighed_minutter": varighed // 60,
                },
            },
            "time": int(c.now),
            "session_id": rid(c.rng),
            "user_id": b.acct("strom_user"),
        }
    ]
    b.view("json events[].data n=afspilning_afsluttet + p.titel/sete_minutter")
    b.json(body)
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def fortsaet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v5/bruger/fortsaet-med-at-se")
    b.view("response json fortsæt[] titel/afspilningsposition", direction="response")
    b.ok_json(
        {
            "fortsæt": [
                {
                    "titelId": t,
                    "titel": n,
                    "afspilningsposition": c.rng.randint(60, d - 60),
                    "varighed": d,
                    "sidstSet": iso(c),
                }
                for t, n, d in (_t(c) for _ in range(c.rng.randint(2, 5)))
            ]
        }
    )
    return b.build()


def position(c: Context) -> Flow:
    """Resume point saved every minute; the device id only as MD5 in a header."""
    tid, _, varighed = _t(c)
    b = _b(c, "PUT", f"{API}/v5/afspilning/{tid}/position")
    b.header("x-eh", b.id("aid_strom", "md5", "header x-eh", detectable=False))
    b.view("json afspilningsposition for titel id in the path")
    b.json({"afspilningsposition": c.rng.randint(0, varighed), "tidspunkt": iso(c)})
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v5/katalog?kategori=serier")
    b.decoy("catalogue with lengths (varighed)")
    b.ok_json({"titler": [{"id": t, "titel": n, "varighed": d} for t, n, d in TITLER]})
    return b.build()


def soeg(c: Context) -> Flow:
    q = c.rng.choice(["borgen", "matador", "ninja"])
    b = _b(c, "GET", f"{API}/v5/soeg?" + urlencode({"q": q}))
    b.decoy("search results (content fetch)")
    b.ok_json({"resultater": [{"id": t, "titel": n} for t, n, _ in TITLER[:3]]})
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v5/top10?land=DK")
    b.decoy("top 10 in Denmark: aggregate view counts")
    b.ok_json(
        {
            "top": [
                {"plads": i + 1, "titel": n, "visninger": c.rng.randint(10**4, 10**6)}
                for i, (_, n, _) in enumerate(TITLER)
            ]
        }
    )
    return b.build()


def priser(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v5/abonnementer")
    b.decoy("plans: price and binding period (varighed) in months")
    b.ok_json(
        {
            "planer": [
                {"navn": "Basis", "pris": 79, "varighed": 1},
                {"navn": "Premium", "pris": rf(c.rng, 129, 149, 0), "varighed": 1},
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    t = _t(c)[0]
    b = FB(c, "stromplus", "GET", f"https://cdn.stromplus.example/trailere/{t}/720p.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("trailer fetch (a video fetch, no report)")
    b.respond(206, "video/mp4", c.rng.randbytes(500))
    return b.build()


def braze_content_cards(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/content_cards/sync")
    b.header("user-agent", dalvik("mamma"))
    b.json(
        {
            "device_id": b.id("strom_braze", where="json device_id"),
            "last_full_sync": int(c.now) - 86400,
        }
    )
    b.ok_json({"cards": [{"id": new_hex(c.rng, 24), "tt": "Nyt i december", "ds": js({})}]})
    return b.build()
