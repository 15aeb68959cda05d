"""Abyssinia Mobile: a bank app with eKYC against a Fayda-style national ID.

Account opening sends the customer's FAN (Fayda number: an account-like national
id, never a device id) and a selfie through the bank's backend to a MOSIP-style
auth request (`requestedAuth.bio`, `biometrics[].bioType=Face`); the returning
customer's face template is an ArcFace vector in base64 float32 under `featureVec`
with `algo`. The ID card's OCR boxes, FX rates, a self-declared sex (`tsota`) on
the form and branch coordinates are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mb.abyssinia-bank.example"
UA = ua("AbyssiniaMobile", "6.0.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "abyssinia", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    b.header(
        "x-device-fingerprint",
        (b.other_id("bank_fp", "header x-device-fingerprint"), c.phone.bank_fp)[1],
    )
    return b


def fayda_auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/fayda/auth")
    b.bio("face_image", "json request.biometrics[].data (bioType Face)")
    b.json(
        {
            "id": "mosip.identity.kyc",
            "version": "1.0",
            "requestTime": iso(c),
            "transactionID": rid(c.rng)[:10],
            "individualId": b.acct("fayda_fan"),
            "individualIdType": "FAN",
            "requestedAuth": {"otp": False, "demo": False, "bio": True},
            "request": {
                "biometrics": [
                    {
                        "bioType": "Face",
                        "bioSubType": "UNKNOWN",
                        "data": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
                        "qualityScore": c.rng.randint(60, 95),
                    }
                ]
            },
        }
    )
    b.ok_json({"response": {"kycStatus": True}, "transactionID": rid(c.rng)[:10]})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/biometric/compare")
    b.bio("face_embedding", "json featureVec (base64 float32, algo ArcFace)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "algo": "arcface_r100_v2",
            "featureVec": floats_b64(floats(c.rng, 512)),
            "threshold": 0.42,
        }
    )
    b.ok_json({"same": True, "sim": rf(c.rng, 0.5, 0.9, 3)})
    return b.build()


def id_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/id/ocr")
    b.decoy("OCR boxes of the printed ID card text (not biometric)")
    b.ok_json(
        {
            "blocks": [
                {"text": t, "box": [rf(c.rng, 0, 500, 1) for _ in range(4)]}
                for t in ("ኢትዮጵያ", "FEDERAL DEMOCRATIC REPUBLIC", "ስም / Name", "Selam Tesfaye")
            ]
        }
    )
    return b.build()


def open_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v1/personal")
    b.decoy("sign-up form with self-declared sex (tsota)")
    b.json(
        {
            "sim": "Selam",
            "ye_abat_sim": "Tesfaye",
            "tsota": "ሴት",
            "kifle_ketema": "Bole",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"step": "selfie"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/public/fx?base=ETB")
    b.decoy("exchange-rate series (float list)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 56, 58, 3) for _ in range(30)],
            "EUR": [rf(c.rng, 60, 63, 3) for _ in range(30)],
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/public/branches?city=BahirDar")
    b.decoy("branch coordinates")
    b.ok_json(
        {
            "branches": [
                {
                    "name": "Bahir Dar Main",
                    "lat": rf(c.rng, 11.5, 11.7),
                    "lon": rf(c.rng, 37.3, 37.5),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/statement?from=2017-01-01")
    b.ok_json(
        {
            "cif": b.acct("bank_cif"),
            "lines": [{"amt": rf(c.rng, -900, 900, 2), "ref": rid(c.rng)} for _ in range(5)],
        }
    )
    return b.build()
