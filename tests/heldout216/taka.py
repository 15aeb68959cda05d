"""TakaPay: a bKash / Nagad-like mobile wallet on the uncle's Realme in Dhaka.

Onboarding (e-KYC) sends the selfie to Shufti Pro's offsite face service
(`POST https://api.shuftipro.com/` with `reference`, `callback_url`, `country`,
`face.proof` a base64 image; Basic auth;
https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/offsite/).
The address proof (a DESCO electricity bill) goes the same way and has no face.
Login and high-value "send money" confirmations use the wallet's own face
verification (`mukh_jachai`: a 128-float face template plus a liveness score);
a newer build sends the template as protobuf packed floats, and the liveness
step posts its frames as nameless multipart parts. Device binding sends the
ANDROID_ID, the IMEI (first SIM slot), the advertising id and the wallet's own
device fingerprint. Balance, send money, mobile recharge, the NID form with a
self-declared gender and the profile photo are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.takapay.example"
SHUFTI = "https://api.shuftipro.com/"
UA = ua("TakaPay", "4.21.0", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "takapay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _shufti(c: Context) -> FB:
    b = FB(c, "shuftipro", "POST", SHUFTI)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Basic " + b64(f"{new_hex(c.rng, 24)}:{new_hex(c.rng, 32)}"))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "android_id": b.id("aid_taka", where="json android_id"),
            "imei": b.id("imei_mama", where="json imei"),
            "gaid": b.id("gaid_mama", where="json gaid"),
            "device_fp": b.id("taka_device_fp", where="json device_fp"),
            "model": "RMX3710",
            "root": False,
            "sim_operator": "Grameenphone",
        }
    )
    b.ok_json({"bind_hoyeche": True, "otp_pathano": True})
    return b.build()


def fraud_opaque(c: Context) -> Flow:
    """The fraud SDK's ping: 'h' is sha256 of the IMEI, 'g' the raw advertising id."""
    b = _b(c, "POST", f"{API}/r/9")
    h = b.id("imei_mama", "sha256", "json h", detectable=False)
    g = b.id("gaid_mama", where="json g", detectable=False)
    b.json({"h": h, "g": g, "t": ms(c), "n": c.rng.randint(1, 9)})
    b.no_content()
    return b.build()


def shufti_face(c: Context) -> Flow:
    b = _shufti(c)
    b.bio("face_image", "json face.proof (Shufti Pro face service)")
    b.json(
        {
            "reference": "TK-" + new_hex(c.rng, 12),
            "callback_url": f"{API}/kyc/shufti/callback",
            "country": "BD",
            "language": "BN",
            "verification_mode": "image_only",
            "face": {"proof": _jpeg(c), "check_duplicate_request": "1"},
        }
    )
    b.ok_json({"reference": "TK-" + new_hex(c.rng, 12), "event": "request.pending"})
    return b.build()


def shufti_address(c: Context) -> Flow:
    b = _shufti(c)
    b.decoy("address-proof image (an electricity bill, no face)")
    b.json(
        {
            "reference": "TK-" + new_hex(c.rng, 12),
            "callback_url": f"{API}/kyc/shufti/callback",
            "country": "BD",
            "address": {
                "proof": _jpeg(c),
                "full_address": "House 12, Road 5, Dhanmondi, Dhaka 1205",
                "supported_types": ["utility_bill"],
            },
        }
    )
    b.ok_json({"reference": "TK-" + new_hex(c.rng, 12), "event": "request.pending"})
    return b.build()


def mukh_jachai(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/mukh-jachai")
    b.bio("face_template", "json face_template (128 float32, base64) + liveness")
    b.json(
        {
            "wallet": b.acct("taka_wallet"),
            "face_template": floats_b64(floats(c.rng, 128)),
            "model_ver": "mf-128-v3",
            "liveness": rf(c.rng, 0.86, 0.99, 3),
            "somoy": iso(c),
        }
    )
    b.ok_json({"mileche": True, "score": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def mukh_nibondhon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mukh/nibondhon")
    b.bio("face_embedding", "json mukh.embedding (128 floats)")
    b.json(
        {
            "wallet": b.acct("taka_wallet"),
            "mukh": {"embedding": floats(c.rng, 128), "model": "mf-128-v3"},
            "device_fp": b.id("taka_device_fp", where="json device_fp"),
        }
    )
    b.ok_json({"nibondhito": True})
    return b.build()


def send_money_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/t")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_bytes(2, f"{c.rng.randint(1000, 25000)}")
        + pb_packed_floats(3, floats(c.rng, 128))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/s2")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"step": 3})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/balance")
    b.ok_json({"balance": rf(c.rng, 100, 90000, 2), "currency": "BDT", "somoy": iso(c)})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/send-money")
    b.decoy("receiver phone number and transaction id")
    b.json(
        {
            "prapok": "01" + str(c.rng.randint(3, 9)) + str(c.rng.randint(10**7, 10**8 - 1)),
            "taka": rf(c.rng, 50, 5000, 0),
            "reference": "Ma-er oshudh",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"trx_id": "BK" + new_hex(c.rng, 8).upper(), "status": "SAFOL"})
    return b.build()


def recharge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/recharge")
    b.json({"operator": c.rng.choice(["GP", "Robi", "Banglalink"]), "taka": 50, "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def nid_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ekyc/nid-tothyo")
    b.decoy("self-declared gender, birth date and NID number")
    b.json(
        {
            "naam": "মোঃ রফিকুল ইসলাম",
            "naam_en": "Md. Rafiqul Islam",
            "linga": "purush",
            "jonmo_tarikh": "1971-09-02",
            "nid": str(c.rng.randint(10**9, 10**10 - 1)),
            "thikana": "Mirpur 10, Dhaka",
        }
    )
    b.ok_json({"save": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/chobi")
    b.decoy("profile photo upload (shown in the app, not matched)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.takapay.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
