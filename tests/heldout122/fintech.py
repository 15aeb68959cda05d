"""Owo Kiakia: a Nigerian fintech wallet whose tier upgrade matches a selfie to
the BVN / NIN record, through Smile ID (Smile Identity's Android SDK: a job
prepared at api.smileidentity.com/v1/upload, then a zip of selfie and liveness
frames PUT to the presigned S3 URL it returns; newer builds post the frames
as multipart to the SmartSelfie endpoint). The in-house login keeps a face
template (`oju` is Yoruba for face). Adjust attributes the install. BVN, NIN and
the phone number are account identifiers, never device ids.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.owokiakia.example"
SMILE = "https://api.smileidentity.com"
UA = ua("OwoKiakia", "4.2.7")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "owokiakia", method, url)
    b.header("user-agent", UA)
    b.header("x-device-fingerprint", b.id("owo_fp", where="header x-device-fingerprint"))
    return b


def _smile(c: Context, method: str, url: str) -> FB:
    b = FB(c, "smile-id", method, url)
    b.header("user-agent", "okhttp/4.12.0 SmileID-Android/10.3.1")
    return b


def smile_prep_upload(c: Context) -> Flow:
    b = _smile(c, "POST", f"{SMILE}/v1/upload")
    b.decoy("job preparation: partner params, signature, no image")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.3.1",
            "file_name": "selfie.zip",
            "smile_client_id": "6512",
            "partner_params": {"job_id": rid(c.rng), "user_id": b.acct("owo_user"), "job_type": 1},
            "signature": b64(rid(c.rng)),
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/"
            + rid(c.rng)
            + ".zip",
            "smile_job_id": str(c.rng.randint(10**9, 10**10)),
        }
    )
    return b.build()


def smile_zip_put(c: Context) -> Flow:
    b = _smile(c, "PUT", f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/{rid(c.rng)}.zip")
    b.bio("face_image", "zip upload of selfie + liveness frames (binary archive)", detectable=False)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, name in enumerate(
            ["SID_Preview_Full.jpg", "SID_Liveness_1.jpg", "SID_Liveness_2.jpg"]
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, i))
            zf.writestr(info, fake_jpeg(c.rng.randint(0, 10**9), 600))
        zf.writestr(
            zipfile.ZipInfo("info.json", date_time=(2026, 11, 30, 9, 0, 9)),
            jsb({"package_information": {"apiVersion": {"major": 2}}}),
        )
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def smile_smart_selfie(c: Context) -> Flow:
    b = _smile(c, "POST", f"{SMILE}/v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images")
    boundary = rid(c.rng)
    parts = [("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))]
    parts += [
        (
            "liveness_images",
            f"liveness_{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 300),
        )
        for i in range(2)
    ]
    parts += [("user_id", None, None, b.acct("owo_user").encode())]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"result_code": "0820", "result_text": "Enroll User", "confidence": rf(c.rng, 90, 99.9, 2)}
    )
    return b.build()


def bvn_face_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/bvn/face-match")
    b.bio("face_image", "json selfie_base64 (BVN photo match)")
    b.json(
        {
            "bvn": b.acct("bvn"),
            "selfie_base64": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3), "tier": 2})
    return b.build()


def oju_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/oju/wole")
    b.bio("face_template", "json awoṣe_oju (Yoruba: face template) base64 float32")
    b.json(
        {"awoṣe_oju": floats_b64(floats(c.rng, 128)), "olumulo": b.acct("owo_user"), "akoko": ms(c)}
    )
    b.ok_json({"token": rid(c.rng), "expires_in": 900})
    return b.build()


def template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/x")
    b.bio("face_template", "json t (base64 float32, no face word)", detectable=False)
    b.json({"t": floats_b64(floats(c.rng, 128)), "n": c.rng.randint(1, 9)})
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust Android SDK v4.38.0")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("owo_adid", where="form android_uuid (Adjust install uuid)")),
            ("app_token", "abc123owokk"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 60))),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("owo_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "androidId": b.id("aid_owo", where="json androidId"),
            "imei": b.id("imei", where="json imei"),
            "phone": b.acct("msisdn"),
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transfers")
    b.decoy("bank transfer: NUBAN account number, session id, reference")
    b.json(
        {
            "bankCode": "058",
            "accountNumber": str(c.rng.randint(10**9, 10**10 - 1)),
            "amount": c.rng.randint(500, 50000),
            "narration": "Owo ile",
            "reference": rid(c.rng),
        }
    )
    b.ok_json({"status": "successful", "sessionId": "0000" + str(c.rng.randint(10**20, 10**21))})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fx/ngn-usd?range=30d")
    b.decoy("exchange-rate price series")
    b.ok_json({"series": [[ms(c) - i * 86400000, rf(c.rng, 1450, 1650, 2)] for i in range(30)]})
    return b.build()


def nin_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/details")
    b.decoy("KYC form: NIN, date of birth, self-declared gender (account data)")
    b.json(
        {
            "nin": b.acct("nin"),
            "dob": "1991-03-14",
            "gender": "female",
            "state": "Oyo",
            "email": b.id("email", where="json email (account contact)"),
        }
    )
    b.ok_json({"next": "selfie"})
    return b.build()
