"""BawLone Live: a football app (Premier League, Myanmar National League) on the
elder son's OPPO in Yangon.

Live scores, fixtures and the tables are polled; the app streams MNL matches
and EPL highlights and reports watch time per match (`pwe_id` = match id,
`kyi_chein` = seconds watched) to its backend. Attribution is Adjust's SDK:
`/session` and `/event` are form posts with `app_token`, `gps_adid`,
`android_uuid` (Adjust's install uuid), `created_at`, `environment`; the
answer carries Adjust's `adid`; `/attribution` is a GET with the same ids
(https://github.com/adjust/android_sdk). The app sends a "match watched" event
with `callback_params` naming the match and minutes watched. A match's events
and minutes, the table, the fixtures and the view counts of highlights are
not anyone's viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.bawlone-live.example"
UA = ua("BawLoneLive", "5.1.3", "koko")
APP_TOKEN = "q7w2x9kd3m8s"
EPL = ["Arsenal", "Chelsea", "Liverpool", "Man United", "Man City", "Tottenham", "Newcastle"]
MNL = [
    "Yangon United",
    "Shan United",
    "Hantharwady United",
    "Ayeyawady United",
    "Rakhine United",
    "ISPE FC",
    "Yadanarbon FC",
    "Dagon Star United",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bawlone", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    league = c.rng.choice(["epl", "mnl"])
    home, away = c.rng.sample(EPL if league == "epl" else MNL, 2)
    return c.rng.randint(70000, 79999), home, away, league


def _adjust(c: Context, path: str, method: str = "POST") -> FB:
    b = FB(c, "adjust", method, f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik("koko"))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",algorithm="adj7",headers_id="1"',
    )
    b.decoy("adjust request signature hex")
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", APP_TOKEN),
        ("gps_adid", b.id("gaid_koko", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("bawlone_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("environment", "production"),
        ("device_type", "phone"),
        ("device_name", "CPH2553"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("language", "my"),
        ("country", "MM"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    form = [*_adjust_common(b, c), ("session_count", str(c.rng.randint(1, 90)))]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    adid = b.id("bawlone_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    form = [
        *_adjust_common(b, c),
        ("event_token", c.rng.choice(["k3x9ab", "p0q7ee"])),
        ("event_count", str(c.rng.randint(1, 50))),
        ("callback_params", js({"team": c.rng.choice(MNL), "screen": "pwe_sin"})),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"adid": b.id("bawlone_adid", where="response json adid", direction="response")})
    return b.build()


def adjust_match_watched(c: Context) -> Flow:
    mid, home, away, league = _match(c)
    b = _adjust(c, "event")
    b.view("form callback_params pwe_id/pwe/kyi_chein_min (match watched)")
    form = [
        *_adjust_common(b, c),
        ("event_token", "w4t8ch"),
        ("event_count", str(c.rng.randint(1, 50))),
        (
            "callback_params",
            js(
                {
                    "pwe_id": str(mid),
                    "pwe": f"{home} vs {away}",
                    "league": league,
                    "kyi_chein_min": str(c.rng.randint(1, 95)),
                }
            ),
        ),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"adid": b.id("bawlone_adid", where="response json adid", direction="response")})
    return b.build()


def adjust_attribution(c: Context) -> Flow:
    b = _adjust(c, "attribution", "GET")
    b.param("app_token", APP_TOKEN)
    b.param("gps_adid", b.id("gaid_koko", where="query gps_adid"))
    b.param("android_uuid", b.id("bawlone_adjust_uuid", where="query android_uuid"))
    b.param("initiated_by", "sdk")
    b.param("needs_response_details", "1")
    adid = b.id("bawlone_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "adid": adid,
            "attribution": {"tracker_token": "abc123", "network": "Organic"},
        }
    )
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, league = _match(c)
    b = _b(c, "POST", f"{API}/v2/live/heartbeat")
    b.header("x-device-id", b.id("aid_bawlone", where="header x-device-id"))
    b.view("json pwe_id + kyi_chein (live match watch time)")
    b.json(
        {
            "pwe_id": mid,
            "pwe": f"{home} - {away}",
            "league": league,
            "kyi_chein": c.rng.randint(30, 5400),
            "live": True,
            "achein": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away, _league = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/kyi-pi")
    b.header("x-device-id", b.id("aid_bawlone", where="header x-device-id"))
    b.view("json videoId + percent (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "amae": f"{home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away} | Highlights",
            "percent": c.rng.choice([25, 50, 90, 100]),
            "kyar_chein": c.rng.randint(90, 600),
            "kyi_khae_thi": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides md5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-s", b.id("aid_bawlone", "md5", "header x-s", detectable=False))
    b.view("json r[] rows", detectable=False)
    b.json({"r": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 3})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    league = c.rng.choice(["epl", "mnl"])
    b = _b(c, "GET", f"{API}/v2/pwe/live?league={league}")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, _lg = _match(c)
        rows.append(
            {
                "pwe_id": mid,
                "ain_shin": home,
                "aw_ga_than": away,
                "ya_hmat": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minute": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"pwe_myar": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _, _lg = _match(c)
    b = _b(c, "GET", f"{API}/v2/pwe/{mid}/events")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "events": [
                {
                    "type": c.rng.choice(["goal", "yellow_card", "substitution"]),
                    "minute": c.rng.randint(1, 90),
                    "team": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/highlights?page=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videos": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "kyar_chein": c.rng.randint(90, 600),
                    "views": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def table(c: Context) -> Flow:
    league = c.rng.choice(["epl", "mnl"])
    b = _b(c, "GET", f"{API}/v2/standings?league={league}&season=2024")
    teams = EPL if league == "epl" else MNL
    b.ok_json({"standings": [{"team": t, "points": c.rng.randint(5, 60)} for t in teams]})
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/pwe/upcoming?tz=Asia%2FYangon")
    b.decoy("kick-off times (content)")
    b.ok_json(
        {
            "fixtures": [
                {"pwe_id": _match(c)[0], "kickoff": iso(c), "tv": c.rng.choice(["MRTV", "Sky"])}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def follow_team(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/notifications/follow")
    b.json({"team": c.rng.choice(MNL + EPL), "user": b.acct("bawlone_user")})
    b.no_content()
    return b.build()
