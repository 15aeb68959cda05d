"""OkoDim: a Wi-Fi IP camera in the Kyiv flat and its cloud (a fictional brand
on a TUTK-style P2P platform), driven from the father's phone.

The camera registers its MAC and serial, keeps a P2P session alive with its
platform UID in the path, and (with "familiar faces" switched on) uploads face
crops of people it sees together with a 128-float face feature vector for the
cloud's face matching (`faceFeature`, `faceBox`). An older firmware posts the
feature vector as base64 under `f` with no other field (opaque). Its status
report carries the MAC base64-encoded under a short key `p` (opaque). Motion
snapshots (a picture of the room on a motion event, not sent for face
analysis), the event list, the night-vision / pan-tilt settings (the camera's
own pan / tilt angles) and the firmware check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, ms, rf, rid

API = "https://cloud.okodim.example"
UA = "OkoDimCam/2.6.14 (KV-C310; fw 5.2.8)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "okodim-cam", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kamera/reiestratsiia")
    b.json(
        {
            "mac": b.id("cam_mac", where="json mac"),
            "serialNo": b.id("cam_serial", where="json serialNo"),
            "p2pUid": b.id("cam_uid", where="json p2pUid"),
            "model": "KV-C310",
            "firmware": "5.2.8",
            "account": b.acct("cam_account"),
        }
    )
    b.ok_json({"ok": True, "region": "eu-central"})
    return b.build()


def p2p_alive(c: Context) -> Flow:
    b = FB(c, "okodim-cam", "GET", "", http_version="HTTP/1.1")
    uid = b.id("cam_uid", where="path /p2p/v2/{uid}/alive")
    b.base = f"{API}/p2p/v2/{uid}/alive"
    b.header("user-agent", UA)
    b.param("t", str(ms(c)))
    b.ok_json({"relay": "relay-waw-2.okodim.example", "ttl": 60})
    return b.build()


def status_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/s")
    b.json(
        {
            "p": b.id("cam_mac", "b64", "json p", detectable=False),
            "u": c.rng.randint(1000, 900000),
            "w": -c.rng.randint(40, 80),
            "sd": c.rng.randint(10, 90),
        }
    )
    b.ok_json({"c": 0})
    return b.build()


def familiar_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ai/familiar-faces/upload")
    b.header("x-camera-sn", b.id("cam_serial", where="header x-camera-sn"))
    b.bio("face_image", "json faceImage (face crop) + faceFeature (128 floats)")
    b.json(
        {
            "eventId": rid(c.rng),
            "faceImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "faceFeature": floats(c.rng, 128),
            "faceBox": [c.rng.randint(0, 900), c.rng.randint(0, 500), 96, 96],
            "quality": rf(c.rng, 0.5, 0.99, 2),
            "ts": ms(c),
        }
    )
    b.ok_json({"match": c.rng.choice([None, "Мама", "Андрій"]), "score": rf(c.rng, 0.2, 0.95, 2)})
    return b.build()


def face_feature_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v0/ff")
    b.bio("face_embedding", "json f (128 float32 base64, no other key)", detectable=False)
    b.json({"f": floats_b64(floats(c.rng, 128))})
    b.ok_json({"c": 0})
    return b.build()


def motion_snapshot(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/storage/v1/snap/{new_hex(c.rng, 24)}.jpg")
    b.decoy("motion snapshot of the room to storage (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"stored": True})
    return b.build()


def events(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/podii?den={iso(c)[:10]}")
    b.decoy("event ids and times")
    b.ok_json(
        {
            "podii": [
                {"id": rid(c.rng), "typ": c.rng.choice(["rukh", "zvuk"]), "chas": iso(c)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ptz_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kamera/nalashtuvannia")
    b.decoy("the camera's own pan / tilt angles (not a head pose)")
    b.json(
        {
            "pan": rf(c.rng, -170, 170, 1),
            "tilt": rf(c.rng, -30, 60, 1),
            "nichnyiRezhym": c.rng.choice(["auto", "on", "off"]),
            "chutlyvist": c.rng.randint(1, 5),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/check?model=KV-C310&fw=5.2.8")
    b.decoy("firmware sha256")
    b.ok_json({"latest": "5.2.9", "sha256": new_hex(c.rng, 64), "size": 8388608})
    return b.build()
