"""Datse Live: an archery (datse / khuru) live-stream app (the father's
Galaxy S23) with CleverTap.

CleverTap's `a1` upload carries an `evtName` "Match Watched" with the match,
the minutes watched and the time; the app's own "watched" call uses
romanised Dzongkha (`ltawa`, `skar_ma`); the replay heartbeat is a short
path-encoded beacon with no key names. The scoreboard (karey hits), the
tournament fixtures, the live HLS, highlight clips and the AR replay's
camera pose and arrow trajectory are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, ua

API = "https://api.datselive.example"
UA = ua("DatseLive", "1.9.2", "aapa")
MATCHES = [
    ("M-2025-118", "Yangphel Open: Changjiji vs Motithang"),
    ("M-2025-121", "Coronation Cup semi-final"),
    ("M-2025-127", "Paro Tshechu friendly"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "datselive", method, url)
    b.header("user-agent", UA)
    return b


def _ct(c: Context, events: list[dict]) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        "https://in1.clevertap-prod.com/a1?os=Android&t=70"
        + f"&z=TEST-R78-ZZZ-{new_hex(c.rng, 3)}&ts={int(c.now)}",
    )
    b.header("user-agent", UA)
    b.header("x-clevertap-account-id", "TEST-R78-ZZZ")
    head = {
        "g": b.id("datse_ct_guid", where="json meta g (CleverTap id)"),
        "type": "meta",
        "af": {
            "Build": "192",
            "Version": "1.9.2",
            "OS Version": "14",
            "Make": "samsung",
            "Model": "SM-S911B",
        },
        "id": "TEST-R78-ZZZ",
        "tk": new_hex(c.rng, 16),
    }
    b.set_body(js([head, *events]).encode(), "application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b


def clevertap_launch(c: Context) -> Flow:
    b = FB(
        c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1?os=Android&t=70&z=TEST-R78-ZZZ"
    )
    b.header("user-agent", UA)
    b.json(
        [
            {"g": b.id("datse_ct_guid", where="json g"), "type": "meta", "id": "TEST-R78-ZZZ"},
            {
                "type": "event",
                "evtName": "App Launched",
                "evtData": {
                    "wifi": True,
                    "dt": 1,
                    "GAID": b.id("gaid_aapa", where="json evtData GAID"),
                    "aid": b.id("aid_datse", where="json evtData aid (android id)"),
                },
                "ep": int(c.now),
            },
        ]
    )
    b.ok_json({"g": "ok"})
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    events = [
        {
            "type": "event",
            "evtName": "Match Watched",
            "evtData": {
                "match_id": mid,
                "match": name,
                "minutes_watched": c.rng.randint(2, 140),
                "live": True,
            },
            "ep": int(c.now),
        }
    ]
    b = _ct(c, events)
    b.view("json evtName Match Watched + evtData match / minutes_watched")
    return b.build()


def clevertap_follow(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "type": "event",
                "evtName": "Team Followed",
                "evtData": {"team": "Changjiji"},
                "ep": int(c.now),
            }
        ],
    )
    b.decoy("a followed team (preference, not viewing)")
    return b.build()


def ltawa(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v1/ltawa")
    b.view("json ltawa (match) + skar_ma (minutes) + duetshoe")
    b.json(
        {
            "ltawa": {"match": mid, "ming": name},
            "skar_ma": c.rng.randint(1, 120),
            "duetshoe": iso(c),
            "user": b.acct("datse_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def replay_beacon(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    token = b64(f"{mid}|{c.rng.randint(10, 7200)}|{ms(c)}").rstrip("=")
    b = _b(c, "GET", f"{API}/r/{token}.png")
    b.view("url path (base64 of match|position|time, no key names)", detectable=False)
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(60))
    return b.build()


def scoreboard(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/match/{mid}/score")
    b.decoy("scoreboard: karey hits per archer, end times")
    b.ok_json(
        {
            "match": name,
            "karey": {"A": c.rng.randint(0, 25), "B": c.rng.randint(0, 25)},
            "updated": iso(c),
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fixtures?month=06")
    b.ok_json(
        {
            "fixtures": [
                {"id": m, "name": n, "start": iso(c), "duration_min": 480} for m, n in MATCHES
            ]
        }
    )
    return b.build()


def live_hls(c: Context) -> Flow:
    b = FB(
        c,
        "datselive-cdn",
        "GET",
        f"https://stream.datselive.example/live/ch{c.rng.randint(1, 3)}/"
        + f"{c.rng.randint(10**6, 10**7)}.ts",
    )
    b.header("user-agent", UA)
    b.decoy("live stream segment fetch")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(500))
    return b.build()


def ar_replay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ar/replay")
    b.decoy("AR replay camera pose (yaw/pitch/roll) and arrow trajectory, not a face")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": rf(c.rng, -5, 5, 2),
                "fov": 62,
            },
            "arrow": [[rf(c.rng, 0, 145, 1), rf(c.rng, 0, 6, 2)] for _ in range(12)],
            "target_m": 145,
        }
    )
    b.ok_json({"clip": f"https://stream.datselive.example/ar/{new_hex(c.rng, 16)}.mp4"})
    return b.build()
