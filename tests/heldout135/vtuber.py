"""Avaterasu: a vtuber/avatar app on the daughter's iPhone (fictional backend).
It tracks her face with ARKit and streams the tracking to the collab server so
that friends see her avatar move: ARKit blendshapes under their own names, and
a compact binary frame of 52 floats under `f` (opaque). The avatar's own
bone rotations (after retargeting) and the room chat are look-alikes.
"""

from __future__ import annotations

from tests.heldout.biometric import BLENDSHAPES
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64

from .phone import FB, ios_ua, ms, rf, rid

API = "https://collab.avaterasu.example"
UA = ios_ua("Avaterasu", "1.14.2", "1142")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "avaterasu", method, url)
    b.header("user-agent", UA)
    return b


def face_tracking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/room/{c.rng.randint(1000, 9999)}/tracking")
    b.bio("blendshapes", "json kao_tracking.blendShapes (52 ARKit keys)")
    b.json(
        {
            "kao_tracking": {
                "blendShapes": {k: rf(c.rng, 0, 1, 3) for k in BLENDSHAPES},
                "headEuler": [rf(c.rng, -20, 20, 2) for _ in range(3)],
            },
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def frame_binary(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/f")
    b.bio("blendshapes", "json f (base64 float32 x52, no names)", detectable=False)
    b.json({"f": floats_b64([rf(c.rng, 0, 1, 3) for _ in range(52)]), "s": c.rng.randint(1, 10**6)})
    b.no_content()
    return b.build()


def avatar_bones(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/avatar/pose")
    b.decoy("avatar bone rotations (quaternions of a 3D model, retargeted)")
    b.json(
        {
            "bones": {
                n: [rf(c.rng, -1, 1, 3) for _ in range(4)]
                for n in ("Hips", "Spine", "Neck", "LeftUpperArm")
            }
        }
    )
    b.no_content()
    return b.build()


def room_chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/room/chat")
    b.json({"msg": c.rng.choice(["かわいい!", "こんばんは〜", "草"]), "id": rid(c.rng)})
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/install")
    b.json(
        {
            "install_id": b.id("vtuber_install", where="json install_id"),
            "idfv": b.id("idfv", where="json idfv"),
            "idfa": b.id("idfa", where="json idfa"),
            "att": "authorized",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avatar_asset(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.avaterasu.example/vrm/{c.rng.randint(1000, 9999)}.vrm")
    b.respond(200, "model/gltf-binary", b"glTF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def thumbnail_upload(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://cdn.avaterasu.example/thumb/{rid(c.rng)}")
    b.decoy("rendered avatar thumbnail (an illustration, not her face)")
    b.set_body(b64(bytes(c.rng.getrandbits(8) for _ in range(200))).encode(), "text/plain")
    b.no_content()
    return b.build()
