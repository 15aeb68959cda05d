"""PitakaPay: a Philippine e-wallet in the personal profile, with selfie KYC.

Onboarding (BSP requires identity verification before a fully verified
wallet) runs Onfido's mobile SDK: the app posts the selfie to `live_photos`
(multipart `file`, https://documentation.onfido.com/api/latest/#upload-live-photo)
and the ID's back side to `documents` (no face on it). Face login sends a
face template the app computes on the phone; the liveness step posts its
frames as one base64 blob under a one-letter key. Device binding sends the
ANDROID_ID, the wallet's device key and the advertising id; the balance call
carries a SHA-256 of the ANDROID_ID in a nameless header. QR Ph payments,
transaction history, bills, the self-declared gender on the KYC form and the
profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import PB, floats, iso, ms, rf, rid, ua

API = "https://api.pitakapay.example"
ONFIDO = "https://api.onfido.com/v3"
UA = ua("PitakaPay", "7.4.0")


def _b(c: Context, method: str, url: str) -> PB:
    b = PB(c, "pitakapay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> PB:
    b = PB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-Android-SDK/21.2.0")
    b.header("authorization", "Bearer " + b64(rid(c.rng) + rid(c.rng)).rstrip("="))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/bind")
    b.json(
        {
            "mobile": b.acct("pitaka_mobile"),
            "androidId": b.id("aid_pitaka", where="json androidId"),
            "deviceKey": b.id("pitaka_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "rooted": False,
            "model": "SM-A356E",
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/wallet/balance")
    b.header("x-q", b.id("aid_pitaka", "sha256", "header x-q", detectable=False))
    b.ok_json({"balance": rf(c.rng, 50, 25000, 2), "currency": "PHP", "tier": "FULLY_VERIFIED"})
    return b.build()


def onfido_selfie(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file to Onfido live_photos (selfie)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"})
    return b.build()


def onfido_id_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side image (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"PHL"),
            ("file", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/auth/face")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "mobile": b.acct("pitaka_mobile"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "pf-5.1",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "oras": iso(c),
        }
    )
    b.ok_json({"ok": True, "token": new_hex(c.rng, 32)})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/onb/s2")
    b.bio("face_image", "json d (base64 of three concatenated frames)", detectable=False)
    frames = b"".join(fake_jpeg(c.rng.randint(0, 10**9), 400) for _ in range(3))
    b.json({"d": b64(frames), "n": 3, "t": ms(c)})
    b.ok_json({"step": 3})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/info")
    b.decoy("self-declared gender, birth date, occupation")
    b.json(
        {
            "firstName": "Joy",
            "lastName": "Villanueva",
            "kasarian": "F",
            "birthDate": "1994-06-21",
            "trabaho": "Team Leader, BPO",
            "sourceOfFunds": "SALARY",
            "address": "Pasig City, Metro Manila",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/profile/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.pitakapay.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pay/qrph")
    b.decoy("QR Ph merchant payload and reference number")
    payload = "00020101021228" + new_digits(c.rng, 40) + "5303608540" + "5" + "6304" + "A1B2"
    b.json(
        {
            "qr": payload,
            "amount": rf(c.rng, 35, 900, 2),
            "merchant": c.rng.choice(["Jollibee Ortigas", "7-Eleven Emerald", "Mang Inasal"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"refNo": new_digits(c.rng, 13), "status": "SUCCESS"})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/transactions?page=1")
    b.decoy("transaction reference numbers")
    b.ok_json(
        {
            "items": [
                {
                    "refNo": new_digits(c.rng, 13),
                    "type": c.rng.choice(["SEND", "PAY_QR", "CASH_IN", "LOAD"]),
                    "amount": rf(c.rng, 20, 3000, 2),
                    "at": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def bills(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/bills/billers?category=UTILITIES")
    b.ok_json({"billers": ["Meralco", "Manila Water", "PLDT", "Converge"]})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/send")
    body = {
        "to": "+63918" + new_digits(c.rng, 7),
        "amount": rf(c.rng, 100, 5000, 2),
        "note": c.rng.choice(["Pambayad sa load", "Para kay Nanay", "Share sa pizza"]),
        "idempotencyKey": rid(c.rng),
    }
    b.set_body(jsb(body), "application/json")
    b.ok_json({"refNo": new_digits(c.rng, 13)})
    return b.build()
