"""KudiKiakia: a Nigerian fintech with BVN / NIN face verification.

Onboarding uses real KYC vendors the way their public APIs describe:
Smile ID's job prep (`/v1/upload`, partner_params, job_type 1) and the job zip
PUT to the returned S3 upload URL (info.json with `images[].image_type_id`, the
selfie inside the archive); Youverify's NIN check with `validations.selfie.image`;
Prembly (IdentityPass) `biometrics/face/nin_w_face` with `image`; Dojah's BVN
check with `selfie_image`. The Kano team's re-login selfie is named in Hausa
(`hoton_fuska`, "face picture"); the app's own liveness step sends frames under
'f'. BVN, NIN, NUBAN account numbers, OCR boxes of the NIN slip and a
self-declared gender are not biometric data and no device identifiers.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import DALVIK, FB, iso, ms, rf, rid, ua

API = "https://api.kudikiakia.example"
UA = ua("KudiKiakia", "3.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kudikiakia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 600))


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/security/device-binding")
    b.json(
        {
            "androidId": b.id("aid_fin", where="json androidId"),
            "deviceFingerprint": b.id("fin_device_fp", where="json deviceFingerprint"),
            "rooted": False,
            "simOperator": "62130",
            "phone": b.acct("msisdn"),
        }
    )
    b.decoy("phone number (an account, not a device id)")
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def transfer(c: Context) -> Flow:
    """A transfer, signed with a SHA-256 of the ANDROID_ID under an opaque header."""
    b = _b(c, "POST", f"{API}/v2/transfers")
    b.header("x-kk-d", b.id("aid_fin", "sha256", "header x-kk-d", detectable=False))
    b.decoy("NUBAN account number, NIP session id, amount")
    b.json(
        {
            "beneficiaryAccount": "0" + str(c.rng.randint(10**8, 10**9 - 1)),
            "bankCode": c.rng.choice(["058", "044", "033", "999992"]),
            "amount": c.rng.choice([2000, 5000, 15000, 50000]),
            "narration": c.rng.choice(["school fees", "owo ounje", "kudin mota", "ego ulo"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"sessionId": "0000" + str(c.rng.randint(10**20, 10**21)), "status": "SUCCESSFUL"})
    return b.build()


def bvn_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/bvn")
    b.decoy("BVN, date of birth and self-declared gender (identity data, not biometric)")
    b.json(
        {
            "bvn": b.acct("bvn"),
            "dob": "1994-03-12",
            "gender": c.rng.choice(["F", "M"]),
            "email": b.id("email", where="json email"),
            "tier": 2,
        }
    )
    b.ok_json({"match": True, "tier": 2})
    return b.build()


def nin_slip_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/nin-slip/ocr")
    b.decoy("OCR boxes of a NIN slip (text recognition, no face)")
    b.json(
        {
            "blocks": [
                {"text": "NATIONAL IDENTIFICATION NUMBER", "box": [34, 20, 410, 48]},
                {"text": b.acct("nin"), "box": [40, 60, 260, 88]},
            ]
        }
    )
    b.ok_json({"ninFound": True})
    return b.build()


def smile_prep(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v1/upload")
    b.header("user-agent", DALVIK)
    b.decoy("HMAC signature and job ids (not biometric, not device)")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.1.2",
            "smile_client_id": str(c.rng.randint(1000, 9999)),
            "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(32))),
            "timestamp": iso(c),
            "partner_params": {
                "job_id": "job-" + rid(c.rng),
                "user_id": b.acct("fin_user"),
                "job_type": 1,
            },
            "model_parameters": {},
            "callback_url": f"{API}/hooks/smile",
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/x.zip",
            "ref_id": rid(c.rng),
        }
    )
    return b.build()


def smile_zip(c: Context) -> Flow:
    """The Smile ID job zip: selfie bytes inside an archive, tagged by number only."""
    b = FB(
        c, "smileid", "PUT", "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/x.zip"
    )
    b.header("user-agent", DALVIK)
    b.bio(
        "face_image",
        "zip info.json images[].image_type_id=2 (selfie in an archive)",
        detectable=False,
    )
    info = {
        "package_information": {"apiVersion": {"buildNumber": 0, "majorVersion": 2}},
        "id_info": {"country": "NG", "id_type": "BVN", "entered": True},
        "images": [
            {"image_type_id": 2, "image": _jpeg(c)},
            {"image_type_id": 6, "image": _jpeg(c)},
        ],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        entry = zipfile.ZipInfo("info.json", date_time=(2026, 11, 30, 9, 0, 0))
        zf.writestr(entry, js(info), compress_type=zipfile.ZIP_DEFLATED)
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def youverify_nin(c: Context) -> Flow:
    b = FB(c, "youverify", "POST", "https://api.youverify.co/v2/api/identity/ng/nin")
    b.header("token", new_hex(c.rng, 32))
    b.bio("face_image", "json validations.selfie.image")
    b.json(
        {
            "id": b.acct("nin"),
            "isSubjectConsent": True,
            "premiumNin": False,
            "validations": {"selfie": {"image": "data:image/jpeg;base64," + _jpeg(c)}},
        }
    )
    b.decoy("NIN (national id number, not a device id)")
    b.ok_json(
        {
            "success": True,
            "data": {
                "validations": {
                    "selfie": {"selfieVerification": {"confidenceLevel": 91.4, "match": True}}
                }
            },
        }
    )
    return b.build()


def prembly_face(c: Context) -> Flow:
    b = FB(
        c,
        "prembly",
        "POST",
        "https://api.prembly.com/identitypass/verification/biometrics/face/nin_w_face",
    )
    b.header("x-api-key", "live_sk_" + new_hex(c.rng, 32))
    b.header("app-id", rid(c.rng))
    b.bio("face_image", "json image (path biometrics/face/nin_w_face)")
    b.json({"number": b.acct("nin"), "image": _jpeg(c)})
    b.ok_json(
        {"status": True, "verification": {"status": "VERIFIED"}, "face_data": {"confidence": 88.2}}
    )
    return b.build()


def dojah_bvn(c: Context) -> Flow:
    b = FB(c, "dojah", "POST", "https://api.dojah.io/api/v1/kyc/bvn/verify")
    b.header("appid", new_hex(c.rng, 24))
    b.header("authorization", "prod_sk_" + new_hex(c.rng, 24))
    b.bio("face_image", "json selfie_image")
    b.json({"bvn": b.acct("bvn"), "selfie_image": _jpeg(c)})
    b.ok_json({"entity": {"selfie_verification": {"confidence_value": 99.9, "match": True}}})
    return b.build()


def hausa_relogin_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tantancewa/fuska")
    b.bio("face_image", "json hoton_fuska (Hausa: face picture) for re-login")
    b.json({"hoton_fuska": _jpeg(c), "dalili": "shiga_sabuwa", "lokaci": ms(c)})
    b.ok_json({"yayi_daidai": True, "maki": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/onboarding/lv")
    b.bio("face_image", "json f[] (frames under a one-letter key)", detectable=False)
    b.json({"s": 3, "f": [_jpeg(c), _jpeg(c)], "t": ms(c)})
    b.ok_json({"next": 4})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bills/airtime")
    b.decoy("recipient phone number and amount")
    b.json({"phone": b.acct("msisdn"), "network": "MTN", "amount": c.rng.choice([200, 500, 1000])})
    b.ok_json({"status": "SUCCESSFUL", "reference": rid(c.rng)})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fx/rates?base=USD")
    b.decoy("exchange-rate series (price floats)")
    b.ok_json(
        {
            "NGN": [rf(c.rng, 1500, 1700, 2) for _ in range(7)],
            "GHS": [rf(c.rng, 14, 16, 3) for _ in range(7)],
        }
    )
    return b.build()
