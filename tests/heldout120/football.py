"""Gebeya Kuas: an Ethiopian Premier League and European football app.

Highlight-clip watch events (with seconds watched) are viewing history. Live
scores, match minute timelines, player stats and the odds widget are ordinary,
however much they look like positions and time series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.gebeyakuas.example"
UA = ua("GebeyaKuas", "6.0.2")
CLUBS = ["Saint George", "Fasil Kenema", "Bahir Dar Kenema", "Adama City", "Arsenal"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gebeyakuas", method, url)
    b.header("user-agent", UA)
    return b


def highlight_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/video/events")
    b.view("json event=highlight_watch clip_id seconds_watched")
    b.json(
        {
            "installation": b.id("aid_ball", where="json installation (ANDROID_ID)"),
            "event": c.rng.choice(["highlight_watch", "highlight_complete"]),
            "clip_id": f"hl-{c.rng.randint(10000, 99999)}",
            "seconds_watched": c.rng.randint(5, 240),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_score(c: Context) -> Flow:
    home, away = c.rng.sample(CLUBS, 2)
    b = _b(c, "GET", f"{API}/v2/matches/live")
    b.decoy("live score with match minute and event timeline: sport data, nobody's viewing")
    b.ok_json(
        {
            "match": {"home": home, "away": away, "minute": c.rng.randint(1, 90)},
            "events": [{"minute": c.rng.randint(1, 90), "type": "goal"} for _ in range(2)],
            "xg": [rf(c.rng, 0, 0.6, 3) for _ in range(8)],
        }
    )
    return b.build()


def clip_manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/hl-{c.rng.randint(10000, 99999)}/play")
    b.decoy("playback url for a clip: fetching a video is not a watch report")
    b.ok_json({"hls": "https://cdn.gebeyakuas.example/hl/x.m3u8", "duration_sec": 180})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "2fm9gkqubvpc"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid (Adjust)")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 80))),
        ]
    )
    b.ok_json({"adid": c.phone.adjust_adid}, 200)
    b.other_id("adjust_adid", where="response json adid", direction="response")
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p.gif")
    b.param(
        "a", b.id("aid_ball", how="sha1", where="query a (SHA-1 of ANDROID_ID)", detectable=False)
    )
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()
