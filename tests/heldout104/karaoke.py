"""SingStar Wien (a bar's karaoke night app she runs as sound engineer, and uses).

Pitch contour of a singer against the reference melody, a score per line and a
leaderboard. The sung pitch is a performance measured against a melody; no
speaker model, so not biometric. A score submission names the song and a time:
it reports a performance, not what she listened to (her choice; the backing
track plays for the singer), so not viewing history either.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.singnacht.example"
UA = ua("Singnacht", "2.7.5")
SONGS = [
    ("Falco", "Rock Me Amadeus"),
    ("Wanda", "Bologna"),
    ("ABBA", "Waterloo"),
    ("STS", "Fürstenfeld"),
    ("Adele", "Someone Like You"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "singnacht", method, API + path)
    b.header("user-agent", UA)
    return b


def score(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/runden/wertung")
    b.decoy(
        "karaoke score with the sung pitch contour vs. the melody: a performance, "
        "no speaker model and no report of listening"
    )
    artist, title = c.rng.choice(SONGS)
    b.json(
        {
            "song": {"artist": artist, "titel": title, "id": c.rng.randint(1000, 9999)},
            "saenger": c.rng.choice(["Tisch 4", "Geburtstagskind", "Lena"]),
            "zeilen": [
                {
                    "zeile": i,
                    "treffer_prozent": c.rng.randint(40, 100),
                    "ist_hz": [rf(c.rng, 180, 520, 1) for _ in range(6)],
                    "soll_hz": [rf(c.rng, 180, 520, 1) for _ in range(6)],
                }
                for i in range(1, 4)
            ],
            "punkte": c.rng.randint(2000, 10000),
            "gesungen_am": iso(c),
        }
    )
    b.ok_json({"platz": c.rng.randint(1, 20)})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/abend/bestenliste")
    b.decoy("the evening's leaderboard and most-sung songs: aggregates over all guests")
    b.ok_json(
        {
            "bestenliste": [
                {"name": n, "punkte": c.rng.randint(4000, 10000)}
                for n in ("Tisch 4", "Sabine", "Mo")
            ],
            "meistgesungen": [{"titel": t, "anzahl": c.rng.randint(1, 9)} for _, t in SONGS],
        }
    )
    return b.build()


def queue(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/warteschlange")
    artist, title = c.rng.choice(SONGS)
    b.json({"artist": artist, "titel": title, "tisch": c.rng.randint(1, 20), "req": rid(c.rng)})
    b.ok_json({"position": c.rng.randint(1, 12)})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/songs/{c.rng.randint(1000, 9999)}/lyrics")
    b.decoy("lyric timing (start_ms per line): a song's timeline, not a play report")
    b.ok_json({"zeilen": [{"start_ms": i * 3200, "text": "…"} for i in range(8)]})
    return b.build()
