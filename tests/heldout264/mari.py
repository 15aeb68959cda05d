"""MariMobile: a mobile-money wallet (the father's Galaxy A34 in Harare).

Onboarding runs Smile ID's SmartSelfie: the SDK first asks `POST
https://api.smileidentity.com/v1/upload` for a pre-signed URL (job metadata
only: partner_params, job_type, signature), then PUTs a zip to S3 holding
info.json and the selfie and liveness frames; the newer build calls
`/v2/smart-selfie-authentication` with a multipart `selfie_image` and
`liveness_images` (headers SmileID-Partner-ID, SmileID-Request-Signature,
https://docs.usesmileid.com/). Face login sends a face template computed on the
phone under Shona keys (`chiso` = face) with a liveness score, or as protobuf
packed floats in the lite build. Device binding sends the ANDROID_ID, the
wallet's own device key and the advertising id; AppsFlyer launches carry
`advertiserId`, AppsFlyer's `uid` and `android_id`. Sending money, airtime,
agents nearby, the KYC form's self-declared gender and national id number, and
the profile photo (not sent to any face-analysis service) are ordinary.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://api.marimobile.example"
SMILE = "https://api.smileidentity.com"
UA = ua("MariMobile", "4.11.0", "baba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "marimobile", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _smile_headers(b: FB, c: Context) -> None:
    b.header("user-agent", dalvik("baba"))
    b.header("smileid-partner-id", "2417")
    b.header("smileid-request-signature", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.2")


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mudziyo/sunga")
    b.json(
        {
            "nhamba": b.acct("mari_msisdn"),
            "mudziyo": {
                "androidId": b.id("aid_mari", where="json mudziyo.androidId"),
                "deviceKey": b.id("mari_device_key", where="json mudziyo.deviceKey"),
                "gaid": b.id("gaid_baba", where="json mudziyo.gaid"),
                "modhi": "SM-A346E",
                "rooted": False,
            },
        }
    )
    b.other_id("mari_device_key", "response json deviceKey", direction="response")
    b.ok_json({"yasungwa": True, "deviceKey": c.phone.mari_device_key, "otp": "sent"})
    return b.build()


def session_opaque(c: Context) -> Flow:
    """Session refresh: the ANDROID_ID base64-encoded under a one-letter form field."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.form([("d", b.id("aid_mari", "b64", "form d", detectable=False)), ("r", new_hex(c.rng, 32))])
    b.ok_json({"t": new_hex(c.rng, 40), "e": 900})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "zw.co.marimobile.wallet"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("baba"))
    b.json(
        {
            "advertiserId": b.id("gaid_baba", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("mari_af_uid", where="json uid"),
            "android_id": b.id("aid_mari", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.11.0",
            "model": "SM-A346E",
            "brand": "samsung",
            "lang_code": "sn",
            "country": "ZW",
            "counter": str(c.rng.randint(1, 80)),
            "operator": "Econet",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "zw.co.marimobile.wallet"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("baba"))
    b.json(
        {
            "eventName": c.rng.choice(["af_purchase", "tumira_mari", "airtime_topup"]),
            "eventValue": '{"af_revenue":"' + str(rf(c.rng, 1, 50, 2)) + '","af_currency":"USD"}',
            "advertiserId": b.id("gaid_baba", where="json advertiserId"),
            "uid": b.id("mari_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def smile_upload_request(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/v1/upload")
    b.header("user-agent", dalvik("baba"))
    b.decoy("KYC job metadata (job id, user id, signature), no image")
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.3.2",
            "file_name": "selfie.zip",
            "smile_client_id": "2417",
            "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(32))),
            "timestamp": iso(c),
            "partner_params": {
                "user_id": b.acct("mari_wallet"),
                "job_id": "job-" + rid(c.rng),
                "job_type": 4,
            },
            "model_parameters": {},
            "callback_url": "https://api.marimobile.example/kyc/smile/callback",
        }
    )
    b.ok_json(
        {
            "upload_url": "https://smile-uploads-prod.s3.us-west-2.amazonaws.com/videos/2417/"
            + rid(c.rng)
            + ".zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature="
            + new_hex(c.rng, 64),
            "ref_id": new_hex(c.rng, 24),
            "smile_job_id": new_digits(c.rng, 10, "0"),
            "code": "2202",
        }
    )
    return b.build()


def smile_zip_upload(c: Context) -> Flow:
    path = f"videos/2417/{rid(c.rng)}.zip"
    b = FB(
        c,
        "smileid",
        "PUT",
        f"https://smile-uploads-prod.s3.us-west-2.amazonaws.com/{path}",
        [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"), ("X-Amz-Signature", new_hex(c.rng, 64))],
    )
    b.header("user-agent", dalvik("baba"))
    b.bio("face_image", "zip (deflated) info.json images[] selfie + liveness", detectable=False)
    info = {
        "package_information": {
            "apiVersion": {"buildNumber": 2, "majorVersion": 2, "minorVersion": 0}
        },
        "images": [{"image_type_id": 0, "file_name": "SID_Preview_Full.jpg"}]
        + [{"image_type_id": 6, "file_name": f"SID_Liveness_{i}.jpg"} for i in range(1, 4)],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("info.json", jsb(info)), ("SID_Preview_Full.jpg", _jpeg(c, 800))] + [
            (f"SID_Liveness_{i}.jpg", _jpeg(c, 300)) for i in range(1, 4)
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def smile_smart_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/v2/smart-selfie-authentication")
    _smile_headers(b, c)
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c, 800)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, None, b.acct("mari_wallet").encode()),
        ("partner_params", None, None, jsb({"job_id": "job-" + rid(c.rng)})),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"code": "0810", "job_id": "job-" + rid(c.rng), "status": "approved"})
    return b.build()


def chiso_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pinda/chiso")
    b.bio("face_template", "json chiso.template (256 float32 base64) + liveness")
    b.json(
        {
            "nhamba": b.acct("mari_msisdn"),
            "chiso": {
                "template": floats_b64(floats(c.rng, 256)),
                "vhezheni": "fm-3.2-256",
                "liveness": rf(c.rng, 0.86, 0.99, 3),
            },
            "nguva": iso(c),
        }
    )
    b.ok_json(
        {"zvakanaka": True, "fananidzo": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)}
    )
    return b.build()


def chiso_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pinda/chiso/nyoresa")
    b.bio("face_embedding", "json chiso.embedding (256 floats)")
    b.json(
        {
            "nhamba": b.acct("mari_msisdn"),
            "chiso": {"embedding": floats(c.rng, 256), "vhezheni": "fm-3.2-256"},
            "deviceKey": b.id("mari_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"yanyoreswa": True})
    return b.build()


def chiso_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/p")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tumira")
    b.decoy("recipient number and transaction reference")
    b.json(
        {
            "kubva": b.acct("mari_wallet"),
            "kuenda": "+26371" + new_digits(c.rng, 7),
            "mari": rf(c.rng, 1, 200, 2),
            "mari_rudzi": c.rng.choice(["USD", "ZWG"]),
            "chinangwa": c.rng.choice(["Fees dzevana", "Mari yemba", "Chikafu"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "reference": f"MP{iso(c)[2:10].replace('-', '')}.{c.rng.randint(1000, 9999)}"
            f".A{c.rng.randint(10000, 99999)}",
            "status": "COMPLETED",
        }
    )
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/airtime")
    b.decoy("order number")
    b.json({"network": c.rng.choice(["Econet", "NetOne", "TNM"]), "amount": rf(c.rng, 1, 10, 0)})
    b.ok_json({"orderNo": f"AT{c.rng.randint(10**9, 10**10)}", "status": "OK"})
    return b.build()


def agents_nearby(c: Context) -> Flow:
    lat, lon = rf(c.rng, -17.9, -17.7, 4), rf(c.rng, 30.9, 31.2, 4)
    b = _b(c, "GET", f"{API}/v2/maajendi?lat={lat}&lon={lon}")
    b.decoy("coordinates of the user and of agents")
    b.ok_json(
        {
            "maajendi": [
                {"zita": n, "lat": rf(c.rng, -17.9, -17.7, 4), "lon": rf(c.rng, 30.9, 31.2, 4)}
                for n in ("Mbare Musika", "Avondale Shops", "Glen View 3")
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/ruzivo")
    b.decoy("self-declared gender, birth date and national id number")
    b.json(
        {
            "zita": "Tendai",
            "surname": "Moyo",
            "murume_kana_mukadzi": "murume",
            "zuva_rekuzvarwa": "1979-06-04",
            "national_id": f"63-{new_digits(c.rng, 6)}-T-{new_digits(c.rng, 2)}",
            "guta": "Harare",
        }
    )
    b.ok_json({"yachengetwa": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/mufananidzo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.marimobile.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def balance(c: Context) -> Flow:
    ref = b64(rid(c.rng))[:12]
    b = _b(c, "GET", f"{API}/v2/chikwereti?wallet={ref}")
    b.ok_json({"USD": rf(c.rng, 0, 400, 2), "ZWG": rf(c.rng, 0, 3000, 2)})
    return b.build()
