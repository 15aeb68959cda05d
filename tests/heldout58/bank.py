""" "Hanbit Bank": face authentication at login and in non-face-to-face
account opening (비대면 실명확인), device checks for fraud detection (FDS), and
ordinary banking traffic (balances, the secure keypad) as decoys.

Real API: NAVER CLOVA Face Recognition (CFR), POST
naveropenapi.apigw.ntruss.com/vision/v1/face, multipart field `image`, headers
X-NCP-APIGW-API-KEY-ID / X-NCP-APIGW-API-KEY; the answer lists `faces[]` with
`roi`, `landmark` (leftEye, rightEye, nose, leftMouth, rightMouth), `gender`,
`age`, `emotion`, `pose` (NAVER Cloud Platform CFR API guide). The banks' own
endpoints are invented, with Konglish / romanised keys (eolgul = 얼굴 face,
injeung = 인증 authentication).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, points, rf, rid, ua

BANK = "https://mbank.hanbitbank.co.kr"
CLOVA = "https://naveropenapi.apigw.ntruss.com/vision/v1/face"


def _bank(c: Context, path: str) -> FB:
    b = FB(c, "hanbit-bank", "POST", BANK + path)
    b.header("user-agent", ua("HanbitBank", "3.21.0"))
    return b


def bank_face_login(c: Context) -> Flow:
    b = _bank(c, "/bio/eolgul/injeung.do")
    b.json(
        {
            "custNo": b.acct("bank_user"),
            "bioType": "FACE",
            "templateVer": "FT3",
            "eolgulTemplate": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.9, 1.0, 3),
        }
    )
    b.bio("face_template", "body.eolgulTemplate")
    b.ok_json({"resCd": "0000", "authYn": "Y"})
    return b.build()


def bank_landmarks(c: Context) -> Flow:
    b = _bank(c, "/bio/eolgul/quality.do")
    b.json(
        {
            "faceLandmarks": points(c.rng, 68),
            "headPose": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "blur": rf(c.rng, 0, 0.3, 3),
        }
    )
    b.bio("landmarks", "body.faceLandmarks")
    b.ok_json({"resCd": "0000"})
    return b.build()


def clova_face(c: Context) -> Flow:
    b = FB(c, "clova-face", "POST", CLOVA)
    b.header("x-ncp-apigw-api-key-id", new_hex(c.rng, 10))
    b.header("x-ncp-apigw-api-key", new_hex(c.rng, 40))
    bnd = "----" + new_hex(c.rng, 24)
    data = multipart(
        bnd, [("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))]
    )
    b.set_body(data, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.image")
    pt = lambda: {"x": c.rng.randint(200, 500), "y": c.rng.randint(300, 700)}  # noqa: E731
    b.ok_json(
        {
            "info": {"size": {"width": 720, "height": 960}, "faceCount": 1},
            "faces": [
                {
                    "roi": {"x": 180, "y": 260, "width": 360, "height": 420},
                    "landmark": {
                        k: pt() for k in ("leftEye", "rightEye", "nose", "leftMouth", "rightMouth")
                    },
                    "gender": {"value": "female", "confidence": 0.99},
                    "age": {"value": "25~29", "confidence": 0.8},
                    "pose": {"value": "frontal_face", "confidence": 0.97},
                }
            ],
        }
    )
    return b.build()


def bank_sealed(c: Context) -> Flow:
    b = _bank(c, "/bio/v2/submit.do")
    b.json(
        {
            "encData": b64(bytes(c.rng.getrandbits(8) for _ in range(300))),
            "keyIdx": 3,
            "svc": "BIO_REG",
        }
    )
    b.bio("face_template", "body.encData (E2E-encrypted face template)", detectable=False)
    b.ok_json({"resCd": "0000"})
    return b.build()


def bank_fds(c: Context) -> Flow:
    b = _bank(c, "/fds/deviceCheck.do")
    b.json(
        {
            "deviceInfo": {
                "androidId": b.id("aid_bank", where="body.deviceInfo.androidId"),
                "model": "SM-S921N",
                "rootingYn": "N",
                "usimYn": "Y",
                "vpnYn": "N",
                "appVer": "3.21.0",
            },
            "txId": rid(c.rng),
        }
    )
    b.ok_json({"riskLevel": "LOW"})
    return b.build()


def bank_keypad(c: Context) -> Flow:
    b = _bank(c, "/sec/keypad/init.do")
    b.decoy("secure keypad key coordinates")
    b.json({"keypadType": "NUM", "sessionKey": new_hex(c.rng, 32)})
    b.ok_json(
        {
            "keys": [
                {"k": i, "x": c.rng.randint(0, 1080), "y": c.rng.randint(1400, 2300)}
                for i in range(12)
            ]
        }
    )
    return b.build()


def bank_balance(c: Context) -> Flow:
    b = _bank(c, "/acct/inquiry.do")
    b.decoy("transaction amounts series")
    b.json(
        {"acctNo": "110-" + str(c.rng.randint(100, 999)) + "-" + str(c.rng.randint(100000, 999999))}
    )
    b.ok_json(
        {
            "balance": c.rng.randint(10000, 9000000),
            "txList": [c.rng.randint(-90000, 90000) for _ in range(8)],
        }
    )
    return b.build()
