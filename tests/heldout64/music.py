"""A regional-Mexican music streaming app ("CorridoFM", in-house API).

Real listening: play-log batches (trackId, msPlayed, startedAt), a now-playing
heartbeat, the "seguir escuchando" list and an opaque encrypted beacon. Its
API also reads each request's ANDROID_ID from an `X-Android-Id` header, as
many in-house backends do with Settings.Secure.ANDROID_ID. Decoys: public
charts, lyrics, artist pages, audio segment fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.corridofm-example.com"
TRACKS = ["El Güero", "Ella Baila Sola", "Un x100to", "La Bachata", "Qué Onda", "Lady Gaga"]


def _b(c: Context, method: str, path: str, device: bool = False) -> FB:
    b = FB(c, "corridofm", method, API + path)
    b.header("user-agent", ua("CorridoFM", "9.1.0"))
    if device:
        b.header("x-android-id", b.id("aid_music", where="header x-android-id"))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/plays/batch", device=c.rng.random() < 0.5)
    plays = [
        {
            "trackId": "trk_" + new_hex(c.rng, 10),
            "title": c.rng.choice(TRACKS),
            "msPlayed": c.rng.randint(5000, 240000),
            "startedAt": iso(c),
            "source": c.rng.choice(["playlist", "radio", "search"]),
        }
        for _ in range(c.rng.randint(2, 8))
    ]
    b.json({"plays": plays, "installId": b.id("music_install", where="json installId")}, "gzip")
    b.view("json plays[].trackId/msPlayed")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/reproduciendo")
    dur = c.rng.randint(150, 280)
    b.json(
        {
            "cancionId": "trk_" + new_hex(c.rng, 10),
            "posicion": c.rng.randint(0, dur),
            "duracion": dur,
            "estado": "playing",
            "ts": ms(c),
        }
    )
    b.view("json cancionId/posicion/duracion heartbeat")
    b.no_content()
    return b.build()


def keep_listening(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/me/seguir-escuchando", device=True)
    b.ok_json(
        {
            "items": [
                {
                    "tipo": "podcast",
                    "episodioId": new_digits(c.rng, 8),
                    "titulo": "Historias de la frontera",
                    "progresoSeg": c.rng.randint(30, 3000),
                },
                {
                    "tipo": "album",
                    "albumId": new_hex(c.rng, 8),
                    "ultimaPista": c.rng.choice(TRACKS),
                },
            ]
        }
    )
    b.view("response items[] podcast progress / last track", direction="response")
    return b.build()


def beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/b")
    b.set_body(b64(bytes(c.rng.getrandbits(8) for _ in range(180))).encode(), "text/plain")
    b.view("opaque encrypted beacon body (listening events)", detectable=False)
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/charts/top50-mx")
    b.ok_json(
        {
            "semana": "2026-W48",
            "top": [
                {
                    "pos": i + 1,
                    "titulo": c.rng.choice(TRACKS),
                    "reproducciones": c.rng.randint(10**5, 10**7),
                }
                for i in range(20)
            ],
        }
    )
    b.decoy("public top-50 chart with play counts, nobody's listening log")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/v4/letras/trk_{new_hex(c.rng, 10)}")
    lines = [{"ms": i * 3500, "texto": "la la la"} for i in range(12)]
    b.ok_json({"sincronizada": True, "lineas": lines})
    b.decoy("time-synced lyrics with millisecond offsets: a timeline, not a playback report")
    return b.build()


def audio_segment(c: Context) -> Flow:
    b = FB(
        c,
        "corridofm",
        "GET",
        f"https://cdn.corridofm-example.com/a/{new_hex(c.rng, 16)}/seg{c.rng.randint(1, 40)}.aac",
    )
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("audio segment fetch")
    return b.build()


def artist(c: Context) -> Flow:
    b = _b(c, "GET", f"/v4/artistas/{new_digits(c.rng, 6)}")
    b.ok_json(
        {
            "nombre": "Grupo Frontera",
            "oyentesMensuales": c.rng.randint(10**6, 3 * 10**7),
            "popular": [
                {"titulo": t, "duracionMs": c.rng.randint(150000, 260000)} for t in TRACKS[:4]
            ],
            "rid": rid(c.rng),
            "score": rf(c.rng, 0, 1),
        }
    )
    b.decoy("artist page with monthly listeners and track durations")
    return b.build()
