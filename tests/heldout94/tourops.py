"""The tour company's group-management app ("Horus Trails Guide", in-house
backend, fictional): rooming lists with tourists' names and passport numbers,
head counts, and the company's whisper-headset fleet (transmitters and
receivers handed to tourists, with their serials and BLE MACs).

Everything here is a hard negative: passports are the tourists' (personal data,
but none of the three categories), and the headsets are the company's shared
pool checked out per tour, not a device the tester owns. Key names mix English,
Arabic script, Arabizi and French, as the Cairo back office writes them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, fleet_imei, fleet_mac, fleet_serial, iso, ms, rf, rid, ua

API = "https://api.horustrails-ops.com"
NAMES = ["Claire Dubois", "Hans Meier", "Aiko Tanaka", "Marco Rossi", "Emma Wilson", "Lucía Gómez"]
NATION = ["FR", "DE", "JP", "IT", "GB", "ES"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "horus-ops", method, API + path)
    b.header("user-agent", ua("HorusGuide", "3.8.2"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-guide-id", b.acct("guide_user"))
    return b


def _pax(c: Context) -> dict[str, object]:
    i = c.rng.randrange(len(NAMES))
    return {
        "nom": NAMES[i],
        "nationalite": NATION[i],
        "raqam_gawaz": NATION[i] + new_digits(c.rng, 7),
        "ghorfa": c.rng.randint(101, 540),
        "type_chambre": c.rng.choice(["DBL", "TWN", "SGL"]),
    }


def rooming_list(c: Context) -> Flow:
    group = f"HT-{c.rng.randint(2400, 2499)}"
    b = _b(c, "GET", f"/v2/groups/{group}/rooming?hotel=LXR-WINTER")
    b.decoy("tourists' passport numbers (raqam_gawaz) and room numbers: not device ids")
    b.ok_json({"group": group, "rooming": [_pax(c) for _ in range(c.rng.randint(6, 14))]})
    return b.build()


def passport_manifest(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/border/manifest")
    b.decoy("passport numbers / نوع الوثيقة for the Aqaba crossing: documents, not device ids")
    b.json(
        {
            "الرحلة": f"HT-{c.rng.randint(2400, 2499)}",
            "crossing": "ARAVA-WADI-ARABA",
            "pax": [
                {"nom": p["nom"], "numero_passeport": p["raqam_gawaz"], "نوع_الوثيقة": "P"}
                for p in (_pax(c) for _ in range(c.rng.randint(4, 9)))
            ],
            "submittedAt": iso(c),
        }
    )
    b.ok_json({"manifestId": rid(c.rng), "status": "RECU"})
    return b.build()


def headcount(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/groups/headcount")
    b.decoy("head count with tourists' names at a stop; no ids")
    b.json(
        {
            "stop": c.rng.choice(["Karnak", "Valley of the Kings", "Petra Treasury", "Giza"]),
            "3adad": c.rng.randint(10, 30),
            "ghaybeen": [c.rng.choice(NAMES)] if c.rng.random() < 0.3 else [],
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def headset_checkout(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/audio-fleet/checkout")
    b.decoy(
        "company whisper-headset receivers handed to tourists: serials and BLE MACs of a "
        "shared pool, not the tester's devices"
    )
    rx = [
        {
            "rxSerial": fleet_serial(c.rng, "WR-RX"),
            "bleMac": fleet_mac(c.rng),
            "tourist": c.rng.choice(NAMES),
            "battery": c.rng.randint(40, 100),
        }
        for _ in range(c.rng.randint(4, 10))
    ]
    b.json({"txSerial": fleet_serial(c.rng, "WR-TX"), "channel": c.rng.randint(1, 99), "rx": rx})
    b.ok_json({"loanId": rid(c.rng), "dueBack": iso(c)})
    return b.build()


def headset_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/audio-fleet/telemetry")
    b.decoy("RSSI / battery per company receiver MAC (عنوان_البلوتوث): shared fleet equipment")
    b.json(
        {
            "jihaz_irsal": fleet_serial(c.rng, "WR-TX"),
            "readings": [
                {"عنوان_البلوتوث": fleet_mac(c.rng), "rssi": -c.rng.randint(45, 92)}
                for _ in range(c.rng.randint(5, 12))
            ],
            "tempC": rf(c.rng, 28, 44, 1),
        }
    )
    b.no_content()
    return b.build()


def headset_return(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/audio-fleet/return")
    b.decoy("returned receiver serial numbers, company fleet")
    b.form(
        [("loan", rid(c.rng))]
        + [("serial[]", fleet_serial(c.rng, "WR-RX")) for _ in range(c.rng.randint(3, 8))]
    )
    b.ok_json({"missing": 0})
    return b.build()


def itinerary(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/itinerary/today")
    b.ok_json(
        {
            "programme": [
                {"heure": f"{h:02d}:00", "site": s}
                for h, s in [(6, "Karnak"), (10, "Luxor Museum"), (16, "Felucca")]
            ],
            "coach": f"EGT-{c.rng.randint(10, 60)}",
        }
    )
    return b.build()


def pocket_wifi(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/rentals/pocket-wifi?group=current")
    b.decoy("rented pocket Wi-Fi routers' IMEIs and MACs lent to tourists: rented devices")
    b.ok_json(
        {
            "routers": [
                {
                    "deviceImei": fleet_imei(c.rng),
                    "wifiMac": fleet_mac(c.rng),
                    "dataUsedMb": c.rng.randint(10, 4000),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def broadcast_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/audio-fleet/broadcast-log")
    b.decoy(
        "guide's commentary broadcasts on a headset channel: listenerCount and durationSec "
        "per talk; his own talks, nobody's listening history"
    )
    b.json(
        {
            "qanah": c.rng.randint(1, 99),
            "talks": [
                {
                    "mawdoo3": c.rng.choice(["Hypostyle Hall", "Treasury", "Al-Khazneh"]),
                    "durationSec": c.rng.randint(60, 900),
                    "listenerCount": c.rng.randint(5, 30),
                    "startedAt": iso(c),
                }
                for _ in range(c.rng.randint(1, 5))
            ],
        }
    )
    b.no_content()
    return b.build()
