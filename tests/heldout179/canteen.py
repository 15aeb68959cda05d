"""The staff canteen's self-service kiosks: menus, orders paid with the staff
badge, nutrition figures, and the kiosk's own health reports.

Ordinary: the badge number is an account, the kiosk's serial and MAC are the
caterer's equipment, the queue camera reports only a count, and the menu
screen's loop playout is a business's proof of play.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, fleet_mac, iso, rf, rid

KIOSK = "https://kantine.osl-catering.example"
DISHES = ["Fiskesuppe", "Kjøttkaker med ertestuing", "Vegetar-taco", "Laks med potet", "Vafler"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kiosk", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "KioskShell/3.0 (Android 11; Elo I-Series)")
    return b


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{KIOSK}/api/meny?dato=i-dag")
    b.ok_json(
        {
            "retter": [
                {"navn": d, "pris": c.rng.choice([49, 69, 89, 99]), "kcal": c.rng.randint(200, 900)}
                for d in DISHES
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{KIOSK}/api/ordre")
    b.decoy("order paid with a staff badge number (an account) at the caterer's kiosk")
    b.json(
        {
            "kioskSerial": "ELO" + new_hex(c.rng, 9).upper(),
            "kort": "BADGE-" + new_digits(c.rng, 8),
            "linjer": [{"rett": c.rng.choice(DISHES), "antall": 1}],
            "tid": iso(c),
        }
    )
    b.ok_json({"ordrenr": c.rng.randint(100, 999), "kvittering": rid(c.rng)})
    return b.build()


def queue_count(c: Context) -> Flow:
    b = _b(c, "GET", f"{KIOSK}/api/ko")
    b.decoy("queue length from the overhead camera: a count")
    b.ok_json({"personerIKo": c.rng.randint(0, 25), "ventetidMin": c.rng.randint(0, 12)})
    return b.build()


def kiosk_health(c: Context) -> Flow:
    b = _b(c, "POST", f"{KIOSK}/api/helse")
    b.decoy("kiosk serial / MAC heartbeat: the caterer's equipment")
    b.json(
        {
            "serial": "ELO" + new_hex(c.rng, 9).upper(),
            "mac": fleet_mac(c.rng),
            "printerPaperPct": c.rng.randint(0, 100),
            "loopPlayedSec": c.rng.randint(0, 3600),
        }
    )
    b.no_content()
    return b.build()


def nutrition(c: Context) -> Flow:
    b = _b(c, "GET", f"{KIOSK}/api/naering?rett={c.rng.randint(1, 40)}")
    b.ok_json({"protein": rf(c.rng, 2, 40, 1), "fett": rf(c.rng, 1, 30, 1), "allergener": ["fisk"]})
    return b.build()
