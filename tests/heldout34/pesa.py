"""PesaPap (an M-Pesa / JazzCash-like wallet): face KYC at sign-up, selfie re-checks.

Smile ID (Smile Identity) shapes from its public SDKs and REST docs
(github.com/smileidentity/android, smile-identity-core-python-3, docs.usesmileid.com):
`POST /v1/upload` "prep upload" with partner_params {job_id, user_id, job_type},
smile_client_id, timestamp, signature, source_sdk; the selfie zip PUT to the
pre-signed upload_url; and v2 `smart-selfie-authentication` as multipart
(selfie_image, liveness_images, user_id, partner_params) with SmileID-Partner-ID /
SmileID-Request-Signature / SmileID-Timestamp headers. The wallet's own
re-check and PIN-less login backends are fictional, key names mine.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

SMILE = "https://api.smileidentity.com"
API = "https://api.pesapap.co.ke"
PARTNER = "2291"


def _smile(c: Context, method: str, path: str) -> FB:
    b = FB(c, "smileid", method, SMILE + path)
    b.header("user-agent", "SmileID Android SDK 10.2.4")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-request-signature", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    return b


def _api(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pesapap", method, API + path)
    b.header("user-agent", ua("PesaPap", "4.2.7"))
    b.header("x-device-fp", b.id("wallet_fp", where="header x-device-fp"))
    return b


def prep_upload(c: Context) -> Flow:
    b = _smile(c, "POST", "/v1/upload")
    b.decoy("KYC job metadata (job id, signature), no image")
    b.json(
        {
            "file_name": "selfie.zip",
            "smile_client_id": PARTNER,
            "source_sdk": "android",
            "source_sdk_version": "10.2.4",
            "timestamp": iso(c),
            "signature": b64(new_hex(c.rng, 32)),
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("wallet_user"),
                "job_type": 4,
            },
            "model_parameters": {},
            "callback_url": "",
        }
    )
    b.ok_json(
        {"upload_url": "https://smile-uploads-prod.s3.amazonaws.com/...", "ref_id": rid(c.rng)}
    )
    return b.build()


def selfie_zip(c: Context) -> Flow:
    job = rid(c.rng)
    b = FB(
        c,
        "smileid",
        "PUT",
        f"https://smile-uploads-prod.s3.eu-west-1.amazonaws.com/{PARTNER}/{job}.zip",
    )
    b.param("X-Amz-Signature", new_hex(c.rng, 64))
    b.bio("face_image", "zip body (info.json + selfie images, deflated)", detectable=False)
    info = {"images": [{"image_type_id": 2, "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))}]}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("info.json", (2024, 11, 5, 9, 0, 0)), js(info))
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def smart_selfie_auth(c: Context) -> Flow:
    b = _smile(c, "POST", "/v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images")
    bnd = new_hex(c.rng, 32)
    parts = [("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))]
    parts += [
        (
            "liveness_images",
            f"liveness_{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 300),
        )
        for i in range(3)
    ]
    parts += [
        ("user_id", None, None, b.acct("wallet_user").encode()),
        ("partner_params", None, None, js({"job_id": rid(c.rng)}).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"job_id": rid(c.rng), "code": "0820", "result": "Pass"})
    return b.build()


def recheck_template(c: Context) -> Flow:
    b = _api(c, "POST", "/auth/v2/verify")
    b.bio("face_template", "body.faceTemplate (float32 base64 embedding, method FACE)")
    b.json(
        {
            "method": "FACE",
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "modelVer": "mfn-2.1",
            "txnRef": "QK" + new_digits(c.rng, 8),
            "ts": ms(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99)})
    return b.build()


def recheck_landmarks(c: Context) -> Flow:
    b = _api(c, "POST", "/kyc/ukaguzi-wa-uso")
    b.bio("face_landmarks", "body.alama_za_uso (68 face landmark points) + pose")
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(260, 340)
    pts = [
        [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)] for _ in range(68)
    ]
    b.json(
        {
            "alama_za_uso": pts,
            "faceYaw": rf(c.rng, -10, 10, 2),
            "blink": c.rng.random() < 0.5,
            "hai": rf(c.rng, 0.7, 1.0),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recheck_opaque(c: Context) -> Flow:
    b = _api(c, "POST", "/auth/v2/bx")
    b.bio("face_template", "body.payload (encrypted liveness bundle)", detectable=False)
    b.json({"kid": "k7", "payload": b64(bytes(c.rng.getrandbits(8) for _ in range(300)))})
    b.ok_json({"ok": True})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _api(c, "POST", "/auth/v1/device/bind")
    b.json(
        {
            "androidId": b.id("aid_wallet", where="body.androidId"),
            "msisdn": b.acct("msisdn"),
            "simSerialHash": new_hex(c.rng, 40),
            "appVer": "4.2.7",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def statement(c: Context) -> Flow:
    b = _api(c, "GET", "/wallet/v1/statement?days=30")
    b.decoy("transaction amounts, references and balances")
    tx = [
        {"ref": "S" + new_hex(c.rng, 9).upper(), "amount": rf(c.rng, 20, 5000, 2), "ts": iso(c)}
        for _ in range(8)
    ]
    b.ok_json({"balance": rf(c.rng, 100, 90000, 2), "tx": tx})
    return b.build()


def agents(c: Context) -> Flow:
    b = _api(c, "GET", f"/agents/near?lat={rf(c.rng, -1.4, -1.2)}&lng={rf(c.rng, 36.7, 36.9)}")
    b.decoy("agent coordinate list")
    b.ok_json(
        {
            "agents": [
                {
                    "id": new_digits(c.rng, 6),
                    "lat": rf(c.rng, -1.4, -1.2),
                    "lng": rf(c.rng, 36.7, 36.9),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def send_money(c: Context) -> Flow:
    b = _api(c, "POST", "/wallet/v1/send")
    b.decoy("idempotency key and transaction code")
    b.json(
        {"to": "2547" + new_digits(c.rng, 8), "amount": c.rng.randint(50, 3000), "idem": rid(c.rng)}
    )
    b.ok_json({"txCode": "S" + new_hex(c.rng, 9).upper(), "status": "COMPLETED"})
    return b.build()
