"""Her bank's app: device binding, a UAE-Pass-like face liveness / selfie match
when she raises a transfer limit, and voice-ID login.

Truly sensitive: the selfie compared with her ID photo through Amazon
Rekognition CompareFaces (X-Amz-Target RekognitionService.CompareFaces, body
{SourceImage: {Bytes}, TargetImage: {Bytes}, SimilarityThreshold}:
docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html), the
bank's own liveness result sent on (face box, landmarks, yaw / pitch / roll,
quality; field names after Rekognition's FaceDetail), a voice-ID enrolment /
verification with her speech sample, and an encrypted "risk" blob (not
detectable). Device binding sends her ANDROID_ID under `deviceId`. Decoys: FX
rate series, card face designs, transfer confirmations with reference ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.bank-example.ae"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("BankAE", "12.4.0"))
    b.header("x-correlation-id", rid(b.ctx.rng))


def bind_device(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/device/bind")
    _hdr(b)
    b.json(
        {
            "cif": c.phone.bank_cif,
            "deviceId": b.id("aid_bank", where="body.json.deviceId"),
            "deviceModel": c.phone.model,
            "osVersion": "14",
            "pushToken": c.phone.bank_push,
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "bindingRef": rid(c.rng)})
    return b.build()


def compare_faces(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.me-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T" + new_digits(c.rng, 6) + "Z")
    src, tgt = (b64(fake_jpeg(c.rng.randint(0, 10**9), 500)) for _ in range(2))
    b.set_body(
        (
            '{"SourceImage":{"Bytes":"'
            + src
            + '"},"TargetImage":{"Bytes":"'
            + tgt
            + '"},"SimilarityThreshold":90}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.json.SourceImage.Bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 95, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/kyc/liveness/result")
    _hdr(b)
    lm = [
        {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
    ]
    b.json(
        {
            "sessionId": rid(c.rng),
            "isLive": True,
            "confidence": rf(c.rng, 90, 99.9, 2),
            "faceDetail": {
                "BoundingBox": {
                    "Width": rf(c.rng, 0.3, 0.5),
                    "Height": rf(c.rng, 0.4, 0.6),
                    "Left": rf(c.rng, 0.2, 0.3),
                    "Top": rf(c.rng, 0.1, 0.2),
                },
                "Landmarks": lm,
                "Pose": {
                    "Yaw": rf(c.rng, -10, 10, 2),
                    "Pitch": rf(c.rng, -10, 10, 2),
                    "Roll": rf(c.rng, -5, 5, 2),
                },
                "Quality": {"Brightness": rf(c.rng, 50, 90, 2), "Sharpness": rf(c.rng, 60, 95, 2)},
            },
            "purpose": "limit_increase",
        }
    )
    b.bio("face_analysis", "body.json.faceDetail")
    b.ok_json({"status": "approved", "ref": rid(c.rng)})
    return b.build()


def voice_verify(c: Context, enrol: bool = False) -> Flow:
    bnd = "----okhttp" + new_hex(c.rng, 24)
    step = "enroll" if enrol else "verify"
    body = multipart(
        bnd,
        [
            ("cif", None, None, c.phone.bank_cif.encode()),
            ("passphrase", None, None, b"my voice is my password"),
            (
                "voiceSample",
                f"voiceprint_{step}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 1000),
            ),
        ],
    )
    b = FB(c, "bank", "POST", f"{API}/api/v2/auth/voice-id/{step}")
    _hdr(b)
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "body.multipart.voiceSample")
    b.ok_json(
        {"match": True, "score": rf(c.rng, 0.8, 0.99, 3)} if not enrol else {"enrolled": True}
    )
    return b.build()


def voice_enrol(c: Context) -> Flow:
    return voice_verify(c, enrol=True)


def risk_blob(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/risk/collect")
    _hdr(b)
    b.id_raw("aid_bank", "aes_gcm", "body.json.d (encrypted)")
    b.json({"v": 2, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(160))), "t": ms(c)})
    b.no_content()
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "bank", "GET", f"{API}/api/v1/fx/history", [("pair", "USDAED"), ("days", "90")])
    _hdr(b)
    b.ok_json(
        {"pair": "USDAED", "rates": [round(3.6725 + c.rng.gauss(0, 0.0004), 5) for _ in range(90)]}
    )
    b.decoy("FX history: a numeric series near 3.67")
    return b.build()


def card_designs(c: Context) -> Flow:
    b = FB(c, "bank", "GET", f"{API}/api/v1/cards/designs")
    _hdr(b)
    b.ok_json(
        {
            "designs": [
                {
                    "id": f"face-{i}",
                    "cardFace": f"https://cdn.bank-example.ae/cards/{new_hex(c.rng, 8)}.png",
                    "embossing": "metal",
                }
                for i in range(4)
            ]
        }
    )
    b.decoy("card face designs")
    return b.build()


def transfer(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/transfers")
    _hdr(b)
    b.json(
        {
            "fromAccount": "AE07" + new_digits(c.rng, 19),
            "amountAed": c.rng.randint(500, 250_000),
            "beneficiaryIban": "AE46" + new_digits(c.rng, 19),
            "purpose": "Commission",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "pending", "txnRef": "FT" + new_digits(c.rng, 12), "at": iso(c)})
    b.decoy("transfer with IBANs and reference ids")
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/kyc/liveness/frames")
    _hdr(b)
    b.json({"s": rid(c.rng), "e": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "n": 3})
    b.bio("face_frames", "body.json.e (encrypted selfie frames)", detectable=False)
    b.ok_json({"next": "result"})
    return b.build()
