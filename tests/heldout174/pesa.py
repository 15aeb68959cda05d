"""PesaHapa: a mobile-money wallet on the Tecno, with selfie KYC and face login.

KYC runs through Smile ID's two-step upload (a `v1/upload` job request with
`partner_params` and `smile_client_id`, answered with an `upload_url`, then a
zip of images PUT to that S3 URL;
https://docs.usesmileid.com/server-to-server/rest-api/upload): the request
holds no face, the zip does (its entries are deflated and named img_N.jpg,
but the upload path names it selfie.zip: readable). The wallet's own liveness step sends
the selfie with `alama_za_uso` (face points) and `mwelekeo_wa_kichwa` (head
pose); face login sends `vekta_ya_uso` (a float32 face embedding in base64);
a re-enrolment sends the template AES-encrypted under `a`. Device binding
sends the ANDROID_ID, the advertising id and the wallet's device key; every
call signs with a SHA-1 of the ANDROID_ID under `x-ph-s`. Paying the pay-TV
subscription by paybill puts the decoder's IUC number in `akaunti` (the
household decoder's own code, under a key that says "account"). Smile ID's
job result (liveness "Passed"), agent tills and POS terminals, KPLC meter
numbers, M-Pesa receipts and phone numbers are not biometric data nor the
family's device ids.
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js

from .phone import FB, TECNO_MODEL, iso, ksh, mpesa_code, ms, points, rf, rid, ua_tecno

API = "https://api.pesahapa.example"
UA = ua_tecno("PesaHapa", "5.0.3")
SMILE = "https://api.smileidentity.com/v1"
SMILE_CLIENT = "6131"
UPLOAD_HOST = "https://smile-uploads-prod.s3.us-west-2.amazonaws.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pesahapa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)).rstrip("="))
    b.header("x-ph-s", b.id("aid_pesa", "sha1", "header x-ph-s", detectable=False))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kifaa/funga")
    b.json(
        {
            "android_id": b.id("aid_pesa", where="json android_id"),
            "gaid": b.id("gaid_tecno", where="json gaid"),
            "device_key": b.id("pesa_device_key", where="json device_key"),
            "modeli": TECNO_MODEL,
            "simu": b.acct("msisdn"),
            "mizizi": False,
        }
    )
    b.ok_json({"imefungwa": True, "pochi": b.acct("pesa_wallet")})
    return b.build()


def smile_job(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/upload")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("Smile ID job request: partner params, signature, timestamp (no face data)")
    job = "job-" + rid(c.rng)
    b.json(
        {
            "source_sdk": "android",
            "source_sdk_version": "10.1.7",
            "file_name": "selfie.zip",
            "smile_client_id": SMILE_CLIENT,
            "signature": b64(new_hex(c.rng, 32)),
            "timestamp": iso(c),
            "partner_params": {
                "user_id": b.acct("pesa_wallet"),
                "job_id": job,
                "job_type": c.rng.choice([1, 4]),
            },
            "model_parameters": {},
            "callback_url": f"{API}/v2/kyc/smile/callback",
        }
    )
    b.ok_json(
        {
            "upload_url": f"{UPLOAD_HOST}/videos/{SMILE_CLIENT}/{job}/selfie.zip",
            "ref_id": new_hex(c.rng, 24),
            "smile_job_id": new_digits(c.rng, 10),
            "code": "2202",
        }
    )
    return b.build()


def _zip(c: Context, frames: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        info = {
            "package_information": {"apiVersion": {"buildNumber": 2, "majorVersion": 2}},
            "images": [
                {"image_type_id": 4 if i else 0, "file_name": f"img_{i}.jpg"} for i in range(frames)
            ],
        }
        for name, data in [("info.json", js(info).encode())] + [
            (f"img_{i}.jpg", _jpeg(c, 500)) for i in range(frames)
        ]:
            entry = zipfile.ZipInfo(name, date_time=(2024, 11, 18, 9, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(entry, data)
    return buf.getvalue()


def smile_zip(c: Context) -> Flow:
    job = "job-" + rid(c.rng)
    b = FB(c, "smileid", "PUT", f"{UPLOAD_HOST}/videos/{SMILE_CLIENT}/{job}/selfie.zip")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "path selfie.zip; zip body (deflated img_N.jpg selfie + liveness frames)")
    b.set_body(_zip(c, c.rng.randint(3, 6)), "application/zip")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def smile_status(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/job_status")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("KYC job result: liveness Passed / ConfidenceValue (an outcome, no face data)")
    b.json(
        {
            "smile_client_id": SMILE_CLIENT,
            "partner_params": {"user_id": b.acct("pesa_wallet"), "job_id": "job-" + rid(c.rng)},
            "signature": b64(new_hex(c.rng, 32)),
            "timestamp": iso(c),
            "image_links": False,
            "history": False,
        }
    )
    b.ok_json(
        {
            "job_complete": True,
            "job_success": True,
            "result": {
                "ResultCode": "1220",
                "ResultText": "Enroll User",
                "ConfidenceValue": str(rf(c.rng, 90, 99.9, 1)),
                "Actions": {"Liveness_Check": "Passed", "Register_Selfie": "Approved"},
            },
        }
    )
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/uso/hai")
    b.bio("face_image", "json picha_ya_uso (selfie) + alama_za_uso + mwelekeo_wa_kichwa")
    b.json(
        {
            "picha_ya_uso": b64(_jpeg(c)),
            "alama_za_uso": points(c.rng, 106),
            "mwelekeo_wa_kichwa": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -8, 8, 2),
            },
            "macho_kufumba": rf(c.rng, 0, 1, 3),
            "hatua": c.rng.choice(["blink", "geuka_kushoto", "tabasamu"]),
        }
    )
    b.ok_json({"hai": True, "alama": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ingia/uso")
    b.bio("face_embedding", "json vekta_ya_uso (float32 base64, 512)")
    b.json(
        {
            "pochi": b.acct("pesa_wallet"),
            "vekta_ya_uso": floats_b64([round(c.rng.gauss(0, 0.05), 5) for _ in range(512)]),
            "toleo_la_modeli": "mfn-2.1",
        }
    )
    b.ok_json({"sawa": True, "token": b64(rid(c.rng))})
    return b.build()


def template_reenrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s/k")
    b.bio("face_template", "json a (AES-GCM blob of the face template)", detectable=False)
    b.json(
        {
            "a": b64(bytes(c.rng.getrandbits(8) for _ in range(2064))),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
            "k": 2,
        }
    )
    b.no_content()
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tuma")
    b.decoy("send money: recipient phone number (an account), M-Pesa receipt code")
    b.json(
        {
            "kwa": "2547" + new_digits(c.rng, 8),
            "kiasi": ksh(c.rng, 50, 15000),
            "ujumbe": c.rng.choice(["fees ya shule", "ya chakula", "nauli"]),
            "ombi": rid(c.rng),
        }
    )
    b.ok_json({"risiti": mpesa_code(c.rng), "salio": ksh(c.rng, 100, 40000)})
    return b.build()


def pay_decoder(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lipa/paybill")
    iuc = b.id(
        "decoder_iuc", where="json akaunti (decoder IUC as paybill account)", detectable=False
    )
    b.json(
        {
            "paybill": "423655",
            "akaunti": iuc,
            "kiasi": c.rng.choice([350, 520, 940, 1299]),
            "ombi": rid(c.rng),
        }
    )
    b.ok_json({"risiti": mpesa_code(c.rng), "hali": "IMEKAMILIKA"})
    return b.build()


def pay_solar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lipa/paybill")
    b.decoy("solar plan paybill: account number of the customer's plan (an account)")
    b.json(
        {
            "paybill": "880100",
            "akaunti": b.acct("jua_account"),
            "kiasi": c.rng.choice([50, 100, 350]),
            "ombi": rid(c.rng),
        }
    )
    b.ok_json({"risiti": mpesa_code(c.rng), "hali": "IMEKAMILIKA"})
    return b.build()


def agent_withdraw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/toa/wakala")
    b.decoy("agent till number and the agent's POS terminal id (a business's equipment)")
    b.json(
        {
            "namba_ya_wakala": new_digits(c.rng, 6, "2"),
            "duka": c.rng.choice(["Mama Akinyi Shop, Kondele", "Bakari Agency, Likoni"]),
            "terminal_id": "POS" + new_hex(c.rng, 10).upper(),
            "kiasi": ksh(c.rng, 200, 10000),
        }
    )
    b.ok_json({"risiti": mpesa_code(c.rng)})
    return b.build()


def kplc_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lipa/kplc")
    b.decoy("KPLC prepaid meter number: the utility's meter in a rented flat, not the family's")
    b.json({"mita": new_digits(c.rng, 11, "37"), "kiasi": ksh(c.rng, 100, 2000)})
    b.ok_json(
        {"tokeni": "-".join(new_digits(c.rng, 4) for _ in range(5)), "units": rf(c.rng, 3, 80, 2)}
    )
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/taarifa?siku=30")
    b.decoy("statement: receipts and balance series")
    b.ok_json(
        {
            "miamala": [
                {
                    "risiti": mpesa_code(c.rng),
                    "aina": c.rng.choice(["TUMA", "POKEA", "LIPA", "TOA"]),
                    "kiasi": ksh(c.rng, 20, 9000),
                    "salio": ksh(c.rng, 100, 40000),
                    "saa": iso(c),
                }
                for _ in range(12)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "pesahapa", "GET", f"{API}/v2/viwango?base=KES&t={ms(c)}")
    b.header("user-agent", UA)
    b.decoy("exchange rate series")
    ranges = {"USD": (0.0076, 0.0079), "EUR": (0.0070, 0.0074), "UGX": (28.1, 28.9)}
    b.ok_json({k: [rf(c.rng, lo, hi, 5) for _ in range(14)] for k, (lo, hi) in ranges.items()})
    return b.build()
