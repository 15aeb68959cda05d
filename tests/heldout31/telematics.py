"""The car maker's own connected-car services (in-house, fictional "Nordvagn"):
the telematics unit's status, the head unit's registration, the Bluetooth
diagnostics log, a protobuf telemetry batch and an encrypted service ping.

Key names are the backend's own (English and Swedish: `enhet`, `serienummer`);
the ids are those an AAOS car really has: VIN (ISO 3779), the TCU's LTE modem
IMEI and SIM ICCID (ITU-T E.118, Swedish prefix 8946), the head unit's serial
and Wi-Fi MAC, and the bonded phones' BD_ADDR (as Android's
BluetoothDevice.getAddress() prints it, upper-case with colons).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_double, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid

API = "https://tcu.nordvagn-auto.com"
DIAG = "https://diag.nordvagn-auto.com"


def _car_headers(b: FB, ctx: Context) -> None:
    b.header("user-agent", "NordvagnConnect/5.14.2 (AAOS 13)")
    b.header("x-request-id", rid(ctx.rng))


def tcu_status(ctx: Context) -> Flow:
    """The TCU's periodic status, VIN in the path, modem ids in the body."""
    vin = ctx.phone.vin
    b = FB(ctx, "nordvagn-tcu", "POST", f"{API}/v2/vehicles/{vin}/status")
    b.id("vin", where="url path /vehicles/{vin}")
    _car_headers(b, ctx)
    tcu = {
        "imei": b.id("tcu_imei", where="body tcu.imei"),
        "iccid": b.id("iccid", where="body tcu.iccid"),
        "fw": "TCU-8.4.110",
        "rssi": ctx.rng.randint(-105, -70),
        "rat": "LTE",
    }
    b.json(
        {
            "ts": iso(ctx),
            "tcu": tcu,
            "battery": {"soc": rf(ctx.rng, 20, 95, 1), "rangeKm": ctx.rng.randint(90, 410)},
            "odometerKm": ctx.rng.randint(18000, 19000),
        }
    )
    b.ok_json({"ack": True, "nextReportSec": 300})
    return b.build()


def hu_register(ctx: Context) -> Flow:
    """The head unit registers with the car cloud after an OTA update (Swedish keys)."""
    b = FB(ctx, "nordvagn-hu", "PUT", f"{API}/v1/enhet/registrering")
    _car_headers(b, ctx)
    enhet = {
        "serienummer": b.id("hu_serial", where="body enhet.serienummer"),
        "wifiMac": b.id("hu_wifi_mac", how="lower", where="body enhet.wifiMac"),
        "programvara": "P2.3.1-SE",
        "marknad": "SE",
    }
    b.json({"enhet": enhet, "fordon": {"vin": b.id("vin", where="body fordon.vin")}})
    b.ok_json({"status": "registrerad", "id": rid(ctx.rng)})
    return b.build()


def bt_log(ctx: Context) -> Flow:
    """Bluetooth diagnostics: the bonded phones with their addresses."""
    b = FB(ctx, "nordvagn-diag", "POST", f"{DIAG}/v1/logs/bluetooth")
    _car_headers(b, ctx)
    b.header("x-hu-serial", b.id("hu_serial", where="header x-hu-serial"))
    devices = [
        {
            "bdAddr": b.id("phone_bt_mac", where="body bondedDevices[0].bdAddr"),
            "name": "Galaxy S23",
            "profiles": ["HFP", "A2DP", "MAP"],
        }
    ]
    if ctx.rng.random() < 0.6:
        devices.append(
            {
                "bdAddr": b.id("guest_bt_mac", where="body bondedDevices[1].bdAddr"),
                "name": "iPhone",
                "profiles": ["A2DP"],
            }
        )
    b.json({"collected": ms(ctx), "bondedDevices": devices, "a2dpCodec": "AAC"}, "gzip")
    b.no_content()
    return b.build()


def telemetry_pb(ctx: Context) -> Flow:
    """A protobuf telemetry batch: VIN and IMEI in numbered fields, no names."""
    b = FB(ctx, "nordvagn-tcu", "POST", f"{API}/ingest/v3/batch")
    _car_headers(b, ctx)
    vin = b.id("vin", how="protobuf", where="protobuf field 1", detectable=False)
    imei = b.id("tcu_imei", how="protobuf", where="protobuf field 2", detectable=False)
    rng = ctx.rng
    samples = [
        pb_msg(5, [pb_varint(1, ms(ctx) + i * 1000), pb_double(2, rf(rng, 40, 120, 2))])
        for i in range(rng.randint(4, 9))
    ]
    body = pb_bytes(1, vin) + pb_bytes(2, imei) + pb_varint(3, 3) + b"".join(samples)
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def sealed_ping(ctx: Context) -> Flow:
    """The car's service ping: an encrypted envelope that hides which car it is."""
    b = FB(ctx, "nordvagn-tcu", "POST", f"{API}/v1/p")
    _car_headers(b, ctx)
    b.id_raw("vin", "aes_gcm", "body env (encrypted)")
    blob = b64(bytes.fromhex(new_hex(ctx.rng, 160)))
    b.json({"v": 2, "kid": "k7", "env": blob})
    b.ok_json({"ok": 1})
    return b.build()


def vehicle_state(ctx: Context) -> Flow:
    """Decoy: charge curve, tyre pressures, a trip polyline and a trace id."""
    rng = ctx.rng
    b = FB(ctx, "nordvagn-app", "POST", f"{API}/v1/trips/summary")
    _car_headers(b, ctx)
    b.decoy("trip polyline, numeric series and trace id: no identifier")
    lat, lon = 59.33 + rng.uniform(-0.2, 0.2), 18.06 + rng.uniform(-0.3, 0.3)
    b.json(
        {
            "tripNo": rng.randint(1000, 9999),
            "traceId": new_hex(rng, 32),
            "path": [[round(lat + i * 0.002, 5), round(lon + i * 0.003, 5)] for i in range(12)],
            "kWhPer100": [rf(rng, 14, 22, 1) for _ in range(10)],
            "tyreKpa": [rng.randint(250, 270) for _ in range(4)],
        }
    )
    b.ok_json({"saved": True})
    return b.build()
