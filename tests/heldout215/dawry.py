"""Dawry Masry: an Egyptian Premier League app (Al Ahly, Zamalek, Pyramids...) on
the younger son's Redmi Note 12 in Cairo.

Live scores, events and the table are polled; the app streams matches and
goal clips and reports watch time per match (`matchId`, `sawanyEtfarag`) to its
backend. AppsFlyer launches and in-app events carry `advertiserId`, AppsFlyer's
`uid` and `android_id` (the SDK's ServerParameters names). Banner ads come from
an OpenRTB 2.5 exchange: the bid request carries `device.ifa` and hashed
platform ids (`dpidsha1`, `dpidmd5`), https://www.iab.com/guidelines/openrtb/.
A match's minute-by-minute events, the clips' view counters and the table are
not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.dawrymasry.example"
UA = ua("DawryMasry", "4.0.3", "akh")
ANDEYA = [
    "Al Ahly",
    "Zamalek",
    "Pyramids FC",
    "Al Masry",
    "Future FC",
    "Ismaily",
    "Al Ittihad Alexandria",
    "Smouha",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dawrymasry", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(ANDEYA, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.dawrymasry.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("akh"))
    b.json(
        {
            "advertiserId": b.id("gaid_akh", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("dawry_af_uid", where="json uid"),
            "android_id": b.id("aid_dawry", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.0.3",
            "model": "23021RAAEG",
            "brand": "Redmi",
            "lang_code": "ar",
            "country": "EG",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.dawrymasry.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("akh"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "tab3_nady", "af_content_view"]),
            "eventValue": '{"nady":"' + c.rng.choice(ANDEYA) + '"}',
            "advertiserId": b.id("gaid_akh", where="json advertiserId"),
            "uid": b.id("dawry_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.nileads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("akh"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "dawry_live_banner",
                    "banner": {"w": 320, "h": 50},
                    "bidfloor": 0.05,
                }
            ],
            "app": {
                "bundle": "com.dawrymasry.live",
                "name": "Dawry Masry",
                "cat": ["IAB17"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("akh"),
                "ifa": b.id("gaid_akh", where="json device.ifa"),
                "dpidsha1": b.id("aid_dawry", "sha1", "json device.dpidsha1"),
                "dpidmd5": b.id("aid_dawry", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "Xiaomi",
                "model": "23021RAAEG",
                "os": "android",
                "osv": "13",
                "devicetype": 4,
                "geo": {
                    "lat": rf(c.rng, 30.0, 30.1, 4),
                    "lon": rf(c.rng, 31.2, 31.4, 4),
                    "type": 2,
                },
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 300,
        }
    )
    b.respond(204, None)
    return b.build()


def stream_nabd(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/bath/nabd")
    b.view("json matchId + sawanyEtfarag (live match watch time)")
    b.json(
        {
            "matchId": mid,
            "matsh": f"{home} x {away}",
            "sawanyEtfarag": c.rng.randint(30, 5400),
            "live": True,
            "wa2t": iso(c),
        }
    )
    b.ok_json({"tamam": True})
    return b.build()


def clip_etshaf(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/etshaf")
    b.view("json videoId + nesba (goal clip watched)")
    b.json(
        {
            "videoId": f"gl_{mid}",
            "3enwan": f"أهداف {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "nesba": c.rng.choice([25, 50, 90, 100]),
            "modda": c.rng.randint(90, 300),
            "etshafFe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides md5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-h", b.id("aid_dawry", "md5", "header x-h", detectable=False))
    b.view("json a[] rows", detectable=False)
    b.json({"a": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 2})
    b.no_content()
    return b.build()


def natayeg_live(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/matshat/live?dawry=premier")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "matchId": mid,
                "ardo": home,
                "def": away,
                "natiga": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "di2i2a": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"matshat": rows})
    return b.build()


def a7das(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/matshat/{mid}/a7das")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "a7das": [
                {
                    "no3": c.rng.choice(["goal", "kart_asfar", "tabdeel", "VAR"]),
                    "di2i2a": c.rng.randint(1, 90),
                    "nady": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def clips_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/ahdaf?safha=1")
    b.decoy("clip list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videos": [
                {
                    "videoId": f"gl_{_match(c)[0]}",
                    "modda": c.rng.randint(90, 300),
                    "moshahdat": c.rng.randint(500, 900000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def gadwal_tarteeb(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tarteeb?mawsem=2024-25")
    b.ok_json(
        {"tarteeb": [{"nady": k, "no2at": c.rng.randint(10, 60), "la3ab": 20} for k in ANDEYA]}
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/eshe3arat/eshtarek")
    b.json(
        {
            "topic": "nady_" + c.rng.choice(ANDEYA).split()[-1].lower(),
            "mosta5dem": b.acct("dawry_user"),
        }
    )
    b.no_content()
    return b.build()
