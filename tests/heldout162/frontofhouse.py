"""Front of house: the door's ticket scanners, the lobby signage and the door counter.

The scanners are the cinema's Zebra handhelds, the signage players its media
boxes: their serials, MACs and Android ids are the business's equipment, not the
tester's devices. The door counter is an overhead sensor that reports counts only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .films import FILMS, screen
from .phone import FB, iso, kiosk_ua, ms, rid

HUB = "https://doors.reelhouse.example/v1"
SCANNERS = [("21318522504211", "0c:23:69:4b:8e:11"), ("21318522504397", "0c:23:69:4b:90:a2")]
SIGNAGE = [("BS-XT1144-F7A20311", "90:ac:3f:1c:07:5e"), ("BS-HD224-D4K19088", "90:ac:3f:22:9b:03")]


def ticket_scan(c: Context) -> Flow:
    serial, mac = c.rng.choice(SCANNERS)
    b = FB(c, "door-scanner", "POST", f"{HUB}/scans")
    b.header("user-agent", kiosk_ua("ScanGate", "4.1.0"))
    b.header("x-scanner-serial", serial)
    b.decoy(
        "door scanner serial / Wi-Fi MAC (the cinema's handheld, not the tester's) and ticket "
        "barcodes with admission time (a customer's entry, not a viewing report)"
    )
    b.json(
        {
            "deviceSerial": serial,
            "wifiMac": mac,
            "scans": [
                {
                    "barcode": f"RH{c.rng.randint(1000000, 9999999)}-{c.rng.randint(1, 6)}",
                    "show": f"SH{c.rng.randint(100000, 999999)}",
                    "result": c.rng.choice(["ADMIT", "ADMIT", "ADMIT", "ALREADY_SCANNED"]),
                    "at": ms(c),
                }
                for _ in range(c.rng.randint(1, 5))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def scanner_checkin(c: Context) -> Flow:
    serial, mac = c.rng.choice(SCANNERS)
    b = FB(c, "door-scanner", "PUT", f"{HUB}/devices/{serial}")
    b.header("user-agent", kiosk_ua("ScanGate", "4.1.0"))
    b.decoy("MDM check-in of the cinema's scanner (its serial, MAC, android_id): business device")
    b.json(
        {
            "serial": serial,
            "mac": mac,
            "androidId": "a97e41c02b5d3f16",
            "battery": c.rng.randint(5, 100),
            "owner": "Reelhouse Glasgow (company-owned)",
        }
    )
    b.ok_json({"policy": "kiosk", "at": iso(c)})
    return b.build()


def signage_heartbeat(c: Context) -> Flow:
    serial, mac = c.rng.choice(SIGNAGE)
    b = FB(c, "signage", "POST", "https://signage.reelhouse.example/players/heartbeat")
    b.header("user-agent", kiosk_ua("BrightSign", "8.5.44"))
    b.decoy(
        "lobby signage player serial/MAC with the clip now showing: public screen playout, "
        "cinema's equipment"
    )
    b.json(
        {
            "playerSerial": serial,
            "mac": mac,
            "zone": c.rng.choice(["foyer-left", "bar", "stairs"]),
            "nowPlaying": {
                "asset": f"poster_loop_{c.rng.randint(1, 20)}.mp4",
                "position": c.rng.randint(0, 30),
            },
            "uptimeSec": c.rng.randint(100, 900000),
        }
    )
    b.no_content()
    return b.build()


def signage_schedule(c: Context) -> Flow:
    b = FB(c, "signage", "GET", "https://signage.reelhouse.example/presentations/foyer?rev=latest")
    b.header("user-agent", kiosk_ua("BrightSign", "8.5.44"))
    b.decoy("signage presentation: posters and now-showing times (catalogue)")
    b.ok_json(
        {
            "slides": [
                {
                    "title": t,
                    "poster": f"https://img.reelhouse.example/p/{new_hex(c.rng, 12)}.jpg",
                    "secs": 8,
                }
                for t, _, _ in c.rng.sample(FILMS, 4)
            ]
        }
    )
    return b.build()


def door_counter(c: Context) -> Flow:
    b = FB(c, "door-counter", "POST", f"{HUB}/footfall")
    b.header("user-agent", kiosk_ua("Xovis-bridge", "5.3"))
    b.decoy("overhead door counter: people in/out counts per minute (no faces, aggregate)")
    b.json(
        {
            "sensor": "PC2S-ENTRANCE",
            "minute": iso(c),
            "in": c.rng.randint(0, 30),
            "out": c.rng.randint(0, 30),
            "occupancy": c.rng.randint(0, 250),
        }
    )
    b.no_content()
    return b.build()


def lost_property_photo(c: Context) -> Flow:
    b = FB(c, "reelhouse-tms", "POST", "https://tms.reelhouse.example/api/v3/lost-property")
    b.header("user-agent", kiosk_ua("ReelhouseTMS", "3.22.1"))
    b.decoy("photo of a lost umbrella for the lost-property log (an object, no face)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"item": rid(c.rng), "screen": screen(c.rng)})
    return b.build()
