"""LINE-like messenger ("Hanashi") with face stickers and an avatar camera.

The avatar camera tracks the face with MediaPipe Face Mesh (468 landmarks) and
Face Landmarker blendshapes (52 categories, `categoryName` / `score` as the
MediaPipe Tasks API returns them: developers.google.com/mediapipe/solutions/
vision/face_landmarker); the backend that rigs the avatar is our own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64, jsb, multipart, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://gw.hanashi-chat.jp"
UA = ua("Hanashi", "14.3.1")
SHAPES = [
    "browDownLeft", "browInnerUp", "cheekPuff", "eyeBlinkLeft", "eyeBlinkRight", "eyeSquintLeft",
    "eyeWideRight", "jawOpen", "mouthFunnel", "mouthPucker", "mouthSmileLeft", "mouthSmileRight",
    "noseSneerLeft", "tongueOut",
]  # fmt: skip


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "hanashi", method, API + path)
    b.header("user-agent", UA)
    b.header("x-hanashi-app", "ANDROID\t14.3.1\tAndroid OS\t14")
    return b


def _mesh(c: Context, n: int) -> list[list[float]]:
    cx, cy = c.rng.uniform(0.4, 0.6), c.rng.uniform(0.4, 0.6)
    return [
        [round(cx + c.rng.gauss(0, 0.09), 4), round(cy + c.rng.gauss(0, 0.12), 4),
         round(c.rng.gauss(0, 0.03), 4)]
        for _ in range(n)
    ]  # fmt: skip


def avatar_capture(c: Context) -> Flow:
    b = _b(c, "POST", "/avatar/v2/rig")
    body = {
        "sessionId": rid(c.rng),
        "kao": {"landmarks": _mesh(c, 468), "topology": "mediapipe_face_mesh_v2"},
        "frame": {"w": 720, "h": 1280, "ts": ms(c)},
    }
    b.bio("face_landmarks", "body.kao.landmarks (468x3 face mesh)")
    b.json(body, encoding="gzip")
    b.ok_json({"rigId": rid(c.rng), "ok": True})
    return b.build()


def face_sticker(c: Context) -> Flow:
    b = _b(c, "POST", "/sticker/v1/live/frames")
    frames = []
    for i in range(c.rng.randint(3, 8)):
        shapes = [
            {"index": j, "categoryName": s, "score": rf(c.rng, 0, 1, 4)}
            for j, s in enumerate(SHAPES)
        ]
        frames.append({"t": i * 33, "faceBlendshapes": [{"categories": shapes}]})
    b.bio("blendshapes", "body.frames[].faceBlendshapes[].categories")
    b.json({"stickerId": f"st_{c.rng.randint(1000, 9999)}", "frames": frames})
    b.ok_json({"clipId": rid(c.rng)})
    return b.build()


def expression_pb(c: Context) -> Flow:
    """Protobuf frames of expression weights, keyed only by field numbers."""
    b = _b(c, "POST", "/sticker/v1/live/pb")
    parts = [pb_bytes(1, rid(c.rng))]
    for _ in range(4):
        weights = b"".join(
            pb_msg(2, [pb_varint(1, j), pb_varint(2, c.rng.randint(0, 1000))]) for j in range(52)
        )
        parts.append(pb_msg(3, [weights]))
    b.bio(
        "blendshapes", "body: protobuf field 3 (52 weights per frame, no names)", detectable=False
    )
    b.set_body(b"".join(parts), "application/x-protobuf")
    b.no_content()
    return b.build()


def face_vector(c: Context) -> Flow:
    b = _b(c, "PUT", "/avatar/v2/me/likeness")
    vec = [round(c.rng.gauss(0, 0.05), 5) for _ in range(512)]
    b.bio("face_embedding", "body.faceEmbedding (512 float32, base64)")
    b.json(
        {
            "model": "arcface_r100_int8",
            "faceEmbedding": floats_b64(vec),
            "quality": rf(c.rng, 0.6, 1),
        }
    )
    b.ok_json({"updated": True})
    return b.build()


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/avatar/v2/generate")
    img = bytes(c.rng.getrandbits(8) for _ in range(700))
    boundary = "hanashi-" + rid(c.rng)[:8]
    data = multipart(
        boundary,
        [
            ("style", None, None, b"anime_chibi"),
            ("face_image", "kao.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + img + b"\xff\xd9"),
        ],
    )
    b.bio("face_image", "multipart face_image to avatar generator")
    b.set_body(data, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/device/register")
    b.header("x-hanashi-device", b.id("talk_device", where="header x-hanashi-device"))
    body = {
        "mid": b.acct("talk_mid"),
        "androidId": b.id("aid_talk", where="body.androidId"),
        "model": "XQ-DQ44",
        "pushToken": "f" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng).replace("-", ""),
    }
    b.json(body)
    b.ok_json({"registered": True})
    return b.build()


def message_send(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/talk/send")
    text = c.rng.choice(
        [
            "新しい顔認識のニュース見た？ 怖いね",
            "明日の飲み会、駅の改札で！",
            "このスタンプの顔かわいすぎ",
            "face swap アプリの記事おもしろかった",
        ]
    )
    b.decoy("chat text mentioning faces")
    b.json({"to": "c" + rid(c.rng).replace("-", ""), "type": "text", "text": text, "seq": ms(c)})
    b.ok_json({"msgId": str(c.rng.randint(10**17, 10**18))})
    return b.build()


def signup_profile(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/profile/setup")
    b.decoy("self-declared gender and birthday on sign-up")
    body = {"displayName": "はるか", "gender": "female", "birthday": "1996-04-12", "lang": "ja"}
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def sticker_shop(c: Context) -> Flow:
    b = _b(c, "GET", "/shop/v1/stickers?cat=face&page=" + str(c.rng.randint(1, 5)))
    b.decoy("sticker catalogue of face stickers")
    items = [
        {"id": c.rng.randint(10**5, 10**6), "name": "ゆる顔スタンプ", "price": 120}
        for _ in range(6)
    ]
    b.ok_json({"items": items, "updatedAt": iso(c)})
    return b.build()


def opaque_rig(c: Context) -> Flow:
    b = _b(c, "POST", "/avatar/v2/s")
    blob = bytes(c.rng.getrandbits(8) for _ in range(600))
    b.bio("face_landmarks", "body.d: encrypted tracking frame", detectable=False)
    b.set_body(jsb({"v": 2, "d": b64(blob)}), "application/json")
    b.no_content()
    return b.build()
