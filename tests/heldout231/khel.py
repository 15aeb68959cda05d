"""KhelKatta: a cricket and kabaddi live app (Ranji Trophy, IPL, Pro Kabaddi's
Puneri Paltan and U Mumba) on the son's OnePlus in Mumbai.

Live scores and ball-by-ball commentary are polled; the app streams matches
and reports watch time per match (`samanaId`, `pahileleSec`) to its backend.
AppsFlyer launches and in-app events carry `advertiserId`, AppsFlyer's `uid`
and `android_id` (the SDK's ServerParameters names, sent when the app enables
collectAndroidID). MoEngage (India data centre, sdk-03) gets
`/v2/sdk/report/{APP_ID}` batches: `query_params` with the SDK's install
`unique_id`, `gaid` and `android_id`, and `viewsInfo[]` events
(`EVENT_ACTION`, `EVENT_ATTRS` as a JSON string, `EVENT_G_TIME`). Ball
trajectories (Hawk-Eye-style coordinate lists), raid points, the points table,
a fantasy team and the highlight view counters are not anyone's viewing
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.khelkatta.example"
UA = ua("KhelKatta", "5.1.3", "mulga")
MOE_APP = "K7Q2W9E4R1T8Y5U3I6O0P2A9"
SAMNE = [
    (71021, "Mumbai vs Vidarbha", "cricket"),
    (71034, "Maharashtra vs Saurashtra", "cricket"),
    (71102, "Mumbai Indians vs Chennai Super Kings", "cricket"),
    (81207, "Puneri Paltan vs U Mumba", "kabaddi"),
    (81215, "Puneri Paltan vs Patna Pirates", "kabaddi"),
    (81222, "U Mumba vs Bengal Warriorz", "kabaddi"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khelkatta", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "in.khelkatta.live"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("mulga"))
    b.json(
        {
            "advertiserId": b.id("gaid_mulga", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("khel_af_uid", where="json uid"),
            "android_id": b.id("aid_khel", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.1.3",
            "model": "CPH2569",
            "brand": "OnePlus",
            "lang_code": "mr",
            "country": "IN",
            "counter": str(c.rng.randint(1, 80)),
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
        [("app_id", "in.khelkatta.live"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("mulga"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "sangh_follow", "af_purchase"]),
            "eventValue": js({"sangh": c.rng.choice(["Puneri Paltan", "U Mumba", "Mumbai"])}),
            "advertiserId": b.id("gaid_mulga", where="json advertiserId"),
            "uid": b.id("khel_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _moe(c: Context, views: list[dict], b: FB) -> None:
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "app_id": MOE_APP,
                "unique_id": b.id("khel_moe_uuid", where="json query_params.unique_id"),
                "gaid": b.id("gaid_mulga", where="json query_params.gaid"),
                "android_id": b.id("aid_khel", where="json query_params.android_id"),
                "device_ts": str(ms(c)),
                "device_tz_offset": "19800000",
                "app_ver": "5130",
                "sdk_ver": "130600",
                "model": "CPH2569",
            },
            "viewsInfo": views,
            "meta": {"bid": rid(c.rng), "request_time": iso(c)},
        }
    )
    b.ok_json({"status": "success"})


def moengage_report(c: Context) -> Flow:
    b = FB(c, "moengage", "POST", f"https://sdk-03.moengage.com/v2/sdk/report/{MOE_APP}")
    b.header("user-agent", dalvik("mulga"))
    b.header("moe-appkey", MOE_APP)
    views = [
        {
            "EVENT_ACTION": c.rng.choice(["MOE_APP_OPEN", "Screen Opened", "Notification Clicked"]),
            "EVENT_ATTRS": js({"screen": c.rng.choice(["Home", "Scorecard", "Kabaddi"])}),
            "EVENT_G_TIME": str(ms(c)),
            "EVENT_L_TIME": iso(c),
        }
    ]
    _moe(c, views, b)
    return b.build()


def moengage_watched(c: Context) -> Flow:
    mid, title, sport = c.rng.choice(SAMNE)
    b = FB(c, "moengage", "POST", f"https://sdk-03.moengage.com/v2/sdk/report/{MOE_APP}")
    b.header("user-agent", dalvik("mulga"))
    b.header("moe-appkey", MOE_APP)
    b.view("json viewsInfo[].EVENT_ACTION Live Match Watched + duration attrs")
    views = [
        {
            "EVENT_ACTION": "Live Match Watched",
            "EVENT_ATTRS": js(
                {
                    "samana_id": mid,
                    "samana": title,
                    "khel": sport,
                    "watch_duration_sec": c.rng.randint(60, 7200),
                }
            ),
            "EVENT_G_TIME": str(ms(c)),
            "EVENT_L_TIME": iso(c),
        }
    ]
    _moe(c, views, b)
    return b.build()


def thet_heartbeat(c: Context) -> Flow:
    mid, title, sport = c.rng.choice(SAMNE)
    b = _b(c, "POST", f"{API}/v2/thet/heartbeat")
    b.view("json samanaId + pahileleSec (live match watch time)")
    b.json(
        {
            "samanaId": mid,
            "samana": title,
            "khel": sport,
            "pahileleSec": c.rng.randint(30, 7200),
            "thet": True,
            "vel": iso(c),
        }
    )
    b.ok_json({"chalu": True})
    return b.build()


def highlight_pahila(c: Context) -> Flow:
    mid, title, _ = c.rng.choice(SAMNE)
    b = _b(c, "POST", f"{API}/v2/video/pahila")
    b.view("json videoId + takke (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "sheershak": f"Highlights: {title}",
            "takke": c.rng.choice([25, 50, 90, 100]),
            "kalavadhi": c.rng.randint(90, 420),
            "pahileVel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides sha1-hashed under a one-letter header."""
    b = _b(c, "POST", f"{API}/z")
    b.header("x-z", b.id("aid_khel", "sha1", "header x-z", detectable=False))
    b.view("json d[] positional rows", detectable=False)
    b.json({"d": [[c.rng.choice(SAMNE)[0], c.rng.randint(30, 7200), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/samne/thet")
    b.decoy("match scores and overs (content)")
    b.ok_json(
        {
            "samne": [
                {
                    "samanaId": mid,
                    "samana": t,
                    "dhava": f"{c.rng.randint(80, 320)}/{c.rng.randint(0, 9)}",
                    "shatak": rf(c.rng, 5, 49.5, 1),
                }
                for mid, t, s in SAMNE
                if s == "cricket"
            ]
        }
    )
    return b.build()


def ball_trajectory(c: Context) -> Flow:
    mid = c.rng.choice(SAMNE)[0]
    b = _b(c, "GET", f"{API}/v2/samne/{mid}/chendu-marg?over=12.3")
    b.decoy("ball trajectory coordinate list (content)")
    b.ok_json(
        {
            "marg": [
                [rf(c.rng, -1.5, 1.5, 3), rf(c.rng, 0, 20, 3), rf(c.rng, 0, 2.5, 3)]
                for _ in range(12)
            ],
            "veg_kmph": rf(c.rng, 120, 148, 1),
        }
    )
    return b.build()


def raid_points(c: Context) -> Flow:
    mid = c.rng.choice(SAMNE[3:])[0]
    b = _b(c, "GET", f"{API}/v2/kabaddi/{mid}/chadhai")
    b.decoy("raid-by-raid points with minutes (content)")
    b.ok_json(
        {
            "chadhai": [
                {"khelaadu": p, "gun": c.rng.randint(0, 3), "minit": c.rng.randint(1, 40)}
                for p in ("Aslam Inamdar", "Mohit Goyat", "Sunil Kumar", "Amirmohammad Zafardanesh")
            ]
        }
    )
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/gunatalika?spardha=pkl-11")
    b.ok_json(
        {
            "talika": [
                {"sangh": s, "gun": c.rng.randint(20, 80), "samne": 22}
                for s in ("Puneri Paltan", "U Mumba", "Patna Pirates", "Bengal Warriorz")
            ]
        }
    )
    return b.build()


def fantasy_team(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fantasy/sangh")
    b.decoy("fantasy team with player ids (not viewing)")
    b.json(
        {
            "samanaId": c.rng.choice(SAMNE)[0],
            "khelaadu": [c.rng.randint(1000, 9999) for _ in range(11)],
            "kaptan": c.rng.randint(1000, 9999),
            "vaparkarta": b.acct("khel_user"),
        }
    )
    b.ok_json({"sanghId": rid(c.rng)})
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/highlights?paan=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videoId": f"hl_{mid}",
                    "sheershak": t,
                    "kalavadhi": c.rng.randint(90, 420),
                    "pahanyaSankhya": c.rng.randint(500, 900000),
                }
                for mid, t, _ in SAMNE
            ]
        }
    )
    return b.build()
