"""SignalPH: a telco self-care app (load, promos, data usage, SIM registration).

As the carrier's own app it holds carrier privileges and reads the IMEI for its
device-compatibility (5G / VoLTE) check; its diagnostics header sends the IMEI
with the first digits swapped out by a keyed cipher (opaque). Data-usage bytes,
promo catalogues and the SIM-registration form (a national ID number) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, app_fb, iso, rf, rid, ua

API = "https://selfcare.signalph.example"
UA = ua("SignalPH", "9.12.0")


def _shift_digits(digits: str, key: str) -> str:
    """The app's own obfuscation: each digit shifted by a repeating key."""
    return "".join(str((int(d) + int(key[i % len(key)])) % 10) for i, d in enumerate(digits))


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "signalph", method, url, UA)
    b.header("x-msisdn", b.acct("signal_msisdn"))
    return b


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/compatibility")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_signal", where="json androidId"),
            "model": "vivo V2250",
            "check": ["5G", "VoLTE", "eSIM"],
        }
    )
    b.ok_json({"5G": True, "VoLTE": True, "eSIM": False})
    return b.build()


def diag_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/usage/summary")
    imei = b.id_raw("imei", "digit_cipher", "header x-d (digit-shift cipher of IMEI)")
    b.header("x-d", _shift_digits(imei, "73915"))
    b.decoy("data usage in bytes")
    b.ok_json({"data_used_mb": rf(c.rng, 100, 20000, 1), "expiry": iso(c)})
    return b.build()


def promos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/promos?brand=prepaid")
    b.ok_json(
        {
            "promos": [
                {"code": "GIGA99", "presyo": 99, "data_gb": 8},
                {"code": "UNLI50", "presyo": 50},
            ]
        }
    )
    return b.build()


def sim_registration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/simreg/submit")
    b.decoy("SIM registration: name, national ID number, address (personal, not device ids)")
    b.json(
        {
            "pangalan": "Jhun Mark Dela Cruz",
            "philsys": "PSN-" + new_hex(c.rng, 12).upper(),
            "tirahan": "Brgy. Lahug, Cebu City",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "REGISTERED"})
    return b.build()
