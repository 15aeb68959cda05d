"""Radio Aire: an Argentine radio streaming app. Firebase Installations, GA4
Measurement Protocol events for listening (sdks.py), its own "oyente" listener
pings, now-playing metadata (decoy). The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdks
from .phone import FB, rid, ua

API = "https://stats.radioaire.com.ar"
STATIONS = ["aire-fm-1011", "rock-and-pop", "folklore-am-870", "la-cumbiera"]


def firebase(c: Context) -> Flow:
    return sdks.firebase_install(c, "radio-aire-prod", "ar.com.radioaire", "radio_fid")


def ga4_escucha(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    ev = {
        "name": "escucha_radio",
        "params": {
            "emisora": st,
            "segundos_escuchados": c.rng.randint(60, 3600),
            "programa": "La Mañana",
        },
    }
    return sdks.ga4_mp(
        c, "radio_app_instance", [ev], "body.json.events[].params.emisora+segundos_escuchados"
    )


def ga4_ui(c: Context) -> Flow:
    ev = {"name": "screen_view", "params": {"firebase_screen": "ajustes"}}
    return sdks.ga4_mp(c, "radio_app_instance", [ev], "")


def oyente(c: Context) -> Flow:
    b = FB(c, "radioaire", "GET", API + "/oyente/latido")
    b.header("user-agent", ua("RadioAire", "2.9.1"))
    b.param("emisora", c.rng.choice(STATIONS))
    b.param("seg_escuchados", str(c.rng.randint(30, 600)))
    b.param("sesion", rid(c.rng))
    b.param("did", b.id("aid_radio", where="query.did"))
    b.view("query.emisora+seg_escuchados")
    b.respond(204, None)
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = FB(c, "radioaire", "GET", API + "/p.gif")
    b.param("z", "".join(c.rng.choice("0123456789abcdef") for _ in range(48)))
    b.view("query.z (packed, unnamed)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def sonando(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = FB(c, "radioaire", "GET", f"https://meta.radioaire.com.ar/{st}/ahora.json")
    b.ok_json({"artista": "Soda Stereo", "tema": "De música ligera", "desde": "hace 2 min"})
    b.decoy("station now-playing metadata (not the listener's history)")
    return b.build()


def stream_chunk(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = FB(
        c,
        "radioaire_cdn",
        "GET",
        f"https://streaming.radioaire.com.ar/{st}/chunk_{c.rng.randint(1, 9999)}.aac",
    )
    b.respond(200, "audio/aac", c.rng.randbytes(600))
    b.decoy("audio segment fetch")
    return b.build()
