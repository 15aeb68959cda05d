"""The station's network management console: encoders, transmitters, IRDs and
studio cameras report status, firmware, serial numbers and MAC addresses.

All of it is the broadcaster's equipment, not the tester's device: serials and
MACs here are decoys. Keys follow each vendor's own style (SNMP-ish names,
German for the transmitter vendor's REST gateway, Japanese-English camera
firmware fields).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, station_mac, ua

API = "https://nms.antena-atlantica.example"
UA = ua("AANms", "5.0.1")
SITES = ["Monsanto", "Monte da Virgem", "Lousã", "Mendro", "Estúdios Porto", "Estúdios Lisboa"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-nms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + rid(c.rng).replace("-", "")[:28])
    return b


def encoders(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/encoders")
    b.decoy("station's encoders with serialNumber and macAddress (not the tester's device)")
    b.ok_json(
        {
            "encoders": [
                {
                    "name": f"ENC-{c.rng.choice(['AA1', 'AA2', 'NOT'])}-{i}",
                    "serialNumber": "EL" + new_digits(c.rng, 10),
                    "macAddress": station_mac(c.rng, "00:50:C2"),
                    "bitrateKbps": c.rng.choice([8000, 12000, 15000]),
                    "uptime": c.rng.randint(10**4, 10**7),
                }
                for i in range(1, c.rng.randint(3, 6))
            ]
        }
    )
    return b.build()


def transmitter(c: Context) -> Flow:
    site = c.rng.choice(SITES[:4])
    b = _b(c, "GET", f"{API}/api/v1/sender/{site}/status")
    b.decoy("transmitter status with Seriennummer and MAC of the site's exciter")
    b.ok_json(
        {
            "standort": site,
            "geraet": "TDA-DVB-T",
            "seriennummer": new_digits(c.rng, 6) + "/" + new_digits(c.rng, 3),
            "mac_adresse": station_mac(c.rng, "00:0E:8C"),
            "vorlaufleistung_w": rf(c.rng, 1500, 5000, 1),
            "ruecklaufleistung_w": rf(c.rng, 5, 60, 1),
            "temperatur_c": rf(c.rng, 20, 45, 1),
        }
    )
    return b.build()


def ird_inventory(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ird/inventario")
    b.decoy("satellite receivers (IRD) of the station: numero_serie, endereco_mac, UA card")
    b.json(
        {
            "irds": [
                {
                    "local": c.rng.choice(SITES),
                    "numero_serie": "RX8" + new_hex(c.rng, 8).upper(),
                    "endereco_mac": station_mac(c.rng, "00:1B:3F").lower(),
                    "cartao_ca": new_digits(c.rng, 12),
                    "servico": c.rng.choice(["AA1 HD", "AA2", "Feed SNG 2"]),
                }
                for _ in range(c.rng.randint(2, 4))
            ],
            "ts": iso(c),
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def camera_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cameras/estudio-{c.rng.randint(1, 4)}")
    b.decoy("studio camera head: serial, MAC, iris, pan/tilt/roll (the station's camera)")
    b.ok_json(
        {
            "cameraModel": "HDC-3500",
            "serialNo": new_digits(c.rng, 7),
            "ethernetMac": station_mac(c.rng, "08:00:46"),
            "iris": rf(c.rng, 1.8, 11, 1),
            "pan": rf(c.rng, -90, 90, 2),
            "tilt": rf(c.rng, -30, 30, 2),
            "roll": rf(c.rng, -2, 2, 2),
            "tally": c.rng.choice(["red", "green", "off"]),
        }
    )
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/firmware/verificar")
    b.decoy("firmware check listing equipment serials (station assets) and a sha256")
    b.json(
        {
            "equipamentos": [
                {"tipo": t, "sn": "SN" + new_hex(c.rng, 10).upper(), "versao": "4.2.1"}
                for t in ("encoder", "mux", "ird")
            ]
        }
    )
    b.ok_json({"atualizacoes": 1, "sha256": new_hex(c.rng, 64)})
    return b.build()


def snmp_trap(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/traps")
    b.decoy("SNMP trap forwarded as JSON: sysName, ifPhysAddress of a router port")
    b.json(
        {
            "oid": "1.3.6.1.6.3.1.1.5.3",
            "sysName": f"rtr-{c.rng.choice(['lx', 'po'])}-0{c.rng.randint(1, 4)}",
            "ifPhysAddress": station_mac(c.rng, "00:1C:73"),
            "ifIndex": c.rng.randint(1, 48),
            "event": "linkDown",
            "trapId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
