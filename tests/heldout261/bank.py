"""Konark Sahakari Bank: a cooperative bank app with face login and Aadhaar face
authentication (the father's Samsung in Bhubaneswar).

Keys are romanised Odia (`jantra` = device, `mukha` = face, `grahaka` =
customer) with a few in Odia script. Device binding sends the ANDROID_ID, the
bank's device key and the advertising id (the fraud engine collects it). Face
login computes a 512-float template on the phone (`mukha_namuna`, base64
float32) with a liveness score; enrolment sends the embedding as a list under
`ମୁହଁ` (face); a newer build sends the template as protobuf packed floats. For
Aadhaar-based e-KYC the app calls the UIDAI Face RD app (AadhaarFaceRD) and
forwards its PidData XML (DeviceInfo with the RD service's device code `dc`,
the session key, and the encrypted face capture in `Data type="X"`) to the
bank's AUA gateway. The bank's own liveness check answers with a face
analysis (estimated age, gender, head pose). Balances carry a header with a
SHA-256 of the ANDROID_ID. Interest rates, UPI transfers, the OTP, the
self-declared gender on the KYC form, the branch locator and the profile
photo (not sent for face analysis) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mb.konarkbank.example"
UA = ua("KonarkMobile", "7.2.0", "bapa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "konarkbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/jantra/bandhana")
    b.json(
        {
            "jantra_id": b.id("aid_bank", where="json jantra_id (ANDROID_ID)"),
            "jantra_chabi": b.id("bank_device_key", where="json jantra_chabi (device key)"),
            "bigyapana_parichaya": b.id("gaid_bapa", where="json bigyapana_parichaya (GAID)"),
            "model": "SM-M346B",
            "root": False,
            "sim_slot": 1,
        }
    )
    b.ok_json({"bandhita": True, "sms_pathana": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v3/prabesha/mukha")
    b.bio("face_template", "json mukha_namuna (512 float32 base64) + jibanta_score")
    b.json(
        {
            "grahaka": b.acct("bank_cif"),
            "mukha_namuna": floats_b64(floats(c.rng, 512)),
            "namuna_sanskarana": "kfr-3.1-512",
            "jibanta_score": rf(c.rng, 0.86, 0.99, 3),
            "samaya": iso(c),
        }
    )
    b.ok_json({"thik": True, "samanata": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v3/prabesha/mukha/panjikarana")
    b.bio("face_embedding", "json ମୁହଁ.embedding (512 floats)")
    b.json(
        {
            "grahaka": b.acct("bank_cif"),
            "ମୁହଁ": {"embedding": floats(c.rng, 512), "model": "kfr-3.1-512"},
            "jantra_chabi": b.id("bank_device_key", where="json jantra_chabi"),
        }
    )
    b.ok_json({"panjikruta": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v4/p")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def aadhaar_face_auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/aua/v1/ekyc/face")
    b.bio("face_image", "json pidData (UIDAI Face RD PidData XML, encrypted face in Data)")
    dc = b.id("face_rd_dc", where="xml DeviceInfo dc (Face RD device code)")
    skey = b64(bytes(c.rng.getrandbits(8) for _ in range(256)))
    data = b64(bytes(c.rng.getrandbits(8) for _ in range(1500)))
    hmac = b64(bytes(c.rng.getrandbits(8) for _ in range(48)))
    pid = (
        '<?xml version="1.0" encoding="UTF-8"?><PidData>'
        '<Resp errCode="0" errInfo="Capture Success" fCount="0" iCount="0" pCount="1" '
        'nmPoints="0" qScore="0"/>'
        f'<DeviceInfo dpId="UIDAI.UIDAI" rdsId="UIDAI.ANDROID.FACE" rdsVer="0.9.3" dc="{dc}" '
        'mi="FaceRD" mc="MIIDxjCCAq6gAwIBAgIUfR"><additional_info>'
        '<Param name="faceAuthMode" value="LIVENESS"/></additional_info></DeviceInfo>'
        f'<Skey ci="20250929">{skey}</Skey><Hmac>{hmac}</Hmac>'
        f'<Data type="X">{data}</Data></PidData>'
    )
    b.json(
        {
            "aadhaar_vid": b.acct("aadhaar_vid"),
            "bioType": "FID",
            "pidData": pid,
            "sahamati": "Y",
            "txn": f"UKC:{rid(c.rng)}",
        }
    )
    b.ok_json({"ret": "y", "code": new_hex(c.rng, 32), "ekyc": {"naam": "B**** K**** M*****"}})
    return b.build()


def liveness_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v3/jibanta")
    b.bio("face_image", "json mukha_chitra (base64 JPEG selfie for liveness)")
    b.bio("face_analysis", "response json ମୁହଁ_ବିଶ୍ଳେଷଣ (age, gender, head pose)")
    b.carriers[-1].direction = "response"
    b.json(
        {
            "grahaka": b.acct("bank_cif"),
            "mukha_chitra": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "kaha": "selfie",
        }
    )
    b.ok_json(
        {
            "jibanta": True,
            "ମୁହଁ_ବିଶ୍ଳେଷଣ": {
                "age_estimate": c.rng.randint(52, 60),
                "gender": "male",
                "head_pose": {"yaw": rf(c.rng, -8, 8, 2), "pitch": rf(c.rng, -6, 6, 2)},
                "eyes_open": True,
            },
        }
    )
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v2/khata")
    b.header("x-k", b.id("aid_bank", "sha256", "header x-k", detectable=False))
    b.ok_json(
        {
            "khata": [
                {
                    "sankhya": "XXXXXX" + str(c.rng.randint(1000, 9999)),
                    "prakara": "Sanchaya",
                    "balance": rf(c.rng, 1000, 400000, 2),
                }
            ]
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v1/sudha-hara")
    b.ok_json({"FD_1yr": 6.8, "FD_3yr": 7.1, "RD": 6.5, "tarikha": iso(c)[:10]})
    return b.build()


def upi_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/upi/pathao")
    b.decoy("UPI VPA and transaction reference")
    b.json(
        {
            "vpa": "jiyori.m@okaxis",
            "rashi": rf(c.rng, 200, 5000, 2),
            "tippani": "Guwahati hostel fee",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"rrn": str(c.rng.randint(10**11, 10**12)), "sthiti": "SAFAL"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/otp/yancha")
    b.json({"otp": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"thik": True})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/kyc/tathya")
    b.decoy("self-declared gender and date of birth")
    b.json(
        {
            "ନାମ": "ବିଜୟ କୁମାର ମହାନ୍ତି",
            "ଲିଙ୍ଗ": "ପୁରୁଷ",
            "janma_tarikha": "1968-04-02",
            "sahara": "Bhubaneswar",
            "pan": "AB" + "CDE" + str(c.rng.randint(1000, 9999)) + "F",
        }
    )
    b.ok_json({"sanchita": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/mb/v2/profile/photo")
    b.decoy("profile photo upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.konarkbank.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def branches(c: Context) -> Flow:
    lat, lon = rf(c.rng, 20.2, 20.35, 4), rf(c.rng, 85.75, 85.9, 4)
    b = _b(c, "GET", f"{API}/mb/v1/shakha?lat={lat}&lon={lon}")
    b.decoy("coordinates for the branch locator")
    b.ok_json({"shakha": [{"naam": "Saheed Nagar", "lat": 20.2906, "lon": 85.8449}]})
    return b.build()
