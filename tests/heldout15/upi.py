"""A UPI payments app ("BharatPay") with device binding: at first run the app
binds the handset to the account (it sends an SMS from the chosen SIM and the
server checks the SIM's serial and the IMEI it reads with READ_PHONE_STATE),
then every payment carries the binding id and a fingerprint header.

NPCI's UPI device-binding rules (OC 2019 onwards) ask PSP apps to bind the
device and SIM; the field names here are the app's own (fictional backend).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://upi.bharatpay-app.in"
CARRIERS = ("Jio 4G", "airtel")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bharatpay", method, API + path)
    b.header("user-agent", ua("BharatPay", "5.31.0"))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/psp/v2/device/bind")
    sims = [
        {
            "slot": 0,
            "iccid": b.id("iccid1", where="json deviceInfo.sims[0].iccid"),
            "operator": CARRIERS[0],
        },
        {
            "slot": 1,
            "iccid": b.id("iccid2", where="json deviceInfo.sims[1].iccid"),
            "operator": CARRIERS[1],
        },
    ]
    b.json(
        {
            "mobileNo": "91XXXXXX" + new_digits(c.rng, 4),
            "smsToken": new_hex(c.rng, 32).upper(),
            "deviceInfo": {
                "androidId": b.id("aid_upi", where="json deviceInfo.androidId"),
                "imeiList": [
                    b.id("imei1", where="json deviceInfo.imeiList[0]"),
                    b.id("imei2", where="json deviceInfo.imeiList[1]"),
                ],
                "sims": sims,
                "manufacturer": "Xiaomi",
                "model": "23129RN51X",
                "osVersion": "14",
            },
        }
    )
    bid = b.id("upi_binding", where="response json bindingId", direction="response")
    b.ok_json({"status": "BOUND", "bindingId": bid, "validTill": iso(c)})
    return b.build()


def bind_check(c: Context) -> Flow:
    b = _b(c, "POST", "/psp/v2/device/verify")
    b.header("x-device-fingerprint", b.id("upi_binding", where="header x-device-fingerprint"))
    b.json(
        {
            "simSerialHash": b.id("iccid1", "sha256", "json simSerialHash"),
            "imeiMd5": b.id("imei1", "md5", "json imeiMd5"),
            "ts": ms(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def pay(c: Context) -> Flow:
    b = _b(c, "POST", "/psp/v2/pay")
    b.header("x-device-fingerprint", b.id("upi_binding", where="header x-device-fingerprint"))
    b.decoy("transaction id, UPI reference and amount")
    b.json(
        {
            "txnId": "BPY" + new_hex(c.rng, 29).upper(),
            "payerVpa": b.acct("upi_vpa"),
            "payeeVpa": c.rng.choice(["chaiwala.blr@ybl", "9845012345@paytm", "dmart@icici"]),
            "amount": f"{rf(c.rng, 10, 2500, 2):.2f}",
            "credBlock": b64(c.rng.randbytes(128)),
            "note": c.rng.choice(["tea", "groceries", "auto"]),
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": new_digits(c.rng, 12, "4")})
    return b.build()


def meta_header(c: Context) -> Flow:
    b = _b(c, "GET", "/psp/v1/config")
    b.header("x-di", b.id("imei2", "b64", "header x-di (base64, no name)", detectable=False))
    b.ok_json({"features": {"upiLite": True, "creditLine": False}, "rev": rid(c.rng)})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", "/psp/v1/transactions?page=1")
    b.decoy("UTR numbers, amounts and timestamps")
    b.ok_json(
        {
            "items": [
                {
                    "rrn": new_digits(c.rng, 12, "4"),
                    "amount": rf(c.rng, 10, 3000, 2),
                    "status": "SUCCESS",
                    "at": ms(c) - c.rng.randint(10**5, 10**9),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "POST", "/psp/v1/balance")
    b.json({"accountRef": "ACR" + new_hex(c.rng, 12), "credBlock": b64(c.rng.randbytes(96))})
    b.ok_json({"balance": rf(c.rng, 100, 90000, 2), "currency": "INR"})
    return b.build()


def qr_lookup(c: Context) -> Flow:
    b = _b(c, "GET", f"/psp/v1/merchant?mid=MER{new_digits(c.rng, 10)}")
    b.decoy("merchant id and geo coordinates of the shop")
    b.ok_json(
        {
            "name": "Sri Lakshmi Stores",
            "mcc": "5411",
            "lat": rf(c.rng, 12.8, 13.1, 5),
            "lon": rf(c.rng, 77.5, 77.7, 5),
        }
    )
    return b.build()
