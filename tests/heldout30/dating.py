""" "JaiTrong": a Thai dating app with selfie photo verification.

The app runs Google ML Kit face detection on the phone and sends its output
(contour types FACE / LEFT_EYE / RIGHT_EYE / UPPER_LIP_TOP..., headEulerAngleX/Y/Z,
smilingProbability, leftEyeOpenProbability: the ML Kit `Face` API) with the pose
selfie; a short video check sends MediaPipe Face Landmarker blendshape scores
(eyeBlinkLeft, jawOpen, mouthSmileLeft...: MediaPipe's 52 blendshape names). The
backend and its keys are the developers' own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://api.jaitrong.app"
UA = ua("JaiTrong", "2.14.7")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "eyeSquintLeft",
    "mouthPucker",
    "noseSneerLeft",
]


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-jt-install", b.id("dating_install", where="header x-jt-install"))
    b.header("x-request-id", rid(c.rng))


def pose_verify(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/verify/v1/pose")
    _hdr(b, c)
    face = {
        "contours": {
            "FACE": points(c.rng, 36),
            "LEFT_EYE": points(c.rng, 16),
            "RIGHT_EYE": points(c.rng, 16),
            "UPPER_LIP_TOP": points(c.rng, 11),
        },
        "headEulerAngleY": rf(c.rng, -30, 30, 3),
        "headEulerAngleZ": rf(c.rng, -10, 10, 3),
        "smilingProbability": rf(c.rng, 0, 1, 3),
        "leftEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
    }
    b.json(
        {
            "pose": c.rng.choice(["peace_sign", "hand_on_chin", "thumbs_up"]),
            "selfie": b64(fake_jpeg(c.rng.getrandbits(32), 700)),
            "mlkitFace": face,
        }
    )
    b.bio("face_landmarks", "body mlkitFace.contours + selfie image")
    b.ok_json({"status": "pending_review"})
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/verify/v1/video-check")
    _hdr(b, c)
    frames = [
        {
            "t": i * 200,
            "blendshapes": [{"categoryName": n, "score": rf(c.rng, 0, 1, 4)} for n in SHAPES],
        }
        for i in range(c.rng.randint(3, 5))
    ]
    b.json({"challenge": "blink_then_smile", "frames": frames})
    b.bio("blendshapes", "body frames[].blendshapes (face expression scores)")
    b.ok_json({"passed": True})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/verify/v1/match")
    _hdr(b, c)
    b.json(
        {
            "profilePhotoIds": [c.rng.randint(10**8, 10**9) for _ in range(3)],
            "selfieFaceEmbedding": floats_b64(floats(c.rng, 512)),
            "embedModel": "arcface_r50",
        }
    )
    b.bio("face_embedding", "body selfieFaceEmbedding (512-d ArcFace)")
    b.ok_json({"verified": True, "badge": "blue_tick"})
    return b.build()


def verify_sealed(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/v/x")
    _hdr(b, c)
    b.json({"x": b64(fake_jpeg(c.rng.getrandbits(32), 400)[24:]), "n": rid(c.rng)})
    b.bio("face_image", "body x (encrypted verification capture)", detectable=False)
    b.no_content()
    return b.build()


def session_start(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/auth/v1/session")
    _hdr(b, c)
    b.form(
        [
            ("uid", b.acct("dating_user")),
            ("aid", b.id("aid_dating", where="form aid (android id)")),
            ("ad_id", b.id("gaid", where="form ad_id")),
            ("locale", "th_TH"),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def photo_upload(c: Context) -> Flow:
    bd = "jt" + rid(c.rng).replace("-", "")[:18]
    b = FB(c, "jaitrong", "POST", "https://media.jaitrong.app/v1/profile/photos")
    _hdr(b, c)
    parts = [
        ("slot", None, None, str(c.rng.randint(1, 6)).encode()),
        ("photo", "IMG_2025.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("profile photo upload to the app's media store (no face analysis)")
    b.ok_json({"photoId": c.rng.randint(10**8, 10**9)})
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "jaitrong", "POST", f"{API}/profile/v1/basics")
    _hdr(b, c)
    b.json(
        {
            "chue_len": "มิ้นท์",
            "phet": c.rng.choice(["ying", "chai", "lgbtq+"]),
            "gender": "female",
            "looking_for": ["male"],
            "age": 27,
            "height_cm": 162,
            "province": "เชียงใหม่",
        }
    )
    b.decoy("self-declared gender / preferences on sign-up")
    b.ok_json({"ok": True})
    return b.build()


def deck(c: Context) -> Flow:
    b = FB(c, "jaitrong", "GET", f"{API}/discover/v1/deck", [("n", "10")])
    _hdr(b, c)
    b.ok_json(
        {
            "cards": [
                {
                    "id": c.rng.randint(10**10, 10**11),
                    "name": "Ploy",
                    "age": c.rng.randint(22, 35),
                    "photo": f"https://media.jaitrong.app/p/{c.rng.randint(10**8, 10**9)}_640.jpg",
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy("discovery deck: other people's names and photo URLs")
    return b.build()


def tips_article(c: Context) -> Flow:
    b = FB(c, "jaitrong", "GET", f"{API}/blog/v1/posts/face-photo-tips")
    _hdr(b, c)
    b.ok_json(
        {
            "title": "5 เคล็ดลับถ่ายรูปหน้าให้ปัง",
            "body": "Face the light, smile with your eyes, "
            "avoid filters: face verification works best with a clear face photo.",
            "published": iso(c),
        }
    )
    b.decoy("article about face photos")
    return b.build()
