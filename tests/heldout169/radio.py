"""Radio Fe Católica: a Catholic radio app (live Spanish-language stations from
Miami and Houston, the rosary, daily readings) on the Motorola.

The app logs listening sessions per station (`sesionEscucha`: emisora, inicio,
segundos) and its Firebase Analytics build sends `escucha_en_vivo` events to
`app-measurement.com/a` as protobuf (app instance id in a numbered field,
event and parameter names as strings, as the GA4-for-Firebase upload does).
The daily readings (reading is not listening), mass times, prayer intentions
and donations are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, moto_ua, ms, rf, rid

API = "https://api.radiofecatolica.example"
STREAM = "https://stream.radiofecatolica.example"
UA = moto_ua("RadioFe", "3.8.0")
STATIONS = ["Radio Paz Miami 830 AM", "Radio Guadalupe Houston", "Radio María USA", "Fe Juvenil"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiofe", method, url)
    b.header("user-agent", UA)
    return b


def listen_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/estadisticas/sesionEscucha")
    b.view("json emisora + inicio + segundosEscuchados")
    b.json(
        {
            "emisora": c.rng.choice(STATIONS),
            "programa": c.rng.choice(["Santo Rosario", "Misa diaria", "Hablemos de Fe"]),
            "inicio": iso(c),
            "segundosEscuchados": c.rng.randint(120, 5400),
            "usuario": b.acct("radio_user"),
            "idAndroid": b.id("aid_radio", where="json idAndroid"),
        }
    )
    b.no_content()
    return b.build()


def firebase_upload(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; moto g 5G - 2024)")
    b.view("protobuf event name escucha_en_vivo with params emisora, segundos")
    inst = b.id("firebase_instance", where="protobuf field 3 (app_instance_id)", detectable=False)
    event = pb_msg(
        2,
        [
            pb_bytes(2, "escucha_en_vivo"),
            pb_msg(1, [pb_bytes(1, "emisora"), pb_bytes(2, c.rng.choice(STATIONS))]),
            pb_msg(1, [pb_bytes(1, "segundos"), pb_varint(4, c.rng.randint(60, 3600))]),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(3, inst), pb_bytes(14, "3.8.0")])
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def readings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lecturas?fecha={iso(c)[:10]}")
    b.decoy("daily readings text (reading, not watching or listening)")
    b.ok_json(
        {
            "primeraLectura": "Hechos 2, 14. 22-33",
            "salmo": "Salmo 15",
            "evangelio": "Lucas 24, 13-35",
            "leidoPor": c.rng.randint(1000, 90000),
        }
    )
    return b.build()


def mass_times(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/parroquias/cerca?lat={rf(c.rng, 25.6, 25.9, 3)}&lon=-80.2")
    b.decoy("parish coordinates and mass times")
    b.ok_json(
        {
            "parroquias": [
                {
                    "nombre": n,
                    "lat": rf(c.rng, 25.6, 25.9, 4),
                    "lon": rf(c.rng, -80.4, -80.1, 4),
                    "misas": ["08:00", "12:00", "19:30"],
                }
                for n in ("St. Michael the Archangel", "Our Lady of Charity", "San Juan Bosco")
            ]
        }
    )
    return b.build()


def intention(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/intenciones")
    b.json({"texto": "Por la salud de mi abuela", "publica": False, "ts": ms(c)})
    b.ok_json({"id": new_digits(c.rng, 7)})
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/donaciones")
    b.decoy("payment intent and idempotency key (request ids)")
    b.json({"monto": c.rng.choice([10, 25, 50]), "moneda": "USD", "idempotencia": rid(c.rng)})
    b.ok_json({"paymentIntent": "pi_" + new_digits(c.rng, 16), "estado": "ok"})
    return b.build()


def live_stream(c: Context) -> Flow:
    b = _b(c, "GET", f"{STREAM}/paz830/chunklist_{new_digits(c.rng, 5)}.aac")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
