"""The residents' room sensors and nurse-call pendants of the care home, as the
coordinator's dashboard and the vendor gateway see them.

Alerts and status name rooms ("kamer 14"), sensor types and battery levels;
the pendant button log names a resident's room, not a device. The gateway's
commissioning call and a support ticket do carry a fall sensor's BLE MAC and a
bed sensor's serial: those are device identifiers (of the home's equipment,
not of the coordinator's phone) and labelled so. The inventory export is a
hard decoy: product numbers ("artikelnummer"), batch codes and firmware
versions that look like serials.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import HB, iso, ms, rf, rid

GW = "https://gateway.slimzorg-sensoren.example"
DASH = "https://dashboard.zorghuis-utrecht.example"
ROOMS = [f"{v}.{n:02d}" for v in (1, 2, 3) for n in range(1, 15)]
TYPES = ["bedsensor", "valsensor", "deursensor", "pir", "matras"]


def _b(c: Context, method: str, url: str, sdk: str = "sensoren") -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", "SlimZorgGateway/2.7 (Linux armv7l)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def alert(c: Context) -> Flow:
    b = _b(c, "POST", f"{DASH}/api/meldingen")
    b.decoy("sensor alert by room")
    kind = c.rng.choice(["UIT_BED", "VAL_GEDETECTEERD", "DEUR_OPEN", "GEEN_BEWEGING"])
    b.json(
        {
            "kamer": c.rng.choice(ROOMS),
            "type": kind,
            "sensor": c.rng.choice(TYPES),
            "tijdstip": iso(c),
            "prioriteit": "hoog" if kind == "VAL_GEDETECTEERD" else "normaal",
            "meldingId": rid(c.rng),
        }
    )
    b.ok_json({"ontvangen": True})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{DASH}/api/sensoren/status?afdeling={c.rng.choice(['Linde', 'Eik', 'Beuk'])}"
    )
    b.decoy("sensor status list: rooms, types, battery, signal position")
    b.ok_json(
        {
            "sensoren": [
                {
                    "kamer": c.rng.choice(ROOMS),
                    "type": c.rng.choice(TYPES),
                    "batterij": c.rng.randint(5, 100),
                    "rssi": -c.rng.randint(40, 90),
                    "positie": c.rng.choice(["links van bed", "plafond", "deurpost"]),
                    "laatstGezien": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{DASH}/api/voorraad/sensoren?pagina={c.rng.randint(1, 5)}")
    b.decoy("product numbers, batch codes, firmware versions (no unit serials)")
    b.ok_json(
        {
            "artikelen": [
                {
                    "artikelnummer": f"SZ-{c.rng.randint(1000, 9999)}-{t[:3].upper()}",
                    "omschrijving": t,
                    "batchcode": f"L{c.rng.randint(2301, 2452)}",
                    "firmware": f"{c.rng.randint(1, 4)}.{c.rng.randint(0, 9)}."
                    f"{c.rng.randint(0, 30)}",
                    "opVoorraad": c.rng.randint(0, 12),
                }
                for t in c.rng.sample(TYPES, 3)
            ]
        }
    )
    return b.build()


def commission(c: Context) -> Flow:
    b = _b(c, "POST", f"{GW}/v2/devices/commission", "sensor-gateway")
    b.json(
        {
            "room": c.rng.choice(ROOMS),
            "bleMac": b.id("fall_sensor_mac", where="json bleMac"),
            "serialNumber": b.id("bed_sensor_serial", where="json serialNumber"),
            "type": "fall+bed",
        }
    )
    b.ok_json({"ok": True, "ts": ms(c)})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{GW}/v2/hb", "sensor-gateway")
    b.json(
        {
            "n": b.id("fall_sensor_mac", "nosep", "json n (MAC without colons)", detectable=False),
            "b": c.rng.randint(5, 100),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def pendant_press(c: Context) -> Flow:
    b = _b(c, "POST", f"{DASH}/api/zusteroproep", "nurse-call")
    b.decoy("nurse-call pendant press: room, position in the corridor, response timer")
    b.json(
        {
            "kamer": c.rng.choice(ROOMS),
            "halsbandknop": True,
            "positie": {
                "verdieping": c.rng.randint(0, 2),
                "x": rf(c.rng, 0, 60, 1),
                "y": rf(c.rng, 0, 20, 1),
            },
            "reactietijdSec": c.rng.randint(20, 400),
            "afgehandeldDoor": c.rng.choice(["verpleging", "nachtdienst"]),
        }
    )
    b.ok_json({"status": "afgehandeld"})
    return b.build()


def pendant_battery(c: Context) -> Flow:
    b = _b(c, "GET", f"{DASH}/api/halszenders/batterij", "nurse-call")
    b.decoy("pendant battery report by room")
    b.ok_json(
        {
            "halszenders": [
                {"kamer": c.rng.choice(ROOMS), "batterij": c.rng.randint(0, 100)} for _ in range(5)
            ]
        }
    )
    return b.build()
