"""Sonar: her music app (fictional). Registration sends the app's ANDROID_ID and
installation id; each track played posts an `escucha` with the track, artist and
seconds listened; the "escuchado recientemente" shelf returns what she played.
A batched player log packs [track, seconds, ts] rows with no key names.
Charts, lyrics and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, MODEL, iso, ms, ua

API = "https://api.sonarmusica.example/v2"
UA = ua("Sonar", "9.12.4")
TEMAS = [
    ("t881", "Muchachos", "La Mosca"),
    ("t902", "Presente", "Bersuit Vergarabat"),
    ("t915", "Tu misterioso alguien", "Miranda!"),
    ("t930", "Quevedo", "Bizarrap"),
    ("t944", "Mil horas", "Los Abuelos de la Nada"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sonar", method, f"{API}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def registro(c: Context) -> Flow:
    b = _b(c, "POST", "dispositivos")
    b.json(
        {
            "androidId": b.id("aid_musica", where="json androidId"),
            "installId": b.id("musica_install", where="json installId"),
            "modelo": MODEL,
            "usuario": b.acct("musica_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def escucha(c: Context) -> Flow:
    tid, tema, artista = c.rng.choice(TEMAS)
    b = _b(c, "POST", "escuchas")
    b.view("json tema/artista/segundosEscuchados (track played)")
    b.json(
        {
            "temaId": tid,
            "tema": tema,
            "artista": artista,
            "segundosEscuchados": c.rng.randint(30, 260),
            "origen": c.rng.choice(["playlist", "radio", "album"]),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recientes(c: Context) -> Flow:
    b = _b(c, "GET", "yo/escuchado-recientemente")
    b.view("response json recientes[] (recently played)", direction="response")
    b.ok_json(
        {
            "recientes": [
                {"temaId": t, "tema": n, "artista": a, "cuando": iso(c)} for t, n, a in TEMAS[:4]
            ]
        }
    )
    return b.build()


def log_lote(c: Context) -> Flow:
    b = _b(c, "POST", "l")
    b.view("json d[] rows (track, seconds, ts), no key names", detectable=False)
    b.json(
        {"d": [[c.rng.choice(TEMAS)[0], c.rng.randint(20, 260), ms(c)] for _ in range(3)]},
        "gzip",
    )
    b.no_content()
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", "rankings/argentina/top-50")
    b.decoy("chart with aggregate play counts")
    b.ok_json(
        {
            "top": [
                {"tema": n, "artista": a, "reproducciones": c.rng.randint(10**5, 10**7)}
                for _, n, a in TEMAS
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    tid, tema, _ = c.rng.choice(TEMAS)
    b = _b(c, "GET", f"letras/{tid}")
    b.ok_json({"tema": tema, "lineas": ["...", "..."]})
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "sonar", "GET", f"https://audio.sonarmusica.example/{new_hex(c.rng, 24)}/160.ogg")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
