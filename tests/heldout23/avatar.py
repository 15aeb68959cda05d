"""Plaza VR's avatar creator: a face photo taken in a mirror through the Quest 3's
Passthrough Camera API (Horizon OS v74+ lets apps read the headset cameras)
is sent to the app's avatar service, and the 68-point face landmarks the app
finds on it (the iBUG 300-W / dlib layout) go along with the head pose. The
avatar model download and the outfit catalogue are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, rf, rid, unity_ua

API = "https://avatars.plazavr.net"


def selfie_upload(c: Context) -> Flow:
    b = FB(c, "plaza-avatar", "POST", f"{API}/v2/avatars/from-photo")
    b.bio("face_image", "body:base64Image (face photo for avatar generation)")
    img = "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**6), 1200))
    b.header("user-agent", unity_ua())
    b.json({"base64Image": img, "bodyType": "halfbody", "source": "passthrough_mirror"})
    b.ok_json({"avatarId": new_hex(c.rng, 24), "status": "processing"})
    return b.build()


def landmarks(c: Context) -> Flow:
    b = FB(c, "plaza-avatar", "POST", f"{API}/v2/avatars/face-fit")
    b.bio("face", "body:faceLandmarks68[] + headPose")
    cx, cy = c.rng.uniform(500, 780), c.rng.uniform(300, 420)
    pts = [
        [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 75), 1)] for _ in range(68)
    ]
    body = {
        "faceLandmarks68": pts,
        "headPose": {
            "yaw": rf(c.rng, -15, 15, 2),
            "pitch": rf(c.rng, -10, 10, 2),
            "roll": rf(c.rng, -5, 5, 2),
        },
        "imageSize": [1280, 960],
        "detector": "dlib-68-v2",
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json({"fit": "ok", "requestId": rid(c.rng)})
    return b.build()


def outfits(c: Context) -> Flow:
    b = FB(c, "plaza-avatar", "GET", f"{API}/v1/catalogue/outfits")
    b.param("page", str(c.rng.randint(1, 5)))
    b.decoy("outfit catalogue with prices and thumbnails")
    items = [{"id": new_hex(c.rng, 8), "price": c.rng.choice([0, 200, 500])} for _ in range(6)]
    b.ok_json({"items": items})
    return b.build()


def model_download(c: Context) -> Flow:
    b = FB(c, "plaza-avatar", "GET", f"https://models.plazavr.net/{new_hex(c.rng, 24)}.glb")
    b.param("lod", "1")
    b.decoy("avatar 3D model download")
    b.respond(200, "model/gltf-binary", b"glTF\x02\x00\x00\x00" + c.rng.randbytes(400))
    return b.build()
