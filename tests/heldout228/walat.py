"""Aljihu: a Nigerian fintech wallet with selfie BVN / NIN verification and voice
login (the father's Tecno Camon 20 in Kano).

Tier-2 onboarding checks the BVN or NIN against the registry with Smile ID
(Smile Identity). The app's Smile ID SDK runs SmartSelfie: the selfie and the
liveness frames go as multipart parts `selfie_image` and `liveness_images` to
`/v1/smart-selfie-authentication` with `SmileID-Partner-ID`,
`SmileID-Request-Signature` and `SmileID-Timestamp` headers; the older
Biometric KYC path calls `/v1/upload` (partner_params with job_type 1, the
`id_info` with the BVN, no image) and PUTs a deflated zip of the images to the
returned upload URL (https://docs.usesmileid.com). Voice login enrols and
verifies a 192-float speaker embedding; a newer build sends it as protobuf
packed floats. Device binding sends the ANDROID_ID, the wallet's device key
and the advertising id (the fraud engine). Transfers, the BVN lookup form
with its self-declared gender, airtime top-ups and the avatar are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, jsb, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.aljihu.example"
SMILE = "https://api.smileidentity.com/v1"
UPLOAD = "https://smile-uploads-prod.s3.us-west-2.amazonaws.com"
UA = ua("Aljihu", "4.12.0", "baba")
PARTNER = "2714"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aljihu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, path: str, method: str = "POST") -> FB:
    b = FB(c, "smileid", method, f"{SMILE}/{path}")
    b.header("user-agent", "SmileID-Android/10.3.1 okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(bytes.fromhex(new_hex(c.rng, 64))))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.1")
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/bind")
    b.json(
        {
            "androidId": b.id("aid_walat", where="json androidId"),
            "deviceKey": b.id("walat_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_baba", where="json advertisingId"),
            "model": "TECNO CK6n",
            "rooted": False,
            "simCountry": "ng",
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-d' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/wallet/balance")
    b.header("x-d", b.id("aid_walat", "sha256", "header x-d", detectable=False))
    b.ok_json(
        {
            "walletId": b.acct("walat_user"),
            "currency": "NGN",
            "available": rf(c.rng, 1000, 900000, 2),
            "tier": 2,
        }
    )
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = _smile(c, "smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("user_id", None, None, b.acct("walat_user").encode()),
        ("partner_params", None, "application/json", jsb({"job_id": rid(c.rng)})),
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 400)) for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "job_id": rid(c.rng),
            "code": "2400",
            "result_text": "Enroll User",
            "status": "approved",
            "confidence": rf(c.rng, 90, 99.9, 2),
        }
    )
    return b.build()


def smile_prep_upload(c: Context) -> Flow:
    b = _smile(c, "upload")
    b.decoy("BVN / job ids / partner params (no biometric)")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.3.1",
            "file_name": "upload.zip",
            "smile_client_id": PARTNER,
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("walat_user"),
                "job_type": 1,
            },
            "id_info": {"country": "NG", "id_type": "BVN", "id_number": new_digits(c.rng, 11, "2")},
            "model_parameters": {},
            "callback_url": f"{API}/v2/kyc/smile/callback",
            "timestamp": iso(c),
        }
    )
    b.ok_json({"upload_url": f"{UPLOAD}/videos/{PARTNER}/{rid(c.rng)}.zip", "code": "2202"})
    return b.build()


def smile_zip(c: Context) -> Flow:
    """The images' zip (deflated): selfie and liveness frames inside an opaque blob."""
    b = FB(c, "smileid", "PUT", f"{UPLOAD}/videos/{PARTNER}/{rid(c.rng)}.zip")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "deflated zip body (selfie + liveness)", detectable=False)
    buf = io.BytesIO()
    info = {
        "package_information": {"apiVersion": {"buildNumber": 0, "majorVersion": 2}},
        "images": [{"image_type_id": 0, "file_name": "si.jpg"}],
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("info.json", jsb(info)), ("si.jpg", _jpeg(c)), ("l1.jpg", _jpeg(c))):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/voice/enroll")
    b.bio("voiceprint", "multipart speakerEmbedding + passphrase audio (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "passphrase": "Muryata ita ce kalmar sirrina",
        "speakerEmbedding": floats(c.rng, 192),
        "model": "ecapa-tdnn-192",
        "deviceKey": b.id("walat_device_key", where="multipart meta json deviceKey"),
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", "passphrase.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"voiceProfileId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/voice/verify")
    b.bio("voiceprint", "json voiceEmbedding")
    b.json(
        {
            "walletId": b.acct("walat_user"),
            "voiceEmbedding": floats(c.rng, 192),
            "durationMs": c.rng.randint(1500, 5000),
            "at": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.6, 0.97, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def voice_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/a/v")
    b.bio("voiceprint", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 192))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def bvn_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/tier2")
    b.decoy("BVN / NIN numbers, self-declared gender and birth date")
    b.json(
        {
            "firstName": "Abdullahi",
            "lastName": "Musa",
            "gender": "M",
            "dateOfBirth": "1971-06-04",
            "state": "Kano",
            "lga": "Nassarawa",
            "bvn": new_digits(c.rng, 11, "2"),
            "nin": new_digits(c.rng, 11, "4"),
        }
    )
    b.ok_json({"saved": True, "nextStep": "SELFIE"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transfers")
    b.decoy("NUBAN account numbers, NIP session id, reference")
    b.json(
        {
            "bankCode": c.rng.choice(["058", "044", "011", "033"]),
            "accountNumber": new_digits(c.rng, 10, "0"),
            "amount": rf(c.rng, 500, 200000, 2),
            "narration": c.rng.choice(["Kudin makaranta", "Na Abuja", "Kayan abinci", "Sadaka"]),
            "reference": "ALJ" + new_digits(c.rng, 14),
            "pin": "****",
        }
    )
    b.ok_json({"sessionId": new_digits(c.rng, 30, "0"), "status": "PROCESSING"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bills/airtime")
    b.decoy("order reference")
    b.json(
        {
            "network": c.rng.choice(["MTN", "Airtel", "Glo", "9mobile"]),
            "phone": b.acct("walat_phone"),
            "amount": c.rng.choice([200, 500, 1000]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderId": "AT" + new_digits(c.rng, 12), "status": "SUCCESS"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.aljihu.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fx?base=NGN")
    b.ok_json({"USD": rf(c.rng, 1400, 1650, 2), "SAR": rf(c.rng, 380, 440, 2), "t": ms(c)})
    return b.build()
