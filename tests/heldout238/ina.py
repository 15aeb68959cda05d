"""Iná Ilé: the monitoring app of the father's hybrid solar inverter and
generator changeover in Lagos, and the inverter's own Wi-Fi / 4G datalogger.

The datalogger uploads readings every few minutes with the inverter's serial,
its own MAC and the 4G module's IMEI (`inverterSn`, `loggerMac`, `imei`, the
names such cloud portals use). The app (Yoruba UI: `batiri` = battery,
`ina_oorun` = solar power, `ina_ijoba` = grid ("NEPA") power, `epo` = fuel)
binds the inverter by its serial and registers with the ANDROID_ID. A compact
keep-alive of the logger carries an MD5 of the IMEI under a one-letter key.
Power readings, the installer's catalogue (other inverters' model numbers)
and fuel prices are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.inaile.example"
LOG = "https://logger.inaile.example"
UA = ua("InaIle", "1.8.2", "baba")


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "inaile", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _logger(c: Context, path: str) -> FB:
    b = FB(c, "inaile-logger", "POST", f"{LOG}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", "ESP-Logger/4.1")
    return b


def logger_upload(c: Context) -> Flow:
    b = _logger(c, "v1/data")
    b.json(
        {
            "inverterSn": b.id("inv_serial", where="json inverterSn"),
            "loggerMac": b.id("logger_mac", where="json loggerMac"),
            "imei": b.id("logger_imei", where="json imei"),
            "pvW": c.rng.randint(0, 3600),
            "gridV": rf(c.rng, 0, 240, 1),
            "battSoc": c.rng.randint(10, 100),
            "loadW": c.rng.randint(150, 2800),
            "ts": int(c.now),
        }
    )
    b.ok_json({"ok": 1, "interval": 300})
    return b.build()


def logger_keepalive(c: Context) -> Flow:
    b = _logger(c, "k")
    b.json({"h": b.id("logger_imei", "md5", "json h", detectable=False), "u": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def bind(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/ero/so-po")
    b.json(
        {
            "olumulo": b.acct("ina_user"),
            "nomba_inverter": b.id("inv_serial", where="json nomba_inverter (inverter serial)"),
            "androidId": b.id("aid_ina", where="json androidId"),
            "ibi": "Ikeja, Lagos",
        }
    )
    b.ok_json({"ti_so_po": True})
    return b.build()


def ipo(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/ipo?akoko=bayi")
    b.decoy("power readings and coordinates of the roof panels (not identifiers)")
    b.ok_json(
        {
            "batiri": c.rng.randint(10, 100),
            "ina_oorun": c.rng.randint(0, 3600),
            "ina_ijoba": c.rng.choice([True, False]),
            "jenereto": c.rng.choice(["pa", "tan"]),
            "panels": [[rf(c.rng, 6.59, 6.61, 5), rf(c.rng, 3.34, 3.36, 5)] for _ in range(4)],
            "igba": iso(c),
        }
    )
    return b.build()


def itan_ina(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/itan?ojo=7")
    b.ok_json(
        {
            "ojo": [
                {"kwh_oorun": rf(c.rng, 2, 14, 1), "wakati_ijoba": rf(c.rng, 0, 18, 1)}
                for _ in range(7)
            ]
        }
    )
    return b.build()


def installer_catalogue(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/oja/inverters?ilu=lagos")
    b.decoy("installer's catalogue: model numbers and stock codes (product views)")
    b.ok_json(
        {
            "oja": [
                {"model": m, "sku": f"INV-{c.rng.randint(10000, 99999)}", "owo": p}
                for m, p in (("IJ-3K6", 780000), ("IJ-5K2", 1150000), ("IJ-8K0", 1890000))
            ]
        }
    )
    return b.build()


def fuel_price(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/epo/owo?ipinle=lagos")
    b.ok_json({"petrol": rf(c.rng, 900, 1250, 0), "diesel": rf(c.rng, 1100, 1600, 0)})
    return b.build()
