"""Melodia: a music streaming app (Romanian and Russian pop, manele, folk).

Plays are scrobbled to the backend as `ascultari` (listens, with seconds
listened); the app's offline queue uploads the same plays as msgpack in base64
under `b` (nothing readable). Search results, charts ("Top 100 România", an
aggregate over all listeners) and album art are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.melodia-music.example"
UA = ua("Melodia", "4.18.0")
TRACKS = [
    ("t10231", "Carla's Dreams", "Sub pielea mea"),
    ("t20388", "Irina Rimes", "Visele"),
    ("t31877", "Zdob și Zdub", "Trenulețul"),
    ("t40912", "Guta", "Cine te iubește"),
    ("t51009", "Дора", "Дорадура"),
    ("t61455", "Maria Tănase", "Cine iubește și lasă"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "melodia", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("melodia_device", where="header x-device-id"))
    return b


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ascultari")
    b.view("json ascultari[] piesa / secunde_ascultate")
    plays = []
    for _ in range(c.rng.randint(1, 4)):
        tid, artist, title = c.rng.choice(TRACKS)
        plays.append(
            {
                "piesa_id": tid,
                "artist": artist,
                "titlu": title,
                "ascultat_la": iso(c),
                "secunde_ascultate": c.rng.randint(20, 240),
                "sursa": "playlist",
            }
        )
    b.json({"ascultari": plays, "utilizator": b.acct("melodia_user")})
    b.ok_json({"salvat": len(plays)})
    return b.build()


def now_playing(c: Context) -> Flow:
    tid, _artist, _title = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/player/now-playing")
    b.view("json state=playing, trackId, positionMs")
    b.json(
        {
            "trackId": tid,
            "state": c.rng.choice(["playing", "paused"]),
            "positionMs": c.rng.randint(0, 240000),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def offline_queue(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.view("form b= base64 msgpack rows", detectable=False)
    rows = [[c.rng.choice(TRACKS)[0], ms(c), c.rng.randint(20, 240)] for _ in range(3)]
    b.form([("b", b64(mpack(rows))), ("c", "3")])
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["zdob", "carla", "manele 2024", "колыбельная"])
    b = _b(c, "GET", f"{API}/v1/cautare?q={q}")
    b.decoy("search results with track durations (not listening)")
    b.ok_json(
        {
            "rezultate": [
                {"id": t, "artist": a, "titlu": n, "durata": c.rng.randint(150, 300)}
                for t, a, n in TRACKS[:4]
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?tara=RO")
    b.decoy("Top 100: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "top": [
                {"loc": i + 1, "id": t, "ascultari_total": c.rng.randint(10**4, 10**7)}
                for i, (t, _, _) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "melodia", "GET", f"https://cdn.melodia-music.example/art/{rid(c.rng)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
