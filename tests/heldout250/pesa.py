"""Pesa Yetu: a mobile-money wallet built in Lubumbashi (the mother's Tecno Camon 20).

Keys are Swahili (`kifaa` = device, `salio` = balance, `tuma` = send, `uso` =
face, `simu` = phone, `muda` = duration / validity, `miamala` = transactions).

KYC runs on Smile ID. The current SDK posts SmartSelfie jobs as multipart
(`selfie_image`, `liveness_images`, `user_id`, `partner_params`, `metadata`;
headers `SmileID-Partner-ID`, `SmileID-Request-Signature`, `SmileID-Timestamp`,
https://docs.usesmileid.com/): enrolment at `/v2/smart-selfie-enroll`, re-checks
at `/v2/smart-selfie-authentication`. An older build of the agent app still
uses the legacy job upload: `/v1/upload` answers with a presigned S3 URL and the
app PUTs a zip whose `info.json` holds the selfie and liveness frames as base64
(`image_type_id` 2 and 6), deflated, under a zip named after the job.

Face login is the wallet's own: a 128-float face template (base64 float32)
with a liveness score; the lite build sends the same vector as raw bytes in
msgpack under one-letter keys. The device registration sends the ANDROID_ID,
the advertising id and the wallet's own device key; the balance call sends a
SHA-256 of the ANDROID_ID in a one-letter header. Transfers, airtime bundles
("muda" = validity), the transaction history, the agent map and the KYC form
(self-declared sex and birth date) are ordinary.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, jsb, mpack, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.pesayetu.example"
SMILE = "https://api.smileidentity.com"
UA = ua("PesaYetu", "2.9.4", "maman")
PARTNER = "7431"
SDK_VERSION = "10.3.1"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pesayetu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, method: str, path: str) -> FB:
    b = FB(c, "smile-id", method, f"{SMILE}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32).encode())[:44])
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", SDK_VERSION)
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _user_id(c: Context) -> str:
    return "PY-U-" + c.phone.pesa_msisdn[-7:]


def _job_id(c: Context) -> str:
    return "PY-J-" + new_digits(c.rng, 9, "1")


def sajili(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kifaa/sajili")
    b.json(
        {
            "simu": b.acct("pesa_msisdn"),
            "androidId": b.id("aid_pesa", where="json androidId"),
            "adId": b.id("gaid_maman", where="json adId"),
            "kifaaKey": b.id("pesa_device_key", where="json kifaaKey"),
            "modeli": "TECNO CK7n",
            "mizizi": False,
        }
    )
    b.ok_json({"sawa": True, "otp": "imetumwa"})
    return b.build()


def _smart_selfie(c: Context, path: str, job_type: str) -> FB:
    b = _smile(c, "POST", path)
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c, 800)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, None, _user_id(c).encode()),
        ("partner_params", None, None, jsb({"job_id": _job_id(c), "wallet": "pesayetu"})),
        ("callback_url", None, None, f"{API}/v1/kyc/smile/callback".encode()),
        ("allow_new_enroll", None, None, b"false"),
        (
            "metadata",
            None,
            None,
            jsb(
                [
                    {"name": "sdk", "value": "android"},
                    {"name": "sdk_version", "value": SDK_VERSION},
                    {"name": "active_liveness_type", "value": "smile"},
                    {"name": "camera_name", "value": "Front Camera"},
                ]
            ),
        ),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "created_at": iso(c),
            "job_id": rid(c.rng),
            "job_type": job_type,
            "result_code": "0810" if job_type.endswith("enrollment") else "0820",
            "result_text": "Enroll User" if job_type.endswith("enrollment") else "Authenticated",
            "status": "approved",
            "user_id": _user_id(c),
        }
    )
    return b


def smile_enroll(c: Context) -> Flow:
    b = _smart_selfie(c, "v2/smart-selfie-enroll", "smart_selfie_enrollment")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    return b.build()


def smile_auth(c: Context) -> Flow:
    b = _smart_selfie(c, "v2/smart-selfie-authentication", "smart_selfie_authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID authentication)")
    return b.build()


def smile_upload_job(c: Context) -> Flow:
    b = _smile(c, "POST", "v1/upload")
    b.decoy("Smile ID job ids, signature and presigned URL (no image)")
    job = _job_id(c)
    b.json(
        {
            "smile_client_id": PARTNER,
            "source_sdk": "android",
            "source_sdk_version": "9.6.4",
            "file_name": f"{job}.zip",
            "signature": b64(hashlib.sha256(job.encode()).digest()),
            "timestamp": iso(c),
            "partner_params": {"job_id": job, "user_id": _user_id(c), "job_type": 4},
            "model_parameters": {},
            "callback_url": f"{API}/v1/kyc/smile/callback",
        }
    )
    b.ok_json(
        {
            "upload_url": _upload_url(c, job),
            "ref_id": new_digits(c.rng, 10, "0"),
            "smile_job_id": new_digits(c.rng, 10, "0"),
            "code": "2202",
        }
    )
    return b.build()


def _upload_url(c: Context, job: str) -> str:
    return (
        f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/{PARTNER}/"
        f"{PARTNER}-{new_digits(c.rng, 10, '0')}-{new_hex(c.rng, 20)}/{job}.zip"
        f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{new_hex(c.rng, 16).upper()}"
        f"%2F20241201%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20241201T080000Z"
        f"&X-Amz-Expires=1800&X-Amz-Signature={new_hex(c.rng, 64)}&X-Amz-SignedHeaders=host"
    )


def _job_zip(c: Context, job: str) -> bytes:
    info = {
        "package_information": {
            "apiVersion": {"buildNumber": 2, "majorVersion": 2, "minorVersion": 1},
            "language": "java",
        },
        "misc_information": {
            "retry": "false",
            "partner_params": {"job_id": job, "user_id": _user_id(c), "job_type": 4},
            "timestamp": iso(c),
            "file_name": f"{job}.zip",
            "smile_client_id": PARTNER,
            "callback_url": "",
        },
        "id_info": {},
        "images": [{"image_type_id": 2, "image": b64(_jpeg(c, 800)), "file_name": ""}]
        + [{"image_type_id": 6, "image": b64(_jpeg(c, 300)), "file_name": ""} for _ in range(3)],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        entry = zipfile.ZipInfo("info.json", date_time=(2024, 12, 1, 8, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(entry, js(info))
    return buf.getvalue()


def smile_zip_put(c: Context) -> Flow:
    job = _job_id(c)
    b = FB(c, "smile-id-s3", "PUT", _upload_url(c, job), http_version="HTTP/1.1")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "zip info.json images[] (deflated, zip named after the job)", False)
    b.set_body(_job_zip(c, job), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def ingia_uso(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ingia/uso")
    b.bio("face_template", "json usoTemplate (128 float32, base64) + livenessScore")
    b.json(
        {
            "simu": b.acct("pesa_msisdn"),
            "usoTemplate": floats_b64(floats(c.rng, 128)),
            "toleo": "pyface-128-v2",
            "livenessScore": rf(c.rng, 0.86, 0.99, 3),
            "wakati": iso(c),
        }
    )
    b.ok_json({"sawa": True, "ufanano": rf(c.rng, 0.8, 0.99, 3), "tokeni": new_hex(c.rng, 32)})
    return b.build()


def ingia_msgpack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/i/2")
    b.bio("face_template", "msgpack v (raw float32 bytes) under one-letter keys", False)
    vector = struct.pack("<128f", *floats(c.rng, 128))
    b.set_body(
        mpack({"m": b.acct("pesa_msisdn"), "v": vector, "t": ms(c)}), "application/x-msgpack"
    )
    b.ok_json({"s": 1, "k": new_hex(c.rng, 32)})
    return b.build()


def salio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/akaunti/salio")
    b.header("x-c", b.id("aid_pesa", "sha256", "header x-c", detectable=False))
    b.ok_json(
        {
            "salio": [
                {"sarafu": "CDF", "kiasi": rf(c.rng, 5000, 900000, 0)},
                {"sarafu": "USD", "kiasi": rf(c.rng, 1, 400, 2)},
            ]
        }
    )
    return b.build()


def tuma(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tuma")
    b.decoy("transfer reference and counterpart phone number")
    b.json(
        {
            "kwa": "+24399" + new_digits(c.rng, 7),
            "kiasi": c.rng.choice([10000, 25000, 50000]),
            "sarafu": "CDF",
            "ujumbe": c.rng.choice(["Pour le loyer", "Ya kelasi", "Mchango wa harusi"]),
            "pin": hmac.new(b"pin", new_hex(c.rng, 8).encode(), hashlib.sha256).hexdigest(),
        }
    )
    b.ok_json({"kumbukumbu": "PY" + new_digits(c.rng, 14, "2412"), "hali": "IMEKAMILIKA"})
    return b.build()


def vocha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vocha/nunua")
    b.decoy("airtime bundle with muda (validity in days) and order number")
    b.json(
        {
            "mtandao": c.rng.choice(["Vodacom", "Orange", "Airtel", "Africell"]),
            "simu": "+24382" + new_digits(c.rng, 7),
            "kifurushi": c.rng.choice(["Data 1GB", "Dakika 100", "Mega Wiki"]),
            "mudaSiku": c.rng.choice([1, 7, 30]),
            "kiasi": c.rng.choice([1000, 5000, 10000]),
        }
    )
    b.ok_json({"oda": "VC-" + new_digits(c.rng, 10), "hali": "IMEKAMILIKA"})
    return b.build()


def miamala(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/miamala/historia?ukurasa=1")
    b.decoy("transaction history (not viewing history)")
    b.ok_json(
        {
            "historia": [
                {
                    "kumbukumbu": "PY" + new_digits(c.rng, 14, "2411"),
                    "aina": c.rng.choice(["TUMA", "POKEA", "VOCHA", "MALIPO"]),
                    "kiasi": c.rng.randint(1000, 90000),
                    "tarehe": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def mawakala(c: Context) -> Flow:
    lat, lon = rf(c.rng, -11.70, -11.62), rf(c.rng, 27.44, 27.52)
    b = _b(c, "GET", f"{API}/v1/mawakala/karibu?lat={lat}&lon={lon}&umbali=2000")
    b.decoy("agent map: positions and distances")
    b.ok_json(
        {
            "mawakala": [
                {
                    "jina": n,
                    "position": {"lat": rf(c.rng, -11.70, -11.62), "lon": rf(c.rng, 27.44, 27.52)},
                    "umbaliMita": c.rng.randint(80, 2000),
                }
                for n in ("Kiosque Mama Ndaya", "Ets Kasongo", "Shop Bel-Air")
            ]
        }
    )
    return b.build()


def kyc_taarifa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/taarifa")
    b.decoy("self-declared sex, birth date and voter-card number")
    b.json(
        {
            "jina": "Ndaya",
            "jinaLaFamilia": "Kabongo",
            "jinsia": "F",
            "tareheYaKuzaliwa": "1971-06-30",
            "mji": "Lubumbashi",
            "kadiYaMpiga": new_digits(c.rng, 10, "1"),
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def picha_profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/profile/picha")
    b.decoy("profile picture upload (not sent to face analysis)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.pesayetu.example/p/{new_hex(c.rng, 24)}.jpg"})
    return b.build()
