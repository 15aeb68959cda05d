"""GolKosova: a Kosovo football live app (Superliga e Kosovës, the national
team) on the uncle's Redmi Note 12 in Prishtina.

Live scores, line-ups and the table are polled; the app also streams matches
and highlights, reporting watch time per match (`ndeshjaId`, `sekondaShikuar`)
to its backend. AppsFlyer launches carry `advertiserId`, AppsFlyer's `uid` and
`android_id` (the SDK's ServerParameters names). Banner ads are bought through
an OpenRTB 2.5 exchange: the bid request carries `device.ifa` and hashed
platform ids (`dpidsha1`, `dpidmd5`), https://www.iab.com/guidelines/openrtb/.
A match's minute-by-minute events, the scorers' minutes and the view counters
of highlights are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.golkosova.example"
UA = ua("GolKosova", "3.2.0", "xhaxhai")
KLUBET = [
    "FC Ballkani",
    "KF Drita",
    "FC Prishtina",
    "KF Llapi",
    "KF Gjilani",
    "FC Malisheva",
    "KF Dukagjini",
    "KF Ferizaj",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golkosova", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBET, 2)
    return c.rng.randint(40000, 49999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.golkosova.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("xhaxhai"))
    b.json(
        {
            "advertiserId": b.id("gaid_xhaxhai", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("gol_af_uid", where="json uid"),
            "android_id": b.id("aid_gol", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.2.0",
            "model": "23021RAAEG",
            "brand": "Redmi",
            "lang_code": "sq",
            "country": "XK",
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
        [("app_id", "com.golkosova.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("xhaxhai"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "ndiq_klubin", "af_content_view"]),
            "eventValue": '{"klubi":"' + c.rng.choice(KLUBET) + '"}',
            "advertiserId": b.id("gaid_xhaxhai", where="json advertiserId"),
            "uid": b.id("gol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.adriaticads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("xhaxhai"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "golkosova_live_banner",
                    "banner": {"w": 320, "h": 50},
                    "bidfloor": 0.12,
                }
            ],
            "app": {
                "bundle": "com.golkosova.live",
                "name": "GolKosova",
                "cat": ["IAB17"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("xhaxhai"),
                "ifa": b.id("gaid_xhaxhai", where="json device.ifa"),
                "dpidsha1": b.id("aid_gol", "sha1", "json device.dpidsha1"),
                "dpidmd5": b.id("aid_gol", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "Xiaomi",
                "model": "23021RAAEG",
                "os": "android",
                "osv": "13",
                "devicetype": 4,
                "geo": {
                    "lat": rf(c.rng, 42.6, 42.7, 4),
                    "lon": rf(c.rng, 21.1, 21.2, 4),
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


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v1/stream/heartbeat")
    b.view("json ndeshjaId + sekondaShikuar (live match watch time)")
    b.json(
        {
            "ndeshjaId": mid,
            "ndeshja": f"{home} - {away}",
            "sekondaShikuar": c.rng.randint(30, 5400),
            "live": True,
            "koha": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v1/video/shikuar")
    b.view("json videoId + perqindja (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "titulli": f"Golat: {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "perqindja": c.rng.choice([25, 50, 90, 100]),
            "kohezgjatja": c.rng.randint(90, 300),
            "shikuarMe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides md5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/s")
    b.header("x-k", b.id("aid_gol", "md5", "header x-k", detectable=False))
    b.view("json r[] rows", detectable=False)
    b.json({"r": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 2})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ndeshjet/live?liga=superliga")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "ndeshjaId": mid,
                "vendas": home,
                "mysafir": away,
                "rezultati": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "minuta": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"ndeshjet": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/ndeshjet/{mid}/ngjarjet")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "ngjarjet": [
                {
                    "lloji": c.rng.choice(["gol", "karton_verdhe", "zevendesim"]),
                    "minuta": c.rng.randint(1, 90),
                    "klubi": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/video/highlights?faqe=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "kohezgjatja": c.rng.randint(90, 300),
                    "shikime": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tabela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tabela?sezoni=2024-25")
    b.ok_json(
        {"tabela": [{"klubi": k, "pike": c.rng.randint(10, 60), "ndeshje": 20} for k in KLUBET]}
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/njoftimet/abonohu")
    b.json(
        {
            "tema": "klubi_" + c.rng.choice(KLUBET).split()[-1].lower(),
            "perdoruesi": b.acct("gol_user"),
        }
    )
    b.no_content()
    return b.build()
