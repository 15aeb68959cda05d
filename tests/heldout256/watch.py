"""Cakau Watch: an LTE smartwatch and its companion app on the son's Pixel 8 in
Auckland.

Pairing sends the watch's serial, Bluetooth MAC and IMEI (the watch has its
own eSIM) and the companion app's ANDROID_ID; the eSIM activation sends the
IMEI again. Health syncs name the watch by serial in a header; the raw
dump the watch produces is relayed as protobuf (numbered fields only); remote
config is keyed by an MD5 of the ANDROID_ID under 'q'. Every call carries the
app's install id. Heart rate, sleep, workouts with their GPS route, watch
faces and the weather for the watch are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.cakauwatch.example"
UA = ua("CakauWatch", "2.4.0", "tevita")
FACES = ["Tapa Classic", "Ocean Blue", "Drua Orange", "Minimal", "Masi Pattern"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "cakauwatch", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("cakau_install", where="header x-install-id"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/pair")
    b.json(
        {
            "user": c.phone.cakau_user,
            "watch": {
                "serialNumber": b.id("watch_serial", where="json watch.serialNumber"),
                "btMac": b.id("watch_mac", where="json watch.btMac"),
                "imei": b.id("watch_imei", where="json watch.imei"),
                "model": "CKW-2 LTE",
                "firmware": "2.1.8",
            },
            "phone": {"androidId": b.id("aid_cakau", where="json phone.androidId")},
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def esim_activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/esim/activate")
    b.json(
        {
            "imei": b.id("watch_imei", where="json imei"),
            "carrier": "One NZ",
            "plan": "OneNumber",
            "msisdnPrimary": "+6421" + str(c.rng.randint(10**6, 10**7)),
        }
    )
    b.ok_json({"status": "ACTIVATING", "activationCode": "LPA:1$" + rid(c.rng)})
    return b.build()


def watch_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watch")
    mac = b.id("watch_mac", "lower", "response json btAddress", direction="response")
    b.ok_json({"btAddress": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync", install=False)
    b.header("x-watch-sn", b.id("watch_serial", where="header x-watch-sn"))
    b.json(
        {
            "heartRate": [c.rng.randint(52, 140) for _ in range(24)],
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "sleepMinutes": c.rng.randint(280, 540),
            "spo2": c.rng.randint(94, 99),
            "from": ms(c),
        },
        "gzip",
    )
    b.ok_json({"stored": True})
    return b.build()


def raw_dump(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(3, b.id("watch_mac", "protobuf", "protobuf field 3", detectable=False))
        + pb_varint(4, ms(c))
        + pb_packed_floats(5, [rf(c.rng, -2, 2) for _ in range(24)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg", install=False)
    b.form([("a", "2.4.0"), ("q", b.id("aid_cakau", "md5", "form q", detectable=False))])
    b.ok_json({"f": {"ecg": False, "fall_detect": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/faces/install", install=False)
    b.decoy("watch face (not a face)")
    b.json({"faceId": c.rng.randint(100, 999), "faceName": c.rng.choice(FACES), "complications": 4})
    b.ok_json({"installed": True})
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workouts", install=False)
    b.decoy("workout GPS route positions and duration")
    lat, lon = -36.8485, 174.7633
    b.json(
        {
            "type": "RUN",
            "duration": c.rng.randint(900, 4000),
            "route": [
                {"position": [round(lat + i * 0.0007, 5), round(lon + i * 0.0004, 5)], "t": i * 10}
                for i in range(8)
            ],
            "avgHr": c.rng.randint(120, 165),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def sleep_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sleep/history?days=7", install=False)
    b.decoy("sleep history (not viewing)")
    b.ok_json(
        {
            "history": [
                {
                    "date": iso(c)[:10],
                    "minutes": c.rng.randint(300, 520),
                    "deep": c.rng.randint(40, 120),
                }
                for _ in range(7)
            ]
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/weather?city=Auckland", install=False)
    b.ok_json({"tempC": rf(c.rng, 14, 26, 1), "cond": c.rng.choice(["rain", "cloud", "sun"])})
    return b.build()
