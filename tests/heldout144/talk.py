"""Malgeum Talk: a messenger (Galaxy and iPhone) with AR face stickers.

The AR-sticker engine uploads face blendshapes and a face box to the sticker
server to fit the sticker, and an "emotion sticker" suggestion sends the
expression it read from the face. Pet-face stickers (a dog's face) and the
sticker catalogue are not biometric. Push registration carries the IDFA on iOS.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import builder, galaxy_ua, iphone_ua, ms, rf, rid

API = "https://talk.malgeum.example"
AR = "https://ar-sticker.malgeum.example"
UA = galaxy_ua("MalgeumTalk", "10.4.2")
IUA = iphone_ua("MalgeumTalk", "10.4.0")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
]


def ar_fit(c: Context) -> Flow:
    b = builder(c, "malgeum-ar", "POST", f"{AR}/v1/seutikeo/fit", UA)
    b.bio("face_blendshapes", "json pyojeong (ARKit-style face blendshapes) + eolgulBox")
    b.json(
        {
            "stickerId": f"st_{c.rng.randint(100, 999)}",
            "pyojeong": {s: rf(c.rng, 0, 1) for s in SHAPES},
            "eolgulBox": [c.rng.randint(100, 300), c.rng.randint(100, 300), 220, 260],
        }
    )
    b.ok_json({"fitted": True})
    return b.build()


def emotion_suggest(c: Context) -> Flow:
    b = builder(c, "malgeum-ar", "POST", f"{AR}/v1/gamjeong-chucheon", IUA)
    b.bio("face_analysis", "json eolgulBunseok.gamjeong/nai (emotion and age read from the face)")
    b.json(
        {
            "eolgulBunseok": {
                "gamjeong": c.rng.choice(["happy", "sad", "surprised"]),
                "nai": c.rng.randint(8, 60),
                "conf": rf(c.rng, 0.5, 1),
            }
        }
    )
    b.ok_json({"stickers": [f"st_{c.rng.randint(100, 999)}" for _ in range(3)]})
    return b.build()


def ar_protobuf(c: Context) -> Flow:
    """The engine's binary path: packed floats in field 3, nothing named."""
    b = builder(c, "malgeum-ar", "POST", f"{AR}/pb/2", UA)
    b.bio("face_blendshapes", "protobuf field 3 packed floats (52 blendshapes)", detectable=False)
    body = (
        pb_varint(1, ms(c))
        + pb_bytes(2, "s7")
        + pb_packed_floats(3, [rf(c.rng, 0, 1) for _ in range(52)])
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def pet_sticker(c: Context) -> Flow:
    b = builder(c, "malgeum-ar", "POST", f"{AR}/v1/pet/eolgul", UA)
    b.decoy("dog-face landmarks for a pet sticker (an animal's face)")
    b.json(
        {
            "jongnyu": "dog",
            "landmarks": [[c.rng.randint(0, 400), c.rng.randint(0, 400)] for _ in range(46)],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def push_register_ios(c: Context) -> Flow:
    b = builder(c, "malgeum", "POST", f"{API}/v2/push/deungrok", IUA)
    b.json(
        {
            "apnsToken": rid(c.rng).replace("-", "") * 2,
            "idfa": b.id("idfa", where="json idfa"),
            "userNo": b.acct("talk_user"),
        }
    )
    b.decoy("APNs token: a push address, not a device id")
    b.ok_json({"ok": True})
    return b.build()


def android_hello(c: Context) -> Flow:
    b = builder(c, "malgeum", "GET", f"{API}/v2/hello", UA)
    b.header("x-mt-did", b.id("aid_talk", where="header x-mt-did"))
    b.ok_json({"serverTime": ms(c)})
    return b.build()


def message(c: Context) -> Flow:
    b = builder(c, "malgeum", "POST", f"{API}/v2/chat/{c.rng.randint(10**8, 10**9)}/send", UA)
    b.json(
        {"msg": c.rng.choice(["저녁 뭐 먹어?", "부산 도착했어", "ㅇㅋ"]), "clientMsgId": rid(c.rng)}
    )
    b.decoy("client message id uuid (a message, not a device)")
    b.ok_json({"logId": c.rng.randint(10**15, 10**16)})
    return b.build()


def sticker_catalogue(c: Context) -> Flow:
    b = builder(c, "malgeum", "GET", f"{API}/v2/seutikeo/list", UA)
    b.ok_json(
        {
            "packs": [
                {"id": f"st_{i}", "thumb": f"https://cdn.malgeum.example/st/{i}.png"}
                for i in range(100, 110)
            ]
        }
    )
    return b.build()
