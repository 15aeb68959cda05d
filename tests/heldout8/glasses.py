"""Lumen Specs, a fictional smart-glasses companion app.

iOS hides the phone's hardware ids, but the glasses report their own: serial
number, Bluetooth and Wi-Fi MAC addresses and the charging case's serial, sent
at pairing, in status URLs, firmware checks, media imports and a protobuf
telemetry record (no field names there). A "People" feature groups faces in
imported photos and syncs face embeddings. Photo and video imports themselves
are scenery captures (decoys), as are IMU and battery series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import (
    fake_jpeg,
    fake_mp4,
    floats_b64,
    js,
    multipart,
    pb_bytes,
    pb_msg,
    pb_varint,
)

from .phone import FB, cfnet, floats, iso, ms, rf, rid

API = "https://api.lumenspecs.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumen", method, url)
    b.header("user-agent", cfnet("LumenSpecs", "2210"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/pair")
    b.header(
        "x-app-instance", b.id("glass_install", where="header.x-app-instance", detectable=False)
    )
    b.json(
        {
            "serialNumber": b.id("glass_serial", where="body.json.serialNumber"),
            "btAddress": b.id("glass_bt", where="body.json.btAddress"),
            "wifiMac": b.id("glass_wifi", where="body.json.wifiMac"),
            "caseSerial": b.id("case_serial", where="body.json.caseSerial"),
            "hw": "LM2",
            "firmware": "2.3.1",
            "phoneVendorId": b.id("idfv_glass", where="body.json.phoneVendorId"),
        }
    )
    b.ok_json({"paired": True, "deviceId": "dev_" + rid(c.rng)[:10]})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", "")
    b.base = (
        f"{API}/v2/devices/{b.id('glass_bt', where='url.path /devices/<bt mac>/status')}/status"
    )
    b.ok_json(
        {
            "battery": c.rng.randint(10, 100),
            "charging": False,
            "storageFreeMb": c.rng.randint(900, 30000),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "https://fw.lumenspecs.com/ota/check")
    b.param("sn", b.id("glass_serial", where="query.sn"))
    b.param("hw", "LM2")
    b.param("cur", "2.3.1")
    b.param("case_sn", b.id("case_serial", where="query.case_sn"))
    b.ok_json({"update": False, "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()


def media_import(c: Context) -> Flow:
    b = _b(c, "POST", "https://media.lumenspecs.com/v1/upload")
    b.decoy("scenery photo / clip captured by the glasses, no face analysis")
    video = c.rng.random() < 0.3
    meta = js(
        {
            "deviceSerial": b.id("glass_serial", where="body.multipart.meta|json.deviceSerial"),
            "capturedAt": iso(c),
            "kind": "video" if video else "photo",
            "durationMs": 15000 if video else 0,
        }
    )
    data = fake_mp4(c.rng.randint(0, 10**6)) if video else fake_jpeg(c.rng.randint(0, 10**6))
    bnd = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                (
                    "file",
                    "LM2_0412.mp4" if video else "LM2_0412.jpg",
                    "video/mp4" if video else "image/jpeg",
                    data,
                ),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"mediaId": rid(c.rng)}, status=201)
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = _b(c, "POST", "https://t.lumenspecs.com/v1/r")
    serial = b.id(
        "glass_serial", how="protobuf", where="body.protobuf 1.1 (no field names)", detectable=False
    )
    body = pb_msg(
        1,
        [
            pb_bytes(1, serial),
            pb_varint(2, ms(c)),
            pb_varint(3, c.rng.randint(10, 100)),
            pb_varint(4, c.rng.randint(0, 5000)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def face_clusters(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/memories/people/sync")
    b.bio("face_embedding", "body.json.clusters[].faceprint (base64 float32, 128-d)")
    clusters = [
        {
            "clusterId": "p" + str(c.rng.randint(100, 999)),
            "label": c.rng.choice(["", "Mam", "Joris"]),
            "faceprint": floats_b64(floats(c.rng, 128)),
            "photoId": rid(c.rng),
            "bbox": [c.rng.randint(0, 900), c.rng.randint(0, 900), 180, 180],
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"clusters": clusters, "model": "facenet-128"})
    b.no_content()
    return b.build()


def imu_series(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/diag/imu")
    b.decoy("gyroscope / accelerometer series and battery curve")
    b.json(
        {
            "gyro": [[rf(c.rng, -2, 2, 3) for _ in range(3)] for _ in range(20)],
            "accel": [[rf(c.rng, -1, 1, 3) for _ in range(3)] for _ in range(20)],
            "battery": [c.rng.randint(40, 100) for _ in range(12)],
            "traceId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
