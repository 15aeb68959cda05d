"""UPL Live: a Ukrainian Premier League app (live scores, match streams and
highlights) on the son's Redmi in Kraków.

Match streams and highlights report watch time to the backend (`matchId`,
`sekundPerehliadu`, `vidsotok`). AppsFlyer launches and in-app events carry
`advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters
names). Branch opens the session through /v1/open (`hardware_id`,
`is_hardware_id_real`, `google_advertising_id`, `randomized_device_token`) and
logs standard events through /v2/event/standard with `user_data` (`aaid`,
`android_id`) and `content_items`; a highlight's VIEW_ITEM event names the video
the user opened. Live scores, the table, match-event minutes and the view
counters of highlights are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.upl-live.example"
UA = ua("UPLLive", "4.3.1", "syn")
BRANCH_KEY = "key_live_hnB7pQe2sVdK0xLm9ZfTa4wRcJ1yUo3"
KLUBY = [
    "Шахтар",
    "Динамо Київ",
    "Дніпро-1",
    "Полісся",
    "Кривбас",
    "Олександрія",
    "Зоря",
    "Карпати",
    "Рух Львів",
    "Ворскла",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "upllive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBY, 2)
    return c.rng.randint(70000, 79999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ua.upl.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("syn"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_syn", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("futbol_af_uid", where="json uid"),
            "android_id": b.id("aid_futbol", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.3.1",
            "model": "23117RA68G",
            "brand": "Redmi",
            "lang_code": "uk",
            "country": "PL",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "pidpysatysia_na_klub", "af_login"]),
            "eventValue": '{"klub":"' + c.rng.choice(KLUBY) + '"}',
            "advertiserId": b.id("gaid_syn", where="json advertiserId"),
            "uid": b.id("futbol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", dalvik("syn"))
    b.json(
        {
            "hardware_id": b.id("aid_futbol", where="json hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid_syn", where="json google_advertising_id"),
            "lat_val": 0,
            "randomized_device_token": b.id(
                "futbol_branch_token", where="json randomized_device_token"
            ),
            "brand": "Xiaomi",
            "model": "23117RA68G",
            "screen_dpi": 440,
            "os": "Android",
            "os_version": 34,
            "country": "PL",
            "language": "uk",
            "app_version": "4.3.1",
            "branch_key": BRANCH_KEY,
            "retryNumber": 0,
            "debug": False,
            "instrumentation": {"v1/open-qwt": "0"},
        }
    )
    b.ok_json({"session_id": new_hex(c.rng, 16), "data": '{"+clicked_branch_link":false}'})
    return b.build()


def branch_view_item(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/standard")
    b.header("user-agent", dalvik("syn"))
    b.view("json name=VIEW_ITEM content_items[] (highlight opened)")
    b.json(
        {
            "name": "VIEW_ITEM",
            "content_items": [
                {
                    "$canonical_identifier": f"video/hl_{mid}",
                    "$og_title": f"Огляд матчу {home} – {away}",
                    "$content_schema": "MEDIA_VIDEO",
                    "$duration": c.rng.randint(90, 420),
                }
            ],
            "user_data": {
                "aaid": b.id("gaid_syn", where="json user_data.aaid"),
                "android_id": b.id("aid_futbol", where="json user_data.android_id"),
                "limit_ad_tracking": 0,
                "os": "Android",
                "app_version": "4.3.1",
            },
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/translatsiia/heartbeat")
    b.view("json matchId + sekundPerehliadu (live match watch time)")
    b.json(
        {
            "matchId": mid,
            "match": f"{home} – {away}",
            "sekundPerehliadu": c.rng.randint(30, 5400),
            "nazhyvo": True,
            "chas": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ohliad_perehlianuto(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/perehlianuto")
    b.view("json videoId + vidsotok (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "nazva": f"Голи: {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "vidsotok": c.rng.choice([25, 50, 90, 100]),
            "tryvalist": c.rng.randint(90, 420),
            "perehlianuto": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides sha1-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/m")
    b.header("x-h", b.id("aid_futbol", "sha1", "header x-h", detectable=False))
    b.view("json d[] rows", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 3})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/matchi/nazhyvo?liha=upl")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "matchId": mid,
                "hospodari": home,
                "hosti": away,
                "rakhunok": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "khvylyna": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"matchi": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/matchi/{mid}/podii")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "podii": [
                {
                    "typ": c.rng.choice(["hol", "zhovta_kartka", "zamina"]),
                    "khvylyna": c.rng.randint(1, 90),
                    "klub": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def ohliady_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/ohliady?storinka=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "tryvalist": c.rng.randint(90, 420),
                    "perehliadiv": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tablytsia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tablytsia?sezon=2024-25")
    b.ok_json(
        {"tablytsia": [{"klub": k, "ochky": c.rng.randint(10, 60), "ihor": 18} for k in KLUBY]}
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/spovishchennia/pidpyska")
    b.json(
        {
            "tema": "klub_" + str(KLUBY.index(c.rng.choice(KLUBY))),
            "korystuvach": b.acct("futbol_user"),
        }
    )
    b.no_content()
    return b.build()
