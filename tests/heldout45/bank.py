"""A bank / payment app (PayPay / Toss / MoMo-like) with an eKYC step.

Decoys: balance, transactions, QR payments, FX rates. Positives: the face
check of its Vietnamese eKYC, sent to FPT.AI's face-matching API
(`POST https://api.fpt.ai/dmp/checkface/v1`, header `api-key`, multipart
`file[]` with the ID-card photo and the selfie, per FPT.AI's public docs),
its own face-pay template upload, a Korean voice-ID (목소리 인증) enrolment,
an encrypted eKYC bundle (opaque) and the device binding with the IDFV.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rid, ua

API = "https://api.tsubame-pay.example"
UA = ua("TsubamePay", "6031")


def _b(c: Context, method: str, path: str, bind: bool = False) -> FB:
    b = FB(c, "bank", method, API + path)
    b.header("user-agent", UA)
    if bind:
        b.header("x-device-id", b.id("idfv_bank", where="header:x-device-id"))
    b.header("x-request-id", rid(c.rng))
    return b


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/zandaka")
    b.ok_json({"zandaka": c.rng.randint(0, 500000), "currency": "JPY", "as_of": iso(c)})
    b.decoy("account balance")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/torihiki")
    b.param("from", iso(c)[:10])
    b.ok_json(
        {
            "torihiki": [
                {
                    "id": rid(c.rng),
                    "kingaku": -c.rng.randint(100, 20000),
                    "aite": c.rng.choice(["セブン-イレブン", "GS25", "Highlands Coffee"]),
                    "nichiji": ms(c) - c.rng.randint(0, 10**9),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("transaction list: merchants, amounts, transaction uuids")
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/qr/pay")
    b.json(
        {
            "qr": "00020101021226" + "".join(c.rng.choice("0123456789") for _ in range(40)),
            "amount": c.rng.randint(100, 5000),
            "nonce": rid(c.rng),
        }
    )
    b.ok_json({"kessai_id": f"K{c.rng.randint(10**11, 10**12)}", "status": "SUCCESS"})
    b.decoy("QR code payment: EMVCo payload digits, nonce, payment id")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/fx")
    b.ok_json(
        {
            "pairs": {
                "JPYKRW": [round(9 + c.rng.random(), 4) for _ in range(24)],
                "JPYVND": [round(165 + c.rng.random() * 3, 2) for _ in range(24)],
            }
        }
    )
    b.decoy("exchange-rate series (numeric vectors)")
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/device/kanri", bind=True)
    b.json(
        {
            "os": "iOS 17.4.1",
            "model": "iPhone15,4",
            "push": b.acct("apns_token"),
            "biometry": "faceID",
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def fpt_checkface(c: Context) -> Flow:
    b = FB(c, "fpt.ai", "POST", "https://api.fpt.ai/dmp/checkface/v1", http_version="HTTP/1.1")
    b.header("api-key", rid(c.rng).replace("-", ""))
    bnd = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            bnd,
            [
                ("file[]", "cccd_front.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1300)),
                ("file[]", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1300)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "multipart:file[] (selfie to face-matching API)")
    b.ok_json(
        {
            "code": "200",
            "data": {
                "isMatch": True,
                "similarity": round(c.rng.uniform(80, 99), 4),
                "isBothImgIDCard": False,
            },
            "message": "request successful.",
        }
    )
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/kao-shiharai/touroku", bind=True)  # 顔支払い 登録 = face-pay enrolment
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fp-3.1",
            "livenessScore": round(c.rng.uniform(0.9, 1), 3),
            "capturedAt": iso(c),
        }
    )
    b.bio("face_template", "json:faceTemplate")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/kr/v1/moksori-injeung/deungrok", bind=True)  # 목소리 인증 등록
    bnd = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("hwaja_id", None, None, b.acct("bank_user").encode()),
        ("phrase", None, None, "내 목소리는 나의 비밀번호입니다".encode()),
        (
            "speaker_enrollment_audio",
            "enrol_1.wav",
            "audio/wav",
            fake_wav(c.rng.getrandbits(32), 800),
        ),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart:speaker_enrollment_audio")
    b.ok_json({"hwaja_model_id": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def ekyc_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/ekyc/submit", bind=True)
    blob = bytes(c.rng.getrandbits(8) for _ in range(600))
    b.json({"v": 2, "payload": b64(blob), "kid": "ekyc-2024-11"})
    b.bio("face_image", "json:payload (encrypted eKYC bundle with the selfie)", detectable=False)
    b.ok_json({"ticket": rid(c.rng)})
    return b.build()
