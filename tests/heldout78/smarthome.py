"""The smart-home hub app: Wi-Fi setup scan (the NEIGHBOURS' networks), the HOA's
shared gate and pool sensors (not the family's), and the family's own robot vacuum.

Only the vacuum's ids are device ids (the family owns it). The hub's Wi-Fi scan
lists other people's routers (BSSIDs) and the HOA gate / pool sensors are shared
community devices: decoys. Vacuum cleaning maps are room coordinates, not people.

Sources: Roborock cloud home data as python-roborock models it (github.com/
humbertogontijo/python-roborock, HomeDataDevice: duid, name, sn, fv, pv, online,
productId); Android WifiManager ScanResult fields (SSID, BSSID, level, frequency);
the hub's own backend (in-house names, Canadian French).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, host_mac, iso, ms, rf, rid, ua

HUB = "https://api.maisonfamille-example.ca"
SSIDS = ["BELL472", "VIDEOTRON-5G-2A1F", "Rogers-Home", "TELUS0423", "Martin_Wifi", "HOA-Clubhouse"]


def wifi_scan(c: Context) -> Flow:
    b = FB(c, "smarthome", "POST", f"{HUB}/v3/setup/wifi-scan")
    b.header("user-agent", ua("MaisonFamille", "5.12.0"))
    nets = [
        {
            "ssid": s,
            "bssid": host_mac(c.rng).lower(),
            "rssi": c.rng.randint(-88, -45),
            "freq": c.rng.choice([2437, 5180, 5745]),
            "secure": True,
        }
        for s in c.rng.sample(SSIDS, 4)
    ]
    b.json({"setupSession": rid(c.rng), "reseaux_visibles": nets, "scannedAt": ms(c)})
    b.decoy("Wi-Fi scan of the NEIGHBOURS' routers (BSSIDs of others' devices, not the family's)")
    b.ok_json({"recommended": nets[0]["ssid"]})
    return b.build()


def hoa_sensors(c: Context) -> Flow:
    b = FB(c, "smarthome", "GET", f"{HUB}/v3/community/hoa-devices")
    b.decoy(
        "HOA's shared gate / pool sensors with MACs and serials"
        " (community devices, not the family's)"
    )
    b.ok_json(
        {
            "association": "Les Jardins du Ruisseau HOA",
            "devices": [
                {
                    "type": t,
                    "name": n,
                    "mac": host_mac(c.rng),
                    "serial": "HOA" + new_hex(c.rng, 8).upper(),
                    "state": s,
                    "battery": c.rng.randint(20, 100),
                }
                for t, n, s in [
                    ("gate", "Barrière principale", "closed"),
                    ("pool_temp", "Piscine communautaire", f"{rf(c.rng, 20, 29, 1)}C"),
                    ("pool_gate", "Pool gate", "locked"),
                ]
            ],
        }
    )
    return b.build()


def gate_open(c: Context) -> Flow:
    b = FB(c, "smarthome", "POST", f"{HUB}/v3/community/gate/open")
    b.json(
        {
            "gate": "HOA-GATE-01",
            "resident_code": str(c.rng.randint(1000, 9999)),
            "lat": rf(c.rng, 45.49, 45.51, 5),
            "lng": rf(c.rng, -73.58, -73.55, 5),
            "at": iso(c),
        }
    )
    b.decoy("opening the HOA's shared gate (a shared device, no family device id)")
    b.ok_json({"opened": True, "log_id": rid(c.rng)})
    return b.build()


def vacuum_map(c: Context) -> Flow:
    b = FB(c, "vacuum", "GET", f"{HUB}/v3/vacuum/maps/current")
    b.decoy("vacuum cleaning map: room polygons and path coordinates (not people)")
    b.ok_json(
        {
            "rooms": [
                {
                    "name": r,
                    "polygon": [[c.rng.randint(0, 9000), c.rng.randint(0, 9000)] for _ in range(5)],
                }
                for r in ("Cuisine", "Salon", "Hallway")
            ],
            "path": [[c.rng.randint(0, 9000), c.rng.randint(0, 9000)] for _ in range(12)],
            "charger": [4500, 200],
            "area_m2": rf(c.rng, 40, 90, 1),
        }
    )
    return b.build()


def vacuum_home(c: Context) -> Flow:
    """The family's vacuum as the cloud lists it (response carries its ids)."""
    b = FB(c, "vacuum", "GET", f"{HUB}/v3/vacuum/homedata")
    duid = c.phone.vac_duid
    b.other_id("vac_duid", "response devices[].duid", direction="response")
    sn = b.id("vac_serial", where="response devices[].sn", direction="response")
    b.ok_json(
        {
            "id": c.rng.randint(100000, 999999),
            "name": "Maison",
            "devices": [
                {
                    "duid": duid,
                    "name": "Robot aspirateur",
                    "sn": sn,
                    "productId": "a27",
                    "fv": "02.16.12",
                    "pv": "1.0",
                    "online": True,
                    "timeZoneId": "America/Toronto",
                }
            ],
        }
    )
    return b.build()


def vacuum_command(c: Context) -> Flow:
    b = FB(c, "vacuum", "POST", f"{HUB}/v3/vacuum/command")
    mac = b.id("vac_mac", where="json robot.mac_address")
    sn = b.id("vac_serial", where="json robot.serial_number")
    b.json(
        {
            "robot": {"mac_address": mac, "serial_number": sn},
            "method": c.rng.choice(["app_start", "app_charge", "app_segment_clean"]),
            "params": [c.rng.randint(16, 20)],
            "id": c.rng.randint(1000, 99999),
        }
    )
    b.ok_json({"result": ["ok"]})
    return b.build()


def vacuum_opaque(c: Context) -> Flow:
    """The vacuum's serial inside an XOR-obfuscated status payload: nothing says what it is."""
    b = FB(c, "vacuum", "POST", f"{HUB}/v3/vacuum/telemetry")
    raw = b.id_raw("vac_serial", "xor", "json p (xor-obfuscated blob)")
    blob = bytes(ch ^ 0x5A for ch in (raw + "|bat=87|st=8").encode()).hex()
    b.json({"v": 2, "p": blob, "t": ms(c)})
    b.no_content()
    return b.build()


def thermostat(c: Context) -> Flow:
    b = FB(c, "smarthome", "GET", f"{HUB}/v3/thermostat/history", [("zone", "rdc")])
    b.decoy("thermostat temperature series (numeric series, not biometric)")
    b.ok_json({"points": [[ms(c) - i * 900000, rf(c.rng, 19, 22, 1)] for i in range(16)]})
    return b.build()


def hub_login(c: Context) -> Flow:
    b = FB(c, "smarthome", "POST", f"{HUB}/v3/auth/session")
    aid = b.id("aid_home", where="json client.appareil_id (ANDROID_ID)")
    b.json(
        {
            "client": {"appareil_id": aid, "modele": "SM-X710", "plateforme": "android"},
            "foyer": c.phone.home_user,
            "langue": "fr-CA",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48), "expires_in": 3600})
    return b.build()
