"""VloerLead: the employer's shift-lead app (warehouse management, mobile).

Daan sees his team's pick rates, the robots' and pickers' routes through the
aisles, the wave's tasks and the handheld-scanner fleet (Zebra-style TC52s with
serial, Wi-Fi MAC and, on the LTE models, an IMEI). All of that is the
employer's equipment and the team's work: ordinary data. The only device
identifiers of Daan's own are in the MDM enrolment of his phone (bring your own
device): the employer's MDM reads the phone's IMEI and ANDROID_ID, which are his
phone's identifiers even though the employer asks for them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, bearer, fleet_imei, fleet_mac, fleet_serial, iso, ms, rf, rid, ua

API = "https://api.vloerlead.example"
MDM = "https://mdm.vloerlead.example"
UA = ua("VloerLead", "4.18.2")
PICKERS = [
    "Kasia Nowak",
    "Piotr Wiśniewski",
    "Sanne de Vries",
    "Tomasz Zieliński",
    "Mo Bakkali",
    "Agnieszka Wójcik",
    "Jeroen Smit",
    "Emily Clarke",
]
ZONES = ["A-vries", "B-koel", "C-droog", "D-bulk", "E-retour"]


def _location(c: Context) -> str:
    return f"{c.rng.choice('ABCDE')}-{c.rng.randint(1, 40):02d}-{c.rng.randint(1, 6)}"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vloerlead", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("accept-language", "nl-NL,nl;q=0.9,en;q=0.8")
    return b


def pick_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ploeg/prestaties?dienst=vroeg&uur=8")
    b.decoy("pick rates per worker and per hour: team productivity, a price-series look-alike")
    b.ok_json(
        {
            "dienst": "vroeg",
            "doelPerUur": 140,
            "medewerkers": [
                {
                    "naam": n,
                    "personeelsnr": "MW" + new_digits(c.rng, 6),
                    "orderregelsPerUur": [c.rng.randint(60, 190) for _ in range(8)],
                    "foutpercentage": rf(c.rng, 0, 2.5, 2),
                }
                for n in c.rng.sample(PICKERS, 5)
            ],
        }
    )
    return b.build()


def pick_route(c: Context) -> Flow:
    n = c.rng.choice([68, 106, 40, 52])
    b = _b(c, "GET", f"{API}/v3/routes/{c.rng.randint(10**5, 10**6)}/pad")
    b.decoy(f"pick path as {n} [x, y] points in metres on the floor plan: not a face")
    b.ok_json(
        {
            "zone": c.rng.choice(ZONES),
            "punten": [[rf(c.rng, 0, 180, 2), rf(c.rng, 0, 90, 2)] for _ in range(n)],
            "lengteM": rf(c.rng, 200, 1400, 1),
        }
    )
    return b.build()


def wave_tasks(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/golven/actief/taken")
    b.decoy("SSCC pallet codes (18 digits) and GTINs: barcodes, not IMEIs")
    b.ok_json(
        {
            "golf": f"W{c.rng.randint(1000, 9999)}",
            "taken": [
                {
                    "sscc": "00387" + new_digits(c.rng, 13),
                    "gtin": "087" + new_digits(c.rng, 11),
                    "locatie": _location(c),
                    "aantal": c.rng.randint(1, 48),
                }
                for _ in range(6)
            ],
        }
    )
    return b.build()


def scanner_fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/apparaten/scanners?zone=all")
    b.decoy("the employer's handheld scanners: serialNumber, wifiMac, imei of company devices")
    b.ok_json(
        {
            "devices": [
                {
                    "serialNumber": fleet_serial(c.rng, "21"),
                    "model": "TC52",
                    "wifiMac": fleet_mac(c.rng, "94:FB:29"),
                    "imei": fleet_imei(c.rng) if c.rng.random() < 0.5 else None,
                    "batteryHealth": c.rng.randint(55, 100),
                    "assignedTo": c.rng.choice(PICKERS),
                    "lastSeen": iso(c),
                }
                for _ in range(c.rng.randint(4, 9))
            ]
        }
    )
    return b.build()


def scanner_ring(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/apparaten/scanners/zoek")
    b.decoy("ring a lost company scanner by its serial (employer's device)")
    b.json({"serienummer": fleet_serial(c.rng, "21"), "geluid": True, "duurSec": 30})
    b.ok_json({"verzonden": True, "verzoekId": rid(c.rng)})
    return b.build()


def team_roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ploeg/rooster?week={c.rng.randint(1, 52)}")
    b.decoy("staff numbers and names of the team (accounts, no device)")
    b.ok_json(
        {
            "rooster": [
                {
                    "naam": n,
                    "personeelsnr": "MW" + new_digits(c.rng, 6),
                    "taal": "pl" if "ski" in n or "Nowak" in n or "Wójcik" in n else "nl",
                    "dienst": c.rng.choice(["vroeg", "laat", "nacht"]),
                }
                for n in PICKERS
            ]
        }
    )
    return b.build()


def incident(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/incidenten")
    b.json(
        {
            "type": c.rng.choice(["bijna-ongeval", "schade-stelling", "lekkage"]),
            "omschrijving": c.rng.choice(
                ["Heftruck raakte stelling C-12", "Pallet omgevallen bij dock 4", "Olie op vloer"]
            ),
            "gemeldDoor": b.acct("staff_no"),
            "tijd": iso(c),
        }
    )
    b.ok_json({"incidentNr": f"INC-{c.rng.randint(10000, 99999)}"})
    return b.build()


def byod_enrol(c: Context) -> Flow:
    """The MDM enrolment of Daan's own phone: his device, whoever asks."""
    b = _b(c, "POST", f"{MDM}/enroll/v2/android")
    b.json(
        {
            "eigendom": "BYOD",
            "toestel": {
                "imei": b.id("imei", where="json toestel.imei"),
                "androidId": b.id("aid_wms", where="json toestel.androidId"),
                "model": "SM-A546B",
                "osVersie": "14",
            },
            "gebruiker": b.acct("staff_no"),
            "werkprofiel": True,
        }
    )
    b.ok_json({"enrolled": True, "policy": "byod-basic", "checkinMin": 240})
    return b.build()


def byod_checkin(c: Context) -> Flow:
    b = _b(c, "PUT", f"{MDM}/checkin/v2")
    b.header("x-mdm-device", b.id("aid_wms", where="header x-mdm-device"))
    b.json({"compliant": True, "osPatch": "2024-10-01", "encrypted": True, "ts": ms(c)})
    b.ok_json({"next": 240})
    return b.build()


def byod_checkin_opaque(c: Context) -> Flow:
    """The MDM agent's short ping: a SHA-1 of the IMEI under 't'."""
    b = FB(c, "vloerlead", "POST", f"{MDM}/c")
    b.header("user-agent", "VLAgent/2.3")
    b.form([("t", b.id("imei", "sha1", "form t", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def app_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/config?platform=android")
    b.decoy("config hash")
    b.ok_json({"featureFlags": {"amrKaart": True, "spraak": False}, "hash": new_hex(c.rng, 40)})
    return b.build()


def my_shift_scanner(c: Context) -> Flow:
    """The company scanner handed to Daan for this shift: lent, so not his device."""
    b = _b(c, "POST", f"{API}/v3/apparaten/scanners/uitgifte")
    b.decoy(
        "the employer's scanner lent to the shift lead for his shift (serial, IMEI): "
        "a lent company device, not the tester's"
    )
    b.json(
        {
            "serienummer": fleet_serial(c.rng, "21"),
            "imei": fleet_imei(c.rng),
            "uitgegevenAan": b.acct("staff_no"),
            "dienst": "vroeg",
            "tijd": iso(c),
        }
    )
    b.ok_json({"uitgifteNr": f"UG-{c.rng.randint(10000, 99999)}", "terugVoor": iso(c)})
    return b.build()


def proximity_tags(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/veiligheid/nabijheidstags")
    b.decoy("UWB proximity tags on vests and forklifts (company tags with their MACs)")
    b.ok_json(
        {
            "tags": [
                {
                    "tagMac": fleet_mac(c.rng, "C4:7F:51").lower(),
                    "drager": c.rng.choice(["vest", "heftruck", "amr"]),
                    "bijnaAanrijdingen": c.rng.randint(0, 3),
                    "batterijPct": c.rng.randint(10, 100),
                }
                for _ in range(c.rng.randint(4, 10))
            ]
        }
    )
    return b.build()
