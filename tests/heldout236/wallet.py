"""Ikofi: a Rwandan mobile-money wallet (the engineer's own phone), with a selfie KYC.

KYC runs Smile ID's SmartSelfie: the synchronous v2 endpoint
(`/v2/smart-selfie-authentication`) takes a multipart body with the
`selfie_image` file, the `liveness_images` files, `user_id` and
`partner_params`, signed by the SmileID-Partner-ID / SmileID-Request-Signature /
SmileID-Timestamp headers; the older v1 flow asks `/v1/upload` for a pre-signed
URL (job ids only) and PUTs a zip of the images there (an opaque archive).
Device binding sends the ANDROID_ID, the wallet's own device key and the
advertising id; the balance call carries a SHA-256 of the ANDROID_ID in an
unnamed header. Transfers, merchant payments, airtime, the self-declared gender
(`igitsina`) on the KYC form and the profile avatar are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import EB, iso, ms, rf, rid, ua

API = "https://api.ikofi.example"
SMILE = "https://api.smileidentity.com"
UA = ua("Ikofi", "6.2.4")
PARTNER = "2184"


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "ikofi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, method: str, url: str) -> EB:
    b = EB(c, "smileid", method, url)
    b.header("user-agent", "SmileID Android SDK 10.3.7")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/igikoresho/guhuza")
    b.json(
        {
            "androidId": b.id("aid_wallet", where="json androidId"),
            "deviceKey": b.id("wallet_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "SM-A356E",
            "rooted": False,
            "msisdn": b.acct("wallet_msisdn"),
        }
    )
    b.ok_json({"byemejwe": True, "otp": "yoherejwe"})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance; an unnamed header 'x-k' holds the SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v3/konti/amafaranga")
    b.header("x-k", b.id("aid_wallet", "sha256", "header x-k", detectable=False))
    b.ok_json({"amafaranga": rf(c.rng, 1000, 400000, 0), "ifaranga": "RWF", "igihe": iso(c)})
    return b.build()


def smart_selfie(c: Context, enrol: bool = False) -> Flow:
    path = "smart-selfie-enrollment" if enrol else "smart-selfie-authentication"
    b = _smile(c, "POST", f"{SMILE}/v2/{path}")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "si_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    for i in range(1, 4):
        parts.append(
            (
                "liveness_images",
                f"si_liveness_{i}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 350),
            )
        )
    parts += [
        ("user_id", None, None, b.acct("wallet_msisdn").encode()),
        (
            "partner_params",
            None,
            "application/json",
            js({"job_id": rid(c.rng), "user_id": "ikofi-" + new_hex(c.rng, 10)}).encode(),
        ),
        ("allow_new_enroll", None, None, b"true" if enrol else b"false"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "0811" if enrol else "0820",
            "created_at": iso(c),
            "job_id": rid(c.rng),
            "job_type": 4 if enrol else 2,
            "status": "approved",
        }
    )
    return b.build()


def smile_prep(c: Context) -> Flow:
    b = _smile(c, "POST", f"{SMILE}/v1/upload")
    b.decoy("KYC job ids and partner params, no image")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.3.7",
            "file_name": "upload.zip",
            "smile_client_id": PARTNER,
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": "ikofi-" + new_hex(c.rng, 10),
                "job_type": 1,
            },
            "model_parameters": {},
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.amazonaws.com/videos/" + rid(c.rng),
            "smile_job_id": str(c.rng.randint(10**9, 10**10)),
            "code": "2202",
        }
    )
    return b.build()


def smile_zip(c: Context) -> Flow:
    """The v1 job's zip (images inside, stored compressed): an opaque archive."""
    b = EB(
        c,
        "smileid",
        "PUT",
        f"https://smile-uploads-prod.s3.amazonaws.com/videos/{PARTNER}/{rid(c.rng)}/upload.zip",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "zip archive body (selfie + liveness images, compressed)", detectable=False)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(3):
            info = zipfile.ZipInfo(f"f{i}.jpg", date_time=(2025, 2, 3, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, fake_jpeg(c.rng.randint(0, 10**9), 500))
        info = zipfile.ZipInfo("info.json", date_time=(2025, 2, 3, 8, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(
            info,
            js(
                {
                    "package_information": {"apiVersion": {"major": 2}},
                    "images": [{"image_type_id": 0, "file_name": "f0.jpg"}],
                }
            ),
        )
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/umwirondoro")
    b.decoy("self-declared gender, birth date and national id number")
    b.json(
        {
            "izina": "Uwase",
            "irindi_zina": "Mukamana",
            "igitsina": "Gore",
            "itariki_y_amavuko": "1991-06-14",
            "indangamuntu": "1199170" + str(c.rng.randint(10**8, 10**9)),
            "akarere": "Nyarugenge",
        }
    )
    b.ok_json({"byakiriwe": True})
    return b.build()


def kohereza(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kohereza")
    b.decoy("transaction reference and recipient phone number")
    b.json(
        {
            "uwakira": "25073" + str(c.rng.randint(10**6, 10**7)),
            "amafaranga": c.rng.choice([2000, 5000, 10000, 25000]),
            "impamvu": "Amafaranga y'ishuri",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referanse": f"MP{c.rng.randint(10**10, 10**11)}", "imiterere": "BYAKOZWE"})
    return b.build()


def kwishyura(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kwishyura/umucuruzi")
    b.decoy("merchant code and receipt number")
    b.json(
        {
            "code_umucuruzi": str(c.rng.randint(10**5, 10**6)),
            "amafaranga": c.rng.choice([1500, 3500, 12000]),
            "t": ms(c),
        }
    )
    b.ok_json({"inyemezabuguzi": f"R{c.rng.randint(10**8, 10**9)}"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ama-inite")
    b.json({"nimero": b.acct("wallet_msisdn"), "amafaranga": c.rng.choice([500, 1000, 2000])})
    b.ok_json({"byakozwe": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/umwirondoro/ifoto")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.ikofi.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def ibiciro(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ibiciro")
    b.ok_json(
        {
            "kohereza": [
                {"kuva": 1, "kugeza": 1000, "igiciro": 20},
                {"kuva": 1001, "kugeza": 10000, "igiciro": 100},
            ]
        }
    )
    return b.build()
