"""TögrögPay: a bank's e-wallet with face verification (Sumsub KYC SDK).

Onboarding sends a selfie and liveness frames to Sumsub; transfers above a
limit re-check the face against a template in the bank's own API
(`nuuriin_vektor`, romanised нүүрний вектор), or, in the hardened build, in an
encrypted envelope. The bank's "нүүр хуудас" (home page, literally "face
page") banners, exchange-rate series, transfers and QR payments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.togrogpay.example"
SUMSUB = "https://api.sumsub.com"
UA = ua("TogrogPay", "7.3.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "togrogpay", method, API + path)
    b.header("user-agent", UA)
    b.header("x-customer", b.acct("bank_customer"))
    return b


def _sumsub(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sumsub", method, SUMSUB + path)
    b.header("user-agent", "SumSubMobileSDK/1.30.2 Android")
    b.header("x-access-token", "_act-sbx-" + rid(c.rng).replace("-", ""))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/tuhuurumj/burtgeh")
    b.json(
        {
            "tuhuurumjiin_id": b.id("aid_bank", where="json tuhuurumjiin_id"),
            "zagvar": "SM-A546E",
            "utas": b.acct("phone_no"),
            "imeil": b.id("email", where="json imeil (account e-mail: contact)"),
            "push": "f" + rid(c.rng).replace("-", ""),
        }
    )
    b.ok_json({"batalgaajsan": True})
    return b.build()


def sumsub_selfie(c: Context) -> Flow:
    applicant = rid(c.rng).replace("-", "")[:24]
    b = _sumsub(c, "POST", f"/resources/applicants/{applicant}/info/idDoc")
    b.header(
        "x-device-id",
        b.id_raw("bank_sumsub_device", "plain", "header x-device-id (SDK device id)", True),
    )
    b.bio("face_image", "multipart content (idDocType SELFIE)")
    boundary = "SumSub" + rid(c.rng).replace("-", "")[:20]
    meta = b'{"idDocType":"SELFIE","country":"MNG"}'
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", meta),
            ("content", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"idDocType": "SELFIE", "country": "MNG", "imageIds": [c.rng.randint(10**8, 10**9)]})
    return b.build()


def sumsub_liveness(c: Context) -> Flow:
    b = _sumsub(c, "POST", "/resources/applicantActions/liveness/frames")
    b.header(
        "x-device-id",
        b.id_raw("bank_sumsub_device", "plain", "header x-device-id (SDK device id)", True),
    )
    b.bio("face_image", "json frames[].image (base64 JPEG face frames for liveness)")
    b.json(
        {
            "frames": [
                {
                    "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
                    "headPose": {"yaw": rf(c.rng, -20, 20, 1), "pitch": rf(c.rng, -10, 10, 1)},
                }
                for _ in range(3)
            ],
            "challenge": "turn_head",
        }
    )
    b.mark(
        "biometric",
        "face_analysis",
        "response json faceMatch.score / age / liveness",
        True,
        "response",
    )
    b.ok_json(
        {
            "reviewStatus": "completed",
            "faceMatch": {"score": rf(c.rng, 0.8, 0.99)},
            "liveness": "PASSED",
            "age": c.rng.randint(30, 50),
        }
    )
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/kyc/nuur/tulgalt")
    b.bio("face_template", "json nuuriin_vektor (base64 float32 face embedding)")
    b.json(
        {
            "nuuriin_vektor": floats_b64(floats(c.rng, 128)),
            "zagvar_hubilbar": "mfn-v3",
            "guilgee_id": rid(c.rng),
            "dun": c.rng.choice([3_000_000, 5_000_000, 12_000_000]),
        }
    )
    b.ok_json({"ijil": True, "onoo": rf(c.rng, 0.7, 0.99)})
    return b.build()


def face_match_sealed(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/s")
    b.bio("face_template", "json p: AES-sealed face template", detectable=False)
    b.json(
        {"p": b64(bytes(c.rng.getrandbits(8) for _ in range(560))), "k": 2, "n": rid(c.rng)[:12]}
    )
    b.ok_json({"r": 0})
    return b.build()


def home_page(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/nuur-huudas")
    b.decoy("home page (нүүр хуудас = 'face page') banners: not a face")
    b.ok_json(
        {
            "nuur_huudas": {
                "banner": [
                    {
                        "zurag": f"https://cdn.togrogpay.example/b/{i}.jpg",
                        "garchig": "Цагаан сарын урамшуулал",
                    }
                    for i in range(3)
                ]
            }
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/hansh?valyut=USD,CNY,KRW,RUB")
    b.decoy("exchange-rate series (ханш): a float series")
    b.ok_json(
        {
            "hansh": {
                cur: [rf(c.rng, lo, lo * 1.02, 2) for _ in range(24)]
                for cur, lo in (("USD", 3390), ("CNY", 470), ("KRW", 2.45), ("RUB", 36))
            }
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/guilgee")
    b.decoy("transfer with account numbers and an idempotency key")
    b.json(
        {
            "huleen_avagch_dans": "5" + str(c.rng.randint(10**8, 10**9)),
            "dun": c.rng.randint(5000, 900000),
            "utga": "Сургалтын төлбөр Сөүл",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "guilgee_dugaar": "TX" + str(c.rng.randint(10**9, 10**10)),
            "tolov": "amjilttai",
            "ognoo": iso(c),
        }
    )
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/qr/tuluh")
    b.decoy("QR payment at a shop: the merchant's terminal id is the shop's device")
    b.json(
        {
            "qr": "000201010212" + str(c.rng.randint(10**9, 10**10)),
            "merchant_terminal": "POS-" + str(c.rng.randint(10**5, 10**6)),
            "dun": c.rng.randint(1000, 90000),
        }
    )
    b.ok_json({"tolov": "amjilttai"})
    return b.build()
