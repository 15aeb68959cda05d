"""Sahab Telecom: the household's mobile operator app on the Samsung phone (Dubai).

eSIM transfer and device insurance read the phone's IMEI, the "My devices" page
lists the Galaxy Buds' serial, and the home-internet page shows the router the
operator RENTS to the household: its MAC is the operator's equipment, labelled
a decoy (not the household's own device). Bills, data-usage series and the
MSISDN are accounts and ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, android_ua, iso, rf, rid

API = "https://selfcare.sahabtelecom.example"
UA = android_ua("SahabSelfcare", "7.0.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahab", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def esim_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/esim/v1/transfer")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "eid": "8904" + "0" * 12 + str(c.rng.randint(10**15, 10**16 - 1)),
            "requestedAt": iso(c),
        }
    )
    b.ok_json({"status": "QUEUED", "ticket": rid(c.rng)})
    return b.build()


def insurance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/devicecare/v1/policy")
    b.param("imei", b.id("imei", where="query imei"))
    b.ok_json({"covered": True, "plan": "DeviceCare Plus", "renewal": "2026-09-01"})
    return b.build()


def my_devices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/account/v1/devices")
    serial = b.id("buds_serial", where="response json devices[1].serialNo", direction="response")
    imei = b.id("imei", where="response json devices[0].imei", direction="response")
    b.ok_json(
        {
            "devices": [
                {"type": "phone", "model": "Galaxy S23", "imei": imei},
                {"type": "accessory", "model": "Galaxy Buds2 Pro", "serialNo": serial},
            ]
        }
    )
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/t")
    b.form([("h", b.id("imei", "md5", "form h (MD5 of IMEI)", detectable=False)), ("v", "7")])
    b.no_content()
    return b.build()


def router(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/home/v1/router")
    b.decoy("MAC of the operator's rented home router (operator equipment, not the household's)")
    b.ok_json(
        {
            "routerMac": b.acct("router_mac"),
            "model": "Huawei HG8245",
            "owner": "SAHAB",
            "rental": True,
            "ssid": "SAHAB-HOME-5G",
        }
    )
    return b.build()


def usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/usage/v1/daily?days=30")
    b.decoy("data-usage series (numbers)")
    b.ok_json({"dailyMb": [rf(c.rng, 100, 4000, 1) for _ in range(30)]})
    return b.build()


def bill(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/billing/v1/current")
    b.decoy("bill with account number and MSISDN (accounts)")
    b.ok_json({"account": b.acct("msisdn"), "amountAed": rf(c.rng, 150, 600, 2), "due": iso(c)})
    return b.build()
