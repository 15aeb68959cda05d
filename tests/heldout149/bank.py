"""Khaleej Bank: a UAE retail bank app on the iPhone with face login.

Face ID itself never leaves the phone; the bank's own "FacePay" login does: an
in-app SDK computes a 128-float face template (base64 float32 under
`faceTemplate`) and liveness frames go to the bank's KYC vendor. Device binding
sends the IDFV. Transfers, FX rates, the card's CVV-less summary and ATM
locations are ordinary; a cheque OCR result (boxes) is not biometric.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jwt

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://mobile.khaleejbank.example"
UA = ios_ua("KhaleejBank", "9.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khaleejbank", method, url)
    b.header("user-agent", UA)
    b.header(
        "x-device-binding",
        b.id("bank_binding", where="header x-device-binding (bank device binding id)"),
    )
    return b


def _vec(rng: random.Random, n: int) -> list[float]:
    return [round(rng.gauss(0, 0.09), 6) for _ in range(n)]


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/facepay/verify")
    b.bio("face_template", "json faceTemplate (base64 float32[128]) + livenessScore")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "faceTemplate": floats_b64(_vec(c.rng, 128)),
            "templateVersion": "fp-3.1",
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "deviceId": b.id("idfv_bank", where="json deviceId (IDFV)"),
            "ts": ms(c),
        }
    )
    b.ok_json({"result": "MATCH", "accessToken": jwt({"sub": "x", "iat": ms(c) // 1000})})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/facepay/enrol")
    b.bio("face_image", "json selfieImage (base64 JPEG) for face login enrolment")
    b.json(
        {
            "selfieImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "headPose": {"yaw": rf(c.rng, -8, 8, 2), "pitch": rf(c.rng, -6, 6, 2)},
            "captureAt": iso(c),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def opaque_login(c: Context) -> Flow:
    """A later app version: the template travels encrypted under `p` (no readable name)."""
    b = _b(c, "POST", f"{API}/auth/v3/f")
    b.bio("face_template", "json p = base64 of encrypted template", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(560))), "k": new_hex(c.rng, 8)})
    b.ok_json({"r": 1})
    return b.build()


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/bind")
    b.json(
        {
            "vendorId": b.id("idfv_bank", where="json vendorId (IDFV)"),
            "model": "iPhone15,2",
            "os": "17.5.1",
            "jailbroken": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/payments/v1/transfer")
    b.decoy("IBAN, amount and reference numbers (account data)")
    b.json(
        {
            "toIban": "AE07033" + new_hex(c.rng, 16).upper()[:16],
            "amount": rf(c.rng, 50, 9000, 2),
            "currency": "AED",
            "purpose": "FAM",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "ACCEPTED", "txnRef": "FT" + new_hex(c.rng, 10).upper()})
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rates/v1/fx?base=AED")
    b.decoy("FX rate series (floats)")
    b.ok_json(
        {
            "INR": [rf(c.rng, 22.5, 22.9, 4) for _ in range(30)],
            "PKR": [rf(c.rng, 75, 76, 3) for _ in range(30)],
        }
    )
    return b.build()


def cheque_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cheque/v1/scan")
    b.decoy("cheque OCR boxes (text recognition, no face)")
    b.json({"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))})
    b.ok_json(
        {
            "fields": [
                {
                    "name": "amount",
                    "box": [c.rng.randint(0, 900) for _ in range(4)],
                    "text": str(c.rng.randint(100, 9000)),
                }
            ]
        }
    )
    return b.build()


def atms(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/locator/v1/atms?lat={rf(c.rng, 25.0, 25.3)}&lng={rf(c.rng, 55.1, 55.4)}"
    )
    b.ok_json(
        {
            "atms": [
                {
                    "id": f"ATM{c.rng.randint(100, 999)}",
                    "lat": rf(c.rng, 25, 25.3),
                    "lng": rf(c.rng, 55.1, 55.4),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
