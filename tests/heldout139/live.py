"""SongLive: a live-streaming app whose beauty filter tracks the streamer's face.
The filter's "AR quality" upload (106 face landmarks, face shape, estimated
age and gender from the face) and the packed protobuf of landmark floats are
biometric; hand-gesture keypoints (no face), gift leaderboards, viewer counts
and chat are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, builder, ms, rf, rid, ua

API = "https://api.songlive.example"
AR = "https://ar.songlive.example"
UA = ua("SongLive", "2.30.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "songlive", method, url, UA)
    b.header("x-install-id", b.id("live_install", where="header x-install-id"))
    return b


def beauty_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{AR}/v1/lam-dep/chat-luong")
    b.bio("face_landmarks", "json khuon_mat.diem_moc[106] (beauty-filter face tracking)")
    b.json(
        {
            "bo_loc": c.rng.choice(["da_trang", "mat_to", "thon_gon"]),
            "khuon_mat": {
                "diem_moc": [[rf(c.rng, 200, 520, 1), rf(c.rng, 300, 820, 1)] for _ in range(106)],
                "hinh_dang": c.rng.choice(["trai_xoan", "tron", "vuong"]),
                "tuoi_uoc_tinh": c.rng.randint(22, 35),
                "gioi_tinh": c.rng.choice(["nu", "nam"]),
            },
            "fps": c.rng.randint(24, 30),
        }
    )
    b.no_content()
    return b.build()


def face_attrs(c: Context) -> Flow:
    b = _b(c, "POST", f"{AR}/v1/face/attributes")
    b.bio("face_analysis", "json faces[].age/gender/emotion/headPose (from the face)")
    b.json(
        {
            "faces": [
                {
                    "age": c.rng.randint(20, 40),
                    "gender": "female",
                    "emotion": c.rng.choice(["happy", "neutral"]),
                    "headPose": {
                        "yaw": rf(c.rng, -20, 20, 1),
                        "pitch": rf(c.rng, -10, 10, 1),
                        "roll": rf(c.rng, -5, 5, 1),
                    },
                    "blendshapes": {
                        "eyeBlinkLeft": rf(c.rng, 0, 1, 3),
                        "mouthSmileRight": rf(c.rng, 0, 1, 3),
                    },
                }
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def landmarks_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{AR}/pb/t")
    b.bio(
        "face_landmarks",
        "protobuf field 3 packed floats (landmarks, numbered fields)",
        detectable=False,
    )
    body = pb_varint(1, ms(c)) + pb_msg(
        2, [pb_varint(1, 106), pb_packed_floats(3, [rf(c.rng, 0, 1, 4) for _ in range(212)])]
    )
    b.set_body(body + pb_bytes(4, "v2"), "application/x-protobuf")
    b.no_content()
    return b.build()


def hand_gesture(c: Context) -> Flow:
    b = _b(c, "POST", f"{AR}/v1/cu-chi-tay")
    b.decoy("21 hand keypoints for a gesture sticker (hand, no face)")
    b.json(
        {"cu_chi": "tim", "diem_tay": [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(21)]}
    )
    b.no_content()
    return b.build()


def gifts_board(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/phong/{c.rng.randint(10**6, 10**7)}/bang-qua")
    b.decoy("gift leaderboard and viewer count (aggregate)")
    b.ok_json(
        {
            "nguoi_xem": c.rng.randint(100, 50000),
            "top": [{"ten": f"fan{i}", "xu": c.rng.randint(100, 99999)} for i in range(5)],
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/phong/chat")
    b.json({"noi_dung": c.rng.choice(["xinh quá", "hello chị", "❤️❤️"]), "msg_id": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
