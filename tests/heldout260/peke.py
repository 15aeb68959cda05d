"""Pēke Kiwi: a retail bank app on Rāwiri's Pixel 8a, with a selfie check.

Onboarding creates an Onfido applicant and uploads a live photo
(`POST /v3.6/live_photos`, multipart `applicant_id`, `file`,
`advanced_validation`, https://documentation.onfido.com/api/latest/#upload-live-photo);
re-verification for large payments runs FaceTec's 3D liveness through the
bank's FaceTec server (`faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, headers `X-Device-Key` (the SDK licence key) and
`X-User-Agent`). A newer build sends its own face template as protobuf packed
floats to a short path. Device binding sends the ANDROID_ID, the bank's own
device key and the advertising id; Adjust sessions carry `gps_adid` and come back
with Adjust's `adid`. Account balances, payments between 12-3456-... accounts,
the driver licence's back side, the self-declared gender on the form and the
profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats

from .phone import WB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://app.pekekiwi.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
FACETEC = "https://facetec.pekekiwi.example"
UA = ua("PekeKiwi", "7.2.0", "rawiri")


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "pekekiwi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _acct(c: Context) -> str:
    return f"12-3{c.rng.randint(100, 999)}-0{c.rng.randint(100000, 999999)}-00"


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "androidId": b.id("aid_peke", where="json androidId"),
            "deviceKey": b.id("peke_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_rawiri", where="json advertisingId"),
            "model": "Pixel 8a",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = WB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("rawiri"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q7rk2m9x4d1c"),
            ("gps_adid", b.id("gaid_rawiri", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("tracking_enabled", "1"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_name", "Pixel 8a"),
            ("os_version", "15"),
            ("country", "NZ"),
            ("language", "en"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("peke_adjust_adid", where="response json adid", direction="response"),
            "message": "Session tracked",
            "timestamp": iso(c),
        }
    )
    return b.build()


def balance_hashed(c: Context) -> Flow:
    """Balances; a header 'x-fp' holds SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.header("x-fp", b.id("aid_peke", "sha256", "header x-fp", detectable=False))
    b.decoy("bank account numbers and balances")
    b.ok_json(
        {
            "accounts": [
                {"number": _acct(c), "name": n, "balance": rf(c.rng, 10, 20000, 2)}
                for n in ("Everyday", "Savings", "KiwiSaver")
            ]
        }
    )
    return b.build()


def onfido_applicant(c: Context) -> Flow:
    b = WB(c, "onfido", "POST", f"{ONFIDO}/applicants")
    b.header("authorization", "Token token=api_live." + new_hex(c.rng, 32))
    b.decoy("applicant name, dob and address (KYC, no face)")
    b.json(
        {
            "first_name": "Rāwiri",
            "last_name": "Tūhoe",
            "dob": "1989-04-17",
            "address": {"country": "NZL", "town": "Wellington", "postcode": "6011"},
        }
    )
    b.ok_json({"id": rid(c.rng), "created_at": iso(c)})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = WB(c, "onfido", "POST", f"{ONFIDO}/live_photos")
    b.header("authorization", "Token token=api_live." + new_hex(c.rng, 32))
    b.bio("face_image", "multipart file (selfie) to Onfido live_photos")
    boundary = new_hex(c.rng, 32)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"})
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = WB(c, "onfido", "POST", f"{ONFIDO}/documents")
    b.header("authorization", "Token token=api_live." + new_hex(c.rng, 32))
    b.decoy("driver licence back side (no face)")
    boundary = new_hex(c.rng, 32)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("type", None, None, b"driving_licence"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"NZL"),
        ("file", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "side": "back", "type": "driving_licence"})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = WB(c, "facetec", "POST", f"{FACETEC}/liveness-3d")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|nz.pekekiwi.app|9.7.40|Pixel 8a|15|en_NZ")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 64)})
    return b.build()


def face_template_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/x")
    b.bio("face_template", "protobuf field 2 packed floats (no names)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def payment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/payments")
    b.decoy("account numbers, payee particulars/code/reference")
    b.json(
        {
            "from": _acct(c),
            "to": _acct(c),
            "amount": rf(c.rng, 10, 400, 2),
            "particulars": "Koha",
            "code": "Marae",
            "reference": f"HUI{c.rng.randint(100, 999)}",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"paymentId": f"PMT{c.rng.randint(10**9, 10**10)}", "status": "PROCESSING"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/profile/details")
    b.decoy("self-declared gender, iwi affiliation and birth date")
    b.json(
        {
            "preferredName": "Rāwiri",
            "gender": "male",
            "iwi": "Ngāti Porou",
            "dateOfBirth": "1989-04-17",
            "occupation": "Kaiako",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.pekekiwi.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valid": True})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fx")
    b.ok_json({"base": "NZD", "AUD": rf(c.rng, 0.9, 0.95, 4), "USD": rf(c.rng, 0.56, 0.62, 4)})
    return b.build()
