"""Hanti: a mobile-money wallet (EVC Plus / Zaad style) on the father's old
Samsung in Hargeisa (Android 8.1, where the app still reads the IMEI).

Keys and paths are Somali (`lacag` = money, `dir` = send, `haraaga` = balance,
`sarrifka` = exchange rate, `waji` = face, `qalab` = device, `jinsiga` =
gender). Face verification runs through Smile ID: SmartSelfie enrolment and
authentication post `selfie_image` and `liveness_images` as multipart with
`user_id` and `partner_params`, signed with `SmileID-Partner-ID`,
`SmileID-Request-Signature` and `SmileID-Timestamp`
(https://docs.usesmileid.com, products SmartSelfie Authentication); the older
SDK path asks `v1/upload` for a pre-signed URL and PUTs a zip of the selfie and
liveness frames with its `info.json` to S3. The wallet's own quick login sends
a 128-float face template (JSON, and protobuf in the newer build). Device
binding sends the IMEI, the ANDROID_ID and the wallet's device key; the Wi-Fi
MAC it reads is Android's fixed placeholder 02:00:00:00:00:00. Transfers,
merchant till numbers, exchange rates, the self-declared gender on the KYC
form and the profile photo are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hanti-wallet.example"
SMILE = "https://api.smileidentity.com"
UA = ua("Hanti", "4.2.7", "aabo")
PARTNER = "2173"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hanti", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, method: str, path: str) -> FB:
    b = FB(c, "smile_id", method, f"{SMILE}/{path}")
    b.header("user-agent", "SmileID-Android/10.3.2 okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(bytes.fromhex(new_hex(c.rng, 64))))
    b.header("smileid-timestamp", iso(c))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _partner(c: Context, job_type: int) -> str:
    return js({"job_id": "job-" + rid(c.rng), "user_id": b_user(c), "job_type": job_type})


def b_user(c: Context) -> str:
    return str(c.phone.hanti_user)  # type: ignore[attr-defined]


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qalab/xiriiri")
    b.decoy("wifiMac 02:00:00:00:00:00 (Android's placeholder, identifies nothing)")
    b.json(
        {
            "imei": b.id("imei_aabo", where="json imei"),
            "androidId": b.id("aid_hanti", where="json androidId"),
            "deviceKey": b.id("hanti_device_key", where="json deviceKey"),
            "wifiMac": "02:00:00:00:00:00",
            "taleefanka": b.acct("hanti_msisdn"),
            "nooca": "SM-G610F",
            "rooted": False,
        }
    )
    b.ok_json({"xiriirsan": True, "otpLaDiray": True})
    return b.build()


def smile_auth(c: Context) -> Flow:
    b = _smile(c, "POST", "v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, None, b.acct("hanti_user").encode()),
        ("partner_params", None, "application/json", _partner(c, 2).encode()),
        ("allow_new_enroll", None, None, b"false"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "2302",
            "result_text": "Verified",
            "confidence": rf(c.rng, 90, 99.9, 2),
            "job_id": "job-" + rid(c.rng),
        }
    )
    return b.build()


def smile_enroll(c: Context) -> Flow:
    b = _smile(c, "POST", "v2/smart-selfie-enrollment")
    b.bio("face_image", "multipart selfie_image + liveness_images (SmartSelfie enrolment)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(1, 6)
    ]
    parts += [
        ("user_id", None, None, b.acct("hanti_user").encode()),
        ("partner_params", None, "application/json", _partner(c, 4).encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"code": "0810", "result_text": "Enrolled", "job_id": "job-" + rid(c.rng)})
    return b.build()


def smile_upload_request(c: Context) -> Flow:
    b = _smile(c, "POST", "v1/upload")
    b.decoy("job metadata and a pre-signed upload URL (no image)")
    b.json(
        {
            "partner_params": {
                "job_id": "job-" + rid(c.rng),
                "user_id": b.acct("hanti_user"),
                "job_type": 2,
            },
            "source_sdk": "android",
            "source_sdk_version": "10.3.2",
            "file_name": "selfie.zip",
            "smile_client_id": PARTNER,
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/"
            f"{PARTNER}/{rid(c.rng)}/selfie.zip",
            "smile_job_id": str(c.rng.randint(10**9, 10**10)),
        }
    )
    return b.build()


def _zip(c: Context) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = {
            "package_information": {"apiVersion": {"buildNumber": 2, "majorVersion": 2}},
            "images": [{"image_type_id": 0, "file_name": "SID_Preview_Full.jpg"}]
            + [{"image_type_id": 4, "file_name": f"SID_Liveness_{i}.jpg"} for i in range(1, 4)],
        }
        names = [("info.json", js(info).encode()), ("SID_Preview_Full.jpg", _jpeg(c))]
        names += [(f"SID_Liveness_{i}.jpg", _jpeg(c, 300)) for i in range(1, 4)]
        for name, data in names:
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def smile_zip_put(c: Context) -> Flow:
    b = FB(
        c,
        "smile_id",
        "PUT",
        f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/{PARTNER}/{rid(c.rng)}/"
        f"selfie.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600"
        f"&X-Amz-Signature={new_hex(c.rng, 64)}",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "zip body: selfie and liveness JPEGs (deflated)", detectable=False)
    b.set_body(_zip(c), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/gal/waji")
    b.bio("face_template", "json faceTemplate (128 float32, base64) + livenessScore")
    b.json(
        {
            "isticmaale": b.acct("hanti_user"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "mfn-128",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "waqtiga": iso(c),
        }
    )
    b.ok_json({"sax": True, "isku_ekaansho": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/w")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(3, floats(c.rng, 128))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def haraaga_opaque(c: Context) -> Flow:
    """Balance call; the header 'x-h' holds sha256 of the IMEI."""
    b = _b(c, "GET", f"{API}/api/v2/haraaga")
    b.header("x-h", b.id("imei_aabo", "sha256", "header x-h", detectable=False))
    b.ok_json(
        {
            "haraaga": {"USD": rf(c.rng, 5, 900, 2), "SLSH": rf(c.rng, 1000, 900000, 0)},
            "waqtiga": iso(c),
        }
    )
    return b.build()


def haraaga(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/haraaga")
    b.ok_json({"haraaga": {"USD": rf(c.rng, 5, 900, 2)}, "waqtiga": iso(c)})
    return b.build()


def lacag_dir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/lacag/dir")
    b.decoy("receiver number and transaction reference")
    b.json(
        {
            "loo_dirayo": "+25263" + str(c.rng.randint(4000000, 4999999)),
            "qadarka": rf(c.rng, 1, 200, 2),
            "lacagta": "USD",
            "sababta": c.rng.choice(["Kharashka guriga", "Iskuulka", "Suuqa xoolaha"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"tixraac": f"TX{c.rng.randint(10**9, 10**10)}", "xaalad": "LA_DIRAY"})
    return b.build()


def bixi_ganacsi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/lacag/bixi-ganacsi")
    b.decoy("merchant till number and terminal serial (a shop's, not this phone's)")
    b.json(
        {
            "lambarka_ganacsiga": str(c.rng.randint(400000, 499999)),
            "terminal_serial": "PAX-A920-" + str(c.rng.randint(10**7, 10**8)),
            "qadarka": rf(c.rng, 1, 60, 2),
            "lacagta": "USD",
        }
    )
    b.ok_json({"tixraac": f"MP{c.rng.randint(10**9, 10**10)}"})
    return b.build()


def sarrifka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/sarrifka")
    b.ok_json({"taariikh": iso(c)[:10], "USD_SLSH": rf(c.rng, 8500, 11000, 0), "USD_ETB": 121.4})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/xogta")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "magaca": "Cabdiraxmaan Xuseen Faarax",
            "jinsiga": "lab",
            "taariikhda_dhalashada": "1966-05-02",
            "magaalada": "Hargeysa",
            "aqoonsi": "SL" + str(c.rng.randint(10**7, 10**8)),
        }
    )
    b.ok_json({"kaydsan": True})
    return b.build()


def sawirka_profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/sawir")
    b.decoy("profile photo upload (not sent to a face-analysis service)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.hanti-wallet.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/xaqiiji")
    b.json({"koodh": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sax": True})
    return b.build()
