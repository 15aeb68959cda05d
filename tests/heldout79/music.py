"""A music and audiobook app (fictional "Słuchaj", in the style of Empik Go /
Storytel): track play logs (a batch like Spotify's "played" events), audiobook
listening positions, podcast progress; decoys: lyrics, cover art, charts."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.sluchaj.app"
TRACKS = ["Kult - Arahja", "Dawid Podsiadlo - Malomiasteczkowy", "Kryštof - Zítra", "Quimby - Most"]
BOOKS = ["Wiedzmin: Ostatnie zyczenie", "Saturnin", "Egri csillagok", "Lalka"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sluchaj", method, API + path)
    b.header("user-agent", ua("Sluchaj", "4.3.1"))
    b.header("x-install-id", b.id("music_install", where="header:x-install-id"))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", "/events/v1/plays")
    b.view("body:$.plays[*].ms_played")
    b.json(
        {
            "plays": [
                {
                    "track": c.rng.choice(TRACKS),
                    "ms_played": c.rng.randint(5000, 240000),
                    "reason_end": c.rng.choice(["trackdone", "fwdbtn"]),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "android_id": b.id("aid_music", where="body:$.android_id"),
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def audiobook_position(c: Context) -> Flow:
    b = _b(c, "PUT", f"/library/audiobooks/{c.rng.randint(10000, 99999)}/position")
    b.view("body:$.positionMs (audiobook)")
    b.json(
        {
            "title": c.rng.choice(BOOKS),
            "chapter": c.rng.randint(1, 30),
            "positionMs": c.rng.randint(0, 3600000),
            "speed": 1.25,
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/podcasts/progress")
    b.view("form:listened")
    b.form(
        [
            ("episode", str(c.rng.randint(10**5, 10**6))),
            ("listened", str(c.rng.randint(0, 4000))),
            ("completed", "false"),
        ]
    )
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/lyrics/{c.rng.randint(10**5, 10**6)}")
    b.decoy("synced lyrics with time offsets")
    b.ok_json({"lines": [{"startMs": i * 4200, "words": "la la"} for i in range(6)]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "sluchaj", "GET", f"https://covers.sluchaj.app/{rid(c.rng)}/300x300.jpg")
    b.decoy("cover art")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/charts/top50/pl")
    b.decoy("chart positions and play counts")
    b.ok_json(
        {
            "entries": [
                {"pos": i + 1, "track": t, "plays": c.rng.randint(10**4, 10**6)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()
