"""A 4G home camera that recognises family members (own cloud, Chinese-made
hardware sold under a local brand in Baku).

Modelled on how such cameras' apps talk to their clouds: a device list and bind
call carrying serial, Wi-Fi MAC, the modem IMEI and a cloud device id (`did`,
as Xiaomi's Mi Home cloud calls it), face-recognition events naming the
familiar person with a face crop and a feature vector, and enrolment of a
family member's face photos. Motion events with a bounding box are not faces.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://eu-api.gozetci-cam.example"
FAMILY = ["Ana", "Ata", "Nənə", "Elvin", "Aysel"]


def _cam(b: FB) -> None:
    b.header("user-agent", ua("GozetciCam", "2.6.1"))
    b.header("x-app-did", b.id("aid_cam", where="header x-app-did"))


def face_event(c: Context) -> Flow:
    b = FB(c, "gozetci", "POST", API + "/v1/events/face")
    _cam(b)
    b.json(
        {
            "did": b.id("cam_did", where="json did"),
            "ts": ms(c),
            "person": {"name": c.rng.choice(FAMILY), "known": True, "score": rf(c.rng, 0.8, 0.99)},
            "faceCrop": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
            "faceFeature": floats_b64(floats(c.rng, 256)),
        }
    )
    b.bio("face_embedding", "json faceFeature + faceCrop of a recognised person")
    b.ok_json({"ok": True})
    return b.build()


def enrol_member(c: Context) -> Flow:
    b = FB(c, "gozetci", "POST", API + "/v1/faces/members")
    _cam(b)
    bnd = "----" + new_hex(c.rng, 20)
    parts = [
        ("name", None, None, c.rng.choice(FAMILY).encode()),
        ("relation", None, None, b"family"),
    ]
    parts += [
        (f"face_{i}", f"face_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
        for i in range(3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart face_0..2 photos enrolling a family member")
    b.ok_json({"member_id": rid(c.rng)})
    return b.build()


def face_library_sync(c: Context) -> Flow:
    b = FB(c, "gozetci", "GET", API + "/v1/faces/library")
    _cam(b)
    rows = [
        {"member": n, "vectors": [floats_b64(floats(c.rng, 128))], "updated": iso(c)}
        for n in FAMILY[:3]
    ]
    b.mark(
        "biometric", "face_embedding", "response face library: per-member vectors", True, "response"
    )
    b.ok_json({"library": rows})
    return b.build()


def face_event_opaque(c: Context) -> Flow:
    b = FB(c, "gozetci", "POST", API + "/v1/ev2")
    _cam(b)
    b.bio("face_embedding", "encrypted event payload", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(500)), "application/octet-stream")
    b.no_content()
    return b.build()


def bind_camera(c: Context) -> Flow:
    b = FB(c, "gozetci", "POST", API + "/v1/device/bind")
    _cam(b)
    b.json(
        {
            "sn": b.id("cam_serial", where="json sn"),
            "mac": b.id("cam_mac", where="json mac"),
            "imei": b.id("cam_imei", where="json imei"),
            "did": b.id("cam_did", where="json did"),
            "owner": b.acct("cam_user"),
            "tz": "Asia/Baku",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def device_list(c: Context) -> Flow:
    b = FB(c, "gozetci", "GET", API + "/v1/device/list")
    _cam(b)
    dev = {
        "did": b.id("cam_did", where="response did", direction="response"),
        "mac": b.id("cam_mac", "nosep_upper", where="response mac", direction="response"),
        "sn": b.id("cam_serial", where="response sn", direction="response"),
        "online": True,
        "fw": "5.2.11",
    }
    b.ok_json({"list": [dev]})
    return b.build()


def status_by_mac(c: Context) -> Flow:
    b = FB(c, "gozetci", "GET", API)
    b.base = API + "/v1/device/status/" + b.id("cam_mac", "nosep", where="url path /status/{mac}")
    _cam(b)
    b.ok_json({"battery": c.rng.randint(20, 100), "signal": -c.rng.randint(60, 100)})
    return b.build()


def motion_event(c: Context) -> Flow:
    b = FB(c, "gozetci", "POST", API + "/v1/events/motion")
    _cam(b)
    b.json(
        {
            "ts": ms(c),
            "zone": c.rng.randint(1, 4),
            "bbox": [c.rng.randint(0, 640) for _ in range(4)],
            "label": "motion",
            "thumb": b64(fake_jpeg(c.rng.getrandbits(32), 250)),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("motion event with box and scene thumbnail (no face)")
    return b.build()


def clip_fetch(c: Context) -> Flow:
    b = FB(c, "gozetci", "GET", f"https://media.gozetci-cam.example/clips/{new_hex(c.rng, 32)}.mp4")
    b.respond(200, "video/mp4", bytes(c.rng.getrandbits(8) for _ in range(500)))
    b.decoy("recorded clip download")
    return b.build()
