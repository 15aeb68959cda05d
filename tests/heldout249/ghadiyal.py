"""Dhabkar Fit: the companion app of the daughter's smartwatch (a budget AMOLED
watch) on her Pixel 8 in Leicester.

The app binds the watch by its BLE MAC and serial, reports the MAC in a
header on every sync and asks for firmware with the serial in the query. The
raw dump the watch hands over is relayed as protobuf with field numbers only;
remote config is keyed by an MD5 of the ANDROID_ID under a one-letter form
field. Steps, heart rate, the heart-rate history, sleep, SpO2, watch faces
("a watch face is not a face"), the weather pushed to the watch and "find my
phone" are not biometric data, viewing history or identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, ist, ms, rf, rid, ua

API = "https://api.dhabkarfit.example"
UA = ua("DhabkarFit", "2.6.0", "ben")
FACES = ["Rangoli", "Diwali Deep", "Minimal Pro", "Garba Night", "Analog Classic"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "dhabkarfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("watch_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watch/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "watchModel": "DBK-W3 Pro",
            "firmware": "2.1.14",
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/health/sync", install=False)
    b.header("x-watch-mac", b.id("watch_mac", "nosep", "header x-watch-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(58, 140) for _ in range(24)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(300, 520),
            "from": ms(c) - 86_400_000,
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ota/check", install=False)
    b.param("model", "DBK-W3")
    b.param("serial_no", b.id("watch_serial", where="query serial_no"))
    b.param("fw", "2.1.14")
    b.ok_json({"latest": "2.1.16", "url": f"https://cdn.dhabkarfit.example/fw/{rid(c.rng)}.bin"})
    return b.build()


def watch_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/watch/info")
    mac = b.id("watch_mac", "lower", "response json data.mac", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100)}})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/r", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 3) for _ in range(12)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("a", "com.dhabkarfit.app"),
            ("u", b.id("aid_watch", "md5", "form u", detectable=False)),
            ("v", "260"),
        ]
    )
    b.ok_json({"f": {"ecg": False, "weatherPush": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dial/install", install=False)
    b.decoy("watch face (not a face)")
    b.json({"dialId": c.rng.randint(100, 999), "faceName": c.rng.choice(FACES), "color": "#ff9933"})
    b.ok_json({"code": 0})
    return b.build()


def hr_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/health/heart-rate/history?days=7", install=False)
    b.decoy("heart-rate history (health data, not viewing or biometric id)")
    b.ok_json(
        {
            "history": [
                {"day": ist(c.now - 86400 * i)[:10], "avg": c.rng.randint(62, 80)} for i in range(7)
            ]
        }
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/weather?lat=52.64&lon=-1.13", install=False)
    b.ok_json({"city": "Leicester", "tempC": rf(c.rng, 6, 18, 1), "icon": "rain"})
    return b.build()
