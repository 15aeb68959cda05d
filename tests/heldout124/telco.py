"""MyanNet: a Myanmar telco's self-care app (balance, data packs, SIM services).

As the operator's own app it holds carrier privileges and reads both IMEIs and
the serial; device info goes up at login, once with a Myanmar-script key
(`စက်နံပါတ်` = device number, which a Burmese engineer reads as the IMEI) and
on a periodic check as an MD5 of IMEI 1 under `x`. The phone number is the
account (never a device id); the serving cell id is the operator's tower.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no

from .phone import FB, builder, iso, rf, ua

API = "https://selfcare.myannet.example"
UA = ua("MyanNet", "10.2.5")


def _b(c: Context, method: str, url: str, dev: bool = False) -> FB:
    b = builder(c, "myannet", method, url, UA)
    if dev:
        b.header("x-aid", b.id("aid_telco", where="header x-aid"))
    return b


def device_info(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/info", dev=True)
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "imei1": b.id("imei1", where="json imei1"),
            "imei2": b.id("imei2", where="json imei2"),
            "serial": b.id("phone_serial", where="json serial"),
            "model": "vivo V2231",
            "volte": True,
        }
    )
    b.ok_json({"ok": True, "sim_registered": True})
    return b.build()


def device_info_mm(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/{quote('ဖုန်း')}/{quote('မှတ်ပုံတင်')}")
    b.json(
        {
            "ဖုန်းနံပါတ်": b.acct("msisdn"),
            "စက်နံပါတ်": b.id("imei1", where="json စက်နံပါတ် (Myanmar script 'device number')"),
            "ဆင်းကတ်": 1,
        }
    )
    b.ok_json({"အခြေအနေ": "အောင်မြင်"})
    return b.build()


def imei_hash_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/h")
    b.form(
        [("x", b.id("imei1", "md5", "form x (md5 of IMEI 1)", detectable=False)), ("v", "10.2.5")]
    )
    b.ok_json({"p": 0})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/balance")
    b.ok_json(
        {
            "main_mmk": c.rng.randint(0, 20000),
            "data_mb": c.rng.randint(0, 12000),
            "expiry": iso(c),
            "subscriber": b.acct("telco_user"),
        }
    )
    return b.build()


def buy_pack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/packs/buy")
    b.decoy("order id of a data-pack purchase")
    b.json(
        {"pack": c.rng.choice(["DATA_3GB_7D", "NIGHT_10GB", "SOCIAL_1GB"]), "pay": "main_balance"}
    )
    b.ok_json({"order_id": order_no(c.rng), "status": "ACTIVE"})
    return b.build()


def cell_info(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/network/quality")
    b.decoy("serving cell id and eNB id (the operator's tower, public equipment)")
    b.json(
        {
            "cell_id": c.rng.randint(10**6, 10**8),
            "enb": c.rng.randint(10**4, 10**6),
            "rsrp": -c.rng.randint(80, 120),
            "lat": rf(c.rng, 16.75, 16.9, 4),
            "lon": rf(c.rng, 96.1, 96.2, 4),
        }
    )
    b.no_content()
    return b.build()


def speed_test(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/speedtest/servers?city=Yangon")
    b.ok_json({"servers": [{"host": "st1.myannet.example", "lat": 16.8, "lon": 96.15}]})
    return b.build()


def promo_banner(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/banners?lang=my")
    b.ok_json(
        {
            "banners": [
                {
                    "id": i,
                    "title": "ဒေတာ ၂ ဆ ပရိုမိုးရှင်း",
                    "img": f"https://img.myannet.example/b/{i}.jpg",
                }
                for i in range(3)
            ]
        }
    )
    return b.build()
