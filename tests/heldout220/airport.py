"""ALA Ground Ops: the airport's supervisor app on the shift supervisor's phone
(Almaty International Airport, ground handling).

Most of the session is this app: the flight board, crew and staff rosters,
baggage-tag scanner events and belt sensor status (each keyed by the
equipment's serial), the staff handheld fleet under the airport's MDM (IMEIs,
serials and Wi-Fi MACs of the airport's handhelds), gate displays' play logs
of the safety videos (a display's play log, not a person's viewing), apron
vehicle telematics (VINs, GPS tracks, engine hours) and stand allocations.
All of it concerns the institution's equipment, not the supervisor's phone
or watch: it is ordinary traffic with look-alike identifiers. Keys mix
Kazakh and Russian (`reis` = flight, `smena` = shift, `bagazh`, `lenta` =
belt, `tabло`). The app itself registers the phone for pushes with its
ANDROID_ID and an install id it makes up, and its heartbeat carries an MD5 of
the ANDROID_ID under a one-letter form field.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import SB, iso, ms, rf, rid, ua

API = "https://ops.ala-airport.example"
MDM = "https://mdm.ala-airport.example"
TELEM = "https://telematics.ala-airport.example"
UA = ua("ALAGroundOps", "2.31.4")
AIRLINES = ["KC", "FS", "DV", "SU", "TK", "LH", "EK", "QR", "HY", "ZM"]
DEST = ["NQZ", "CIT", "SCO", "GUW", "IST", "DXB", "FRA", "DOH", "TAS", "FRU", "ICN", "PEK"]
VIDEOS = [
    "Қауіпсіздік ережелері / Правила безопасности",
    "Liquids 100 ml",
    "Power banks in cabin baggage",
    "Перрон: средства индивидуальной защиты",
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "ala-ops", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("ops_token"))
    b.header("x-staff-no", b.acct("staff_no"))
    return b


def _flight(c: Context) -> str:
    return f"{c.rng.choice(AIRLINES)}{c.rng.randint(100, 999)}"


def _scanner_serial(c: Context) -> str:
    return "ZBK" + new_digits(c.rng, 6) + new_hex(c.rng, 3).upper()


def _mac(c: Context) -> str:
    return "00:1B:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(4))


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/push/register")
    b.json(
        {
            "androidId": b.id("aid_ops", where="json androidId"),
            "installId": b.id("ops_install", where="json installId"),
            "fcmToken": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 100),
            "platform": "android",
            "appVersion": "2.31.4",
        }
    )
    b.ok_json({"ok": True, "topics": ["smena-A", "ala-ground"]})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/hb")
    b.form([("a", "2.31.4"), ("k", b.id("aid_ops", "md5", "form k", detectable=False))])
    b.ok_json({"t": ms(c)})
    return b.build()


def flights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/reister?term=T1&bagyt=DEP&from={ms(c)}")
    b.ok_json(
        {
            "reister": [
                {
                    "reis": _flight(c),
                    "bagyt": c.rng.choice(DEST),
                    "std": iso(c),
                    "stoyanka": f"{c.rng.randint(1, 30)}",
                    "gate": f"{c.rng.randint(1, 18)}",
                    "status": c.rng.choice(["BOARDING", "SCHEDULED", "DELAYED", "GATE CLOSED"]),
                    "aircraft": c.rng.choice(["A321", "A320N", "B763", "E190", "A20N"]),
                    "reg": "P4-" + "".join(c.rng.choice("ABCDEFKLMNPQRSTUVWXYZ") for _ in range(3)),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def crew_roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/smena/grafik?data={iso(c)[:10]}&brigada=A")
    b.decoy("staff numbers and badge ids of the shift (people's ids, not devices)")
    b.ok_json(
        {
            "smena": "A",
            "quram": [
                {
                    "tabelNo": "ALA-GH-" + new_digits(c.rng, 5),
                    "aty": n,
                    "rol": c.rng.choice(["loader", "tug driver", "ramp agent", "dispatcher"]),
                    "badge": "B" + new_digits(c.rng, 7),
                    "bastau": "07:00",
                    "ayaqtau": "19:00",
                }
                for n in ("Ерлан Н.", "Дамир С.", "Асель К.", "Сергей П.", "Нұрлан Б.")
            ],
        }
    )
    return b.build()


def bag_scan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bagazh/skanerler/oqigalar?reis={_flight(c)}")
    b.decoy("baggage-tag scanner serials and 10-digit bag tag numbers (airport equipment)")
    b.ok_json(
        {
            "oqigalar": [
                {
                    "tag": "0" + new_digits(c.rng, 9),
                    "scannerSn": _scanner_serial(c),
                    "point": c.rng.choice(["MAKEUP-3", "MAKEUP-4", "SORTER-1", "LOADING"]),
                    "ts": iso(c),
                }
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return b.build()


def belt_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/lenta/datchikter?lenta={c.rng.randint(1, 8)}")
    b.decoy("belt sensor serials and MACs (airport equipment, not the tester's device)")
    b.ok_json(
        {
            "datchikter": [
                {
                    "serial": "BS-" + new_hex(c.rng, 8).upper(),
                    "mac": _mac(c),
                    "zhyldamdyq": rf(c.rng, 0.3, 0.6, 2),
                    "temp": rf(c.rng, 28, 55, 1),
                    "status": c.rng.choice(["OK", "OK", "OK", "JAM"]),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def belt_ack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/lenta/alarm/ack")
    b.decoy("belt sensor serial in an alarm acknowledgement")
    b.json(
        {
            "alarmId": rid(c.rng),
            "sensorSerial": "BS-" + new_hex(c.rng, 8).upper(),
            "izoh": "Заклинило на повороте, вызвал техника",
        }
    )
    b.ok_json({"ack": True})
    return b.build()


def mdm_fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/api/v2/devices?group=ground-handling&page={c.rng.randint(1, 6)}")
    b.decoy("IMEIs, serials and Wi-Fi MACs of the airport's MDM handhelds (not hers)")
    b.ok_json(
        {
            "devices": [
                {
                    "assetTag": f"ALA-HH-{c.rng.randint(1000, 1999)}",
                    "imei": luhn_complete("35" + new_digits(c.rng, 12)),
                    "serialNumber": "21" + new_digits(c.rng, 3) + "D" + new_digits(c.rng, 6),
                    "wifiMac": _mac(c),
                    "model": c.rng.choice(["Zebra TC52", "Zebra TC26", "Honeywell CT40"]),
                    "compliance": c.rng.choice(["COMPLIANT", "COMPLIANT", "OUTDATED_OS"]),
                    "lastCheckIn": iso(c),
                    "battery": c.rng.randint(8, 100),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def mdm_lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/api/v2/devices/ALA-HH-{c.rng.randint(1000, 1999)}/commands")
    b.decoy("a lost handheld's IMEI in an MDM lock command (airport equipment)")
    b.json(
        {
            "command": "LOCK",
            "imei": luhn_complete("35" + new_digits(c.rng, 12)),
            "message": "Құрылғыны диспетчерге қайтарыңыз / Верните ТСД диспетчеру",
        }
    )
    b.ok_json({"queued": True, "commandId": rid(c.rng)})
    return b.build()


def display_playlog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tablo/gate-{c.rng.randint(1, 18)}/play-log?last=1h")
    b.decoy("gate display play log of safety videos (a screen's log, not a person's viewing)")
    b.ok_json(
        {
            "displaySn": "GD" + new_hex(c.rng, 10).upper(),
            "plays": [
                {
                    "video": c.rng.choice(VIDEOS),
                    "started": iso(c),
                    "durationSec": c.rng.choice([45, 90, 120, 180]),
                    "completed": True,
                }
                for _ in range(c.rng.randint(3, 6))
            ],
        }
    )
    return b.build()


def display_schedule(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/tablo/gate-{c.rng.randint(1, 18)}/playlist")
    b.decoy("playlist pushed to a gate display (content, durations)")
    b.json(
        {
            "playlist": [{"video": v, "loop": True} for v in c.rng.sample(VIDEOS, 2)],
            "from": iso(c),
            "language": c.rng.choice(["kk", "ru", "en"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def vehicle_telematics(c: Context) -> Flow:
    b = SB(
        c,
        "ala-telematics",
        "GET",
        f"{TELEM}/api/v1/vehicles/positions?zone=apron-{c.rng.randint(1, 4)}",
    )
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("ops_token"))
    b.decoy("apron vehicle VINs, tracker IMEIs and GPS tracks (airport fleet)")
    b.ok_json(
        {
            "vehicles": [
                {
                    "bortNo": f"TG-{c.rng.randint(10, 99)}",
                    "vin": "WDB" + new_digits(c.rng, 3) + new_hex(c.rng, 11).upper(),
                    "trackerImei": luhn_complete("86" + new_digits(c.rng, 12)),
                    "type": c.rng.choice(["tug", "belt loader", "bus", "fuel", "catering"]),
                    "track": [
                        [rf(c.rng, 43.34, 43.36, 5), rf(c.rng, 77.03, 77.05, 5)] for _ in range(4)
                    ],
                    "speedKmh": rf(c.rng, 0, 25, 1),
                    "engineHours": c.rng.randint(1000, 20000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def stand_allocation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/stoyanka/naznachit")
    b.json(
        {
            "reis": _flight(c),
            "stoyanka": str(c.rng.randint(1, 30)),
            "tug": f"TG-{c.rng.randint(10, 99)}",
            "brigada": "A",
        }
    )
    b.ok_json({"ok": True, "version": c.rng.randint(100, 999)})
    return b.build()


def turnaround(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/turnaround/{_flight(c)}/milestones")
    b.json(
        {
            "onBlock": iso(c),
            "doorsOpen": iso(c),
            "bagsFirst": iso(c),
            "fuelStart": iso(c),
            "loadSheet": "LS" + new_digits(c.rng, 6),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def load_message(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ldm/{_flight(c)}")
    text = (
        f"LDM\n{_flight(c)}/{c.rng.randint(1, 28):02d}.P4KCA.C16Y150.2/4\n"
        f"-{c.rng.choice(DEST)}.{c.rng.randint(80, 160)}/0/0.T{c.rng.randint(900, 2500)}"
        f".1/{c.rng.randint(200, 900)}.3/{c.rng.randint(200, 900)}\nSI NIL"
    )
    b.ok_json({"ldm": text})
    return b.build()


def weather_metar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/meteo/metar?icao=UAAA")
    b.ok_json(
        {
            "metar": f"UAAA {c.rng.randint(10, 28)}0000Z {c.rng.randint(0, 35):02d}0"
            f"{c.rng.randint(2, 9):02d}MPS 9999 FEW040 "
            f"M0{c.rng.randint(1, 9)}/M1{c.rng.randint(0, 9)} Q1024 R05R/290050 NOSIG"
        }
    )
    return b.build()
