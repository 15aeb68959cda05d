"""SiamThai Bank mobile (a fictional Thai retail bank), the manager's own, with
selfie login.

Login with a face: the app runs a FaceTec 3D liveness check against the bank's
FaceTec Server (REST `/liveness-3d` and `/match-3d-3d` with `faceScan`,
`auditTrailImage`, `lowQualityAuditTrailImage`, `externalDatabaseRefID`;
headers `X-Device-Key` (the app's FaceTec licence key, not a device id) and
`X-User-Agent`, https://dev.facetec.com/api-guide), then posts the selfie to the
bank's own face-compare endpoint against the DOPA card photo (`selfie`). A newer
build wraps the face scan in an encrypted JWE (opaque). Device binding sends
the ANDROID_ID, the bank's device uuid and the advertising id (the fraud
engine); the balance call carries a SHA-256 of the ANDROID_ID in `x-dv`.
PromptPay transfers, the slip image, the self-declared title (นาย / นาง /
นางสาว) and the rates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mb.siamthaibank.example"
FT = "https://facetec.siamthaibank.example/api/v3.1/biometrics"
UA = ua("SiamThaiMobile", "7.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "siamthai", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _ft(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", f"{FT}/{path}")
    b.header("user-agent", UA)
    b.header("x-device-key", "dZqW8cP1rTb7uNv2YhKs4mXe0aLgFj3o")
    b.header("x-user-agent", f"facetec|sdk|android|th.siamthai.mobile|9.7.38|{rid(c.rng)}")
    b.decoy("X-Device-Key is FaceTec's app licence key, not a device id")
    return b


def _img(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/device/binding")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceUuid": b.id("bank_device_uuid", where="json deviceUuid"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "SM-A556E",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpRef": new_hex(c.rng, 6).upper()})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _ft(c, "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec liveness-3d)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _img(c),
            "lowQualityAuditTrailImage": _img(c, 300),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 64))})
    return b.build()


def match3d(c: Context) -> Flow:
    b = _ft(c, "match-3d-3d")
    b.bio("face_scan", "json faceScan (FaceTec match-3d-3d)")
    b.json(
        {
            "externalDatabaseRefID": "stb_" + new_hex(c.rng, 24),
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _img(c),
            "lowQualityAuditTrailImage": _img(c, 300),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([8, 9, 10]), "wasProcessed": True})
    return b.build()


def selfie_compare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/face/compare")
    b.bio("face_image", "json selfie (base64 jpeg) for face compare with the ID-card photo")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "selfie": _img(c),
            "compareWith": "DOPA_CARD_PHOTO",
            "livenessSessionId": rid(c.rng),
            "at": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_jwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/auth/f")
    b.bio("face_scan", "JWE compact body (encrypted face scan)", detectable=False)
    hdr = b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "stb-2025-01"}))
    parts = [hdr] + [
        b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (256, 12, 1400, 16)
    ]
    b.set_body(".".join(parts).encode(), "application/jose")
    b.ok_json({"r": 0, "t": new_hex(c.rng, 32)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/accounts")
    b.header("x-dv", b.id("aid_bank", "sha256", "header x-dv", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {
                    "no": "xxx-x-x" + new_digits(c.rng, 4) + "-x",
                    "type": "SAVINGS",
                    "balance": rf(c.rng, 1000, 400000, 2),
                    "ccy": "THB",
                }
            ]
        }
    )
    return b.build()


def promptpay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/transfer/promptpay")
    b.decoy("PromptPay id (phone number) and transaction reference")
    b.json(
        {
            "toProxy": "08" + new_digits(c.rng, 8),
            "proxyType": "MSISDN",
            "amount": rf(c.rng, 50, 5000, 2),
            "memo": c.rng.choice(["ค่าส่วนกลาง", "ค่าข้าว", "ค่าแม่บ้าน"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"txnRef": f"{ms(c)}{c.rng.randint(1000, 9999)}", "status": "SUCCESS"})
    return b.build()


def slip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/transfer/{rid(c.rng)}/slip.jpg")
    b.decoy("transfer slip image (no face)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/profile")
    b.decoy("self-declared title and birth date")
    b.ok_json({"title": "นางสาว", "firstNameTh": "วรรณา", "birthDate": "1986-07-21", "lang": "th"})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fx-rates")
    b.ok_json({"USD": rf(c.rng, 33, 37, 2), "JPY": rf(c.rng, 0.22, 0.25, 4), "at": iso(c)})
    return b.build()
