"""Ñe'ẽ PTT: the company's push-to-talk radio on the drivers' and the depot's phones.

Voice bursts on a channel (`canal`) go up and come down as short Opus clips
with their duration; presence and an SOS with the driver's position. A PTT
burst is a conversation, like a voice note: not a voice print and not
something anyone listened to for a media history. All ordinary.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, iso, ms, rf, rid, ua

API = "https://ptt.tekopora.example/v1"
CANALES = ["Flota CDE", "Flota Asunción", "Depósito", "Ganadería Chaco"]


def _b(c: Context, method: str, url: str, who: str = "ruben") -> SB:
    b = SB(c, "nee-ptt", method, url)
    b.header("user-agent", ua("NeePTT", "3.5.2", who))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _opus(c: Context, n: int) -> bytes:
    noise = hashlib.shake_256(b"opus" + c.rng.randint(0, 10**9).to_bytes(8, "little")).digest(n)
    return b"OggS\x00\x02" + bytes(20) + b"OpusHead" + noise


def subir(c: Context) -> Flow:
    canal = c.rng.choice(CANALES)
    b = _b(c, "POST", f"{API}/canales/{canal.replace(' ', '-').lower()}/rafagas")
    b.decoy("push-to-talk voice burst (conversation, not a voice print)")
    b.header("x-duracion-ms", str(c.rng.randint(800, 9000)))
    b.set_body(_opus(c, 900), "audio/ogg; codecs=opus")
    b.ok_json({"id": new_hex(c.rng, 12), "entregado": c.rng.randint(2, 14)})
    return b.build()


def bajar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rafagas/{new_hex(c.rng, 12)}", who="liz")
    b.respond(200, "audio/ogg; codecs=opus", _opus(c, 700))
    return b.build()


def presencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/presencia")
    b.json({"estado": c.rng.choice(["en_linea", "ocupado", "manejando"]), "t": ms(c)})
    b.no_content()
    return b.build()


def canales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/canales", who="liz")
    b.ok_json({"canales": [{"nombre": n, "miembros": c.rng.randint(4, 40)} for n in CANALES]})
    return b.build()


def sos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/emergencia")
    b.decoy("SOS with GPS position")
    b.json(
        {
            "canal": "Flota CDE",
            "posicion": {"lat": rf(c.rng, -25.55, -25.45, 5), "lon": rf(c.rng, -54.7, -54.6, 5)},
            "mensaje": "Pinchadura en Ruta PY02, km 190",
            "hora": iso(c),
        }
    )
    b.ok_json({"recibido": True})
    return b.build()
