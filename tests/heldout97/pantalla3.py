"""Pantalla3: a Catalan public-service streamer (3Cat-like), its own backend.

Watch logs and resume points are keyed in Catalan (vist, posicio, capitol,
temporada, temps_vist, reprendre, progres); the player also fires the comScore
streaming tag and IMA pre-rolls (see sdks.py). Key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from . import sdks
from .phone import FB, exo_ua, iso, ms, rid, ua

API = "https://api.pantalla3.cat"
PKG = "cat.pantalla3.app"
SHOWS = [
    ("Polseres vermelles", 2, 13),
    ("Merli", 3, 13),
    ("Com si fos ahir", 5, 22),
    ("El foraster", 1, 8),
    ("Crackovia", 9, 30),
]


def _ep(c: Context) -> tuple[str, int, int, str]:
    show, seasons, eps = c.rng.choice(SHOWS)
    return show, c.rng.randint(1, seasons), c.rng.randint(1, eps), str(c.rng.randint(10**6, 10**7))


def vist(c: Context) -> Flow:
    show, t, cap, vid = _ep(c)
    b = FB(c, "pantalla3", "POST", API + "/v2/usuari/vist")
    b.view("json:capitol/posicio/temps_vist")
    dur = c.rng.randint(1500, 4200)
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "usuari": b.acct("p3_user"),
            "capitol": {"id": vid, "programa": show, "temporada": t, "num": cap},
            "posicio": pos,
            "durada": dur,
            "temps_vist": pos - c.rng.randint(0, 25),
            "acabat": pos > dur - 60,
            "data": iso(c),
        }
    )
    b.header("user-agent", ua("Pantalla3", "6.3.2"))
    b.no_content()
    return b.build()


def progres(c: Context) -> Flow:
    _, _, _, vid = _ep(c)
    b = FB(c, "pantalla3", "PUT", f"{API}/v2/progres/{vid}")
    b.view("form:progres/segon")
    b.form([("progres", str(round(c.rng.random(), 3))), ("segon", str(c.rng.randint(5, 3000)))])
    b.header("user-agent", ua("Pantalla3", "6.3.2"))
    b.no_content()
    return b.build()


def reprendre(c: Context) -> Flow:
    """The continue-watching shelf comes back from the server (response side)."""
    b = FB(c, "pantalla3", "GET", API + "/v2/usuari/reprendre", [("limit", "12")])
    b.view("response:items[].posicio", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 6)):
        show, t, cap, vid = _ep(c)
        items.append(
            {"id": vid, "titol": f"{show} T{t} C{cap}", "posicio": c.rng.randint(60, 2400)}
        )
    b.header("user-agent", ua("Pantalla3", "6.3.2"))
    b.ok_json({"items": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's own encrypted stats beacon: nothing readable."""
    b = FB(c, "pantalla3", "POST", API + "/t")
    b.view("body:encrypted blob", detectable=False)
    b.param("k", b.id("aid_p3", "md5", where="query:k (md5, meaningless key)", detectable=False))
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(120, 260)))
    b.json({"v": 3, "p": b64(blob)})
    b.header("user-agent", ua("Pantalla3", "6.3.2"))
    b.no_content()
    return b.build()


def comscore(c: Context) -> Flow:
    show, t, cap, vid = _ep(c)
    dur = c.rng.randint(1500, 4200) * 1000
    ev = c.rng.choice(["hb", "hb", "play", "pause", "end"])
    return sdks.comscore_beacon(
        c, "Pantalla3", ev, vid, show, f"T{t} C{cap}", c.rng.randint(0, dur), dur, pkg=PKG
    )


def ima(c: Context) -> Flow:
    return sdks.ima_ad(c, "pantalla3", PKG)


def register(c: Context) -> Flow:
    b = FB(c, "pantalla3", "POST", API + "/v2/dispositius")
    b.json(
        {
            "deviceId": b.id("aid_p3", where="json:deviceId"),
            "model": "SM-S921B",
            "so": "android 14",
            "pushToken": b.acct("push_token"),
        }
    )
    b.header("user-agent", ua("Pantalla3", "6.3.2"))
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()


def firebase(c: Context) -> Flow:
    return sdks.firebase_install(c, "pantalla3", PKG, "p3_fid")


def graella(c: Context) -> Flow:
    b = FB(c, "pantalla3", "GET", API + "/v2/graella", [("canal", "tv3"), ("dia", "avui")])
    progs = [
        {"hora": f"{h:02d}:00", "titol": s[0]} for h, s in zip(range(14, 19), SHOWS, strict=True)
    ]
    b.ok_json({"canal": "tv3", "programes": progs})
    return b.build()


def miniatura(c: Context) -> Flow:
    _, _, _, vid = _ep(c)
    b = FB(c, "pantalla3", "GET", f"https://img.pantalla3.cat/thumb/{vid}/640x360.jpg")
    b.decoy("thumbnail fetch of a programme (no viewing record)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


def segment(c: Context) -> Flow:
    _, _, _, vid = _ep(c)
    n = c.rng.randint(1, 900)
    b = FB(c, "pantalla3", "GET", f"https://media.pantalla3.cat/hls/{vid}/720p/seg_{n:05d}.ts")
    b.header("user-agent", exo_ua("Pantalla3", "6.3.2"))
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def cerca(c: Context) -> Flow:
    q = c.rng.choice(["merli", "polseres", "esports", "telenoticies"])
    b = FB(c, "pantalla3", "GET", API + "/v2/cerca", [("q", q), ("t", str(ms(c)))])
    b.decoy("search results list (catalogue, not history)")
    b.ok_json(
        {"resultats": [{"id": str(c.rng.randint(10**6, 10**7)), "titol": s[0]} for s in SHOWS]}
    )
    return b.build()
