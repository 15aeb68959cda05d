"""Cumbia: an Argentine music and podcast app. Listen logs ("escuchas" with
"ms_escuchados"), podcast episode progress, a msgpack batch under one-letter
keys (opaque), Adjust attribution (sdks.py). Decoys: lyrics, search, waveform
peaks (a numeric series). The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, mpack

from . import sdks
from .phone import FB, iso, ms, rf, ua

API = "https://api.cumbia.fm"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cumbia", method, API + path)
    b.header("user-agent", ua("CumbiaFM", "4.20.3"))
    return b


def _track(c: Context) -> str:
    return "trk_" + "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))


def escuchas(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/escuchas/lote")
    items = [
        {
            "track": _track(c),
            "ms_escuchados": c.rng.randint(8000, 260000),
            "inicio": iso(c),
            "origen": c.rng.choice(["playlist", "radio", "album"]),
        }
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"escuchas": items}, encoding="gzip")
    b.view("body.gzip.json.escuchas[].track+ms_escuchados")
    b.no_content()
    return b.build()


def podcast_progreso(c: Context) -> Flow:
    ep = f"ep-{c.rng.randint(1000, 9999)}"
    b = _b(c, "PUT", f"/v3/podcasts/episodios/{ep}/progreso")
    dur = c.rng.randint(1200, 5400)
    b.json(
        {
            "posicion_seg": c.rng.randint(0, dur),
            "duracion_seg": dur,
            "terminado": False,
            "velocidad": 1.25,
        }
    )
    b.view("path.episodios+body.json.posicion_seg")
    b.no_content()
    return b.build()


def opaque_lote(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/x")
    rows = [{"a": _track(c), "b": c.rng.randint(8000, 260000), "c": ms(c)} for _ in range(3)]
    b.set_body(mpack({"v": 2, "r": rows}), "application/x-msgpack")
    b.view("body.msgpack.r[].a+b (unnamed keys)", detectable=False)
    b.no_content()
    return b.build()


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(
        c, "fm.cumbia.app", "cumbia_adjust_uuid", "aid_cumbia", c.rng.randint(2, 300)
    )


def letra(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/letras/{_track(c)}")
    b.ok_json({"lineas": ["Y dale, y dale...", "que esta noche es nuestra"], "sync": True})
    b.decoy("lyrics fetch")
    return b.build()


def buscar(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/buscar?q=" + c.rng.choice(["los+palmeras", "karina", "damas+gratis"]))
    b.ok_json({"tracks": [_track(c) for _ in range(5)]})
    b.decoy("search results")
    return b.build()


def onda(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/tracks/{_track(c)}/onda")
    b.ok_json({"picos": [rf(c.rng, 0, 1, 3) for _ in range(128)], "sr": 44100})
    b.decoy("waveform peaks series")
    return b.build()


def tapa(c: Context) -> Flow:
    b = FB(c, "cumbia_cdn", "GET", f"https://i.cumbia.fm/tapas/{c.rng.randint(1, 99999)}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    b.decoy("album cover")
    return b.build()


def gustos(c: Context) -> Flow:
    """A taste vector for recommendations: floats without any face context."""
    b = _b(c, "POST", "/v3/recomendaciones/semilla")
    b.json(
        {
            "vector_gustos": [round(c.rng.gauss(0, 0.1), 5) for _ in range(128)],
            "modelo": "two-tower-v5",
        }
    )
    b.ok_json({"tracks": [_track(c) for _ in range(10)]})
    b.decoy("taste embedding (feature vector without face context)")
    return b.build()
