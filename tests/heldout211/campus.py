"""The school portal's dashboards (Adeyemi Memorial College, Surulere): the
computer lab's PCs, the classroom projectors, the library's barcode scanners
and the school bus tracker.

The portal is built by a Lagos vendor; paths and keys mix English with Yoruba
as the developers write it without tone marks (`ero` = machine, `ibi` =
place, `ipo` = position, `asiko` = time, `iwe` = book, `oko` = vehicle,
`akeko` = student, `iye` = count). Lab PCs come with hostnames, IPs and asset
tags, projectors with lamp hours and serials, scanners with their serials and
the ISBNs they scanned, the bus with its GPS tracker's IMEI, position, heading
and ETA. All of it is the school's equipment: ordinary traffic (hard decoys).
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import CB, iso, mac_addr, ms, rf, rid, ua

API = "https://portal.amcsurulere.example/api"
UA = ua("AMCPortal", "2.3.7")


def _assets() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(211_002)
    pcs = [
        {
            "hostname": f"ICTLAB-PC{i:02d}",
            "ip": f"10.20.1.{20 + i}",
            "mac": mac_addr(rng, "D8:BB:C1"),
            "assetTag": f"AMC-IT-{1000 + i}",
        }
        for i in range(1, 31)
    ]
    projectors = [
        {
            "kilaasi": room,
            "serial": "X3" + new_hex(rng, 8).upper(),
            "model": "EB-X51",
            "ip": f"10.20.3.{10 + i}",
        }
        for i, room in enumerate(["JSS1A", "JSS2B", "JSS3C", "SS1 Science", "SS2 Arts", "Hall"])
    ]
    scanners = [{"ero": f"Desk {i}", "serial": "HW" + new_digits(rng, 10)} for i in range(1, 4)]
    bus = [
        {
            "oko": name,
            "plate": plate,
            "trackerImei": luhn_complete("86" + new_digits(rng, 12)),
        }
        for name, plate in (("Bus A (Ikeja)", "KJA-482-XB"), ("Bus B (Yaba)", "LSR-117-GG"))
    ]
    return {"pcs": pcs, "projectors": projectors, "scanners": scanners, "bus": bus}


ASSETS = _assets()
BOOKS = [
    ("9789781560332", "Things Fall Apart"),
    ("9789780812227", "New General Mathematics SS2"),
    ("9789785373624", "Essential Biology"),
    ("9789781691234", "Ìtàn Àròsọ Yorùbá"),
]


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "amcportal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def lab_pcs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ero/lab?yara=ICT1")
    b.decoy("lab PCs' hostnames, IPs, MACs and asset tags (school inventory)")
    b.ok_json(
        {
            "ero": [
                {
                    **pc,
                    "ipo": c.rng.choice(["online", "offline", "in-use"]),
                    "uptimeMin": c.rng.randint(0, 600),
                    "akeko": c.rng.choice([None, "SS2B-14", "SS2B-07"]),
                }
                for pc in ASSETS["pcs"][:10]
            ],
            "asiko": iso(c),
        }
    )
    return b.build()


def lab_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ero/lab/session")
    b.decoy("class session timer for the lab (start / minutes)")
    b.json(
        {
            "kilaasi": c.rng.choice(["JSS2B", "SS1 Science", "SS2 Arts"]),
            "ibere": iso(c),
            "iseju": c.rng.choice([40, 80]),
            "lockUsb": True,
            "blockSites": ["tiktok.com", "bet9ja.com"],
        }
    )
    b.ok_json({"ok": True, "sessionId": new_hex(c.rng, 16)})
    return b.build()


def projectors(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/projector/status")
    b.decoy("projector serials, lamp hours, input source")
    b.ok_json(
        {
            "projectors": [
                {
                    **p,
                    "power": c.rng.choice(["on", "standby"]),
                    "lampHours": c.rng.randint(200, 4800),
                    "input": c.rng.choice(["HDMI1", "HDMI2", "VGA"]),
                    "filterAlarm": False,
                }
                for p in ASSETS["projectors"]
            ]
        }
    )
    return b.build()


def projector_control(c: Context) -> Flow:
    p = c.rng.choice(ASSETS["projectors"])
    b = _b(c, "POST", f"{API}/projector/{p['serial']}/control")
    b.decoy("projector addressed by serial; keystone / zoom position")
    b.json(
        {
            "power": "on",
            "input": "HDMI1",
            "keystoneV": c.rng.randint(-10, 10),
            "zoomPosition": c.rng.randint(0, 100),
            "freezeFrame": False,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def library_scan(c: Context) -> Flow:
    isbn, title = c.rng.choice(BOOKS)
    sc = c.rng.choice(ASSETS["scanners"])
    b = _b(c, "POST", f"{API}/ilekawe/yawo")
    b.decoy("barcode scanner serial, ISBN, student admission number, due date")
    b.json(
        {
            "isbn": isbn,
            "scannerSerial": sc["serial"],
            "ero": sc["ero"],
            "akeko": "AMC/" + str(c.rng.randint(2019, 2024)) + "/" + new_digits(c.rng, 4),
            "ojo_ipadabo": iso(c)[:10],
        }
    )
    b.ok_json({"iwe": title, "copiesLeft": c.rng.randint(0, 12)})
    return b.build()


def library_stock(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ilekawe/iwe?q=biology")
    b.ok_json(
        {
            "iwe": [
                {"isbn": i, "title": t, "shelf": c.rng.choice(["B2", "C4", "A1"])} for i, t in BOOKS
            ]
        }
    )
    return b.build()


def scanners(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ilekawe/ero")
    b.decoy("barcode scanners' serials and battery")
    b.ok_json({"ero": [{**s, "battery": c.rng.randint(10, 100)} for s in ASSETS["scanners"]]})
    return b.build()


def bus_position(c: Context) -> Flow:
    bus = c.rng.choice(ASSETS["bus"])
    b = _b(c, "GET", f"{API}/oko/ipo?oko={bus['plate']}")
    b.decoy("school bus GPS: tracker IMEI, position, heading, speed, ETA")
    b.ok_json(
        {
            **bus,
            "ipo": {"lat": rf(c.rng, 6.49, 6.62, 5), "lon": rf(c.rng, 3.33, 3.39, 5)},
            "heading": c.rng.randint(0, 359),
            "speedKmh": c.rng.randint(0, 55),
            "etaMin": c.rng.randint(2, 45),
            "asiko": ms(c),
        }
    )
    return b.build()


def bus_roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/oko/akeko?oko=KJA-482-XB")
    b.decoy("bus stops and student counts per stop")
    b.ok_json(
        {
            "stops": [
                {"stop": s, "iye_akeko": c.rng.randint(1, 9), "pickup": f"06:{m:02d}"}
                for s, m in (("Allen Roundabout", 20), ("Ikeja GRA", 35), ("Maryland", 50))
            ]
        }
    )
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kilaasi/aago?kilaasi=SS2B")
    b.ok_json(
        {
            "aago": [
                {"period": i, "subject": s, "start": f"{7 + i}:30"}
                for i, s in enumerate(["Maths", "Yoruba", "Physics", "Civic Education"], 1)
            ]
        }
    )
    return b.build()


def announcements(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ikede?limit=5")
    b.ok_json(
        {
            "ikede": [
                {"title": t, "at": iso(c)}
                for t in (
                    "PTA meeting Saturday 10am",
                    "Inter-house sports: Blue House na champion",
                    "WAEC registration closes Friday",
                )
            ]
        }
    )
    return b.build()
