""" "Mirae-um Invest", a securities app: non-face-to-face account opening
(비대면 실명확인) compares the ID card's face crop with a selfie, runs a liveness
challenge scored from blendshape weights (ARKit / MediaPipe names), and reports
the face-verification result; FDS session check; quotes and news as decoys.
Invented backend; its second face check goes through NAVER CLOVA Face
(see bank.py for that API's source).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

INVEST = "https://api.miraeum-invest.co.kr"


def _inv(c: Context, method: str, path: str) -> FB:
    b = FB(c, "miraeum", method, INVEST + path)
    b.header("user-agent", ua("MiraeumInvest", "5.0.8"))
    return b


def invest_face_match(c: Context) -> Flow:
    b = _inv(c, "POST", "/v1/ekyc/face-compare")
    b.json(
        {
            "idCardFaceCrop": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "selfieFrame": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "requestedAt": iso(c),
        }
    )
    b.bio("face_image", "body.idCardFaceCrop+selfieFrame")
    b.ok_json({"similarity": rf(c.rng, 0.7, 0.99, 3), "threshold": 0.8, "matched": True})
    return b.build()


def invest_face_result(c: Context) -> Flow:
    b = _inv(c, "POST", "/v1/ekyc/result")
    b.json(
        {
            "faceVerification": {
                "similarity": rf(c.rng, 0.7, 0.99, 3),
                "spoofScore": rf(c.rng, 0, 0.1, 3),
                "faceBox": [c.rng.randint(100, 300) for _ in range(4)],
                "ageEstimate": c.rng.randint(25, 40),
            },
            "step": "FACE_DONE",
            "caseNo": rid(c.rng),
        }
    )
    b.bio("face_analysis", "body.faceVerification")
    b.ok_json({"ok": True})
    return b.build()


def invest_blendshapes(c: Context) -> Flow:
    b = _inv(c, "POST", "/v1/ekyc/liveness/challenge")
    names = [
        "eyeBlinkLeft",
        "eyeBlinkRight",
        "jawOpen",
        "mouthSmileLeft",
        "mouthSmileRight",
        "browInnerUp",
    ]
    b.json(
        {
            "challenge": c.rng.choice(["SMILE", "BLINK", "OPEN_MOUTH"]),
            "frames": [
                {"t": ms(c) + i * 33, "blendshapes": {n: rf(c.rng, 0, 1, 3) for n in names}}
                for i in range(4)
            ],
        }
    )
    b.bio("blendshapes", "body.frames[].blendshapes")
    b.ok_json({"passed": True})
    return b.build()


def invest_fds(c: Context) -> Flow:
    b = _inv(c, "POST", "/v1/sec/session")
    b.json(
        {
            "andId": b.id("aid_stock", how="sha256", where="body.andId"),
            "fdsToken": b.sid("stock_fds", "body.fdsToken", detectable=False),
            "appHash": new_hex(c.rng, 40),
        }
    )
    b.ok_json({"sessionTtl": 1800})
    return b.build()


def candles(c: Context) -> Flow:
    b = _inv(c, "GET", f"/v1/quote/candles?code=005930&tf=1m&count=30&rid={rid(c.rng)}")
    b.decoy("price series and request id")
    p = 72000
    b.ok_json(
        {
            "candles": [
                [ms(c) - i * 60000, p + c.rng.randint(-300, 300), p + 400, p - 400, p]
                for i in range(30)
            ]
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _inv(c, "GET", "/v1/news/article/20241105-0123")
    b.decoy("article about face recognition")
    b.ok_json(
        {
            "title": "안면인식 결제 확산…얼굴 데이터 보안 우려",
            "body": "금융권의 얼굴 인증(face authentication) 도입이 늘고 있다. "
            "전문가들은 얼굴 특징점(landmarks)과 템플릿 관리가 관건이라고 말했다.",
            "tickers": ["005930"],
        }
    )
    return b.build()
