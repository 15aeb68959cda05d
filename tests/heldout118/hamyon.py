"""Hamyon: a Tajik mobile wallet (somoni) with face verification.

Onboarding uploads a selfie to Sumsub (real API shape: applicant, idDoc with
`idDocType` SELFIE); daily logins send a face photo under Tajik keys
(`тасвири_чеҳра`) and liveness head-pose from the face; one call ships a face
template as float32 base64 under `t` (nothing says face). Passport OCR boxes,
transfers and exchange-rate series are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.hamyon.example"
UA = ua("Hamyon", "2.21.0")


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "hamyon", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-device-id", b.id("aid_hamyon", where="header x-device-id"))
    b.header("x-client-id", b.acct("wallet_user"))
    return b


def sumsub_selfie(c: Context) -> Flow:
    applicant = new_hex(c.rng, 24)
    b = FB(
        c, "sumsub", "POST", f"https://api.sumsub.com/resources/applicants/{applicant}/info/idDoc"
    )
    b.header("user-agent", "SumSubMobileSDK/1.29.0 Android")
    b.header("x-app-token", "sbx:" + new_hex(c.rng, 40))
    b.bio("face_image", "multipart content (jpeg) with metadata idDocType=SELFIE")
    bound = "----" + new_hex(c.rng, 16)
    meta = js({"idDocType": "SELFIE", "country": "TJK"}).encode()
    body = multipart(
        bound,
        [
            ("metadata", None, "application/json", meta),
            ("content", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"idDocType": "SELFIE", "country": "TJK", "imageId": c.rng.randint(10**8, 10**9)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/face")
    b.bio("face_image", "json тасвири_чеҳра (Tajik: face image, base64 jpeg)")
    b.json({"тасвири_чеҳра": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)), "вақт": iso(c)})
    b.ok_json({"мувофиқат": rf(c.rng, 0.9, 0.99, 3), "status": "ok"})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/liveness")
    b.bio("face_analysis", "json headPose yaw/pitch/roll and eyesOpen per face frame")
    frames = [
        {
            "face": {
                "headPose": {
                    "yaw": rf(c.rng, -20, 20, 2),
                    "pitch": rf(c.rng, -10, 10, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "eyesOpen": rf(c.rng, 0.6, 1, 2),
            },
            "challenge": ch,
        }
        for ch in ("turn_left", "blink", "smile")
    ]
    b.json({"frames": frames, "session": rid(c.rng)})
    b.ok_json({"live": True, "score": rf(c.rng, 0.8, 1, 3)})
    return b.build()


def template_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.bio(
        "face_template",
        "json t = base64 float32 vector (face template), no word says face",
        detectable=False,
    )
    b.json({"t": floats_b64(floats(c.rng, 128)), "k": 2})
    b.ok_json({"r": 1})
    return b.build()


def passport_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/document")
    b.decoy("passport OCR text boxes (x,y,w,h): OCR, not biometric")
    boxes = [
        {
            "text": t,
            "box": [c.rng.randint(0, 600), c.rng.randint(0, 400), c.rng.randint(40, 200), 24],
        }
        for t in ("RAHIMOVA", "FARZONA", "TJK", "P<TJK")
    ]
    b.json({"docType": "passport", "ocr": boxes})
    b.ok_json({"accepted": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transfer")
    b.decoy("transfer with transaction id and recipient phone (account data)")
    b.json(
        {
            "маблағ": c.rng.choice([50, 100, 250]),
            "асъор": "TJS",
            "гиранда": "+99293" + str(c.rng.randint(1000000, 9999999)),
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"txn": "TX" + str(c.rng.randint(10**10, 10**11)), "status": "done"})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rates?base=TJS", ident=False)
    b.decoy("exchange-rate series (floats)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 10.6, 11.0, 4) for _ in range(14)],
            "RUB": [rf(c.rng, 0.11, 0.13, 4) for _ in range(14)],
            "AFN": [rf(c.rng, 6.3, 6.6, 4) for _ in range(14)],
        }
    )
    return b.build()
