"""GaanBox: a Bengali music, podcast and audiobook app on the phone.

Fictional in-house backend. Play reporting follows the common streaming-service
pattern of batched play logs (track id, ms played, end reason, start time: cf. the
fields of Spotify's account-data "StreamingHistory" export and Last.fm's
track.scrobble `artist`/`track`/`timestamp`), audiobooks sync chapter and position.
An e-book's page position is NOT viewing history (project convention): a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.gaanbox.com"
TRACKS = ["trk_8812", "trk_1044", "trk_5530", "trk_0917", "trk_7286", "trk_3395"]
BOOKS = [("ab_211", "পথের পাঁচালী"), ("ab_305", "দেবদাস"), ("ab_412", "হিমু সমগ্র")]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "gaanbox", method, API + path, params)
    b.header("user-agent", ua("GaanBox", "3.9.0"))
    b.header("authorization", f"Bearer {c.phone.gaan_user}")
    return b


def plays(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/me/plays")
    b.header("x-install-id", b.id("gaan_install", where="header x-install-id"))
    b.view("json plays[] track_id + ms_played + started_at")
    rows = [
        {
            "track_id": c.rng.choice(TRACKS),
            "ms_played": c.rng.randint(4000, 320000),
            "reason_end": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
            "started_at": iso(c),
        }
        for _ in range(c.rng.randint(1, 6))
    ]
    b.json({"plays": rows, "offline": False})
    b.no_content()
    return b.build()


def audiobook_progress(c: Context) -> Flow:
    bid, title = c.rng.choice(BOOKS)
    b = _b(c, "PATCH", f"/v1/audiobooks/{bid}/progress")
    b.view("json audiobook chapter + position_sec")
    b.json(
        {
            "boi": title,
            "chapter": c.rng.randint(1, 30),
            "position_sec": c.rng.randint(0, 3600),
            "speed": c.rng.choice([1.0, 1.25, 1.5]),
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def podcast_listen(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/podcasts/listen")
    b.view("form episode_guid + listened_seconds")
    b.form(
        [
            ("episode_guid", rid(c.rng)),
            ("show", "golpo-kotha"),
            ("listened_seconds", str(c.rng.randint(30, 2400))),
            ("completed", "0"),
        ]
    )
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/s")
    b.view("msgpack with one-letter keys (track, position, duration)", detectable=False)
    rec = {"t": c.rng.randint(10**6, 10**7), "p": c.rng.randint(0, 300), "d": c.rng.randint(1, 9)}
    u = b.id("gaan_install", where="msgpack key u", detectable=False)
    b.set_body(mpack([rec, {"z": ms(c), "u": u}]), "application/octet-stream")
    b.no_content()
    return b.build()


def ebook_position(c: Context) -> Flow:
    bid = c.rng.choice(["eb_77", "eb_91", "eb_140"])
    b = _b(c, "PUT", f"/v1/ebooks/{bid}/position")
    b.decoy("e-book page position and percent read (not viewing history)")
    b.json(
        {
            "page": c.rng.randint(1, 300),
            "percent": round(c.rng.random(), 3),
            "cfi": f"/6/{c.rng.randint(2, 40)}!/4/2",
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/tracks/{c.rng.choice(TRACKS)}/lyrics")
    b.decoy("timed lyrics with millisecond offsets")
    lines = [{"ms": i * 4200, "line": "আমার সোনার বাংলা"} for i in range(6)]
    b.ok_json({"synced": True, "lines": lines})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    url = f"https://cdn.gaanbox.com/a/{c.rng.choice(TRACKS)}/160.m4a"
    b = FB(c, "gaanbox", "GET", url)
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.decoy("audio file range fetch")
    b.respond(206, "audio/mp4", c.rng.randbytes(600))
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/browse/playlists", [("mood", c.rng.choice(["adda", "brishti", "folk"]))])
    b.decoy("playlist catalogue with durations")
    b.ok_json(
        {
            "items": [
                {"track_id": t, "duration_ms": c.rng.randint(150000, 360000)} for t in TRACKS
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
