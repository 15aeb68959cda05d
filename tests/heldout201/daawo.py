"""DaawoTV: a Somali series and live-TV streaming app (the son's Pixel 8 in Minneapolis).

The backend is Somali-built: paths and keys mix Somali (`daawo` = watch,
`barnaamij` = programme, `qaybta` = episode, `xilliga` = season, `mudada` =
duration, `meesha` = the point reached, `kanaalka` = channel, `taariikhda` =
history, `sii-wad` = continue) with English. Watch progress and live-channel
heartbeats go to the app's backend; video events also go to GA4 through the
Measurement Protocol, app-stream form (`firebase_app_id` and `api_secret` in
the URL, `app_instance_id` in the body, events `video_progress` /
`video_complete` with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events),
and a "qayb la daawaday" Adjust event with the episode and minutes in
`partner_params`. The catalogue, search, the programme guide, the "most
watched" counts and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ads
from .phone import FB, iso, ms, rid, ua

API = "https://api.daawotv.example"
UA = ua("DaawoTV", "3.9.1", "wiil")
BARNAAMIJYO = [
    ("b204", "Qalbi Jaban", 2580),
    ("b211", "Guriga Awoowe", 2700),
    ("b219", "Xeebta Liido", 2400),
    ("b226", "Hooyo Macaan", 3000),
    ("b233", "Safarka Minneapolis", 2640),
    ("b240", "Laba Xaas", 2820),
]
KANAALADA = ["Universal TV", "SNTV", "Horn Cable TV", "SBC", "Astaan TV", "Goobjoog TV"]
APP_ID = "1:804417726031:android:3c0e5a91d7b24f6e"
MP = (
    f"https://www.google-analytics.com/mp/collect?firebase_app_id={APP_ID}"
    "&api_secret=Vq3mZt8LxR1pNc6sWk0Ya2"
)


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "daawotv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "so-SO,so;q=0.9,en-US;q=0.7")
    if device:
        b.header("x-qalabka-id", b.id("aid_daawo", where="header x-qalabka-id"))
    return b


def _qayb(c: Context) -> tuple[str, str, int, int, int]:
    bid, title, dur = c.rng.choice(BARNAAMIJYO)
    return bid, title, c.rng.randint(1, 3), c.rng.randint(1, 45), dur


def firebase_installation(c: Context) -> Flow:
    return ads.firebase_installation(c, "daawotv-prod", APP_ID, "so.daawotv.app", "daawo_fid")


def adjust_session(c: Context) -> Flow:
    return ads.adjust(c, "wiil", "gaid_wiil", "daawo_adjust_uuid", "daawo_adid")


def adjust_watched(c: Context) -> Flow:
    bid, _title, xilli, qayb, dur = _qayb(c)
    partner = {
        "barnaamij_id": bid,
        "xilliga": str(xilli),
        "qaybta": str(qayb),
        "daqiiqado_la_daawaday": str(c.rng.randint(3, dur // 60)),
    }
    return ads.adjust(
        c,
        "wiil",
        "gaid_wiil",
        "daawo_adjust_uuid",
        "daawo_adid",
        partner,
        "form partner_params barnaamij_id/qaybta/daqiiqado_la_daawaday",
    )


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/qalab/diiwaan-geli")
    b.json(
        {
            "androidId": b.id("aid_daawo", where="json androidId"),
            "firebaseInstallationId": b.id("daawo_fid", where="json firebaseInstallationId"),
            "nooca": "Pixel 8",
            "luqadda": "so",
            "dalka": "US",
        }
    )
    b.ok_json({"guul": True, "qalabkaUguBadan": 3})
    return b.build()


def daawo_horumar(c: Context) -> Flow:
    bid, title, xilli, qayb, dur = _qayb(c)
    b = _b(c, "POST", f"{API}/api/v1/daawo/horumar", device=True)
    b.view("json barnaamijId/qaybta/meesha (watch progress)")
    b.json(
        {
            "barnaamijId": bid,
            "magaca": title,
            "xilliga": xilli,
            "qaybta": qayb,
            "meesha": c.rng.randint(20, dur),
            "mudada": dur,
            "dhammaaday": False,
            "waqtiga": iso(c),
        }
    )
    b.no_content()
    return b.build()


def toos_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/toos/heartbeat")
    b.view("json kanaalka + ilbiriqsiyada (live channel watch time)")
    b.json(
        {
            "kanaalka": c.rng.choice(KANAALADA),
            "ilbiriqsiyada": c.rng.choice([30, 60, 60, 120]),
            "bilow": iso(c),
            "tayada": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"sii_wad": True})
    return b.build()


def sii_wad(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/isticmaale/sii-wad-daawashada?xad=10")
    b.view("response json siiWad[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        bid, title, xilli, qayb, dur = _qayb(c)
        rows.append(
            {
                "barnaamijId": bid,
                "magaca": title,
                "xilliga": xilli,
                "qaybta": qayb,
                "meesha": c.rng.randint(60, dur - 60),
                "mudada": dur,
                "laDaawaday": iso(c),
            }
        )
    b.ok_json({"siiWad": rows})
    return b.build()


def taariikhda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/isticmaale/taariikhda-daawashada?bogga=1")
    b.view("response json taariikh[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        bid, title, xilli, qayb, _dur = _qayb(c)
        items.append(
            {
                "barnaamijId": bid,
                "magaca": title,
                "xilliga": xilli,
                "qaybta": qayb,
                "goorta": iso(c),
            }
        )
    b.ok_json({"taariikh": items, "bogga": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _bid, title, _x, qayb, dur = _qayb(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title/video_percent")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("daawo_app_instance", where="json app_instance_id"),
            "user_id": b.acct("daawo_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Qaybta {qayb}",
                        "video_provider": "daawotv",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("daawo_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Hoyga", "Raadi", "Xisaabta", "TooskaTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [programme, season, episode, second, ts] rows
    under 'e', gzipped."""
    b = _b(c, "POST", f"{API}/p/2")
    b.view("json e[] rows (programme, season, episode, second)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        bid, _t, xilli, qayb, dur = _qayb(c)
        rows.append([int(bid[1:]), xilli, qayb, c.rng.randint(10, dur), ms(c)])
    b.json({"e": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def barnaamijyada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/barnaamijyada?nooca=riwaayad&bogga=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "barnaamijyo": [
                {
                    "barnaamijId": bid,
                    "magaca": title,
                    "qaybaha": 45,
                    "mudada": dur,
                    "sawir": f"https://img.daawotv.example/p/{bid}.jpg",
                }
                for bid, title, dur in BARNAAMIJYO
            ]
        }
    )
    return b.build()


def raadi(c: Context) -> Flow:
    q = c.rng.choice(["qalbi", "hooyo", "liido", "xaas"])
    b = _b(c, "GET", f"{API}/api/v1/raadi?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "natiijooyin": [
                {"barnaamijId": bid, "magaca": title, "mudada": dur}
                for bid, title, dur in BARNAAMIJYO[:3]
            ]
        }
    )
    return b.build()


def ugu_daawashada_badan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kor/ugu-daawashada-badan?muddo=7d")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "kor": [
                {"barnaamijId": bid, "magaca": title, "daawashooyin": c.rng.randint(10**4, 10**6)}
                for bid, title, _ in BARNAAMIJYO
            ]
        }
    )
    return b.build()


def jadwalka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/toos/jadwalka?kanaalka={c.rng.randint(1, 6)}")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "barnaamijyada": [
                {"magaca": t, "bilow": iso(c), "mudada": c.rng.choice([30, 60, 90])}
                for t in ("Wararka", "Dood Cusub", "Barnaamijka Carruurta", "Ciyaaraha")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    bid = c.rng.choice(BARNAAMIJYO)[0]
    b = FB(
        c,
        "daawotv",
        "GET",
        f"https://vod.daawotv.example/{bid}/q{c.rng.randint(1, 45):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
