"""JaiWatch: the daughter's smartwatch and its companion app.

Pairing reports the watch's BLE MAC and serial (`ble_mac`, `sn`) with the
app's ANDROID_ID; the sync relays the watch's own protobuf dump with the serial
in field 1 (opaque). Watch faces (`na_pat`, a dial: Thai "na" is face but
a watch face is no face), heart rate, sleep and the meditation timer are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://api.jaiwatch.example"
UA = ua("JaiWatch", "2.11.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jaiwatch", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/nalika/pair")
    b.json(
        {
            "ble_mac": b.id("watch_mac", where="json ble_mac"),
            "sn": b.id("watch_serial", where="json sn"),
            "phone_android_id": b.id("aid_watch", where="json phone_android_id"),
            "model": "JaiWatch GT4",
        }
    )
    b.ok_json({"paired": True, "pairId": rid(c.rng)})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nalika")
    mac = b.id("watch_mac", "lower", "response json [0].bleMac", direction="response")
    b.ok_json(
        [{"bleMac": mac, "battery": c.rng.randint(5, 100), "fw": "4.2.7", "lastSync": iso(c)}]
    )
    return b.build()


def sync_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sync/raw")
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 55, 120, 1) for _ in range(30)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/na-pat/install")
    b.decoy("watch face (na_pat: a dial, not a face)")
    b.json({"na_pat_id": f"np{c.rng.randint(100, 999)}", "chue": "ลายไทยทอง", "color": "#d4a017"})
    b.ok_json({"ok": True})
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/hr")
    b.json({"samples": [c.rng.randint(58, 130) for _ in range(60)], "start": ms(c)})
    b.no_content()
    return b.build()


def meditation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/samathi")
    b.decoy("meditation timer session with start time and minutes")
    b.json({"roem": iso(c), "nathi": c.rng.choice([10, 15, 30]), "hrv": rf(c.rng, 20, 80, 1)})
    b.no_content()
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/health/sleep?date=yesterday")
    b.ok_json({"deep": c.rng.randint(40, 120), "light": c.rng.randint(150, 300), "rem": 80})
    return b.build()
