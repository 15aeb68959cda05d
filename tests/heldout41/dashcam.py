"""Vegvaki: an Icelandic dashcam app with a driver-monitoring camera (DMS).
The dashcam uploads through the phone: face landmarks and eye closure on
drowsiness events, driver snapshots, a driver-recognition embedding, and its
own serial, Wi-Fi MAC and LTE modem IMEI when it binds. In-house API with
English and Icelandic key names; the binary DMS record is unnamed protobuf.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    fake_jpeg,
    fake_mp4,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, points, rf, ua

API = "https://api.vegvaki.is"
UA = ua("Vegvaki", "3.0.7")


def dms_event(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/dms/atburdir")
    b.header("user-agent", UA)
    b.json(
        {
            "tegund": c.rng.choice(["syfja", "truflun", "geispi"]),
            "tími": iso(c),
            "driver": {
                "faceLandmarks": points(c.rng, 68, 1280, 720),
                "eyeClosure": {"left": rf(c.rng, 0.4, 1, 2), "right": rf(c.rng, 0.4, 1, 2)},
                "perclos": rf(c.rng, 0.1, 0.6, 3),
            },
            "hradi": c.rng.randint(40, 110),
        }
    )
    b.bio("face_landmarks", "json:driver.faceLandmarks + eyeClosure")
    b.no_content()
    return b.build()


def driver_snapshot(c: Context) -> Flow:
    bnd = "vv" + new_hex(c.rng, 20)
    b = FB(c, "vegvaki", "POST", f"{API}/v2/dms/snapshot")
    b.header("user-agent", UA)
    parts = [
        ("event", None, "application/json", b'{"type":"drowsiness","camera":"cabin"}'),
        ("driver_face", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:driver_face jpeg")
    b.ok_json({"id": new_hex(c.rng, 12)})
    return b.build()


def driver_id(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/okumenn/thekkja")
    b.header("user-agent", UA)
    b.json(
        {
            "andlitsvigur": floats_b64(floats(c.rng, 128)),
            "útgáfa": "mobilefacenet-1",
            "bíll": "RX-404",
        }
    )
    b.bio("face_template", "json:andlitsvigur (face vector)")
    b.ok_json({"ökumaður": c.phone.dash_user})
    return b.build()


def dms_protobuf(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/dms/raw")
    b.header("user-agent", UA)
    body = pb_varint(1, ms(c)) + pb_packed_floats(
        2, [v for p in points(c.rng, 68, 1280, 720) for v in p]
    )
    body += pb_bytes(3, "cabin")
    b.set_body(body, "application/x-protobuf")
    b.bio("face_landmarks", "protobuf field 2 (unnamed packed floats)", detectable=False)
    b.no_content()
    return b.build()


def bind(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/taeki/para")
    b.header("user-agent", UA)
    b.json(
        {
            "serialNumber": b.id("dash_serial", where="json:serialNumber"),
            "wifiMac": b.id("dash_mac", where="json:wifiMac"),
            "imei": b.id("dash_imei", where="json:imei"),
            "phoneAndroidId": b.id("aid_dash", where="json:phoneAndroidId"),
            "fw": "VV-3.2.11",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = FB(c, "vegvaki", "GET", f"{API}/v2/taeki/hjartslattur")
    b.params = [
        ("sn", b.id("dash_serial", where="query:sn")),
        ("modem_imei", b.id("dash_imei", where="query:modem_imei")),
        ("batt", str(c.rng.randint(20, 100))),
    ]
    b.header("user-agent", UA)
    b.ok_json({"ok": True})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/hb2")
    b.header("user-agent", UA)
    b.json(
        {
            "k": b.id("dash_mac", "nosep_upper", where="json:k", detectable=False),
            "s": c.rng.randint(0, 9),
        }
    )
    b.ok_json({})
    return b.build()


def gps_track(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/ferdir/leid")
    b.header("user-agent", UA)
    pts = [
        [rf(c.rng, 63.9, 64.2, 5), rf(c.rng, -22.1, -21.7, 5), ms(c) + i * 1000] for i in range(20)
    ]
    b.json({"punktar": pts, "gsensor": [rf(c.rng, -1, 1, 3) for _ in range(30)]})
    b.decoy("GPS track and g-sensor series")
    return b.build()


def road_clip(c: Context) -> Flow:
    b = FB(c, "vegvaki", "PUT", f"{API}/v2/myndskeid/{new_hex(c.rng, 16)}.mp4")
    b.header("user-agent", UA)
    b.set_body(fake_mp4(c.rng.getrandbits(24), 900), "video/mp4")
    b.ok_json({"ok": True})
    b.decoy("road-facing video clip")
    return b.build()


def mount_calibration(c: Context) -> Flow:
    b = FB(c, "vegvaki", "POST", f"{API}/v2/taeki/kvordun")
    b.header("user-agent", UA)
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -5, 5, 2),
                "pitch": rf(c.rng, -12, 2, 2),
                "roll": rf(c.rng, -2, 2, 2),
            },
            "horizon": rf(c.rng, 0.4, 0.6, 3),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("camera mount yaw/pitch/roll")
    return b.build()
