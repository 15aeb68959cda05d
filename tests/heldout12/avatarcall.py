"""Video calling with AR avatars ("Glimmer Call", fictional, in-house relay).

The avatar is driven by ARKit face tracking: every frame the app reads
`ARFaceAnchor.blendShapes` (the 52 `ARFaceAnchor.BlendShapeLocation` names of
ARKit's ARFaceAnchor.h: eyeBlinkLeft ... tongueOut), the anchor `transform` and
`lookAtPoint`, and streams them to the other side through the relay, in three
shapes: named JSON, a compact array tagged `arkit52`, and a schemaless protobuf
(opaque). Avatar personalisation uploads `ARFaceGeometry.vertices` (1220
vertices on current devices). Rendered avatar snapshots and ICE candidates are
decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, fb, iso, ms, rf, rid, ua

RELAY = "https://relay.glimmercall.com"
API = "https://api.glimmercall.com"
UA = ua("Glimmer", "iPadOS 17.5.1", "2207")
SIDES = ("Left", "Right")
EYE = ["eyeBlink", "eyeLookDown", "eyeLookIn", "eyeLookOut", "eyeLookUp", "eyeSquint", "eyeWide"]
MOUTH = [
    "mouthSmile",
    "mouthFrown",
    "mouthDimple",
    "mouthStretch",
    "mouthPress",
    "mouthLowerDown",
    "mouthUpperUp",
]
BLENDSHAPES = (
    [f"{e}{s}" for s in SIDES for e in EYE]
    + ["jawForward", "jawLeft", "jawRight", "jawOpen", "mouthClose", "mouthFunnel"]
    + ["mouthPucker", "mouthLeft", "mouthRight"]
    + [f"{m}{s}" for m in MOUTH for s in SIDES]
    + ["mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper"]
    + ["browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight"]
    + ["cheekPuff", "cheekSquintLeft", "cheekSquintRight", "noseSneerLeft", "noseSneerRight"]
    + ["tongueOut"]
)


def _weights(c: Context) -> list[float]:
    return [round(max(0.0, min(1.0, c.rng.betavariate(1.2, 6))), 4) for _ in BLENDSHAPES]


def _transform(c: Context) -> list[float]:
    m = [1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    m = [round(v + c.rng.gauss(0, 0.05), 5) for v in m]
    return [*m, rf(c.rng, -0.05, 0.05, 5), rf(c.rng, -0.05, 0.05, 5), rf(c.rng, -0.5, -0.3), 1.0]


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "glimmer-call", method, url)
    b.header("user-agent", UA)
    b.header("cookie", f"gc_sess={rid(c.rng)}; gc_did={b.id('call_device', where='cookie:gc_did')}")
    return b


def frames_json(c: Context) -> Flow:
    call = "call_" + rid(c.rng)[:8]
    b = _base(c, "POST", f"{RELAY}/v3/calls/{call}/avatar-frames")
    frames = []
    for i in range(2):
        frames.append(
            {
                "t": ms(c) + i * 33,
                "blendShapes": dict(zip(BLENDSHAPES, _weights(c), strict=True)),
                "headTransform": _transform(c),
                "lookAtPoint": [rf(c.rng, -0.1, 0.1), rf(c.rng, -0.1, 0.1), rf(c.rng, 0.5, 2)],
            }
        )
    b.json({"seq": c.rng.randint(1, 90000), "fps": 30, "frames": frames}, "gzip")
    b.bio("blendshapes", "body:frames[].blendShapes (ARKit 52)")
    b.no_content()
    return b.build()


def frames_compact(c: Context) -> Flow:
    b = _base(c, "POST", f"{RELAY}/v3/stream/{rid(c.rng)[:12]}")
    b.json(
        {
            "k": "av",
            "bsv": "arkit52",
            "bs": _weights(c),
            "hx": _transform(c),
            "ts": ms(c),
        }
    )
    b.bio("blendshapes", "body:bs (52 weights tagged bsv=arkit52)")
    b.no_content()
    return b.build()


def frames_protobuf(c: Context) -> Flow:
    b = _base(c, "POST", f"{RELAY}/rtc/ingest")
    msg = pb_varint(1, ms(c)) + pb_packed_floats(2, _weights(c))
    msg += pb_packed_floats(3, _transform(c))
    b.set_body(msg, "application/x-protobuf")
    b.bio("blendshapes", "protobuf field 2 (52 floats, no names)", detectable=False)
    b.no_content()
    return b.build()


def sframe_relay(c: Context) -> Flow:
    b = _base(c, "POST", f"{RELAY}/rtc/relay?ch=avatar")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(420)), "application/octet-stream")
    b.bio("blendshapes", "body (SFrame-encrypted avatar frames)", detectable=False)
    b.no_content()
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/avatars/personalize")
    verts = [round(c.rng.gauss(0, 0.06), 5) for _ in range(1220 * 3)]
    b.json(
        {
            "avatarId": "av_" + rid(c.rng)[:10],
            "faceGeometry": {
                "vertexCount": 1220,
                "triangleCount": 2304,
                "vertices": floats_b64(verts),
                "format": "float32x3",
            },
            "leftEyeTransform": _transform(c),
            "rightEyeTransform": _transform(c),
            "capturedAt": iso(c),
        }
    )
    b.bio("face_mesh", "body:faceGeometry.vertices")
    b.ok_json({"avatarId": "av_ok", "status": "fitted"})
    return b.build()


def avatar_snapshot(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/avatars/snapshot")
    boundary = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("style", None, None, b"toon_fox"),
        ("file", "avatar_render.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.decoy("rendered cartoon avatar snapshot (not a camera image of a face)")
    b.ok_json({"url": f"https://cdn.glimmercall.com/s/{rid(c.rng)[:8]}.jpg"})
    return b.build()


def ice_candidate(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/signal")
    cand = f"candidate:{c.rng.randint(10**8, 10**9)} 1 udp 2122260223 192.168.1.{c.rng.randint(2, 250)} {c.rng.randint(50000, 65000)} typ host"  # noqa: E501
    b.json({"type": "candidate", "sdpMid": "0", "candidate": cand, "callId": rid(c.rng)})
    b.decoy("ICE candidate with a LAN address and call id")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = fb(c, "glimmer-call", "POST", f"{API}/v2/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "identifierForVendor": b.id("idfv_call", where="body:identifierForVendor"),
            "appDeviceId": b.id("call_device", where="body:appDeviceId"),
            "voipToken": b.acct("voip_token"),
            "apnsEnv": "production",
            "model": "iPad13,18",
            "tz": "Europe/Oslo",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def presence(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/contacts/presence?v={c.rng.randint(1, 400)}")
    b.header("x-vendor-id", b.id("idfv_call", how="lower", where="header:x-vendor-id"))
    b.ok_json({"online": [b.acct("call_user")], "etag": rid(c.rng)})
    return b.build()


def sticker_pack(c: Context) -> Flow:
    b = fb(
        c,
        "glimmer-call",
        "GET",
        f"https://cdn.glimmercall.com/stickers/v2/pack_{c.rng.randint(1, 40)}.json",
    )
    b.header("user-agent", UA)
    b.decoy("sticker catalogue")
    b.ok_json({"stickers": [{"id": i, "png": b64(f"s{i}")} for i in range(4)]})
    return b.build()


_ = pb_bytes
