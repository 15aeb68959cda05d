"""Vauvavahti: a baby-monitor camera app (Hungarian-Finnish family) whose camera
detects the baby's face and recognises family members (camera serial, Wi-Fi MAC).

Key names are the maker's own; the shapes follow common face-detection output
(a box, five landmarks, a 128-d embedding).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://cloud.vauvavahti.fi"
UA = ua("Vauvavahti", "3.9.1")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-request-id", rid(b.ctx.rng))


def face_event(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/events")
    _hdr(b)
    lm = points(c.rng, 5, 1920, 1080)
    b.json(
        {
            "camera": b.id("cam_serial", where="body.camera"),
            "type": "baby_face_detected",
            "ts": iso(c),
            "faceBox": {
                "x": c.rng.randint(500, 900),
                "y": c.rng.randint(200, 500),
                "w": 180,
                "h": 200,
            },
            "faceLandmarks": {
                "leftEye": lm[0],
                "rightEye": lm[1],
                "nose": lm[2],
                "mouthLeft": lm[3],
                "mouthRight": lm[4],
            },
            "score": rf(c.rng, 0.8, 0.99, 3),
        }
    )
    b.bio("face_landmarks", "body.faceLandmarks")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def face_crop(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/faces/crops")
    _hdr(b)
    bnd = "vv" + str(c.rng.getrandbits(48))
    body = multipart(
        bnd,
        [
            (
                "meta",
                None,
                "application/json",
                f'{{"ts":"{iso(c)}","track":{c.rng.randint(1, 50)}}}'.encode(),
            ),
            ("faceCrop", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.faceCrop")
    b.ok_json({"stored": True})
    return b.build()


def familiar_face(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/family/faces")
    _hdr(b)
    b.json(
        {
            "owner": b.acct("baby_user"),
            "label": c.rng.choice(["Anya", "Äiti", "Nagymama", "Isä"]),
            "faceEmbedding": floats(c.rng, 128),
            "embeddingVersion": 4,
        }
    )
    b.bio("face_embedding", "body.faceEmbedding")
    b.ok_json({"faceId": rid(c.rng)})
    return b.build()


def opaque_event(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/e2")
    _hdr(b)
    b.json({"n": c.rng.randint(1, 9999), "x": b64(bytes(c.rng.getrandbits(8) for _ in range(220)))})
    b.bio("face_landmarks", "body.x (encrypted detection batch)", detectable=False)
    b.no_content()
    return b.build()


def face_covered(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/alerts")
    _hdr(b)
    b.json(
        {"type": "face_covered", "durationSec": c.rng.randint(5, 40), "ts": iso(c), "notify": True}
    )
    b.ok_json({"ok": True})
    b.decoy("face-covered alert (an event, no face data)")
    return b.build()


def climate(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/climate")
    _hdr(b)
    b.json(
        {
            "temp": [rf(c.rng, 20, 24, 1) for _ in range(12)],
            "humidity": [c.rng.randint(35, 55) for _ in range(12)],
        }
    )
    b.no_content()
    b.decoy("temperature and humidity series")
    return b.build()


def cry(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/events")
    _hdr(b)
    b.json({"type": "cry_detected", "db": [c.rng.randint(40, 85) for _ in range(10)], "ts": iso(c)})
    b.ok_json({"id": rid(c.rng)})
    b.decoy("cry detection with a loudness series")
    return b.build()


def snapshot(c: Context) -> Flow:
    b = FB(c, "vauva", "GET", f"{API}/api/v1/snapshots/latest.jpg", [("w", "320")])
    _hdr(b)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("room thumbnail download")
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "vauva", "POST", f"{API}/api/v1/cameras")
    _hdr(b)
    b.json(
        {
            "serialNumber": b.id("cam_serial", where="body.serialNumber"),
            "wifiMac": b.id("cam_mac", where="body.wifiMac"),
            "phoneAndroidId": b.id("aid_baby", where="body.phoneAndroidId"),
            "fw": "2.14.7",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def camera_list(c: Context) -> Flow:
    b = FB(c, "vauva", "GET", f"{API}/api/v1/cameras")
    _hdr(b)
    cam = {
        "serialNumber": b.id("cam_serial", where="response.serialNumber", direction="response"),
        "mac": b.id("cam_mac", "upper", where="response.mac", direction="response"),
        "online": True,
    }
    b.ok_json({"cameras": [cam]})
    return b.build()
