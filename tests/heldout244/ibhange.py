"""Inkunzi Bank: a retail bank app with selfie onboarding and voice verification
(the father's Samsung in Durban).

Selfie onboarding and re-authentication run on Smile ID (smileidentity.com):
the SDK's synchronous SmartSelfie call posts a multipart form with the
`selfie_image` file and `liveness_images` files, `user_id` and
`partner_params` (headers SmileID-Partner-ID, SmileID-Request-Signature,
SmileID-Timestamp). The older job flow first asks `/v1/upload` for a presigned
URL (job metadata only) and then PUTs a zip of the captured images to the
upload bucket: the zip is an archive blob. Voice verification (the bank's
"phone banking" voiceprint) enrols with a recorded passphrase and a speaker
embedding and verifies with an embedding; a newer build sends the embedding
as a nameless base64 blob. Device binding sends the ANDROID_ID, the bank's own
device key and the advertising id (fraud engine). The South African ID number
(13 digits, Luhn-checked), the self-declared gender, transfers, airtime, the
ID document's back and the profile avatar are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.inkunzibank.example"
SMILE = "https://api.smileidentity.com"
UA = ua("InkunziBank", "7.1.0", "baba")
PARTNER = "2417"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "inkunzibank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, method: str, path: str) -> FB:
    b = FB(c, "smile-id", method, f"{SMILE}{path}")
    b.header("user-agent", "SmileID/10.3.2 okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(bytes.fromhex(new_hex(c.rng, 64))))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def sa_id(c: Context) -> str:
    body = f"{c.rng.randint(60, 99)}{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}"
    body += new_digits(c.rng, 4) + "08"
    return luhn_complete(body)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/idivayisi/xhuma")
    b.json(
        {
            "androidId": b.id("aid_bhange", where="json androidId"),
            "deviceKey": b.id("bhange_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_baba", where="json advertisingId"),
            "imodeli": "SM-A346E",
            "isiphelile": False,
            "emulator": False,
        }
    )
    b.ok_json({"ixhunyiwe": True, "otpIthunyelwe": True})
    return b.build()


def smile_selfie_auth(c: Context) -> Flow:
    b = _smile(c, "POST", "/v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c))
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, None, b.acct("bhange_user").encode()),
        ("partner_params", None, None, js({"job_id": rid(c.rng), "user_id": "x"}).encode()),
        ("callback_url", None, None, f"{API}/kyc/smile/impendulo".encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "job_id": rid(c.rng),
            "status": "approved",
            "result_code": "0811",
            "confidence": rf(c.rng, 90, 99.9, 2),
        }
    )
    return b.build()


def smile_upload_prep(c: Context) -> Flow:
    b = _smile(c, "POST", "/v1/upload")
    b.decoy("KYC job metadata (job id, partner params, no image)")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.3.2",
            "file_name": "upload.zip",
            "smile_client_id": PARTNER,
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("bhange_user"),
                "job_type": 4,
            },
            "callback_url": f"{API}/kyc/smile/impendulo",
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.amazonaws.com/...",
            "smile_job_id": new_digits(c.rng, 10),
        }
    )
    return b.build()


def smile_zip_put(c: Context) -> Flow:
    """The captured selfie and liveness frames in a deflated zip to the presigned URL."""
    key = new_hex(c.rng, 32)
    b = FB(
        c,
        "smile-id",
        "PUT",
        f"https://smile-uploads-prod.s3.amazonaws.com/videos/{PARTNER}/{key}.zip",
    )
    b.param("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
    b.param("X-Amz-Expires", "3600")
    b.param("X-Amz-Signature", new_hex(c.rng, 64))
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "zip archive body (deflated images)", detectable=False)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(1, 4):
            info = zipfile.ZipInfo(f"f{i}.jpg", date_time=(2024, 12, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, _jpeg(c, 400))
        info = zipfile.ZipInfo("i.json", date_time=(2024, 12, 1, 8, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, js({"v": 1, "n": 3}))
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def smile_document_back(c: Context) -> Flow:
    b = _smile(c, "POST", "/v2/document-capture")
    b.decoy("ID document back side (barcode, no face)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("document_back_image", "back.jpg", "image/jpeg", _jpeg(c)),
        ("id_type", None, None, b"GREEN_BOOK"),
        ("country", None, None, b"ZA"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"job_id": rid(c.rng), "status": "received"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/izwi/bhalisa")
    b.bio("voiceprint", "multipart isampula_lezwi audio + speakerEmbedding (voice enrolment)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("isampula_lezwi", "passphrase.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ("speakerEmbedding", None, "application/json", js(floats(c.rng, 192)).encode()),
        ("umusho", None, None, b"Izwi lami liyiphasiwedi yami"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ibhalisiwe": True, "voiceprintVersion": "ecapa-192"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/izwi/qinisekisa")
    b.bio("voiceprint", "json speakerEmbedding (192 floats)")
    b.json(
        {
            "umsebenzisi": b.acct("bhange_user"),
            "speakerEmbedding": floats(c.rng, 192),
            "modeli": "ecapa-192",
            "isikhathi": iso(c),
        }
    )
    b.ok_json({"kuqinisekisiwe": True, "amaphuzu": rf(c.rng, 0.7, 0.95, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/v")
    b.bio("voiceprint", "json d (base64 float32 blob)", detectable=False)
    b.json({"d": floats_b64(floats(c.rng, 192)), "n": new_hex(c.rng, 16)})
    b.ok_json({"k": 1})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/ama-akhawunti")
    b.header("x-s", b.id("aid_bhange", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "ama_akhawunti": [
                {
                    "inombolo": "62" + new_digits(c.rng, 9),
                    "imali": "ZAR",
                    "ibhalansi": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/imininingwane")
    b.decoy("SA ID number (13 digits, Luhn) and self-declared gender")
    b.json(
        {
            "igama": "Sipho",
            "isibongo": "Dlamini",
            "ubulili": "M",
            "inomboloYomazisi": sa_id(c),
            "idolobha": "eThekwini",
        }
    )
    b.ok_json({"kulondoloziwe": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dlulisela")
    b.decoy("account numbers and payment reference")
    b.json(
        {
            "kusuka": "62" + new_digits(c.rng, 9),
            "kuya": "10" + new_digits(c.rng, 9),
            "ibhange_lokuya": "250655",
            "inani": rf(c.rng, 50, 3000, 2),
            "inkomba": "Imali yesikole",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"inkomba": f"TRN{c.rng.randint(10**9, 10**10)}", "isimo": "KUYACUBUNGULWA"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/isikhathi-somoya")
    b.json({"inethiwekhi": "MTN", "inombolo": "+2783" + new_digits(c.rng, 7), "inani": 29})
    b.ok_json({"ivawusha": new_digits(c.rng, 16), "isimo": "KUPHUMELELE"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/iphrofayela/isithombe")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.inkunzibank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/qinisekisa")
    b.json({"ikhodi": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"kulungile": True})
    return b.build()


def exchange_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/amanani-okushintsha")
    b.ok_json({"usuku": iso(c)[:10], "USD": rf(c.rng, 17.5, 19.5, 2), "GBP": rf(c.rng, 22, 24, 2)})
    return b.build()
