"""PaoNgern: an e-wallet (top-up, QR payments, gold savings, co-payment schemes).

It binds to the phone with its ANDROID_ID and advertising id (`device_info`),
and its risk engine signs each call with an MD5 of the ANDROID_ID under
`x-pn-k` (opaque). The Adjust SDK opens sessions through `/session` in the
form its PackageBuilder writes (`gps_adid`, `android_uuid`) and gets the
`adid` back. QR payments with shop coordinates, the gold price series, top-ups
and the balance are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, rf, rid, ua

API = "https://api.paongern.example"
UA = ua("PaoNgern", "6.3.1")


def _b(c: Context, method: str, url: str, key: bool = True) -> FB:
    b = FB(c, "paongern", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if key:
        b.header("x-pn-k", b.id("aid_wallet", "md5", "header x-pn-k (md5 of ANDROID_ID)", False))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register", key=False)
    b.json(
        {
            "device_info": {
                "android_id": b.id("aid_wallet", where="json device_info.android_id"),
                "ad_id": b.id("gaid", where="json device_info.ad_id"),
                "model": "CPH2599",
                "os": "Android 14",
            },
            "user_ref": b.acct("wallet_user"),
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2599 Build/UP1A.231005.007)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "9k2xqwe7l8hs"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("wallet_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "+0700")),
            ("device_type", "phone"),
            ("device_name", "CPH2599"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("country", "TH"),
            ("language", "th"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    adid = b.id("wallet_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pay/qr")
    b.decoy("QR payment: merchant id, shop coordinates, transaction reference")
    b.json(
        {
            "qr_payload": "000201010212" + rid(c.rng).replace("-", "")[:20],
            "amount": rf(c.rng, 20, 800, 2),
            "lat": rf(c.rng, 18.7, 18.9, 5),
            "lng": rf(c.rng, 98.9, 99.1, 5),
        }
    )
    b.ok_json({"txn_id": "PN" + str(c.rng.randint(10**13, 10**14)), "status": "SUCCESS"})
    return b.build()


def gold_prices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gold/rakha?range=1M", key=False)
    b.decoy("gold price series (rakha_thong)")
    b.ok_json(
        {
            "rakha_thong": [
                {
                    "wan": iso(c)[:10],
                    "sue": rf(c.rng, 40500, 41500, 0),
                    "khai": rf(c.rng, 40400, 41400, 0),
                }
                for _ in range(20)
            ]
        }
    )
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/topup")
    b.decoy("top-up order id, bank account suffix")
    b.json({"channel": "KSNEXT", "amount": c.rng.choice([100, 300, 500]), "acct_last4": "4821"})
    b.ok_json({"topup_id": rid(c.rng), "status": "PENDING"})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/balance")
    b.ok_json({"yod_ngern": rf(c.rng, 10, 5000, 2), "currency": "THB"})
    return b.build()
