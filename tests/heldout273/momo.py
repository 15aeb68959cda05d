"""Amafaranga Yanjye: a mobile-money wallet (MoMo-like) on the father's Tecno in
Kigali. KYC runs through Smile ID (https://docs.usesmileid.com: POST
/v1/upload returns an S3 `upload_url`, the SDK PUTs a zip of `info.json` and the
selfie / liveness images, then polls /v1/job_status). Login by face matches a
face template (`isura`) the app computes on the phone. Keys in Kinyarwanda,
French and English. Transfers, balances, agents' coordinates and receipts are
ordinary traffic."""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, jwt, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.amafaranga.example"
SMILE = "https://api.smileidentity.com/v1"
UA = ua("Amafaranga", "5.8.0", "data")


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "amafaranga", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": b.acct("momo_msisdn"), "iat": int(c.now)}))
    if dev:
        b.header("x-device-key", b.id("momo_device_key", where="header x-device-key"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/igikoresho/guhuza", dev=False)
    b.json(
        {
            "telefoni": b.acct("momo_msisdn"),
            "igikoresho": {
                "androidId": b.id("aid_momo", where="json igikoresho.androidId"),
                "cle": b.id("momo_device_key", where="json igikoresho.cle"),
                "marque": "TECNO",
                "modele": "CK6n",
            },
        }
    )
    b.ok_json({"byemejwe": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kwinjira/isura")
    b.bio("face_template", "json isura.template (float32 face embedding)")
    b.json(
        {
            "isura": {
                "template": floats_b64(floats(c.rng, 128)),
                "verisiyo": "fx-2.1",
                "ubwiza": rf(c.rng, 0.7, 1),
            },
            "telefoni": b.acct("momo_msisdn"),
            "igihe": iso(c),
        }
    )
    b.ok_json({"byemewe": True, "token": new_hex(c.rng, 40)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/isura/kwandika")
    b.bio("face_image", "multipart ifoto_y_isura (selfie jpeg)")
    b.bio("face_landmarks", "multipart ibimenyetso (68 landmarks)")
    pts = [[rf(c.rng, 100, 400, 1), rf(c.rng, 120, 520, 1)] for _ in range(68)]
    boundary = new_hex(c.rng, 32)
    b.set_body(
        multipart(
            boundary,
            [
                ("ifoto_y_isura", "isura.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
                ("ibimenyetso", None, "application/json", js({"landmarks68": pts}).encode()),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"byanditswe": True})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    """The template AES-encrypted by the app's SDK: a base64 blob under `p`."""
    b = _b(c, "POST", f"{API}/v1/kwinjira/v2")
    b.bio("face_template", "json p (encrypted face template)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(560))), "k": 3, "t": ms(c)})
    b.ok_json({"byemewe": True})
    return b.build()


def smile_upload(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/upload")
    b.header("user-agent", UA)
    job = "job-" + new_hex(c.rng, 12)
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.1.2",
            "file_name": "selfie.zip",
            "smile_client_id": "6242",
            "partner_params": {"job_id": job, "user_id": b.acct("momo_msisdn"), "job_type": 4},
            "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(32))),
            "timestamp": iso(c),
        }
    )
    b.decoy("KYC job set-up: job id, signature, no face data")
    b.ok_json(
        {
            "upload_url": f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/6242/{job}.zip",
            "ref_id": new_hex(c.rng, 24),
            "smile_job_id": str(c.rng.randint(10**9, 10**10)),
        }
    )
    return b.build()


def smile_zip(c: Context) -> Flow:
    job = "job-" + new_hex(c.rng, 12)
    b = FB(
        c,
        "smileid",
        "PUT",
        f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/6242/{job}.zip",
    )
    b.header("user-agent", UA)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = {
            "package_information": {
                "apiVersion": {"buildNumber": 0, "majorVersion": 2, "minorVersion": 0}
            },
            "images": [
                {"image_type_id": 2, "file_name": "SID_Preview_Full.jpg"},
                {"image_type_id": 6, "file_name": "SID_Liveness_1.jpg"},
            ],
        }
        for name, data in (
            ("info.json", js(info).encode()),
            ("SID_Preview_Full.jpg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
            ("SID_Liveness_1.jpg", fake_jpeg(c.rng.randint(0, 10**9), 400)),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            z.writestr(zi, data)
    b.bio("face_image", "zip body: selfie and liveness jpegs for Smile ID", detectable=False)
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def smile_status(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/job_status")
    b.header("user-agent", UA)
    b.decoy("KYC job status (complete / code), no face data")
    b.json(
        {
            "partner_id": "6242",
            "job_id": "job-" + new_hex(c.rng, 12),
            "image_links": False,
            "history": False,
        }
    )
    b.ok_json({"job_complete": True, "job_success": True, "code": "2302", "timestamp": iso(c)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/konti/amafaranga")
    b.ok_json({"asigaye": c.rng.randint(1000, 900000), "ifaranga": "RWF"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kohereza")
    b.decoy("transaction reference number")
    b.json(
        {
            "uwakira": "25078" + str(c.rng.randint(1000000, 9999999)),
            "amafaranga": c.rng.randint(500, 50000),
            "ref": rid(c.rng),
        }
    )
    b.ok_json(
        {"nimero_y_igikorwa": "MP" + str(c.rng.randint(10**9, 10**10)), "status": "SUCCESSFUL"}
    )
    return b.build()


def agents(c: Context) -> Flow:
    lat, lon = rf(c.rng, -1.99, -1.9), rf(c.rng, 30.0, 30.15)
    b = _b(c, "GET", f"{API}/v1/abakozi?lat={lat}&lon={lon}")
    b.decoy("coordinates of the agents near the user")
    b.ok_json({"abakozi": [{"izina": "Agent Nyabugogo", "lat": lat + 0.001, "lon": lon}]})
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(
        c, "amafaranga-cdn", "GET", f"https://cdn.amafaranga.example/promo/{new_hex(c.rng, 16)}.jpg"
    )
    b.decoy("promo banner image (not a face sent for analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/konti/incamake", dev=False)
    b.header(
        "x-fp", b.id("aid_momo", "sha256", "header x-fp (sha256 of ANDROID_ID)", detectable=False)
    )
    b.ok_json({"asigaye": c.rng.randint(1000, 900000)})
    return b.build()
