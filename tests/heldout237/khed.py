"""KhedPunjab Live: a kabaddi and cricket live app (circle-style kabaddi cups,
the Pro Kabaddi League, Punjab's T20 league) on the uncle's Redmi Note 13 in
Amritsar.

Live streams report watch time to the backend (`mukabla_id`, `dekhe_sec`) and
finished highlight clips (`clip_id`, `kinna_dekhia` percent). Adjust tracks
sessions and events: form-encoded POSTs to app.adjust.com/session and /event
with `app_token`, `gps_adid`, the SDK's `android_uuid`, `event_token`,
`callback_params` / `partner_params` (JSON), `created_at`, `environment`; the
session response returns Adjust's `adid`. Meta app events go to the Graph API
`/{app-id}/activities` (`event`=CUSTOM_APP_EVENTS, `custom_events` JSON with
`_eventName` fb_mobile_content_view / fb_mobile_activate_app, `advertiser_id`,
`anon_id`, `extinfo`). A player-stats ping keeps its rows positional and its
device key hashed in a one-letter query field. Live scores, raid-by-raid
commentary, ball-by-ball data and fixtures are content, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.khedpunjab.example"
UA = ua("KhedPunjab", "4.1.3", "chacha")
TEAMS = [
    "Punjab Lions",
    "Doaba Warriors",
    "Majha Tigers",
    "Malwa Kings",
    "Patiala Panthers",
    "Amritsar Aces",
]
ADJ_TOKEN = "q7kz2x9vbwsg"
FB_APP = "1123581321345589"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khedpunjab", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    home, away = c.rng.sample(TEAMS, 2)
    return c.rng.randint(70000, 79999), home, away, c.rng.choice(["kabaddi", "cricket"])


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("chacha"))
    b.header("client-sdk", "android4.38.3")
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJ_TOKEN),
        ("gps_adid", b.id("gaid_chacha", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("khed_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("environment", "production"),
        ("package_name", "com.khedpunjab.live"),
        ("app_version", "4.1.3"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_type", "phone"),
        ("device_manufacturer", "Xiaomi"),
        ("country", "IN"),
        ("language", "pa"),
        ("needs_response_details", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs.append(("session_count", str(c.rng.randint(1, 90))))
    b.form(pairs)
    adid = b.id("khed_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJ_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    team = c.rng.choice(TEAMS)
    pairs += [
        ("event_token", c.rng.choice(["a1b2c3", "k9team", "s7subs"])),
        ("event_count", str(c.rng.randint(1, 40))),
        ("callback_params", js({"team_chuni": team, "khed": "kabaddi"})),
        ("partner_params", js({"fb_content_type": "team"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def _meta(c: Context, events: list[dict]) -> FB:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("format", "json"),
            ("sdk_version", "17.0.0"),
            ("application_package_name", "com.khedpunjab.live"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_chacha", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "true"),
            ("application_tracking_enabled", "true"),
            ("anon_id", b.id("khed_fb_anon", where="form anon_id")),
            (
                "extinfo",
                js(["a2", "com.khedpunjab.live", 413, "4.1.3", "14", "23124RA7EO", "pa_IN"]),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b


def meta_content_view(c: Context) -> Flow:
    mid, home, away, khed = _match(c)
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_type": "video",
                "fb_content_id": f"live_{mid}",
                "fb_description": f"{home} vs {away} ({khed})",
                "_logTime": int(c.now),
                "_ui": "MatchPlayerActivity",
            }
        ],
    )
    b.view("form custom_events fb_mobile_content_view (video, content id, title)")
    return b.build()


def meta_activate(c: Context) -> Flow:
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "fb_mobile_launch_source": "Unclassified",
            }
        ],
    )
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, khed = _match(c)
    b = _b(c, "POST", f"{API}/v2/sidha-prasaran/dhadkan")
    b.view("json mukabla_id + dekhe_sec (live match watch time)")
    b.json(
        {
            "mukabla_id": mid,
            "mukabla": f"{home} vs {away}",
            "khed": khed,
            "dekhe_sec": c.rng.randint(30, 7200),
            "sidha": True,
            "samaa": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def clip_watched(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "POST", f"{API}/v2/clips/dekhia")
    b.view("json clip_id + kinna_dekhia (highlight watched)")
    b.json(
        {
            "clip_id": f"hl_{mid}_{c.rng.randint(1, 9)}",
            "sirlekh": f"Top raids: {home} vs {away}",
            "kinna_dekhia": c.rng.choice([25, 50, 90, 100]),
            "lambai": c.rng.randint(60, 240),
            "samaa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Player stats: match and seconds as rows; the ad id sha1-hashed in query `u`."""
    b = _b(c, "POST", f"{API}/q")
    b.param("u", b.id("gaid_chacha", "sha1", "query u", detectable=False))
    b.view("json d[] rows", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 7200), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/score/live?khed=kabaddi")
    b.decoy("match scores and raid counts (not viewing)")
    rows = []
    for _ in range(3):
        mid, home, away, _khed = _match(c)
        rows.append(
            {
                "mukabla_id": mid,
                "ghar": home,
                "bahar": away,
                "ank": f"{c.rng.randint(10, 50)}-{c.rng.randint(10, 50)}",
                "minute": c.rng.randint(1, 40),
            }
        )
    b.ok_json({"mukable": rows})
    return b.build()


def commentary(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/mukabla/{mid}/tippani?balls=6")
    b.decoy("ball-by-ball data with over.ball times (content)")
    b.ok_json(
        {
            "tippani": [
                {
                    "over": f"{c.rng.randint(0, 19)}.{i}",
                    "run": c.rng.choice([0, 1, 1, 2, 4, 6]),
                    "team": home,
                    "speed_kmph": rf(c.rng, 120, 148, 1),
                }
                for i in range(1, 7)
            ]
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fixtures?mahina=12")
    b.decoy("fixture list with start times (content)")
    b.ok_json(
        {
            "fixtures": [
                {"ghar": h, "bahar": a, "shuru": iso(c), "maidan": "Guru Nanak Stadium"}
                for h, a in zip(TEAMS[::2], TEAMS[1::2], strict=True)
            ]
        }
    )
    return b.build()


def clips_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/clips?panna=1")
    b.decoy("clip list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "clips": [
                {
                    "clip_id": f"hl_{_match(c)[0]}_1",
                    "lambai": c.rng.randint(60, 240),
                    "views": c.rng.randint(1000, 500000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def team_follow(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/team/follow")
    b.json({"team": c.rng.choice(TEAMS), "user": b.acct("khed_user")})
    b.no_content()
    return b.build()
