"""SikaPay: a mobile-money wallet (Ghana cedi and CFA franc) with selfie KYC
through Smile ID.

Device binding sends both IMEIs, the ANDROID_ID and the phone's serial (the
wallet ties the SIM to the handset); the fraud SDK's fingerprint rides in a
header. KYC calls Smile ID's REST upload: a prep call, then a zip of the
selfie and liveness frames PUT to a presigned S3 URL (binary: nothing readable
says what is inside), and on the Ivorian side a direct JSON job with base64
images. Sending money, balances and exchange rates are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sikapay.example"
SMILE = "https://api.smileidentity.com/v1"
UA = ua("SikaPay", "5.4.3")


def _b(c: Context, method: str, url: str, fp: bool = True) -> FB:
    b = FB(c, "sikapay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if fp:
        b.header("x-device-fingerprint", b.id("momo_fp", where="header x-device-fingerprint"))
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 600)


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/device/bind")
    b.json(
        {
            "msisdn": b.acct("msisdn_gh"),
            "imei": b.id("imei1", where="json imei"),
            "imei2": b.id("imei2", where="json imei2"),
            "androidId": b.id("aid_momo", where="json androidId"),
            "serialNo": b.id("phone_serial", where="json serialNo"),
            "simSlot": 1,
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpRequired": True, "walletId": b.acct("momo_wallet")})
    return b.build()


def smile_prep(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/upload")
    b.header("user-agent", "SmileID-Android/10.1.2")
    b.decoy("job / partner ids and a signature (no image in this call)")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.1.2",
            "file_name": f"job_{c.rng.randint(10**5, 10**6)}.zip",
            "smile_client_id": "4411",
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("momo_wallet"),
                "job_type": 4,
            },
            "model_parameters": {},
            "callback_url": f"{API}/kyc/smile/callback",
            "signature": b64(bytes.fromhex(new_hex(c.rng, 64))),
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/uploads/4411/"
            + rid(c.rng)
            + "/job.zip",
            "ref_id": rid(c.rng),
            "smile_job_id": str(c.rng.randint(10**9, 10**10)),
        }
    )
    return b.build()


def _zip(c: Context) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(4):
            info = zipfile.ZipInfo(f"{i:02d}.jpg", date_time=(2024, 3, 2, 10, 0, 0))
            z.writestr(info, _jpeg(c))
        meta = zipfile.ZipInfo("info.json", date_time=(2024, 3, 2, 10, 0, 0))
        z.writestr(meta, b'{"package_information":{"apiVersion":{"major":2}},"images":[0,4,4,4]}')
    return buf.getvalue()


def smile_zip_put(c: Context) -> Flow:
    """The selfie and liveness frames as a deflated zip: binary, nothing readable."""
    url = f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/uploads/4411/{rid(c.rng)}.zip"
    b = FB(c, "smileid", "PUT", url)
    b.header("user-agent", "okhttp/4.11.0")
    b.bio("face_image", "zip body (deflated jpegs) to presigned S3", detectable=False)
    b.set_body(_zip(c), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def smile_job_ci(c: Context) -> Flow:
    """The Abidjan build's direct job: base64 selfie + liveness images in JSON."""
    b = FB(c, "smileid", "POST", f"{SMILE}/id_verification")
    b.header("user-agent", "SmileID-Android/10.1.2")
    b.bio("face_image", "json images[].image (image_type_id 2 selfie, 6 liveness)")
    b.json(
        {
            "partner_id": "4411",
            "country": "CI",
            "id_type": "NATIONAL_ID",
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("momo_wallet"),
                "job_type": 1,
            },
            "images": [{"image_type_id": 2, "image": b64(_jpeg(c))}]
            + [{"image_type_id": 6, "image": b64(_jpeg(c))} for _ in range(2)],
            "signature": b64(bytes.fromhex(new_hex(c.rng, 64))),
            "timestamp": iso(c),
        }
    )
    b.ok_json({"success": True, "smile_job_id": str(c.rng.randint(10**9, 10**10))})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/transfers")
    b.decoy("recipient phone number, transaction and idempotency ids (accounts, not devices)")
    b.json(
        {
            "from": b.acct("momo_wallet"),
            "toMsisdn": "23320" + str(c.rng.randint(10**6, 10**7)),
            "amount": rf(c.rng, 5, 800, 2),
            "currency": "GHS",
            "note": c.rng.choice(["chop money", "transport", "for Mama", "susu"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"txnId": "TX" + str(c.rng.randint(10**11, 10**12)), "status": "SUCCESS"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/fx?pair=GHS-XOF&days=30", fp=False)
    b.decoy("price series")
    b.ok_json(
        {
            "pair": "GHS-XOF",
            "series": [[ms(c) - i * 86400000, rf(c.rng, 38, 52, 3)] for i in range(30)],
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/wallets/me/balance")
    b.ok_json({"available": rf(c.rng, 0, 3000, 2), "currency": "GHS", "asOf": iso(c)})
    return b.build()
