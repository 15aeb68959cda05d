"""The station's playout and logging system ("Airdeck", on the station's own backend).

Everything here is the station's output, not a person's listening: now-playing for
the website, the as-run log (proof of play), the music log returned to the Irish
collecting societies, cart-wall and rundown edits, the logger's compliance audio.
All of it names tracks with timestamps, durations and positions: the look of
listening history without a listener. The only sensitive flow is the producer's
own phone registering for the rundown app's push (its ANDROID_ID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://airdeck.liffeysound.example/api/v3"
UA = ua("LiffeyRundown", "4.2.1")
TRACKS = [
    ("Fontaines D.C.", "Starburster"),
    ("CMAT", "Stay For Something"),
    ("Hozier", "Too Sweet"),
    ("Lankum", "Go Dig My Grave"),
    ("Kneecap", "H.O.O.D."),
    ("Sinéad O'Connor", "Nothing Compares 2 U"),
    ("The Cranberries", "Linger"),
    ("Villagers", "Nothing Arrived"),
]


def _b(c: Context, method: str, url: str, sdk: str = "airdeck") -> FB:
    b = FB(c, sdk, method, url, http_version="HTTP/1.1")
    b.header("user-agent", "Airdeck-Playout/9.4 (Windows Server 2022)")
    b.header("x-airdeck-station", "LSFM")
    return b


def _track(c: Context) -> dict[str, object]:
    artist, title = c.rng.choice(TRACKS)
    return {
        "artist": artist,
        "title": title,
        "cartId": f"M{c.rng.randint(10000, 99999)}",
        "durationMs": c.rng.randint(150_000, 290_000),
    }


def now_playing(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stations/LSFM/nowplaying")
    b.decoy("station now-playing (public on-air output, not a listener's history)")
    b.json({**_track(c), "startedAt": iso(c), "positionMs": c.rng.randint(0, 60_000)})
    b.no_content()
    return b.build()


def as_run_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/asrun/batch")
    b.decoy("as-run log: proof of play of the station's playout, not anyone's listening")
    rows = []
    for _ in range(c.rng.randint(4, 9)):
        rows.append(
            {
                **_track(c),
                "aired": iso(c),
                "playedMs": c.rng.randint(120_000, 290_000),
                "fader": c.rng.choice(["auto", "live"]),
                "completed": True,
            }
        )
    b.json({"studio": "A", "entries": rows, "logId": rid(c.rng)})
    b.ok_json({"accepted": len(rows)})
    return b.build()


def music_return(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/returns/imro-ppi/2024-Q4", sdk="airdeck.returns")
    b.decoy("royalty music return: plays per track for the station (aggregate, proof of play)")
    lines = [
        {
            **_track(c),
            "isrc": f"IE{new_hex(c.rng, 3).upper()}2400{c.rng.randint(100, 999)}",
            "plays": c.rng.randint(1, 40),
            "secondsAired": c.rng.randint(200, 9000),
        }
        for _ in range(6)
    ]
    b.json({"licensee": "Liffey Sound FM", "period": "2024-Q4", "lines": lines})
    b.ok_json({"status": "queued", "ref": rid(c.rng)})
    return b.build()


def rundown_fetch(c: Context) -> Flow:
    b = FB(c, "liffey.rundown", "GET", f"{API}/rundowns/today?show=drivetime")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.decoy("show rundown with item timings and segment ids (editorial plan)")
    items = [
        {"slot": i, "segmentId": rid(c.rng), "title": t, "plannedSec": c.rng.randint(60, 900)}
        for i, t in enumerate(["Headlines", "Interview", "Traffic", "Music", "Sport"])
    ]
    b.ok_json({"show": "Drivetime", "date": iso(c)[:10], "items": items})
    return b.build()


def cart_wall(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/cartwall/{c.rng.randint(1, 12)}")
    b.json({"carts": [{"key": k, **_track(c)} for k in range(1, 7)], "editedBy": "aoife.b"})
    b.ok_json({"version": c.rng.randint(100, 999)})
    return b.build()


def logger_chunk(c: Context) -> Flow:
    """The compliance logger uploads the aired output in hourly chunks (station audio)."""
    hour = c.rng.randint(0, 23)
    b = _b(c, "PUT", f"https://logger.liffeysound.example/archive/LSFM/2024-11-28/{hour:02d}.opus")
    b.decoy("compliance logger: the station's aired output, not a listener's history")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(700)), "audio/ogg")
    b.respond(201, None)
    return b.build()


def editor_position(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/edits/{rid(c.rng)}/session", sdk="airdeck.editor")
    b.decoy("audio editor's playhead/timeline position while editing (not listening history)")
    b.json(
        {
            "playheadMs": c.rng.randint(0, 3_600_000),
            "zoom": c.rng.choice([1, 2, 4, 8]),
            "selection": [c.rng.randint(0, 1000), c.rng.randint(1000, 9000)],
            "savedAt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(c, "liffey.rundown", "POST", f"{API}/me/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "userId": b.acct("station_user"),
            "androidId": b.id("aid_station", where="json androidId"),
            "fcmToken": "c" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
            "platform": "android",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def rundown_ping_opaque(c: Context) -> Flow:
    """The rundown app's keep-alive: `d` is its ANDROID_ID, nothing says so."""
    b = FB(c, "liffey.rundown", "GET", f"{API}/ka")
    b.param("d", b.id("aid_station", where="query d", detectable=False))
    b.param("t", str(ms(c)))
    b.header("user-agent", UA)
    b.no_content()
    return b.build()
