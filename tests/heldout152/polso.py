"""Orologio+: the smartwatch companion app.

Sync posts the watch's BLE MAC (`indirizzo_ble`) and serial (`seriale_orologio`)
with steps and heart rate; the watch's raw dump is relayed as protobuf with the
serial in field 1 (not readable). Watch faces ("quadranti"), workout GPS and
heart-rate series are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://api.orologioplus.example"
UA = ua("OrologioPlus", "3.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "orologioplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def sincronizza(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sincronizzazione")
    b.json(
        {
            "orologio": {
                "indirizzo_ble": b.id("watch_mac", where="json orologio.indirizzo_ble"),
                "seriale_orologio": b.id("watch_serial", where="json orologio.seriale_orologio"),
                "firmware": "1.8.4",
            },
            "passi": [c.rng.randint(0, 200) for _ in range(24)],
            "battito": [c.rng.randint(55, 130) for _ in range(24)],
            "inizio": ms(c),
        },
        "gzip",
    )
    b.ok_json({"ok": True, "prossima_sync_s": 900})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/d")
    serial = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 0, 3) for _ in range(32)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def quadrante(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quadranti/installa")
    b.decoy("watch face ('quadrante'): not a face")
    b.json(
        {
            "id_quadrante": f"q{c.rng.randint(100, 999)}",
            "nome": "Golfo di Napoli",
            "colore": "#1e90ff",
        }
    )
    b.ok_json({"stato": "in_coda", "trasferimento": rid(c.rng)})
    return b.build()


def allenamento(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/allenamenti")
    b.decoy("workout GPS track and heart-rate series")
    lat, lon = rf(c.rng, 45.44, 45.49, 5), rf(c.rng, 9.15, 9.22, 5)
    b.json(
        {
            "tipo": "corsa",
            "percorso": [
                [round(lat + i * 0.0003, 5), round(lon + i * 0.0004, 5)] for i in range(15)
            ],
            "battito": [c.rng.randint(110, 175) for _ in range(15)],
            "iniziato": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
