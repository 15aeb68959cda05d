"""PisoPay: an e-wallet with face verification at cash-in limits and log-in.

Selfie upgrade ("Verify Me") posts a selfie and a document photo; the in-house face
SDK then sends a 128-float template as base64 float32 under `face_template` on
log-in. A device-binding call sends ANDROID_ID, GAID and the SDK's fingerprint; the
liveness SDK's own frames go out AES-encrypted under `p` (opaque). QR payments with
merchant coordinates, balances and a self-declared gender on the profile form are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, app_fb, floats, iso, ms, rf, rid, ua

API = "https://api.pisopay.example"
UA = ua("PisoPay", "5.21.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "pisopay", method, url, UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-msisdn", b.acct("piso_msisdn"))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 600))


def selfie_upgrade(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/verify-me")
    b.bio("face_image", "json selfie_larawan (selfie for face match with ID)")
    b.json(
        {
            "id_type": "PHILSYS",
            "id_larawan": _jpeg(c),
            "selfie_larawan": "data:image/jpeg;base64," + _jpeg(c),
            "liveness_score": rf(c.rng, 0.8, 1, 3),
        }
    )
    b.ok_json({"status": "PENDING_REVIEW", "ref": rid(c.rng)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/face-login")
    b.bio("face_template", "json face_template (base64 float32 x128)")
    b.json(
        {
            "face_template": floats_b64(floats(c.rng, 128)),
            "template_ver": "pf-3.2",
            "user": b.acct("piso_user"),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def liveness_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/lv")
    b.bio("face_image", "json p (AES-encrypted liveness frames)", detectable=False)
    b.json({"k": new_hex(c.rng, 32), "p": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)), "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/bind")
    b.json(
        {
            "androidId": b.id("aid_piso", where="json androidId"),
            "adId": b.id("gaid", where="json adId"),
            "dfp": b.id("piso_dfp", where="json dfp (device fingerprint)"),
            "model": "vivo V2250",
            "isRooted": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def device_hash_header(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wallet/v1/balance")
    b.header("x-dh", b.id("aid_piso", "sha256", "header x-dh (sha256)", detectable=False))
    b.decoy("wallet balance (money, not sensitive here)")
    b.ok_json({"balance": rf(c.rng, 10, 9000, 2), "currency": "PHP"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pay/v1/qrph")
    b.decoy("merchant coordinates and QR reference")
    b.json(
        {
            "merchant": "Sari-Sari ni Aling Nena",
            "amount": rf(c.rng, 20, 900, 2),
            "lat": rf(c.rng, 14.5, 14.7, 5),
            "lng": rf(c.rng, 120.95, 121.1, 5),
            "qr_ref": new_hex(c.rng, 24),
        }
    )
    b.ok_json({"ok": True, "txn": rid(c.rng), "at": iso(c)})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/user/v1/profile")
    b.decoy("self-declared gender and birthday on a form (not face analysis)")
    b.json(
        {
            "kasarian": c.rng.choice(["lalaki", "babae"]),
            "kaarawan": "1994-06-12",
            "lungsod": "Pasig",
            "email": b.id("email", where="json email (account contact)"),
        }
    )
    b.ok_json({"saved": True})
    return b.build()
