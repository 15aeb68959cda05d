"""Ospital Bro Gerne: a regional hospital's bedside media terminals and staff
tablets (the hospital's own equipment), seen from the hospital's network.

The bedside terminals ("termenell gwele") report their health (uptime,
temperature, screen brightness), fetch the channel list, and the TV-rental
desk bills a room for days of service (no programme). The device-management
server checks in the staff tablets with their serials, IMEIs and Wi-Fi MACs
(the hospital's inventory, not a person's device). The rounds app fetches a
staff badge photo for display, the kitchen takes meal orders, and the
physiotherapy screen shows exercise videos. Nothing here is a person's
device, a face analysed, or one room's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js

from .phone import FB, inst_mac, inst_serial, iso, ms, rf, rid

API = "https://termenell.ospital-brogerne.example"
MDM = "https://mdm.ospital-brogerne.example"
CHADENNOU = ["France 3 Breizh", "Tebeo", "TF1", "France 2", "Arte", "Gulli", "Skignañ 1"]


def _b(c: Context, method: str, url: str, agent: str = "BedsideTerm/8.4 (Android 11)") -> FB:
    b = FB(c, "ospital", method, url)
    b.header("user-agent", agent)
    return b


def terminal_health(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/termenell/yec'hed")
    b.decoy("bedside terminal health: the hospital's serial and MAC")
    b.json(
        {
            "sn": inst_serial(c.rng, "BT"),
            "mac": inst_mac(c.rng),
            "kambr": f"{c.rng.choice('ABC')}{c.rng.randint(100, 420)}",
            "uptime_s": c.rng.randint(1000, 900000),
            "gwrez_c": rf(c.rng, 30, 55, 1),
            "skramm": {"sklerder": c.rng.randint(20, 100), "enaouet": True},
            "amzer": iso(c),
        }
    )
    b.ok_json({"urzhioù": []})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chadennou?yezh=br")
    b.decoy("channel list of the bedside TV (catalogue)")
    b.ok_json(
        {
            "chadennou": [
                {"niv": i + 1, "anv": ch, "stream": f"udp://239.1.1.{i + 1}:5000"}
                for i, ch in enumerate(CHADENNOU)
            ]
        }
    )
    return b.build()


def tv_rental(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/feurmi-tv", agent="CaisseAccueil/3.2")
    b.decoy("TV rental of a room (days and price, no programme)")
    b.json(
        {
            "kambr": f"{c.rng.choice('ABC')}{c.rng.randint(100, 420)}",
            "devezhioù": c.rng.randint(1, 14),
            "priz": rf(c.rng, 4, 60, 2),
            "paeament": "CB",
            "ticket": f"TV-{c.rng.randint(10**5, 10**6)}",
        }
    )
    b.ok_json({"aotreet": True, "kod_termenell": str(c.rng.randint(1000, 9999))})
    return b.build()


def channel_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/stadegoù/chadennou?miz=2024-11")
    b.decoy("aggregate channel usage over all terminals (no room, no person)")
    b.ok_json(
        {
            "miz": "2024-11",
            "eurioù_holl": {ch: c.rng.randint(100, 9000) for ch in CHADENNOU},
            "termenelloù": 412,
        }
    )
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/api/v1/checkin", agent="MDMAgent/11.2 (Android 13; SM-X205)")
    b.decoy("staff tablet check-in: the hospital's tablet serial, IMEI and MAC")
    b.json(
        {
            "benveg": {
                "serial": inst_serial(c.rng, "R9"),
                "imei": "35" + "".join(str(c.rng.randint(0, 9)) for _ in range(13)),
                "wifiMac": inst_mac(c.rng),
                "aotreer": "Ospital Bro Gerne",
                "servij": c.rng.choice(["Kardiologiezh", "Pediatriezh", "Mammouriezh"]),
            },
            "batiri": c.rng.randint(10, 100),
            "reolennoù": "v" + str(c.rng.randint(10, 40)),
        }
    )
    b.ok_json({"urzhioù": [{"type": "InstallApp", "pkg": "bzh.ospital.tro"}]})
    return b.build()


def inventory(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{MDM}/api/v1/benvegoù?servij=all&pajenn={c.rng.randint(1, 9)}",
        agent="MDMConsole/11.2",
    )
    b.decoy("hospital equipment inventory: serials, MACs")
    b.ok_json(
        {
            "benvegoù": [
                {
                    "sn": inst_serial(c.rng, c.rng.choice(["R9", "BT", "PX"])),
                    "mac": inst_mac(c.rng),
                    "seurt": c.rng.choice(["tablezenn", "termenell gwele", "skramm sal"]),
                    "lec'h": f"Pont {c.rng.randint(0, 4)}",
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def badge_photo(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/tro/v1/implijidi/{c.rng.randint(1000, 9999)}/poltred.jpg",
        agent="TroApp/2.0 (Android 13; SM-X205)",
    )
    b.decoy("staff badge photo fetched for display ('poltred')")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def meal_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pred", agent="TroApp/2.0 (Android 13; SM-X205)")
    b.decoy("meal order for a room")
    b.json(
        {
            "kambr": f"{c.rng.choice('ABC')}{c.rng.randint(100, 420)}",
            "pred": c.rng.choice(["merenn", "koan"]),
            "boued": c.rng.choice(["Soubenn legumaj", "Pesked gant patatez", "Far forn"]),
            "rid": rid(c.rng),
        }
    )
    b.ok_json({"enrollet": True})
    return b.build()


def physio_video(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/kine/videos/poelladenn-{c.rng.randint(1, 40):02d}/seg{c.rng.randint(1, 90)}.ts",
    )
    b.decoy("exercise video fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()


def nurse_call(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/galv", agent="BedsideTerm/8.4 (Android 11)")
    b.decoy("nurse call event with the terminal's serial")
    b.set_body(
        js({"sn": inst_serial(c.rng, "BT"), "galv": "klañvdiourez", "t": ms(c)}).encode(),
        "application/json",
    )
    b.ok_json({"resevet": True, "id": new_hex(c.rng, 12)})
    return b.build()
