"""Nordvik Connect: the carmaker's telematics for the family's own car (VIN,
head-unit serial, telematics modem IMEI, head-unit Bluetooth MAC) and its phone
app; ordinary vehicle status (battery, tyres, GPS track) is a decoy-rich
numeric stream. Key names are the carmaker's own; the OTA check follows the
usual (Android A/B OTA) shape of build fingerprint + serial.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.nordvik-connect.com"


def _b(c: Context, method: str, path: str, car: bool = True) -> FB:
    b = FB(c, "nordvik-connect", method, API + path)
    b.header("user-agent", ua("NordvikConnect", "4.18.0", car=car))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/vehicles/status")
    b.json(
        {
            "vin": b.id("vin", where="json:vin"),
            "odometerKm": c.rng.randint(8000, 60000),
            "soc": [rf(c.rng, 20, 90, 1) for _ in range(6)],
            "rangeKm": c.rng.randint(90, 400),
            "tyreKpa": [c.rng.randint(240, 260) for _ in range(4)],
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def modem_checkin(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tcu/checkin")
    b.json(
        {
            "tcu": {
                "imei": b.id("modem_imei", where="json:tcu.imei"),
                "iccidSuffix": "4471",
                "rat": "LTE",
                "rsrp": c.rng.randint(-115, -80),
            },
            "headUnit": {
                "serialNumber": b.id("hu_serial", where="json:headUnit.serialNumber"),
                "sw": "P3-2026.08.1",
            },
        }
    )
    b.ok_json({"next": 3600})
    return b.build()


def phone_key(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/digital-key/pair", car=False)
    b.json(
        {
            "vehicleVin": b.id("vin", where="json:vehicleVin"),
            "carBluetoothAddress": b.id("hu_bt_mac", where="json:carBluetoothAddress"),
            "phoneModel": "Pixel 8",
            "keyId": rid(c.rng),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(c, "nordvik-connect", "GET", "https://ota.nordvik-connect.com/v2/check")
    b.param("fp", "nordvik/polaris3/p3:12/UQ1A/2026.08.1:user/release-keys")
    b.param("sn", b.id("hu_serial", how="sha256", where="query:sn (sha256)"))
    b.param("ch", "stable")
    b.header("user-agent", "UpdateEngine/1.0")
    b.ok_json({"update": False, "sha256": hashlib.sha256(rid(c.rng).encode()).hexdigest()})
    b.decoy("firmware sha256 in response")
    return b.build()


def tcu_pb(c: Context) -> Flow:
    """The modem's binary uplink: VIN and IMEI under field numbers only."""
    b = FB(c, "nordvik-connect", "POST", "https://tcu.nordvik-connect.com/up")
    body = pb_msg(
        1,
        [
            pb_bytes(1, b.id("vin", how="protobuf", where="protobuf:1.1", detectable=False)),
            pb_bytes(2, b.id("modem_imei", how="protobuf", where="protobuf:1.2", detectable=False)),
            pb_varint(3, ms(c)),
            pb_varint(4, c.rng.randint(0, 100)),
        ],
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def sealed_report(c: Context) -> Flow:
    """An encrypted diagnostic report that holds the VIN (cipher: not recoverable)."""
    b = _b(c, "POST", "/v1/diag/sealed")
    b.id_raw("vin", "aes_gcm", where="json:blob (encrypted)")
    b.json({"kid": "diag-2026", "blob": b64(bytes(c.rng.getrandbits(8) for _ in range(240)))})
    b.no_content()
    return b.build()


def trip_track(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/trips/track", car=False)
    lat, lon = c.rng.choice([(59.33, 18.06), (59.91, 10.75), (52.52, 13.40)])
    pts = [
        [round(lat + i * 0.0011, 5), round(lon + i * 0.0017, 5), ms(c) + i * 5000]
        for i in range(30)
    ]
    b.json({"tripId": rid(c.rng), "points": pts, "kWh": rf(c.rng, 2, 20, 2)})
    b.decoy("GPS track coordinate list")
    b.no_content()
    return b.build()


def climate(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/vehicles/me/climate", car=False)
    b.json(
        {"targetC": c.rng.choice([20, 21, 22]), "seatHeat": {"driver": 2}, "requestId": rid(c.rng)}
    )
    b.ok_json({"accepted": True, "orderNo": rid(c.rng)[:8].upper()})
    b.decoy("remote climate command with request id")
    return b.build()


def cells(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/battery/cells")
    b.json(
        {
            "cellMv": [c.rng.randint(3600, 4100) for _ in range(96)],
            "tempC": [rf(c.rng, 15, 30, 1) for _ in range(8)],
        }
    )
    b.decoy("battery cell voltage series")
    b.no_content()
    return b.build()
