"""Pay wallet (FIB/FastPay-like): QR payments, top-ups, Adjust attribution and a
device binding with the phone's IMEI. Phone numbers are accounts."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import KB, iso, ms, rf, rid, ua

API = "https://api.pay-wallet.example"
UA = ua("PayWallet", "4.9.0")


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "wallet", method, url)
    b.header("user-agent", UA)
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "imei": b.id("imei", where="json imei"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "otp": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = KB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.0")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid (Adjust adid)")),
            ("android_uuid", rid(c.rng)),
            ("app_token", "k3yw4ll3t9zz"),
            ("created_at", iso(c)),
        ]
    )
    b.decoy("android_uuid is Adjust's per-session uuid; app_token is the app's, not the device's")
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pay/qr")
    b.decoy("merchant terminal id in the QR: a business's device, not the tester's")
    b.json(
        {
            "merchantTerminal": f"TID{c.rng.randint(10**7, 10**8)}",
            "amountIqd": c.rng.randint(1, 200) * 250,
            "from": b.acct("wallet_user"),
            "at": ms(c),
        }
    )
    b.ok_json({"txn": rid(c.rng), "balance": rf(c.rng, 0, 900000, 0)})
    return b.build()


def device_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.json({"k": b.id("imei", "sha256", "json k (sha256 of IMEI)", detectable=False), "n": 4})
    b.no_content()
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/topup")
    b.json(
        {
            "operator": c.rng.choice(["Korek", "Asiacell", "Zain"]),
            "msisdn": b.acct("msisdn"),
            "amount": 5000,
        }
    )
    b.ok_json({"ok": True, "ref": rid(c.rng)})
    return b.build()
