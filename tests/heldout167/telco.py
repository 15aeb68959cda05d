"""MyEthio: the operator's preinstalled self-care app (balance, bundles, SIM
registration). As a system app it reads the IMEI and serial; a periodic health ping
sends an MD5 of the IMEI under `h` and nothing readable. Balances, bundles, the
serving cell (the operator's tower, not the tester's device) and speed tests are
not sensitive; the phone number is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://selfcare.myethio.example"
UA = ua("MyEthio", "7.3.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "myethio", method, url)
    b.header("user-agent", UA)
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/mesariya/register")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "imei": b.id("imei", where="json imei"),
            "serialNumber": b.id("phone_serial", where="json serialNumber"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "brand": "TECNO",
            "qwanqwa": "am",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def health_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/hp")
    b.param("h", b.id("imei", "md5", where="query h (md5 of IMEI)", detectable=False))
    b.param("v", "732")
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/balance")
    b.header("x-app-device", b.id("aid_telco", where="header x-app-device"))
    b.ok_json(
        {
            "msisdn": b.acct("msisdn"),
            "qeri_birr": rf(c.rng, 2, 300, 2),
            "data_mb": c.rng.randint(10, 20000),
            "expires": iso(c),
        }
    )
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/packages?type=data&lang=om")
    b.ok_json(
        {"packages": [{"id": f"P{i}", "maqaa": "Guyyaa 7", "gatii": 50 * i} for i in range(1, 6)]}
    )
    return b.build()


def serving_cell(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/network/quality")
    b.decoy("serving cell id / eNB: the operator's tower, not the tester's device")
    b.json(
        {
            "cellId": c.rng.randint(10**7, 10**8),
            "enb": c.rng.randint(10000, 99999),
            "rsrp": -c.rng.randint(70, 115),
            "lat": rf(c.rng, 8.9, 9.1),
            "lon": rf(c.rng, 38.7, 38.8),
            "trace": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def speedtest(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/speed/10MB.bin?r={c.rng.randint(1, 10**6)}")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(256)))
    return b.build()
