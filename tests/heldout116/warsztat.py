"""Warsztat Pro: the garage's own job-card and invoicing app (Polish backend).

Job cards (`zlecenia`) carry customers' VINs, mileage and registration plates;
invoices (`faktury`) carry NIP tax numbers and KSeF reference numbers; the
customer list carries phone numbers. All of it is the customers' or the
garage's business data, none of it the mechanic's own devices or viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua, vin

API = "https://api.warsztatpro.example"
UA = ua("WarsztatPro", "3.8.1")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "warsztatpro", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-warsztat-user", b.acct("garage_user"))
    return b


def _plate(c: Context) -> str:
    return "W" + c.rng.choice("AIXYZ") + " " + new_digits(c.rng, 5)


def job_card(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/zlecenia")
    b.decoy("customer's VIN and plate on a job card: the customer's car, not the tester's")
    b.json(
        {
            "numerZlecenia": f"ZL/{c.rng.randint(1, 999)}/2024",
            "pojazd": {
                "vin": vin(c.rng),
                "nrRejestracyjny": _plate(c),
                "przebiegKm": c.rng.randint(20000, 310000),
                "marka": c.rng.choice(["Skoda", "Volkswagen", "Opel", "Renault", "Toyota"]),
            },
            "usterka": c.rng.choice(["stuki z przodu", "check engine", "wymiana oleju"]),
            "mechanik": c.rng.choice(["Marek", "Ołeh", "Taras"]),
            "przyjeto": iso(c),
        }
    )
    b.ok_json({"id": c.rng.randint(10**5, 10**6), "status": "PRZYJETE"}, 201)
    return b.build()


def job_list(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/zlecenia?status=W_TOKU&limit=20")
    b.decoy("list of customers' cars with VINs and progress percentages of repairs")
    b.ok_json(
        {
            "items": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "vin": vin(c.rng),
                    "postep": c.rng.randint(0, 100),
                    "ostatniaZmiana": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/faktury")
    b.decoy("invoice: NIP tax id, KSeF number, amounts")
    net = rf(c.rng, 150, 4800, 2)
    b.json(
        {
            "nabywca": {"nip": new_digits(c.rng, 10, "5"), "nazwa": "Klient indywidualny"},
            "pozycje": [
                {"opis": "Robocizna", "netto": net, "vat": 23},
                {"opis": "Klocki hamulcowe", "netto": rf(c.rng, 80, 400, 2), "vat": 23},
            ],
            "platnosc": c.rng.choice(["gotowka", "karta", "przelew"]),
        }
    )
    b.ok_json(
        {
            "numer": f"FV/{c.rng.randint(1, 400)}/11/2024",
            "ksef": f"{new_digits(c.rng, 10)}-"
            f"20241105-{new_hex(c.rng, 12).upper()}-{new_hex(c.rng, 2).upper()}",
        }
    )
    return b.build()


def customer_lookup(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v2/klienci?telefon=%2B48{new_digits(c.rng, 9, '6')}")
    b.decoy("a customer's phone number: an account, not a device")
    b.ok_json({"klient": {"id": c.rng.randint(1000, 9999), "imie": "Piotr", "pojazdy": 2}})
    return b.build()


def head_unit_record(c: Context) -> Flow:
    """The customer's head unit swapped under warranty: its serial goes on the job card."""
    b = _b(c, "PATCH", f"/api/v2/zlecenia/{c.rng.randint(10**5, 10**6)}/czesci")
    b.decoy("customer car's head-unit serial and radio code on a warranty job card")
    b.json(
        {
            "radio": {
                "numerSeryjny": "VWZ" + new_digits(c.rng, 1) + "Z" + new_digits(c.rng, 10),
                "kodRadia": new_digits(c.rng, 4),
                "wersjaSW": "MIB2_" + new_digits(c.rng, 4),
            }
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def chat_ua(c: Context) -> Flow:
    """The team chat in Ukrainian: Oleh asks about a part."""
    b = _b(c, "POST", "/api/v2/czat/wiadomosci")
    b.json(
        {
            "kanal": "warsztat",
            "tekst": c.rng.choice(
                ["Де ключ на 13?", "Клієнт з Шкодою приїде о 15:00", "Підйомник вільний"]
            ),
            "clientMsgId": rid(c.rng),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
