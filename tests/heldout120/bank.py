"""Birr Wallet: a bank / mobile-money app with face login (fictional backend).

Face login sends a float32 face template in base64 and the liveness result; the
device-binding call sends IMEI, serial and a binding hash. A sealed face-login
payload hides the template. Statements, exchange-rate series and the KYC form's
self-declared gender are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64, gz, js

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.birrwallet.example"
UA = ua("BirrWallet", "9.1.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "birrwallet", method, url)
    b.header("user-agent", UA)
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/fit-megbiya")
    b.bio("face_embedding", "json yefit_template (float32 base64, 128-d) + liveness")
    b.json(
        {
            "wallet": c.phone.bank_wallet,
            "yefit_template": floats_b64(floats(c.rng, 128)),
            "liveness": {"blink": True, "score": rf(c.rng, 0.85, 0.99, 3)},
            "device_binding": b.id("bank_binding", where="json device_binding"),
            "at": iso(c),
        }
    )
    b.ok_json({"token": rid(c.rng), "expires": 900})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/liveness/result")
    b.bio("face_analysis", "json ፊት.እድሜ_ግምት / head_pose (Ge'ez 'face', 'estimated age')")
    b.json(
        {
            "ፊት": {
                "እድሜ_ግምት": c.rng.randint(20, 60),
                "head_pose": [rf(c.rng, -15, 15, 2) for _ in range(3)],
                "eyes_open": True,
            },
            "session": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sealed_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/s")
    b.bio("face_embedding", "json x (gzip+base64 of the face template)", detectable=False)
    inner = js({"t": [round(v, 5) for v in floats(c.rng, 128)]}).encode()
    b.json({"x": b64(gz(inner)), "v": 3})
    b.ok_json({"token": rid(c.rng)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/bind")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "serialNo": b.id("serial", where="json serialNo"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "binding": b.id("bank_binding", where="json binding"),
            "msisdn": c.phone.msisdn,
            "model": c.phone.model,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def opaque_risk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/r")
    b.header(
        "x-r", b.id("imei", how="sha256", where="header x-r (SHA-256 of IMEI)", detectable=False)
    )
    b.json({"n": rid(c.rng), "s": c.rng.randint(0, 99)})
    b.no_content()
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rates/v1/history?pair=USDETB&days=30")
    b.decoy("30-day exchange-rate series: floats, no face")
    b.ok_json({"pair": "USDETB", "series": [rf(c.rng, 55, 58, 4) for _ in range(30)]})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wallet/v1/statement?page=1")
    b.decoy("statement with transaction ids and references: account data")
    b.ok_json(
        {
            "tx": [
                {"id": rid(c.rng), "birr": rf(c.rng, -500, 500, 2), "at": iso(c)} for _ in range(5)
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v1/profile")
    b.decoy("KYC form with self-declared ጾታ (gender) and birth date: not face analysis")
    b.json({"ስም": "መሮን", "ጾታ": "ሴት", "birth": "1994-03-02", "city": "Adama"})
    b.ok_json({"ok": True})
    return b.build()
