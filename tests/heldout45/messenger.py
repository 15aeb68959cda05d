"""A messenger used with Japanese, Korean and Vietnamese contacts (LINE /
KakaoTalk / Zalo-like, own backend).

Voice notes, read receipts, stickers named after faces and expressions, last
seen presence and avatar uploads: a voice note is communication, not a
voiceprint; a sticker called "face_cry" is clip art; a read receipt (既読 /
읽음 / đã xem) is about messages, not media viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, ms, rid, ua

API = "https://chat.hanashi.example"
UA = ua("Hanashi", "14021")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "messenger", method, API + path)
    b.header("user-agent", UA)
    b.header("x-hanashi-session", rid(c.rng).replace("-", ""))
    return b


def voice_note(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/media/voice")
    bnd = "Boundary-" + rid(c.rng).upper()
    audio = b"\x00\x00\x00\x1cftypM4A " + fake_jpeg(c.rng.getrandbits(32), 1100)[20:]
    b.set_body(
        multipart(
            bnd,
            [
                ("room_id", None, None, str(c.rng.randint(10**9, 10**10)).encode()),
                ("duration_ms", None, None, str(c.rng.randint(1500, 45000)).encode()),
                ("voice", "voice_message.m4a", "audio/mp4", audio),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"obs_id": rid(c.rng), "status": "uploaded"})
    b.decoy("voice message to a chat room (audio note), no speaker enrolment or voiceprint")
    return b.build()


def read_receipt(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/messages/read")
    key = c.rng.choice(["kidoku", "ilgeum", "da_xem"])
    b.json(
        {
            "chat_id": c.rng.randint(10**9, 10**10),
            key: [c.rng.randint(10**12, 10**13) for _ in range(c.rng.randint(1, 5))],
            "last_read_at": ms(c),
            "seen_count": c.rng.randint(1, 40),
        }
    )
    b.no_content()
    b.decoy(f"read receipt ({key}) for message ids: not viewing history")
    return b.build()


def sticker_send(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/messages")
    name = c.rng.choice(["face_smile_03", "face_cry_big", "kao_niyari", "eolgul_useum", "mat_cuoi"])
    b.json(
        {
            "chat_id": c.rng.randint(10**9, 10**10),
            "type": "sticker",
            "sticker": {
                "package_id": c.rng.randint(1000, 9999),
                "sticker_id": name,
                "expression": c.rng.choice(["happy", "angry", "surprised", "wink"]),
                "animated": True,
            },
            "client_msg_id": rid(c.rng),
        }
    )
    b.ok_json({"msg_id": c.rng.randint(10**12, 10**13)})
    b.decoy("sticker named after a face / expression (clip art), no face data")
    return b.build()


def presence(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v4/presence")
    b.param("ids", ",".join(str(c.rng.randint(10**9, 10**10)) for _ in range(4)))
    b.ok_json(
        {
            "presence": [
                {
                    "uid": c.rng.randint(10**9, 10**10),
                    "online": bool(c.rng.getrandbits(1)),
                    "last_seen": ms(c) - c.rng.randint(0, 10**7),
                    "typing": False,
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("contacts' online presence and 'last seen' times")
    return b.build()


def avatar_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/profile/avatar")
    bnd = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            bnd,
            [
                ("crop", None, None, b"0,0,640,640"),
                ("image", "avatar.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1400)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"avatar_url": f"https://cdn.hanashi.example/a/{rid(c.rng)}.jpg"})
    b.decoy("profile picture upload to the chat app's own CDN: an image, no face API / analysis")
    return b.build()


def sticker_shop(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v4/shop/stickers")
    b.param("q", c.rng.choice(["かお", "표정", "mặt cười", "face"]))
    b.ok_json(
        {
            "packs": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "title": "Kao Kao Faces",
                    "price": 120,
                    "preview": f"https://cdn.hanashi.example/s/{c.rng.randint(1, 999)}.png",
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("sticker shop search for 'face' packs")
    return b.build()
