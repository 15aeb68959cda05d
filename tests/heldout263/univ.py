"""Kazan university app (fictional "KazUniver"): campus card and lab-equipment
booking, on the son's Pixel.

The campus card (`студент картасы`) has an NFC card UID and a canteen balance;
the lab-equipment booking lists the faculty's instruments (`җайланмалар`,
devices) with their serial numbers, MAC addresses and inventory numbers and
books a slot on one. Those are the university's own equipment, not a person's
device. The timetable, the library loans and the canteen menu are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, equipment_mac, iso, ms, rf, rid, ua, url

API = "https://my.kazuniver.example"
UA = ua("KazUniver", "5.0.3", "ulim")
EQUIPMENT = [
    ("spektrometr", "Shimadzu UV-1900i", "A11596200123"),
    ("mikroskop", "Zeiss Axio Observer 7", "3834000412"),
    ("3d-printer", "Prusa MK4", "CZPX2423X004XC55321"),
    ("osciloscope", "Rigol DS1104Z", "DS1ZA2417M03021"),
    ("sekvenator", "Illumina MiSeq", "M07412"),
    ("termokamera", "FLIR E8-XT", "639112845"),
]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "kazuniver", method, url(target))
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def card(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/студент-картасы")
    b.decoy("campus card NFC UID and student number (a card, not a device)")
    b.ok_json(
        {
            "студент_номеры": b.acct("univ_student"),
            "карта_uid": b.acct("campus_card"),
            "баланс": rf(c.rng, 0, 3000, 2),
            "факультет": "Химия институты",
        }
    )
    return b.build()


def card_topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/студент-картасы/тулыландыру")
    b.decoy("payment reference")
    b.json({"summa": c.rng.choice([300, 500, 1000]), "ref": rid(c.rng)})
    b.ok_json({"status": "ok", "transaction": f"TX{new_digits(c.rng, 12)}"})
    return b.build()


def equipment_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/laboratoriya/җайланмалар?bina=5")
    b.decoy("lab instruments with serials / MACs / inventory numbers (the university's own)")
    b.ok_json(
        {
            "җайланмалар": [
                {
                    "id": eid,
                    "isem": name,
                    "serial_nomer": serial,
                    "mac": equipment_mac(c.rng),
                    "inventar": "КФУ-" + new_digits(c.rng, 7),
                    "bülmä": f"5-{c.rng.randint(100, 420)}",
                }
                for eid, name, serial in EQUIPMENT
            ]
        }
    )
    return b.build()


def equipment_booking(c: Context) -> Flow:
    eid, _name, serial = c.rng.choice(EQUIPMENT)
    b = _b(c, "POST", f"{API}/api/laboratoriya/bron")
    b.decoy("booking a slot on a lab instrument identified by its serial")
    b.json(
        {
            "caylanma_id": eid,
            "caylanma_serial": serial,
            "başı": iso(c),
            "säğat": c.rng.randint(1, 4),
            "maqsat": "курс эше",
            "студент": b.acct("univ_student"),
        }
    )
    b.ok_json({"bron_nomer": f"LB-{c.rng.randint(10**5, 10**6)}", "rasladı": True})
    return b.build()


def instrument_telemetry(c: Context) -> Flow:
    _eid, name, serial = c.rng.choice(EQUIPMENT)
    b = FB(c, "kazuniver-lab", "POST", f"{API}/iot/v1/telemetry", http_version="HTTP/1.1")
    b.header("user-agent", "lab-gateway/1.4")
    b.decoy("lab instrument telemetry keyed by its serial and MAC (institution's equipment)")
    b.json(
        {
            "device_serial": serial,
            "device_mac": equipment_mac(c.rng),
            "model": name,
            "temp_c": rf(c.rng, 18, 40, 1),
            "lamp_hours": c.rng.randint(10, 9000),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def spectrum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/laboratoriya/nätiçälär")
    b.decoy("a measured spectrum: a float vector without any face")
    vec = [rf(c.rng, 0, 2, 4) for _ in range(128)]
    b.json(
        {
            "caylanma_id": "spektrometr",
            "uzın_dulqın_nm": [200 + 5 * i for i in range(128)],
            "absorbsiya": vec,
        }
    )
    b.ok_json({"saqlandı": True})
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/дәресләр-расписаниесе?atna={c.rng.randint(1, 18)}")
    b.ok_json(
        {
            "дәресләр": [
                {
                    "fän": f,
                    "auditoriya": f"{c.rng.randint(1, 9)}-{c.rng.randint(100, 500)}",
                    "başı": h,
                }
                for f, h in (
                    ("Органик химия", "08:30"),
                    ("Татар теле", "10:10"),
                    ("Физика", "11:50"),
                )
            ]
        }
    )
    return b.build()


def library(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kitapxana/alğannar")
    b.decoy("library loans: book titles and due dates (reading, not watching)")
    b.ok_json({"kitaplar": [{"isem": "Аналитик химия", "qaytaru": "2025-06-01"}]})
    return b.build()


def id_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/студент/{new_hex(c.rng, 12)}/foto.jpg")
    b.decoy("student-card photo fetched for display (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def canteen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/aşxana/menyu")
    b.ok_json(
        {
            "menyu": [{"isem": "Өчпочмак", "bäyä": 90}, {"isem": "Чәк-чәк", "bäyä": 70}],
            "x": b64(js({"v": 1})),
        }
    )
    return b.build()
