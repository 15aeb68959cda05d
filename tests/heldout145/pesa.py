"""Hela Wallet: a mobile-money wallet (Kenya and Nigeria) with selfie KYC.

Onboarding sends a selfie and liveness frames to Smile ID's job upload and
asks Youverify for a face match against the NIN photo; the wallet's own
face-login sends a face template (base64 float32) under `uso_template`
(`uso` = face). A v1 client posts an encrypted envelope (`payload`) holding the
selfie job: opaque. The ID-card OCR result (text boxes, document number),
transaction lists and fraud-risk device fingerprints are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.helawallet.example"
UA = ua("HelaWallet", "8.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "helawallet", method, url)
    b.header("user-agent", UA)
    return b


def smile_upload(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v1/upload")
    b.header("user-agent", "SmileID-Android/10.1.2")
    b.bio("face_image", "json images[] image_type_id 2 (selfie) + 6 (liveness)")
    seed = c.rng.randint(0, 10**9)
    b.json(
        {
            "partner_params": {"job_id": rid(c.rng), "user_id": b.acct("pesa_user"), "job_type": 1},
            "images": [{"image_type_id": 2, "image": b64(fake_jpeg(seed, 600))}]
            + [{"image_type_id": 6, "image": b64(fake_jpeg(seed + i, 300))} for i in range(3)],
            "id_info": {"country": "KE", "id_type": "NATIONAL_ID"},
            "timestamp": iso(c),
        }
    )
    b.ok_json({"upload_url": "https://smile-uploads.example/zip", "smile_job_id": rid(c.rng)})
    return b.build()


def youverify_match(c: Context) -> Flow:
    b = FB(c, "youverify", "POST", "https://api.youverify.co/v2/api/identity/ng/nin")
    b.header("user-agent", UA)
    b.bio("face_image", "json image (selfie for NIN face match, isSubjectConsent)")
    b.json(
        {
            "id": "".join(str(c.rng.randint(0, 9)) for _ in range(11)),
            "isSubjectConsent": True,
            "validations": {"selfie": {"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))}},
        }
    )
    b.ok_json(
        {
            "success": True,
            "data": {
                "validations": {
                    "selfie": {
                        "selfieVerification": {
                            "confidenceLevel": rf(c.rng, 60, 99, 2),
                            "match": True,
                        }
                    }
                }
            },
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/uso/thibitisha")
    b.bio("face_embedding", "json uso_template (base64 float32 x128)")
    b.json(
        {
            "mteja": b.acct("pesa_user"),
            "uso_template": floats_b64(floats(c.rng, 128)),
            "kifaa": b.id("aid_pesa", where="json kifaa"),
            "ts": ms(c),
        }
    )
    b.ok_json({"imethibitishwa": True, "token": new_hex(c.rng, 40)})
    return b.build()


def sealed_selfie(c: Context) -> Flow:
    """v1 client: the selfie job AES-sealed by the app before posting."""
    b = _b(c, "POST", f"{API}/v1/kyc/job")
    b.bio("face_image", "json payload (app-encrypted selfie job)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"payload": b64(blob), "kv": 3, "nonce": new_hex(c.rng, 24)})
    b.ok_json({"status": "queued"})
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/kifaa")
    b.json(
        {
            "alama_ya_kifaa": b.id("pesa_fingerprint", where="json alama_ya_kifaa (fingerprint)"),
            "android_id": b.id("aid_pesa", where="json android_id"),
            "imei": b.id("imei", where="json imei"),
            "rooted": False,
            "emulator": False,
            "sim_operator": "63902",
        }
    )
    b.ok_json({"alama": rf(c.rng, 0, 1, 3)})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/kitambulisho/ocr")
    b.decoy("ID-card OCR text boxes and document number: no face data")
    boundary = "okhttp-" + new_hex(c.rng, 12)
    b.set_body(
        multipart(
            boundary,
            [
                ("upande", None, None, b"mbele"),
                ("picha", "id_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "boxes": [
                {"text": "JAMHURI YA KENYA", "bbox": [12, 8, 300, 30]},
                {
                    "text": "ID NO 3" + "".join(str(c.rng.randint(0, 9)) for _ in range(7)),
                    "bbox": [12, 90, 200, 110],
                },
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/miamala?ukurasa=1")
    b.decoy("transaction list with amounts (balance series) and receipt codes")
    b.ok_json(
        {
            "miamala": [
                {
                    "kiasi": c.rng.randint(50, 20000),
                    "salio": c.rng.randint(0, 90000),
                    "risiti": "S" + new_hex(c.rng, 9).upper(),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tuma")
    b.json(
        {
            "kwa": "2547" + "".join(str(c.rng.randint(0, 9)) for _ in range(8)),
            "kiasi": c.rng.randint(50, 5000),
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"hali": "imekamilika", "risiti": "S" + new_hex(c.rng, 9).upper()})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/wasifu")
    b.decoy("sign-up form: name, self-declared gender, date of birth (no face data)")
    b.json(
        {
            "jina": "Wanjiru Adebayo",
            "jinsia": "F",
            "tarehe_ya_kuzaliwa": "1991-04-12",
            "barua_pepe": b.id("email", where="json barua_pepe (account email)"),
        }
    )
    b.ok_json({"imehifadhiwa": True})
    return b.build()
