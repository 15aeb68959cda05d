"""ViXu: an e-wallet with FPT.AI eKYC and face payment.

Biometric: FPT.AI face matching (`/dmp/checkface/v1`, two images), FPT.AI
liveness (`/dmp/liveness/v3`, the ID image and a selfie video), the SDK's
pre-check of the selfie (head yaw/pitch/roll, eyes open, estimated age: a
face-analysis result), and face payment, whose template travels as base64
float32 under `v` at `/p/v2/x` (nothing says what it is). Not biometric: FPT.AI
OCR of the ID card's back, bill payments, top-ups, lucky-money envelopes.
Device: the wallet binding (`deviceId`, `deviceKey`) and an upper-case SHA-1 of
the ANDROID_ID under `_s` on promotion calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.vixu.example"
FPT = "https://api.fpt.ai"
UA = ua("ViXu", "4.1.12")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vixu", method, url)
    b.header("user-agent", UA)
    b.header("sessionkey", new_hex(c.rng, 32))
    b.header("userid", b.acct("vi_user"))
    return b


def _fpt(c: Context, path: str, parts: list[tuple[str, str | None, str | None, bytes]]) -> FB:
    b = FB(c, "fpt_ai", "POST", f"{FPT}{path}")
    b.header("user-agent", "okhttp/4.10.0")
    b.header("api-key", new_hex(c.rng, 32))
    boundary = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 700)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_vi", where="json deviceId"),
            "deviceKey": b.id("vi_device_key", where="json deviceKey"),
            "phone": b.acct("phone_no"),
            "deviceOS": "ANDROID",
            "deviceModel": "Xiaomi 23021RAAEG",
        }
    )
    b.decoy("phone number (an account, not a device id)")
    b.ok_json({"resultCode": 0, "trusted": True})
    return b.build()


def fpt_checkface(c: Context) -> Flow:
    b = _fpt(
        c,
        "/dmp/checkface/v1",
        [
            ("file[]", "cccd_mat_truoc.jpg", "image/jpeg", _jpeg(c)),
            ("file[]", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.bio("face_image", "multipart file[] selfie.jpg (path checkface)")
    b.ok_json(
        {
            "code": "200",
            "data": {"isMatch": True, "similarity": rf(c.rng, 80, 99, 3), "isBothImgIDCard": False},
        }
    )
    return b.build()


def fpt_liveness(c: Context) -> Flow:
    b = _fpt(
        c,
        "/dmp/liveness/v3",
        [
            ("cmnd", "cccd.jpg", "image/jpeg", _jpeg(c)),
            ("video", "selfie.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1000)),
        ],
    )
    b.bio("face_video", "multipart video selfie.mp4 (path liveness)")
    b.ok_json(
        {
            "code": "200",
            "liveness": {
                "code": "200",
                "is_live": "true",
                "spoof_prob": str(rf(c.rng, 0, 0.05, 4)),
            },
            "face_match": {"isMatch": "true", "similarity": str(rf(c.rng, 80, 99, 3))},
        }
    )
    return b.build()


def fpt_ocr_back(c: Context) -> Flow:
    b = _fpt(c, "/vision/idr/vnm", [("image", "cccd_mat_sau.jpg", "image/jpeg", _jpeg(c))])
    b.decoy("OCR of the ID card's back side (no portrait; issue date and place)")
    b.ok_json(
        {
            "errorCode": 0,
            "data": [
                {
                    "issue_date": "10/08/2021",
                    "type": "chip_back",
                    "features": "Sẹo chấm C:2cm dưới trước tai trái",
                }
            ],
        }
    )
    return b.build()


def selfie_precheck(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ekyc/selfie/precheck")
    b.bio("face_attributes", "json face_quality yaw/pitch/roll + age_estimate (from the selfie)")
    b.json(
        {
            "face_quality": {
                "yaw": rf(c.rng, -12, 12, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -6, 6, 2),
                "eyes_open": rf(c.rng, 0.8, 1.0, 3),
                "age_estimate": c.rng.randint(30, 40),
                "blur": rf(c.rng, 0, 0.2, 3),
            },
            "step": "selfie",
            "ts": ms(c),
        }
    )
    b.ok_json({"resultCode": 0, "pass": True})
    return b.build()


def face_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p/v2/x")
    b.bio("face_template", "json v (base64 float32 x128)", detectable=False)
    b.json(
        {
            "o": "QR" + new_digits(c.rng, 12),
            "a": c.rng.randint(20, 900) * 1000,
            "v": floats_b64(floats(c.rng, 128)),
        }
    )
    b.ok_json({"resultCode": 0})
    return b.build()


def promotions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/promotion/list")
    b.params += [
        ("_s", b.id("aid_vi", "sha1_upper", "query _s (SHA-1, upper case)", detectable=False)),
        ("page", "1"),
    ]
    b.decoy("voucher codes and campaign ids")
    b.ok_json(
        {
            "items": [
                {"code": "VX" + new_hex(c.rng, 6).upper(), "campaignId": rid(c.rng), "giam": "50%"}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def pay_bill(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bill/pay")
    b.decoy("electricity customer code and transaction id")
    b.json(
        {
            "serviceCode": "EVN_HCM",
            "customerCode": "PE0400" + new_digits(c.rng, 7),
            "amount": c.rng.randint(300, 1500) * 1000,
            "clientTransId": rid(c.rng),
        }
    )
    b.ok_json({"resultCode": 0, "transId": new_digits(c.rng, 11)})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/topup")
    b.decoy("phone number being topped up (account)")
    b.json(
        {
            "msisdn": b.acct("phone_no"),
            "telco": "VIETTEL",
            "amount": c.rng.choice([20000, 50000, 100000]),
        }
    )
    b.ok_json({"resultCode": 0, "transId": new_digits(c.rng, 11), "time": iso(c)})
    return b.build()


def lixi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lixi/send")
    b.json(
        {
            "receiver": "09" + new_digits(c.rng, 8),
            "amount": c.rng.choice([10000, 20000, 50000]),
            "theme": "tet_2025",
            "loiChuc": "An khang thịnh vượng",
        }
    )
    b.ok_json({"resultCode": 0, "envelopeId": rid(c.rng)})
    return b.build()
