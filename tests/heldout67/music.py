"""Tslil: a music, podcast and audiobook app (Hebrew and Greek catalogue).
In-house backend with our own key names; MessagePack for its compact
play-queue sync; Adjust for attribution (see ads.adjust).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from . import ads
from .phone import FB, floats, iso, ms, rid, ua

APP = ads.App("il.tslil.music", "Tslil", "9.1.0", "aid_music")
API = "https://api.tslil.fm"
TRACKS = [
    ("t-7761", "Omer Adam - Tel Aviv"),
    ("t-1190", "Νατάσσα Θεοδωρίδου - Μόνο μια νύχτα"),
    ("t-3302", "Noa Kirel - Unicorn"),
    ("t-8810", "Ελεωνόρα Ζουγανέλη - Ερωτευμένη"),
]
PODS = [("p-201", "Osim Historia", "ep-55"), ("p-305", "Ta Nea tis Kyprou", "ep-12")]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-client-trace", rid(b.ctx.rng))


def play_log(c: Context) -> Flow:
    b = FB(c, "tslil", "POST", f"{API}/v1/me/plays")
    _hdr(b)
    tid, name = c.rng.choice(TRACKS)
    b.view("json:plays[].track_id/ms_played")
    b.json(
        {
            "plays": [
                {
                    "track_id": tid,
                    "name": name,
                    "ms_played": c.rng.randint(9000, 240000),
                    "context": "playlist:summer-il",
                    "reason_end": "trackdone",
                    "ts": iso(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, _show, ep = c.rng.choice(PODS)
    b = FB(c, "tslil", "PUT", f"{API}/v1/podcasts/{pid}/episodes/{ep}/progress")
    _hdr(b)
    dur = c.rng.randint(1800, 4200)
    b.view("json:position_sec/duration_sec (podcast episode)")
    b.json(
        {
            "position_sec": c.rng.randint(1, dur),
            "duration_sec": dur,
            "speed": 1.25,
            "completed": False,
            "updated_at": ms(c),
        }
    )
    b.no_content()
    return b.build()


def audiobook_sync(c: Context) -> Flow:
    b = FB(c, "tslil", "POST", f"{API}/v1/audiobooks/listening-sessions")
    _hdr(b)
    b.view("json:book_id/chapter/listened_from/listened_to")
    start = c.rng.randint(0, 3000)
    b.json(
        {
            "book_id": "ab-" + new_hex(c.rng, 6),
            "chapter": c.rng.randint(1, 30),
            "listened_from": start,
            "listened_to": start + c.rng.randint(60, 1500),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "tslil", "GET", f"{API}/v1/me/recently-played", [("limit", "20")])
    _hdr(b)
    b.view("response json:items[].played_at", direction="response")
    b.ok_json({"items": [{"track": {"id": t, "name": n}, "played_at": iso(c)} for t, n in TRACKS]})
    return b.build()


def queue_sync(c: Context) -> Flow:
    b = FB(c, "tslil", "POST", f"{API}/v1/q")
    _hdr(b)
    b.view("msgpack: short keys (q, i, o) of the play queue with offsets", detectable=False)
    rows = [{"i": t, "o": c.rng.randint(0, 200000)} for t, _ in c.rng.sample(TRACKS, 2)]
    b.set_body(mpack({"q": rows, "v": 2}), "application/x-msgpack")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "tslil", "GET", f"{API}/v1/charts/top50", [("country", "IL")])
    _hdr(b)
    b.decoy("top-50 chart with play counts: everyone's, not the user's")
    b.ok_json(
        {"tracks": [{"id": t, "name": n, "plays": c.rng.randint(10**5, 10**7)} for t, n in TRACKS]}
    )
    return b.build()


def equaliser(c: Context) -> Flow:
    b = FB(c, "tslil", "PUT", f"{API}/v1/me/settings/eq")
    _hdr(b)
    b.decoy("equaliser band gains: a float series")
    b.json({"preset": "custom", "bands_db": floats(c.rng, 10, 2)})
    b.no_content()
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = FB(c, "tslil", "GET", f"https://audio.tslil.fm/v/{tid}/320k/{c.rng.randint(0, 40)}.m4s")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("audio segment fetch")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def device_header(c: Context) -> Flow:
    b = FB(c, "tslil", "GET", f"{API}/v1/me/offline/licences")
    _hdr(b)
    b.header("x-android-id", b.id(APP.aid, where="header:x-android-id"))
    b.ok_json({"licences": [], "max_devices": 5})
    return b.build()


def adjust(c: Context) -> Flow:
    return ads.adjust(c, APP, "event" if c.rng.random() < 0.4 else "session")
