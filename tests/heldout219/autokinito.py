"""The father's connected car in Athens: its telematics unit (TCU, with a
cellular modem whose IMEI it reports) and head unit talk to the maker's
backend, and the companion app on his Galaxy A55 reads the car's state.

The TCU posts JSON trips and state with `imei` and the head unit's `serial`;
the head unit reports the radio station or app playing with minutes
(`media_usage`); a compact protobuf heartbeat carries the IMEI in an unnamed
field. Trip coordinates, tyre pressures and the charging map are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

TCU = "https://tcu.odigos-connect.example"
APP = "https://app.odigos-connect.example"
UA_TCU = "TCU/5.1.22 (Linux; QNX) odigos"
UA_APP = ua("OdigosConnect", "3.3.0", "babas")
STATHMOI = [
    "ΣΚΑΪ 100.3",
    "Athens DeeJay 95.2",
    "Μελωδία 99.2",
    "Sfera 102.2",
    "ΕΡΤ Πρώτο Πρόγραμμα",
]


def _tcu(c: Context, method: str, url: str) -> FB:
    b = FB(c, "car-tcu", method, url)
    b.header("user-agent", UA_TCU)
    return b


def tcu_state(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v2/vehicle/state")
    b.json(
        {
            "imei": b.id("car_imei", where="json imei"),
            "hu_serial": b.id("headunit_serial", where="json hu_serial"),
            "odometer_km": c.rng.randint(30000, 90000),
            "fuel_pct": c.rng.randint(5, 100),
            "tyres_bar": [rf(c.rng, 2.1, 2.5, 2) for _ in range(4)],
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def media_usage(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v2/infotainment/media_usage")
    b.view("json source/station/minutes (what was listened to in the car)")
    b.json(
        {
            "hu_serial": b.id("headunit_serial", where="json hu_serial"),
            "source": "FM",
            "station": c.rng.choice(STATHMOI),
            "minutes": c.rng.randint(3, 70),
            "ended": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tcu_heartbeat(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v2/hb")
    b.id("car_imei", how="protobuf", where="protobuf field 1 (unnamed string)", detectable=False)
    body = (
        pb_bytes(1, c.phone.car_imei)
        + pb_varint(2, ms(c) // 1000)
        + pb_varint(3, c.rng.randint(-110, -60) & 0xFF)
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def trip(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v2/trips")
    b.decoy("trip coordinate list (route, not an id)")
    pts = [
        [round(37.97 + c.rng.uniform(-0.04, 0.04), 5), round(23.72 + c.rng.uniform(-0.04, 0.04), 5)]
        for _ in range(20)
    ]
    b.json({"trip_id": rid(c.rng), "points": pts, "km": rf(c.rng, 2, 40, 1)})
    b.no_content()
    return b.build()


def app_link(c: Context) -> Flow:
    b = FB(c, "car-app", "POST", f"{APP}/api/v1/kinito/syndesi")
    b.header("user-agent", UA_APP)
    b.json(
        {
            "android_id": b.id("aid_car", where="json android_id"),
            "xristis": c.phone.car_user,
            "push_token": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def app_status(c: Context) -> Flow:
    b = FB(c, "car-app", "GET", f"{APP}/api/v1/ochima/katastasi")
    b.header("user-agent", UA_APP)
    b.decoy("car's state (doors, fuel) and the VIN-less vehicle nickname")
    b.ok_json(
        {
            "portes": "kleidomenes",
            "kafsimo": c.rng.randint(5, 100),
            "onoma": "Το αυτοκίνητο του μπαμπά",
        }
    )
    return b.build()


def chargers(c: Context) -> Flow:
    b = FB(c, "car-app", "GET", f"{APP}/api/v1/fortistes?lat=37.98&lon=23.73")
    b.header("user-agent", UA_APP)
    b.decoy("charging stations: the operator's equipment ids and coordinates")
    b.ok_json(
        {
            "fortistes": [
                {
                    "id": "GR*DEI*E" + str(c.rng.randint(10000, 99999)),
                    "lat": rf(c.rng, 37.9, 38.05, 5),
                    "lon": rf(c.rng, 23.65, 23.8, 5),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
