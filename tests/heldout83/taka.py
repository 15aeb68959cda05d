"""TakaPay: a mobile-finance wallet (bKash / Nagad / eSewa-like) with face eKYC.

BFIU e-KYC guidelines make MFS providers match a live selfie against the NID photo
the Election Commission holds (NID lookup happens server to server). On the phone:
- Face++ Compare API (Megvii): POST api-us.faceplusplus.com/facepp/v3/compare,
  multipart `api_key`, `api_secret`, `image_base64_1`, `image_base64_2`
  (console.faceplusplus.com/documents/5679308).
- Liveness with Google ML Kit face detection, whose Face object has
  `headEulerAngleX/Y/Z`, `smilingProbability`, `leftEyeOpenProbability`,
  `rightEyeOpenProbability`, `trackingId` and FaceContour point lists
  (developers.google.com/ml-kit/vision/face-detection); the app posts them on.
- A face template (float32, base64) kept for later logins, and an encrypted eKYC
  envelope whose contents nobody outside can read (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.takapay.com.bd"


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "takapay", method, API + path, params)
    b.header("user-agent", ua("TakaPay", "5.1.0"))
    b.header("x-msisdn", c.phone.taka_wallet)
    return b


def facepp_compare(c: Context) -> Flow:
    b = FB(c, "faceplusplus", "POST", "https://api-us.faceplusplus.com/facepp/v3/compare")
    b.bio("face_image", "multipart image_base64_1 / image_base64_2 to Face++ compare")
    sel = b64(fake_jpeg(c.rng.randint(0, 10**6), 1200))
    nid = b64(fake_jpeg(c.rng.randint(0, 10**6), 900))
    bound = f"{rid(c.rng)}"
    parts = [
        ("api_key", None, None, b"tkp-" + rid(c.rng)[:20].encode()),
        ("api_secret", None, None, rid(c.rng)[:28].encode()),
        ("image_base64_1", None, None, sel.encode()),
        ("image_base64_2", None, None, nid.encode()),
    ]
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json(
        {
            "confidence": rf(c.rng, 60, 95, 3),
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "thresholds": {"1e-3": 62.327, "1e-4": 69.101, "1e-5": 73.975},
        }
    )
    return b.build()


def _contour(c: Context, n: int) -> list[dict[str, float]]:
    cx, cy = c.rng.uniform(300, 420), c.rng.uniform(500, 700)
    return [
        {"x": round(cx + c.rng.gauss(0, 90), 1), "y": round(cy + c.rng.gauss(0, 120), 1)}
        for _ in range(n)
    ]


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/liveness/result")
    b.bio("face_analysis", "json ML Kit face: euler angles, eye / smile probabilities, contour")
    face = {
        "trackingId": c.rng.randint(1, 40),
        "headEulerAngleX": rf(c.rng, -10, 10, 2),
        "headEulerAngleY": rf(c.rng, -25, 25, 2),
        "headEulerAngleZ": rf(c.rng, -8, 8, 2),
        "smilingProbability": rf(c.rng, 0, 1, 3),
        "leftEyeOpenProbability": rf(c.rng, 0, 1, 3),
        "rightEyeOpenProbability": rf(c.rng, 0, 1, 3),
        "contours": {"FACE": _contour(c, 36), "NOSE_BRIDGE": _contour(c, 2)},
    }
    step = c.rng.choice(["BLINK", "TURN_LEFT", "SMILE"])
    b.json({"sessionId": rid(c.rng), "challenge": step, "passed": True, "face": face, "at": iso(c)})
    b.ok_json({"next": "SELFIE"})
    return b.build()


BLEND = ["eyeBlinkLeft", "eyeBlinkRight", "mouthSmileLeft", "mouthSmileRight", "jawOpen",
         "browInnerUp", "cheekPuff", "eyeLookOutLeft", "mouthPucker", "noseSneerLeft"]  # fmt: skip


def liveness_blend(c: Context) -> Flow:
    """The SMILE / BLINK challenge scored from MediaPipe FaceLandmarker blendshapes."""
    b = _b(c, "POST", "/ekyc/v2/liveness/frames")
    b.bio("blendshapes", "json frames[].bs: MediaPipe blendshape scores")
    frames = [{"t": i * 66, "bs": {k: rf(c.rng, 0, 1, 3) for k in BLEND}} for i in range(4)]
    b.json({"sessionId": rid(c.rng), "challenge": "SMILE", "frames": frames})
    b.ok_json({"passed": True})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/face/template")
    b.bio("face_embedding", "json faceTemplate: base64 float32 x128")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "algo": "mfn-v3",
            "dim": 128,
            "nidVerified": True,
        }
    )
    b.ok_json({"stored": True})
    return b.build()


def ekyc_envelope(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/submit")
    b.bio("face_image", "json enc: AES-encrypted selfie envelope", detectable=False)
    b.json({"kid": "k7", "iv": b64(c.rng.randbytes(12)), "enc": b64(c.rng.randbytes(900))})
    b.ok_json({"status": "PENDING_REVIEW"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v3/device/bind")
    b.json(
        {
            "deviceUniqueId": b.id("aid_taka", where="json deviceUniqueId"),
            "adId": b.id("gaid", where="json adId"),
            "fp": b.id("taka_devfp", where="json fp (sha256 fingerprint)", detectable=False),
            "manufacturer": "samsung",
            "model": "SM-A155F",
            "rooted": False,
            "fcmToken": b.acct("taka_push"),
        }
    )
    b.ok_json({"bound": True, "otpRequired": False})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "POST", "/onboard/v2/profile")
    b.decoy("self-declared gender and date of birth on the sign-up form")
    b.json(
        {
            "fullName": "Farhana Akter",
            "gender": "FEMALE",
            "dob": "1996-03-14",
            "occupation": "student",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", "/txn/v1/statement", [("from", "2024-10-01"), ("size", "20")])
    b.decoy("transaction list with transaction ids and amounts")
    rows = [
        {
            "trxId": "BK" + rid(c.rng)[:8].upper(),
            "amount": round(c.rng.uniform(20, 5000), 2),
            "type": c.rng.choice(["SEND_MONEY", "CASH_OUT", "PAYMENT"]),
        }
        for _ in range(8)
    ]
    b.ok_json({"items": rows})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", "/txn/v1/merchant/pay")
    b.decoy("merchant QR payment with order number")
    b.json(
        {
            "merchant": "01" + str(c.rng.randint(10**8, 10**9)),
            "amount": c.rng.randint(50, 900),
            "ref": f"INV-{c.rng.randint(10**5, 10**6)}",
            "ts": ms(c),
        }
    )
    b.ok_json({"trxId": "BK" + rid(c.rng)[:8].upper()})
    return b.build()
