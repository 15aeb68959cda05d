"""AmarSIM: a Bangladeshi mobile operator's self-care app, with carrier privileges.

It reads the handset IMEI (allowed to carrier-privileged apps) for VoLTE and
handset-offer eligibility, and once an hour posts an MD5 of the IMEI under `x`
(opaque key). Its live-TV tab logs channel tuning (`channel_tune`). Balance, data
packs, the usage list with called numbers and signal reports with cell ids and
coordinates are ordinary; the MSISDN is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, bd_time, rf, rid, ua

API = "https://selfcare.amarsim.example"
UA = ua("AmarSIM", "9.2.0")
CHANNELS = ["Somoy TV", "Channel i", "BTV", "T Sports", "Jamuna TV", "Deepto TV"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "amarsim", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    b.header("x-android-id", b.id("aid_telco", where="header x-android-id"))
    return b


def volte_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/volte/eligibility")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "handset": "Walton Primo RX9",
            "band": "LTE B3/B41",
        }
    )
    b.ok_json({"eligible": True, "message": "আপনার হ্যান্ডসেট VoLTE সাপোর্ট করে"})
    return b.build()


def handset_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/offers/handset")
    b.param("device_imei", b.id("imei", where="query device_imei"))
    b.ok_json({"offers": [{"id": "HS-40GB", "price": 299, "validity_days": 30}]})
    return b.build()


def imei_hash_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ping")
    b.json(
        {
            "x": b.id("imei", "md5", where="json x (md5 of IMEI)", detectable=False),
            "t": bd_time(c.now),
        }
    )
    b.no_content()
    return b.build()


def channel_tune(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/livetv/channel_tune")
    b.view("json channel_tune log: channel, tune_in, tune_out (live TV tuning)")
    start = c.now - c.rng.randint(60, 2400)
    b.json(
        {
            "channel_tune": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "tune_in": bd_time(start),
                    "tune_out": bd_time(c.now),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/balance")
    b.ok_json(
        {
            "main_taka": rf(c.rng, 0, 300, 2),
            "data_mb": c.rng.randint(0, 40000),
            "minutes": c.rng.randint(0, 600),
        }
    )
    return b.build()


def data_packs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/packs?type=internet")
    b.decoy("data pack catalogue with prices and validity")
    b.ok_json(
        {
            "packs": [
                {"code": f"P{i}", "gb": g, "taka": g * 29} for i, g in enumerate([1, 5, 10, 25])
            ]
        }
    )
    return b.build()


def usage_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/usage?days=7")
    b.decoy("call and SMS usage list with other people's numbers (accounts)")
    b.ok_json(
        {
            "usage": [
                {
                    "to": "01" + str(c.rng.randint(700000000, 999999999)),
                    "sec": c.rng.randint(5, 900),
                    "at": bd_time(c.now - i * 5000),
                }
                for i in range(5)
            ]
        }
    )
    return b.build()


def signal_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/network/signal")
    b.decoy("signal report: cell id, RSRP, coordinates (the operator's cell, not the phone)")
    b.json(
        {
            "cell_id": c.rng.randint(10**6, 10**8),
            "rsrp": -c.rng.randint(70, 120),
            "lat": rf(c.rng, 23.7, 23.9, 5),
            "lng": rf(c.rng, 90.3, 90.5, 5),
        }
    )
    b.no_content()
    return b.build()


def recharge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/recharge")
    b.decoy("recharge order and transaction id")
    b.json({"amount": c.rng.choice([20, 50, 100]), "method": "wallet"})
    b.ok_json({"txn": b64(rid(c.rng))[:20], "status": "SUCCESS"})
    return b.build()
