"""A home solar-battery app: the household's own inverter (serial in the URL
path, Wi-Fi MAC at commissioning), state-of-charge and tariff series.

The inverter is the family's own thing (convention: a thing the tester owns is
a device id). Shape follows public inverter APIs (SolarEdge monitoring API
`/site/{id}/inventory` lists inverters with "SN"; Enphase Enlighten v4
`/systems/{id}/devices` has "serial_number"); keys here are the vendor's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64

from .phone import FB, iso, new, rid, series, ua

API = "https://api.rahiko-energy.example"
AGENT = ua("RaHiko", "2.9", "290")


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "rahiko", method, API + path, AGENT)
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def telemetry(c: Context) -> Flow:
    b = _b(c, "GET", "")
    b.base = (
        API
        + "/v1/inverters/"
        + b.id("inverter_serial", where="URL path /inverters/{serial}/telemetry")
        + "/telemetry"
    )
    b.param("window", "24h")
    b.ok_json(
        {
            "intervalMin": 15,
            "socPct": series(c.rng, 96, 10, 100, 1),
            "pvKw": series(c.rng, 96, 0, 6.6),
            "gridKw": series(c.rng, 96, -3, 3),
        }
    )
    return b.build()


def commission(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/commissioning")
    b.json(
        {
            "inverterSerial": b.id("inverter_serial", where="body.inverterSerial"),
            "wifiMac": b.id("inverter_mac", where="body.wifiMac"),
            "ssid": "Whare-5G",
            "fw": "3.14.8",
            "nmi": "4102" + str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"status": "online", "at": iso(c)})
    return b.build()


def gateway_status(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/gateway/status")
    b.param("sn", b.id("inverter_serial", where="query sn"))
    b.ok_json(
        {
            "online": True,
            "rssi": c.rng.randint(-80, -40),
            "mac": b.id("inverter_mac", how="nosep", where="response mac", direction="response"),
        }
    )
    return b.build()


def tariffs(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/tariffs")
    b.ok_json(
        {
            "retailer": "Kiwi Power",
            "importCperKwh": series(c.rng, 48, 18, 45),
            "feedInCperKwh": series(c.rng, 48, 4, 12),
            "spot": series(c.rng, 48, -5, 300),
        }
    )
    b.decoy("electricity price series")
    return b.build()


def savings(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/reports/savings")
    b.ok_json(
        {
            "months": [f"2024-{m:02d}" for m in range(1, 13)],
            "kwhSelfUsed": series(c.rng, 12, 100, 600, 0),
            "dollarsSaved": series(c.rng, 12, 20, 180),
        }
    )
    b.decoy("monthly energy and savings series")
    return b.build()


def firmware_blob(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/diag")
    raw = b.id_raw(
        "inverter_serial", "custom_b64", "body.d: vendor-obfuscated diagnostics", detectable=False
    )
    b.json({"v": 2, "d": encode(raw + "|" + str(int(c.now)), "custom_b64"), "sig": b64(rid(c.rng))})
    b.no_content()
    return b.build()
