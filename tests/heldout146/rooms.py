"""Classroom equipment: interactive displays, document cameras and the printer fleet
(PaperCut MF behind the district's print server). Serials, MACs and page counters
of the schools' equipment: never the technician's devices, decoys only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, district_mac, district_serial, iso, ms, rf, rid, ua

DISPLAYS = "https://naytot.kouluverkko.example"
PRINT = "https://tulostus.edu-hel.example:9192"
ROOMS = ["opehuone", "kirjasto", "aula"]


def display_heartbeat(c: Context) -> Flow:
    b = FB(c, "kouluverkko-naytot", "POST", f"{DISPLAYS}/v1/naytto/tila")
    b.header("user-agent", "ActivPanelAgent/2.4 (Android 11)")
    b.decoy("classroom display status: naytto.sarjanumero and mac belong to the school")
    b.json(
        {
            "naytto": {
                "sarjanumero": district_serial(c.rng, "AP9", 10),
                "mac": district_mac(c.rng, "00:1E:C0"),
                "luokka": f"{c.rng.choice('ABCD')}{c.rng.randint(101, 320)}",
            },
            "kayttotunnit": c.rng.randint(100, 20000),
            "lampotila_c": rf(c.rng, 30, 55, 1),
            "ohjelmisto": "9.2.17",
            "aika": ms(c),
        }
    )
    b.ok_json({"komento": None})
    return b.build()


def doccam_firmware(c: Context) -> Flow:
    serial = district_serial(c.rng, "VZ", 10)
    b = FB(c, "doccam", "GET", f"{DISPLAYS}/v1/dokumenttikamera/{serial}/firmware?nykyinen=1.6.3")
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    b.decoy("document camera firmware check, path serial of a classroom camera (school's)")
    b.ok_json(
        {"uusin": "1.7.0", "url": f"{DISPLAYS}/fw/{new_hex(c.rng, 16)}.bin", "pakollinen": False}
    )
    return b.build()


def display_screenshot(c: Context) -> Flow:
    b = FB(
        c,
        "kouluverkko-naytot",
        "GET",
        f"{DISPLAYS}/v1/naytto/kuvakaappaus?luokka=B{c.rng.randint(101, 320)}",
    )
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    b.decoy("thumbnail of what a classroom display shows (a screen, no face analysis)")
    b.ok_json(
        {"kuva": f"{DISPLAYS}/thumbs/{new_hex(c.rng, 24)}.jpg", "leveys": 320, "korkeus": 180}
    )
    return b.build()


def printer_fleet(c: Context) -> Flow:
    b = FB(c, "papercut", "GET", f"{PRINT}/api/health/devices?Authorization={new_hex(c.rng, 32)}")
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    b.decoy("PaperCut printer fleet: serialNumber / macAddress of the school's printers")
    b.ok_json(
        {
            "devices": [
                {
                    "name": f"device\\{c.rng.choice(ROOMS)}-{c.rng.randint(1, 9)}",
                    "serialNumber": district_serial(c.rng, "X3K", 8),
                    "macAddress": district_mac(c.rng, "00:26:73").lower(),
                    "status": c.rng.choice(["OK", "TONER_LOW", "PAPER_JAM"]),
                    "tonerLevels": {"black": c.rng.randint(0, 100), "cyan": c.rng.randint(0, 100)},
                    "pageCount": c.rng.randint(1000, 400000),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def print_job(c: Context) -> Flow:
    b = FB(c, "papercut-mobility", "POST", f"{PRINT}/rpc/api/xmlrpc")
    b.header("user-agent", "PaperCut Mobility Print/1.0.3000")
    b.decoy("a print job submit with job and printer ids")
    b.set_body(
        (
            "<?xml version='1.0'?><methodCall><methodName>api.submitJob</methodName><params>"
            f"<param><value>{rid(c.rng)}</value></param>"
            f"<param><value>opehuone-{c.rng.randint(1, 9)}</value></param>"
            f"<param><value><int>{c.rng.randint(1, 40)}</int></value></param>"
            "</params></methodCall>"
        ).encode(),
        "text/xml",
    )
    b.respond(
        200,
        "text/xml",
        b"<methodResponse><params><param><value><boolean>1</boolean></value></param></params></methodResponse>",
    )
    return b.build()


def network_scan(c: Context) -> Flow:
    b = FB(
        c, "kouluverkko-wlan", "GET", f"{DISPLAYS}/v1/wlan/asiakkaat?ap=AP-{c.rng.randint(1, 90)}"
    )
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    b.decoy("WLAN clients of a school access point: pupils' district laptops' MACs")
    b.ok_json(
        {
            "asiakkaat": [
                {
                    "mac": district_mac(c.rng, "3C:22:FB").lower(),
                    "rssi": -c.rng.randint(40, 85),
                    "ssid": "Edu-Oppilas",
                }
                for _ in range(c.rng.randint(3, 9))
            ],
            "aika": iso(c),
        }
    )
    return b.build()
