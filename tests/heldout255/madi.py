"""Madi: a mobile-money wallet on the son's Galaxy A15 in Gaborone, with Smile ID
selfie KYC and face login.

The wallet's backend speaks Setswana where it is the app's own: `sedirisiwa` =
device, `golaganya` = bind, `tsena` = log in, `sefatlhego` = face, `botshelo`
= life (the liveness score), `romela` = send, `madi` = money. Onboarding and
step-up run Smile ID's SmartSelfie v2 endpoints (multipart `selfie_image`,
`liveness_images`, `user_id`, `partner_params`, `metadata` with the SDK's own
`fingerprint`; headers SmileID-Partner-ID / SmileID-Request-Signature /
SmileID-Timestamp), the older zip flow (`/v1/upload` gives an S3 URL, the SDK
PUTs a zip of `SID_Preview_Full.jpg`, `SID_Liveness_*.jpg` and `info.json`), and
`/v1/job_status`, whose answer holds the face checks (`Actions`,
`ConfidenceValue`). Face login sends a 128-float template; a newer build sends
it inside an encrypted envelope. Payments, airtime, the pay-TV bill (its
reference is the decoder's smart card number), the transaction history, the
KYC form's self-declared sex and the profile avatar are ordinary.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, PHONES, floats, iso, iso_ago, new_digits, new_hex, rf, rid, ua

API = "https://api.madi.example"
SMILE = "https://api.smileidentity.com"
UA = ua("Madi", "7.3.0", "morwa")
PARTNER = "2384"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "madi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, method: str, path: str) -> FB:
    b = FB(c, "smile-id", method, f"{SMILE}{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-timestamp", iso(c))
    sig = hmac.new(b"k", rid(c.rng).encode(), hashlib.sha256).digest()
    b.header("smileid-request-signature", base64.b64encode(sig).decode())
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.5.2")
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


# --- device ---------------------------------------------------------------------


def golaganya(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sedirisiwa/golaganya")
    b.json(
        {
            "msisdn": b.acct("madi_msisdn"),
            "androidId": b.id("aid_madi", where="json androidId"),
            "advertisingId": b.id("gaid_morwa", where="json advertisingId"),
            "deviceFingerprint": b.id("madi_device_fp", where="json deviceFingerprint"),
            "sekao": PHONES["morwa"][1],
            "rooted": False,
        }
    )
    b.ok_json({"golagantswe": True, "otp": "e rometswe"})
    return b.build()


def balance_hashed(c: Context) -> Flow:
    """Balance call: header `x-s` holds SHA-256 of the MD5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/akhaonto/madi")
    b.header("x-s", b.id("aid_madi", "sha256_of_md5", "header x-s", detectable=False))
    b.ok_json({"madi": rf(c.rng, 10, 9000, 2), "kerenese": "BWP", "nako": iso(c)})
    return b.build()


# --- Smile ID ---------------------------------------------------------------------


def _smart_selfie(c: Context, path: str, enroll: bool) -> Flow:
    b = _smile(c, "POST", path)
    b.bio("face_image", "multipart selfie_image + liveness_images (SmartSelfie)")
    boundary = rid(c.rng)
    job_id = "job-" + rid(c.rng)
    metadata = [
        {"name": "sdk", "value": "android"},
        {"name": "sdk_version", "value": "10.5.2"},
        {"name": "active_liveness_type", "value": "smile"},
        {"name": "camera_name", "value": "Front Camera"},
        {"name": "device_model", "value": PHONES["morwa"][1]},
        {"name": "device_os", "value": "Android 14"},
        {
            "name": "fingerprint",
            "value": b.id("smile_fingerprint", where="multipart metadata fingerprint"),
        },
    ]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "si_selfie.jpg", "image/jpeg", _jpeg(c))
    ]
    parts += [
        ("liveness_images", f"si_liveness_{i}.jpg", "image/jpeg", _jpeg(c, 400))
        for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, "text/plain", b.acct("smile_user").encode()),
        ("partner_params", None, "application/json", js({"job_id": job_id}).encode()),
        ("metadata", None, "application/json", js(metadata).encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    kind = "smart_selfie_enrollment" if enroll else "smart_selfie_authentication"
    b.ok_json(
        {
            "code": "0810" if enroll else "0820",
            "created_at": iso(c),
            "job_id": job_id,
            "job_type": kind,
            "message": "Enroll User" if enroll else "Authenticate User",
            "partner_id": PARTNER,
            "status": "approved",
            "user_id": c.phone.smile_user,
        }
    )
    return b.build()


def smile_enroll(c: Context) -> Flow:
    return _smart_selfie(c, "/v2/smart-selfie-enroll", True)


def smile_authenticate(c: Context) -> Flow:
    return _smart_selfie(c, "/v2/smart-selfie-authentication", False)


def smile_prep_upload(c: Context) -> Flow:
    b = _smile(c, "POST", "/v1/upload")
    b.decoy("job id, signature, presigned upload URL")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.5.2",
            "file_name": "upload.zip",
            "smile_client_id": PARTNER,
            "partner_params": {
                "job_id": "job-" + rid(c.rng),
                "user_id": b.acct("smile_user"),
                "job_type": 4,
            },
            "model_parameters": {},
            "callback_url": "https://api.madi.example/kyc/smile/karabo",
            "signature": b64(new_hex(c.rng, 32)),
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/{PARTNER}/"
            f"{PARTNER}-{new_digits(c.rng, 10)}.zip",
            "ref_id": new_digits(c.rng, 10),
            "smile_job_id": new_digits(c.rng, 10, "0"),
            "code": "2202",
        }
    )
    return b.build()


def _zip(c: Context) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        names = ["SID_Preview_Full.jpg", *(f"SID_Liveness_{i}.jpg" for i in range(1, 5))]
        info = {
            "package_information": {"apiVersion": {"buildNumber": 2, "majorVersion": 2}},
            "images": [
                {"image_type_id": 0 if i == 0 else 4, "file_name": n} for i, n in enumerate(names)
            ],
        }
        for name in names:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 8, 8, 0, 0))
            z.writestr(zi, _jpeg(c, 400), zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("info.json", date_time=(2025, 3, 8, 8, 0, 0)), js(info))
    return buf.getvalue()


def smile_zip_put(c: Context) -> Flow:
    b = FB(
        c,
        "smile-id",
        "PUT",
        f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/{PARTNER}/"
        f"{PARTNER}-{new_digits(c.rng, 10)}.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential=AKIA{new_hex(c.rng, 16).upper()}%2F20250308%2Fus-west-2%2Fs3"
        f"&X-Amz-Signature={new_hex(c.rng, 64)}",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "zip archive of selfie + liveness JPEGs to presigned S3", detectable=False)
    b.set_body(_zip(c), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def smile_job_status(c: Context) -> Flow:
    b = _smile(c, "POST", "/v1/job_status")
    b.decoy("include_history flag, job id, signature")
    b.json(
        {
            "user_id": b.acct("smile_user"),
            "job_id": "job-" + rid(c.rng),
            "include_image_links": False,
            "include_history": False,
            "partner_id": PARTNER,
            "signature": b64(new_hex(c.rng, 32)),
            "timestamp": iso(c),
        }
    )
    b.mark(
        "biometric",
        "face_match_result",
        "response json result.Actions + ConfidenceValue (liveness, selfie compare)",
        True,
        "response",
    )
    b.ok_json(
        {
            "timestamp": iso(c),
            "job_complete": True,
            "job_success": True,
            "code": "2302",
            "result": {
                "ResultCode": "0820",
                "ResultText": "Authenticate User Machine Judgement - PASS",
                "ConfidenceValue": str(rf(c.rng, 96, 99.9, 1)),
                "Actions": {
                    "Liveness_Check": "Passed",
                    "Selfie_To_Registered_Selfie_Compare": "Completed",
                    "Register_Selfie": "Not Applicable",
                    "Verify_ID_Number": "Not Applicable",
                },
                "IsFinalResult": "true",
            },
        }
    )
    return b.build()


# --- face login -----------------------------------------------------------------


def tsena_sefatlhego(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/tsena/sefatlhego")
    b.header("x-device-fingerprint", b.id("madi_device_fp", where="header x-device-fingerprint"))
    b.bio("face_template", "json sefatlhego.template (128 float32, base64) + botshelo")
    b.json(
        {
            "msisdn": b.acct("madi_msisdn"),
            "sefatlhego": {"template": floats_b64(floats(c.rng, 128)), "mofuta": "mfn-128-v2"},
            "botshelo": rf(c.rng, 0.88, 0.995, 3),
            "nako": iso(c),
        }
    )
    b.ok_json({"tsenile": True, "token": new_hex(c.rng, 40)})
    return b.build()


def tsena_sealed(c: Context) -> Flow:
    """Face login of build 7.4: the template sealed in an encrypted envelope `p`."""
    b = _b(c, "POST", f"{API}/api/v3/t")
    b.bio("face_template", "json p (encrypted envelope)", detectable=False)
    sealed = bytes(c.rng.getrandbits(8) for _ in range(560))
    b.json({"p": b64(sealed), "k": "v3", "n": new_hex(c.rng, 24)})
    b.ok_json({"r": 0, "t": new_hex(c.rng, 40)})
    return b.build()


# --- ordinary wallet traffic ----------------------------------------------------


def romela(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/romela")
    b.decoy("recipient number, transfer reference, idempotency key")
    b.json(
        {
            "go": "+2677" + new_digits(c.rng, 7),
            "madi": rf(c.rng, 20, 1500, 2),
            "kerenese": "BWP",
            "tlhaloso": c.rng.choice(["Dijo", "Rente", "Sekolo", "Mma"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"tshupo": "MD" + new_digits(c.rng, 10), "maemo": "e atlegile"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/airtime")
    b.decoy("airtime voucher order number")
    b.json(
        {
            "mofani": c.rng.choice(["Mascom", "Orange", "BTC"]),
            "madi": c.rng.choice([10, 20, 50]),
            "go": b.acct("madi_msisdn"),
        }
    )
    b.ok_json({"order": "AT" + new_digits(c.rng, 12), "maemo": "e atlegile"})
    return b.build()


def pay_tv_bill(c: Context) -> Flow:
    """Paying the decoder's subscription: the biller reference is the smart card number."""
    b = _b(c, "POST", f"{API}/api/v2/dituelo/khanya-tv")
    b.json(
        {
            "smartCardNumber": b.id("dec_smartcard", where="json smartCardNumber"),
            "sephuthelo": "Khanya Compact",
            "madi": 340.0,
            "kerenese": "BWP",
        }
    )
    b.ok_json({"tshupo": "KT" + new_digits(c.rng, 10), "maemo": "e atlegile"})
    return b.build()


def hisitori(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/ditirisano?leqephe=1")
    b.decoy("transaction history (payments, not viewing)")
    b.ok_json(
        {
            "ditirisano": [
                {
                    "tshupo": "MD" + new_digits(c.rng, 10),
                    "mofuta": c.rng.choice(["romela", "amogela", "airtime", "duela"]),
                    "madi": rf(c.rng, 5, 900, 2),
                    "nako": iso_ago(c, 3600, 30 * 86400),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/dintlha")
    b.decoy("self-declared sex and birth date, Omang number")
    b.json(
        {
            "leina": "Kabelo",
            "sefane": "Molefe",
            "bong": "monna",
            "letsatsi_la_tsalo": "2001-07-19",
            "omang": new_digits(c.rng, 9),
            "toropo": "Gaborone",
        }
    )
    b.ok_json({"bolokilwe": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/porofaele/setshwantsho")
    b.decoy("profile avatar upload (not sent to a face service)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.madi.example/av/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/netefatsa")
    b.json({"khoutu": new_digits(c.rng, 6), "msisdn": b.acct("madi_msisdn")})
    b.ok_json({"siame": True})
    return b.build()


def merchant_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/duela/qr")
    b.decoy("merchant QR payload and order number")
    b.json(
        {
            "qr": "000201010212" + new_digits(c.rng, 20),
            "lebenkele": c.rng.choice(["Choppies Game City", "Sefalana Broadhurst"]),
            "madi": rf(c.rng, 15, 600, 2),
            "order": "ORD-" + new_digits(c.rng, 8),
        }
    )
    b.ok_json({"maemo": "e atlegile"})
    return b.build()
