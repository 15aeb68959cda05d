"""Inverter monitoring for CLIENTS' solar systems: SolarEdge's monitoring API and a
Czech heat-pump portal. Inverter serials, optimizer ids and power series belong
to clients' installations: all decoys.

Sources: SolarEdge Monitoring Server API (monitoringapi.solaredge.com, "SolarEdge
API" PDF v1.x: /site/{siteId}/overview, /site/{siteId}/power?startTime&endTime ->
power.values[{date, value}], /site/{siteId}/inventory -> Inventory.inverters[{name,
manufacturer, model, SN, connectedOptimizers}], /equipment/{siteId}/{serialNumber}/
data -> data.telemetries[{date, totalActivePower, dcVoltage, L1Data...}]). The
heat-pump portal ("tepelko") is fictional, Czech key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, new_digits, new_hex, rf, sdk_ua

SE = "https://monitoringapi.solaredge.com"


def _site(c: Context) -> int:
    return c.rng.choice([1185302, 2204417, 3390156, 4127790])


def _inv_sn(c: Context) -> str:
    return f"7F{new_hex(c.rng, 6).upper()}-{new_hex(c.rng, 2).upper()}"


def _key(c: Context) -> str:
    return new_hex(c.rng, 32).upper()


def overview(c: Context) -> Flow:
    b = FB(c, "solaredge", "GET", f"{SE}/site/{_site(c)}/overview", [("api_key", _key(c))])
    b.header("user-agent", sdk_ua("SolarPortal", "2.8"))
    b.ok_json(
        {
            "overview": {
                "lastUpdateTime": "2026-11-30 10:15:00",
                "lifeTimeData": {"energy": rf(c.rng, 1e6, 9e6, 1)},
                "lastDayData": {"energy": rf(c.rng, 100, 9000, 1)},
                "currentPower": {"power": rf(c.rng, 0, 6000, 1)},
            }
        }
    )
    b.decoy("client's solar site overview: energy and power figures")
    return b.build()


def power(c: Context) -> Flow:
    b = FB(
        c,
        "solaredge",
        "GET",
        f"{SE}/site/{_site(c)}/power",
        [
            ("startTime", "2026-11-30 00:00:00"),
            ("endTime", "2026-11-30 23:59:59"),
            ("api_key", _key(c)),
        ],
    )
    vals = [
        {"date": f"2026-11-30 {q // 4:02d}:{q % 4 * 15:02d}:00", "value": rf(c.rng, 0, 5200, 3)}
        for q in range(0, 96, 2)
    ]
    b.ok_json({"power": {"timeUnit": "QUARTER_OF_AN_HOUR", "unit": "W", "values": vals}})
    b.decoy("quarter-hour power series of a client's PV site: timestamps with values")
    return b.build()


def inventory(c: Context) -> Flow:
    b = FB(c, "solaredge", "GET", f"{SE}/site/{_site(c)}/inventory", [("api_key", _key(c))])
    inv = [
        {
            "name": f"Inverter {i + 1}",
            "manufacturer": "SolarEdge",
            "model": "SE8K-RW0TEBEN4",
            "SN": _inv_sn(c),
            "communicationMethod": "WIFI",
            "connectedOptimizers": c.rng.randint(12, 24),
        }
        for i in range(c.rng.randint(1, 2))
    ]
    meters = [
        {
            "name": "Production Meter",
            "manufacturer": "WattNode",
            "model": "WNC-3D-240-MB",
            "SN": new_digits(c.rng, 7),
            "type": "Production",
        }
    ]
    b.ok_json({"Inventory": {"inverters": inv, "meters": meters, "batteries": [], "sensors": []}})
    b.decoy("serial numbers of a client's inverters and meter in the portal's inventory answer")
    return b.build()


def equipment(c: Context) -> Flow:
    sn = _inv_sn(c)
    b = FB(
        c,
        "solaredge",
        "GET",
        f"{SE}/equipment/{_site(c)}/{sn}/data",
        [
            ("startTime", "2026-11-30 08:00:00"),
            ("endTime", "2026-11-30 12:00:00"),
            ("api_key", _key(c)),
        ],
    )
    tel = [
        {
            "date": f"2026-11-30 {8 + i // 12:02d}:{i % 12 * 5:02d}:00",
            "totalActivePower": rf(c.rng, 0, 5000, 1),
            "dcVoltage": rf(c.rng, 380, 420, 2),
            "temperature": rf(c.rng, 20, 45, 1),
            "L1Data": {"acCurrent": rf(c.rng, 0, 12, 2), "acVoltage": rf(c.rng, 228, 242, 2)},
        }
        for i in range(12)
    ]
    b.ok_json({"data": {"count": len(tel), "telemetries": tel}})
    b.decoy("client's inverter serial in the URL path; telemetry series")
    return b.build()


def heatpump_status(c: Context) -> Flow:
    b = FB(
        c,
        "tepelko",
        "GET",
        f"https://portal.tepelko.cz/api/v1/jednotky/{new_digits(c.rng, 10)}/stav",
    )
    b.header("user-agent", sdk_ua("Tepelko", "1.14"))
    b.ok_json(
        {
            "vyrobniCislo": "TC" + new_digits(c.rng, 10),
            "teplotaVystup": rf(c.rng, 30, 55, 1),
            "teplotaVenkovni": rf(c.rng, -8, 10, 1),
            "cop": rf(c.rng, 2.2, 4.8, 2),
            "historie": [rf(c.rng, 30, 55, 1) for _ in range(24)],
            "chyby": [],
        }
    )
    b.decoy("client's heat pump serial (vyrobniCislo) and a temperature history")
    return b.build()


def heatpump_setpoint(c: Context) -> Flow:
    b = FB(
        c,
        "tepelko",
        "POST",
        f"https://portal.tepelko.cz/api/v1/jednotky/{new_digits(c.rng, 10)}/nastaveni",
    )
    b.json(
        {
            "zadanaTeplota": c.rng.choice([45, 48, 50]),
            "ekvitermniKrivka": [[-15, 50], [-5, 42], [5, 35], [15, 28]],
            "rezim": "auto",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("heating curve as a list of point pairs: not landmarks")
    return b.build()


DECOYS = [overview, power, inventory, equipment, heatpump_status, heatpump_setpoint]
