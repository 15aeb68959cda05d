"""Berger DMS: the dealership's in-house dealer-management app on the saleswoman's phone.

Leads, customers, the stock list with VINs, trade-in appraisals, leasing offers
and contract PDFs: all business records (Kundennummer, Fahrgestellnummer, an
appraised car's VIN are no device of the tester). The app binds itself to her
phone at login (its ANDROID_ID under `geraeteKennung`, an install id) and a
mobile-device-management check-in sends a SHA-256 of the ANDROID_ID under `cf`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import multipart

from .phone import FB, iso, ms, plate, rf, rid, ua, vin

API = "https://dms.autohaus-berger.example"
UA = ua("BergerDMS", "3.8.2")
MODELS = ["320d Touring", "iX1 xDrive30", "X3 20d", "i4 eDrive40", "118i", "X5 xDrive50e"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "berger-dms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-mandant", "0412")
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/anmelden")
    b.json(
        {
            "benutzer": b.id("email", where="json benutzer"),
            "verkaeuferNr": b.acct("dms_user"),
            "geraeteKennung": b.id("aid_dms", where="json geraeteKennung"),
            "installationsId": b.id("dms_install", where="json installationsId"),
            "appVersion": "3.8.2",
        }
    )
    b.ok_json({"token": rid(c.rng), "gueltigBis": iso(c), "filiale": "München-Freimann"})
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/benachrichtigungen/geraet")
    b.header("x-installation-id", b.id("dms_install", where="header x-installation-id"))
    b.json({"fcmToken": b.acct("dms_push"), "kanal": ["leads", "termine"], "sprache": "de-DE"})
    b.no_content()
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    """The MDM check-in: the phone's ANDROID_ID as SHA-256 under a bare `cf`."""
    b = _b(c, "POST", f"{API}/mdm/ci")
    b.form(
        [
            ("cf", b.id("aid_dms", "sha256", "form cf", detectable=False)),
            ("pv", "14"),
            ("enc", "1"),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"policy": "std-verkauf", "next": 3600})
    return b.build()


def leads(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/leads?status=offen&seite=1")
    b.decoy("lead ids and customer numbers (business records)")
    b.ok_json(
        {
            "leads": [
                {
                    "leadId": f"L-{c.rng.randint(100000, 999999)}",
                    "kundennr": c.rng.randint(1000000, 9999999),
                    "interesse": c.rng.choice(MODELS),
                    "quelle": c.rng.choice(["mobile.de", "Website", "Telefon", "Showroom"]),
                    "angelegt": iso(c),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def customer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kunden/{c.rng.randint(1000000, 9999999)}")
    b.decoy("customer record with the customer's own car VIN and plate (not the tester's device)")
    b.ok_json(
        {
            "anrede": c.rng.choice(["Herr", "Frau"]),
            "nachname": c.rng.choice(["Huber", "Maier", "Schmid", "Yilmaz", "Wagner"]),
            "telefon": f"+49 89 {c.rng.randint(1000000, 9999999)}",
            "fahrzeuge": [{"fahrgestellnummer": vin(c.rng, "WVW"), "kennzeichen": plate(c.rng)}],
            "geburtsjahr": c.rng.randint(1950, 2000),
            "geschlecht": c.rng.choice(["m", "w", "d"]),
        }
    )
    return b.build()


def stock(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/bestand?standort=FRM&typ=neu,vorfuehr")
    b.decoy("stock list of the dealership's cars (VINs, commission numbers)")
    b.ok_json(
        {
            "fahrzeuge": [
                {
                    "vin": vin(c.rng),
                    "kommissionsNr": f"K{c.rng.randint(1000000, 9999999)}",
                    "modell": c.rng.choice(MODELS),
                    "farbe": c.rng.choice(["Alpinweiß", "Saphirschwarz", "Portimao Blau"]),
                    "listenpreis": rf(c.rng, 38000, 98000, 2),
                    "kmStand": c.rng.randint(5, 9000),
                }
                for _ in range(c.rng.randint(6, 14))
            ]
        },
        status=200,
    )
    return b.build()


def appraisal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/inzahlungnahme/bewertung")
    b.decoy("trade-in appraisal of a customer's car: VIN, mileage, damage points (photo coords)")
    b.json(
        {
            "fahrgestellnummer": vin(c.rng, c.rng.choice(["WDD", "WAU", "VF1"])),
            "erstzulassung": f"{c.rng.randint(1, 12):02d}/{c.rng.randint(2012, 2022)}",
            "kmStand": c.rng.randint(20000, 210000),
            "schaeden": [
                {"bauteil": c.rng.choice(["Stoßfänger hi.", "Tür vl.", "Felge hr."]),
                 "x": rf(c.rng, 0, 1, 3), "y": rf(c.rng, 0, 1, 3)}
                for _ in range(c.rng.randint(0, 4))
            ],
        }
    )  # fmt: skip
    b.ok_json(
        {
            "haendlereinkaufswert": rf(c.rng, 4000, 38000, 0),
            "marktpreisVerlauf": [rf(c.rng, 9000, 40000, 0) for _ in range(12)],
        }
    )
    return b.build()


def leasing_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/angebote/leasing/berechnen")
    b.decoy("leasing rate series (price series)")
    b.json(
        {
            "modell": c.rng.choice(MODELS),
            "laufzeitMonate": c.rng.choice([24, 36, 48]),
            "kmProJahr": c.rng.choice([10000, 15000, 20000]),
            "anzahlung": c.rng.choice([0, 2500, 5000]),
        }
    )
    b.ok_json(
        {
            "raten": [{"laufzeit": m, "rate": rf(c.rng, 280, 900, 2)} for m in (24, 36, 48)],
            "angebotsNr": f"A{c.rng.randint(10**6, 10**7)}",
        }
    )
    return b.build()


def contract_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/vertraege/{c.rng.randint(10**5, 10**6)}/dokumente")
    boundary = "----dms" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary,
        [
            ("typ", None, None, b"Kaufvertrag"),
            ("datei", "kaufvertrag.pdf", "application/pdf",
             b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(400))),
        ],
    )  # fmt: skip
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"dokumentId": rid(c.rng)})
    return b.build()


def appointments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/termine?tag={iso(c)[:10]}")
    b.ok_json(
        {
            "termine": [
                {"uhrzeit": f"{h:02d}:{c.rng.choice(['00', '30'])}",
                 "art": c.rng.choice(["Probefahrt", "Übergabe", "Beratung"]),
                 "kundennr": c.rng.randint(10**6, 10**7)}
                for h in sorted(c.rng.sample(range(8, 19), 4))
            ]
        }
    )  # fmt: skip
    return b.build()
