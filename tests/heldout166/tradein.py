"""Handy-Ankauf: customers' old phones taken in and wiped at the sales desk.

A wipe station reports each customer's phone (IMEI, serial, Wi-Fi MAC, even
its ANDROID_ID) with an erasure certificate, and the demo cars' head units
forget customers' paired phones before a car is handed over. These are other
people's devices: no device identifier of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, other_imei, other_mac, rid, vin

API = "https://ankauf.autohaus-berger.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "berger-ankauf", method, url)
    b.header("user-agent", "WipeStation/4.2 (Windows 10)")
    return b


def wipe_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/loeschprotokolle")
    b.decoy("erasure report of a customer's trade-in phone: its IMEI, serial, MAC (not hers)")
    b.json(
        {
            "auftrag": f"HA-{c.rng.randint(10**5, 10**6)}",
            "geraet": {
                "hersteller": c.rng.choice(["Apple", "Samsung", "Google"]),
                "modell": c.rng.choice(["iPhone 12", "Galaxy S21", "Pixel 6a"]),
                "imei": other_imei(c.rng),
                "seriennummer": new_hex(c.rng, 11).upper(),
                "wlanMac": other_mac(c.rng),
                "androidId": new_hex(c.rng, 16),
            },
            "verfahren": "NIST 800-88 Purge",
            "ergebnis": "ERFOLGREICH",
            "zertifikatId": rid(c.rng),
            "beendet": iso(c),
        }
    )
    b.ok_json({"pdf": f"{API}/zertifikate/{rid(c.rng)}.pdf"})
    return b.build()


def price_quote(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/preise?imei={other_imei(c.rng)}&zustand=B")
    b.decoy("buy-back price lookup by a customer's phone IMEI (not the tester's)")
    b.ok_json({"ankaufspreis": c.rng.randint(40, 420), "waehrung": "EUR"})
    return b.build()


def paired_phones_clear(c: Context) -> Flow:
    b = FB(
        c,
        "berger-fleet",
        "POST",
        "https://fleet.autohaus-berger.example/api/headunits/kopplungen/loeschen",
    )
    b.header("user-agent", "BergerFleet/2.4.0")
    b.decoy("customers' phones paired with a demo car, deleted before handover (other people's)")
    b.json(
        {
            "vin": vin(c.rng),
            "gekoppelteGeraete": [
                {"name": c.rng.choice(["iPhone von Anna", "Galaxy A54", "Pixel 7"]),
                 "btAdresse": other_mac(c.rng)}
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )  # fmt: skip
    b.ok_json({"geloescht": True})
    return b.build()
