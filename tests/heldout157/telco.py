"""MeraNetwork: a telco self-care app (balance, bundles, PTA DIRBS status).

It reads both IMEIs for the DIRBS registration check and reports the Wi-Fi MAC
with network diagnostics; its MoEngage SDK sends the advertising id and its own
unique id. Checking a second-hand phone's IMEI before buying it (someone else's
device) and the shop's POS terminal serial on a recharge receipt are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import DALVIK, FB, iso, ms, rf, rid, ua

API = "https://selfcare.meranetwork.example"
UA = ua("MeraNetwork", "9.0.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "meranetwork", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def dirbs_status(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pta/dirbs/status")
    b.json(
        {
            "imei_list": [
                b.id("imei", where="json imei_list[0]"),
                b.id("imei2", where="json imei_list[1]"),
            ],
            "msisdn": b.acct("msisdn"),
        }
    )
    b.ok_json({"status": "COMPLIANT", "registered_on": "2023-08-14"})
    return b.build()


def second_hand_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/pta/dirbs/check")
    other = luhn_complete(new_digits(c.rng, 14, "86"))
    b.param("imei", other)
    b.decoy("IMEI of a second-hand phone in a shop, checked before buying: not the tester's device")
    b.ok_json({"imei": other, "status": "BLOCKED", "reason": "reported stolen"})
    return b.build()


def diagnostics(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/network/diagnose")
    b.json(
        {
            "wlan_mac": b.id("phone_mac", "nosep_upper", "json wlan_mac"),
            "cell": {
                "mcc": 410,
                "mnc": c.rng.choice([1, 3, 4, 6, 7]),
                "lac": c.rng.randint(1000, 9999),
                "rsrp": -c.rng.randint(80, 115),
            },
            "android_id": b.id("aid_telco", where="json android_id"),
            "ts": ms(c),
        }
    )
    b.ok_json({"advice": "4G weak, try Wi-Fi calling"})
    return b.build()


def moengage(c: Context) -> Flow:
    b = FB(c, "moengage", "POST", "https://sdk-03.moengage.com/v2/report/add")
    b.header("user-agent", DALVIK)
    b.header("moe-appkey", "MERA" + new_hex(c.rng, 8).upper())
    b.json(
        {
            "query_params": {
                "moe_gaid": b.id("gaid", where="json query_params.moe_gaid"),
                "unique_id": b.id("moe_uid", where="json query_params.unique_id"),
                "os": "ANDROID",
                "app_ver": "9.0.3",
            },
            "viewsInfo": [
                {
                    "EVENT_ACTION": "bundle_purchase",
                    "EVENT_ATTRS": {"bundle": "Weekly Super"},
                    "EVENT_G_TIME": str(ms(c)),
                }
            ],
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def moengage_hashed(c: Context) -> Flow:
    """Config sync whose signature field is an MD5 of the ad id under 'h'."""
    b = FB(c, "moengage", "POST", "https://sdk-03.moengage.com/v3/sdkconfig")
    b.header("user-agent", DALVIK)
    b.json({"h": b.id("gaid", "md5", "json h (md5)", detectable=False), "v": 12, "t": ms(c)})
    b.ok_json({"data": {"m_s_t": 1}})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/account/balance")
    b.ok_json(
        {
            "balance_rs": rf(c.rng, 5, 900, 2),
            "mbs_baqi": c.rng.randint(0, 20000),
            "valid_till": iso(c),
        }
    )
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/offers?type=internet")
    b.ok_json(
        {
            "offers": [
                {"code": f"*{c.rng.randint(100, 999)}#", "naam": n, "price": p}
                for n, p in (("Weekly Super", 330), ("Monthly Max", 1200))
            ]
        }
    )
    return b.build()


def recharge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/recharge/voucher")
    b.decoy("retailer POS terminal serial on a recharge receipt: a shop's device")
    b.json({"voucher": str(c.rng.randint(10**13, 10**14)), "ts": iso(c)})
    b.ok_json(
        {"credited": 500, "retailer_pos": "POS-" + new_hex(c.rng, 10).upper(), "txn": rid(c.rng)}
    )
    return b.build()
