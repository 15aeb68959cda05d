"""Ngoma Music (a Boomplay-like streaming app, Nigeria / Kenya): listening history.

Fictional backend, key names my own. Play events are batched and gzip'd as
music apps' event loggers do (a batch of {event, track, seconds played,
track length, source}); one endpoint uses Yoruba key names (orin = song,
igba = time/duration, ti gbo = listened). Device registration sends the
app's own device id, the ANDROID_ID and the advertising id, as Android
music apps that sell ads do (the GAID read via AdvertisingIdClient).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.ngomamusic.ng"
TRACKS = [
    "burna-boy-last-last",
    "sauti-sol-extravaganza",
    "asake-lonely-at-the-top",
    "tems-free-mind",
    "diamond-platnumz-jeje",
    "rema-calm-down",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ngoma", method, API + path)
    b.header("user-agent", ua("NgomaMusic", "6.9.31"))
    b.header("x-ngoma-did", b.id("music_did", where="header x-ngoma-did"))
    return b


def play_events(c: Context) -> Flow:
    b = _b(c, "POST", "/log/v2/events")
    b.view("body.events[] play_end (track, played_sec, duration)")
    evs = [
        {
            "event": "play_end",
            "track_id": c.rng.choice(TRACKS),
            "played_sec": c.rng.randint(5, 240),
            "duration_sec": c.rng.randint(150, 260),
            "source": c.rng.choice(["playlist", "search", "radio"]),
            "ts": ms(c),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"uid": b.acct("music_user"), "events": evs}, encoding="gzip")
    b.ok_json({"accepted": len(evs)})
    return b.build()


def orin_log(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/itan-orin")
    b.view("body (orin, igba_ti_gbo: song and seconds listened)")
    b.json(
        {
            "orin": c.rng.choice(TRACKS),
            "igba_ti_gbo": c.rng.randint(20, 240),
            "igba_gbogbo": 220,
            "akoko": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/me/recently-played?limit=20")
    b.view("response.items (recently played tracks with played_at)", direction="response")
    b.ok_json({"items": [{"track_id": t, "played_at": iso(c)} for t in c.rng.sample(TRACKS, 4)]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/device/register")
    b.json(
        {
            "deviceId": b.id("music_did", where="body.deviceId"),
            "androidId": b.id("aid_music", where="body.androidId"),
            "gaid": b.id("gaid", where="body.gaid"),
            "brand": "TECNO",
            "model": "CK6n",
            "country": c.rng.choice(["NG", "KE"]),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/charts/weekly?country=NG")
    b.decoy("chart with play counts and positions")
    b.ok_json(
        {
            "chart": [
                {"pos": i + 1, "track_id": t, "plays": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v1/lyrics/{c.rng.choice(TRACKS)}")
    b.decoy("synced lyrics with timestamps")
    b.ok_json({"lines": [{"t": i * 4.2, "text": "..."} for i in range(8)], "rid": rid(c.rng)})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "ngoma", "GET", f"https://img.ngomamusic.ng/cover/{new_hex(c.rng, 16)}_300.jpg")
    b.decoy("cover art")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
