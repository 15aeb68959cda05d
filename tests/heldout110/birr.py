"""BirrPay: a telebirr-like mobile money wallet with face verification.

Device binding sends both IMEIs of the dual-SIM phone and the ANDROID_ID (the
wallet ties an account to one handset, as Ethiopian wallets do); the phone
number is the account. Face verification (ፊት ማረጋገጫ, `fit-maregagecha`) uploads
a selfie as `fit_misil` with liveness actions, enrolment stores a 128-float
face template `fit_template` (base64 float32); step-up re-checks go inside the
app's own AES envelope (`data`, `key_id`), where nothing says a face is in it.
Every call carries an SHA-256 device fingerprint. Balances, transfers, the
statement, merchant QR codes and the KYC form (self-declared gender, Fayda ID
number: an account) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.birrpay.example"
UA = ua("BirrPay", "6.0.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "birrpay", method, url)
    b.header("user-agent", UA)
    b.header("x-device-fp", b.id("birr_fp", where="header x-device-fp (device fingerprint)"))
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 700))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mesariya/asir")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "imei1": b.id("imei1", where="json imei1"),
            "imei2": b.id("imei2", where="json imei2"),
            "androidId": b.id("aid_birr", where="json androidId"),
            "deviceName": "TECNO CK8n",
            "otp": f"{c.rng.randint(0, 999999):06d}",
        }
    )
    b.ok_json({"tesasre": True, "bindingRef": rid(c.rng)})
    return b.build()


def face_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/fit-maregagecha")
    b.bio("face_image", "json fit_misil (Amharic: face image) + liveness actions")
    b.json(
        {
            "fit_misil": _jpeg(c),
            "liveness": {"actions": ["blink", "turn_left"], "passed": True},
            "msisdn": b.acct("msisdn"),
            "ts": ms(c),
        }
    )
    b.ok_json({"wutet": "TEREGAGGETWAL", "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/fit/template")
    b.bio("face_template", "json fit_template (base64 float32, 128-d)")
    b.json(
        {
            "fit_template": floats_b64(floats(c.rng, 128)),
            "model": "mfn-128-v3",
            "quality": rf(c.rng, 0.6, 0.99, 2),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def stepup_envelope(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/secure/s")
    b.bio("face_image", "json data (app's AES envelope of a step-up selfie)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"data": b64(blob), "key_id": "k3", "iv": new_hex(c.rng, 24)})
    b.ok_json({"data": b64(bytes(c.rng.getrandbits(8) for _ in range(40)))})
    return b.build()


def hashed_id_check(c: Context) -> Flow:
    """Session refresh: the IMEI hashed under `h`, beside nothing readable."""
    b = FB(c, "birrpay", "POST", f"{API}/v2/t/r")
    b.header("user-agent", UA)
    b.json({"h": b.id("imei1", "sha256", "json h (sha256 of IMEI)", detectable=False), "n": ms(c)})
    b.ok_json({"t": new_hex(c.rng, 32)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/qeri-hisab")
    b.ok_json({"birr": rf(c.rng, 10, 9000, 2), "currency": "ETB", "asof": iso(c)})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/genzeb-laku")
    b.decoy("transfer: receiver phone number and transaction id (accounts, not devices)")
    b.json(
        {
            "tekebay": "2519" + str(c.rng.randint(10**7, 10**8 - 1)),
            "meten": rf(c.rng, 20, 3000, 2),
            "mastawesha": c.rng.choice(["ለቤት ኪራይ", "ለእናቴ", "qarshii"]),
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"txn": "DB" + new_hex(c.rng, 8).upper(), "status": "SUCCESS"})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ye-gibyit-tarik?page=1")
    b.decoy("transaction history with timestamps (money, not viewing)")
    b.ok_json(
        {
            "items": [
                {
                    "txn": "DB" + new_hex(c.rng, 8).upper(),
                    "meten": rf(c.rng, 5, 900, 2),
                    "at": iso(c),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def merchant_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/merchant/qr/parse")
    b.decoy("merchant QR with till number and the merchant's POS terminal id (not ours)")
    b.json({"qr": "000201010212" + new_hex(c.rng, 30), "tillNo": str(c.rng.randint(10**5, 10**6))})
    b.ok_json({"merchant": "ቶሞካ ቡና", "posTerminalId": "T" + new_hex(c.rng, 8).upper()})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/meresja")
    b.decoy("self-declared gender, birth date and Fayda national id number (account)")
    b.json(
        {
            "sim": "ሰላም ገብረመድህን",
            "tsota": "set",
            "yeltedebet_qen": "1988-09-12",
            "fayda": b.acct("fayda_no"),
            "kilil": "ትግራይ",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
