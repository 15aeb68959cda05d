"""RadioSol: AM/FM simulcast radio from Guadalajara and Mexico City on the Motorola.

The app reports listening sessions (`escuchado`, `estacion`, `segundos_escuchados`)
to its backend; fetching the stream itself (even with the advertising id for
audio ads in its query) is a fetch, not a report of listening. "Now playing" and
the station's played-songs list are the station's public playout. The app
carries Firebase measurement and Comscore's app tag.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.radiosol.example"
STREAM = "https://stream.radiosol.example"
UA = ua("RadioSol", "2.14.0")
ESTACIONES = [
    ("la-ke-buena-927", "La Ke Buena 92.7 FM"),
    ("formula-1470", "Radio Fórmula 1470 AM"),
    ("alfa-913", "Alfa 91.3 FM"),
    ("ibero-909", "Ibero 90.9"),
]
CANCIONES = ["Ella Baila Sola", "La Bachata", "Tu Falta de Querer", "Un x100to", "Qué Onda Perdida"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiosol", method, url)
    b.header("user-agent", UA)
    return b


def escucha(c: Context) -> Flow:
    slug, nombre = c.rng.choice(ESTACIONES)
    b = _b(c, "POST", f"{API}/v1/escuchado")
    b.view("json estacion + inicio + segundos_escuchados")
    b.json(
        {
            "estacion": slug,
            "nombre": nombre,
            "inicio": iso(c),
            "segundos_escuchados": c.rng.randint(30, 5400),
            "salida": c.rng.choice(["bocina", "audifonos", "bluetooth_auto"]),
            "id_dispositivo": b.id("aid_radio", where="json id_dispositivo (ANDROID_ID)"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def historial(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mi-historial?dias=7")
    b.header("x-dispositivo", b.id("aid_radio", where="header x-dispositivo"))
    b.view("response json historial[] (estacion, escuchado_el, minutos)", direction="response")
    b.ok_json(
        {
            "historial": [
                {"estacion": s, "escuchado_el": iso(c), "minutos": c.rng.randint(3, 120)}
                for s, _ in ESTACIONES
            ]
        }
    )
    return b.build()


def stream(c: Context) -> Flow:
    slug, _ = c.rng.choice(ESTACIONES)
    b = _b(c, "GET", f"{STREAM}/{slug}.aac")
    b.decoy("audio stream fetch (not a listening report)")
    b.params += [
        ("aw_0_1st.playerid", "radiosol_android"),
        ("aw_0_req.gdpr", "false"),
        ("aw_0_1st.ifa", b.id("gaid", where="query aw_0_1st.ifa")),
        ("lsid", rid(c.rng)),
    ]
    b.respond(
        200, "audio/aac", b"\xff\xf1\x50\x80" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def ahora_suena(c: Context) -> Flow:
    slug, nombre = c.rng.choice(ESTACIONES)
    b = _b(c, "GET", f"{API}/v1/estaciones/{slug}/ahora-suena")
    b.decoy("station's now-playing and played-songs list (public playout)")
    b.ok_json(
        {
            "estacion": nombre,
            "ahora": {"cancion": c.rng.choice(CANCIONES), "desde": iso(c)},
            "anteriores": [{"cancion": s, "hora": iso(c)} for s in CANCIONES[:3]],
        }
    )
    return b.build()


def escucha_opaca(c: Context) -> Flow:
    """The lock-screen player's batched pings: station index and seconds, one letter each."""
    b = _b(c, "GET", f"{API}/px.gif")
    b.view("query e/s/d single-letter keys (station, seconds)", detectable=False)
    b.params += [
        ("e", str(c.rng.randint(0, 3))),
        ("s", str(c.rng.randint(30, 3600))),
        ("d", str(ms(c))),
        ("k", b64(rid(c.rng))[:12]),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def firebase(c: Context) -> Flow:
    return sdks.firebase_measurement(c)


def comscore(c: Context) -> Flow:
    return sdks.comscore_app(c, "RadioSol", "2.14.0", "aid_radio")
