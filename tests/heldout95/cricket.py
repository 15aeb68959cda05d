"""Sixer Live: a cricket app streaming matches with live ball-by-ball heartbeats.

While a live stream plays, the player posts a heartbeat every 30 s with the
match, the stream and the seconds watched (in-house, Hinglish keys); the score
screen polls ball-by-ball commentary (a fetch, not history). Attribution via
AppsFlyer, ads via InMobi, engagement via CleverTap (see sdks.py).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ads, sdks
from .phone import FB, ms, rid, ua

HOST = "https://live.sixerlive.example.in"
PKG = "in.sixerlive.app"
MATCHES = ["IPL25-M41", "RANJI-PB-GJ-R5", "WPL25-M07", "IND-CAN-T20-2", "KCL25-M12"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sixerlive", method, HOST + path)
    b.header("user-agent", ua("SixerLive", "9.4.0"))
    return b


def _over(c: Context) -> str:
    return f"{c.rng.randint(0, 19)}.{c.rng.randint(1, 6)}"


def live_heartbeat(c: Context) -> Flow:
    m = c.rng.choice(MATCHES)
    b = _b(c, "POST", "/v1/stream/heartbeat")
    b.view("json:(match_id + watched_sec heartbeat)")
    b.json(
        {
            "match_id": m,
            "stream": c.rng.choice(["hindi_comm", "punjabi_comm", "eng_hd"]),
            "over": _over(c),
            "watched_sec": c.rng.randint(30, 9000),
            "beat": 30,
            "uid": c.phone.cric_user,
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "viewers": c.rng.randint(10**5, 10**7)})
    return b.build()


def ball_beat_dekho(c: Context) -> Flow:
    """A second beacon form: per-ball 'dekho' pings with the over and stream position."""
    m = c.rng.choice(MATCHES)
    b = _b(c, "GET", "/b/dekho.gif")
    b.params += [
        ("m", m),
        ("ov", _over(c)),
        ("dekha_sec", str(c.rng.randint(5, 8000))),
        ("live", "1"),
        ("u", c.phone.cric_user),
    ]
    b.view("query:dekha_sec")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def highlights_watched(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/me/highlights/history")
    items = [
        {
            "clip_id": f"hl_{c.rng.randint(1000, 9999)}",
            "match": c.rng.choice(MATCHES),
            "seconds_viewed": c.rng.randint(5, 180),
            "completed": c.rng.random() < 0.5,
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.view("json:history")
    b.json({"history": items})
    b.no_content()
    return b.build()


def clevertap_stream(c: Context) -> Flow:
    ev = {
        "evtName": "Live Stream Watched",
        "evtData": {
            "Match": c.rng.choice(MATCHES),
            "Minutes Watched": c.rng.randint(1, 180),
            "Commentary": "Hindi",
        },
    }
    return sdks.clevertap(c, "cric", "aid_cric", [ev], True)


def commentary(c: Context) -> Flow:
    m = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"/v1/match/{m}/balls")
    b.params.append(("since", _over(c)))
    balls = [
        {
            "over": _over(c),
            "runs": c.rng.choice([0, 1, 1, 2, 4, 6]),
            "text": "Full and straight, driven to long-on",
        }
        for _ in range(6)
    ]
    b.decoy("ball-by-ball score data (overs, runs, timestamps) fetched")
    b.ok_json({"match": m, "balls": balls, "ts": ms(c)})
    return b.build()


def scorecard(c: Context) -> Flow:
    m = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"/v1/match/{m}/scorecard")
    b.decoy("scorecard with numeric series (run rate per over)")
    b.ok_json(
        {
            "match": m,
            "runRate": [round(c.rng.uniform(4, 12), 2) for _ in range(20)],
            "wormX": list(range(20)),
            "req_id": rid(c.rng),
        }
    )
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/push/register")
    b.json({"token": c.phone.fcm_token, "topics": ["IPL25", "team_PBKS"], "uid": c.phone.cric_user})
    b.ok_json({"ok": True})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return ads.appsflyer(c, PKG, "aid_cric")


def inmobi(c: Context) -> Flow:
    return ads.inmobi(c, "aid_cric", "1719452093481")


def device_check(c: Context) -> Flow:
    """Concurrent-stream limit check: the app's own device key under an opaque name."""
    b = _b(c, "POST", "/v1/ent/check")
    b.json({"k": b.id("aid_cric", "sha256", where="json:k", detectable=False), "plan": "super"})
    b.ok_json({"allowed": True, "max": 2})
    return b.build()
