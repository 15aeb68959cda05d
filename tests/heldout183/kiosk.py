"""Knihovna: the library's self-service kiosks (checkout, return, printing).

Loans of books are reading, not watching; the kiosks' serials and the RFID
tags of books belong to the library. A reader's card number is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, rid

API = "https://kiosky.knihovna.univerzita.example"
TITLES = [
    "Úvod do teorie grafů",
    "Fyzika I",
    "Dějiny Prahy",
    "Mluvnice češtiny",
    "Signály a systémy",
]


def _kiosk(c: Context) -> str:
    return f"BIB-SC{c.rng.randint(1, 9)}-{new_digits(c.rng, 6)}"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kiosk", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "SelfCheck/3.2 (Windows 10 IoT)")
    return b


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sip2/checkout")
    b.decoy("library loan: book RFID tag and kiosk serial (reading, library's equipment)")
    b.json(
        {
            "kioskSerial": _kiosk(c),
            "patron": "2" + new_digits(c.rng, 13),
            "itemRfid": "E004" + new_hex(c.rng, 12).upper(),
            "nazev": c.rng.choice(TITLES),
            "vraceni_do": iso(c),
        }
    )
    b.ok_json({"ok": True, "loanId": rid(c.rng)})
    return b.build()


def kiosk_status(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kiosky/stav")
    b.decoy("kiosk serial, MAC and printer state: the library's machine")
    b.form(
        [
            ("serial", _kiosk(c)),
            ("mac", mac(c.rng, "00:50:C2")),
            ("tiskarna", "ok"),
            ("papir_procent", str(c.rng.randint(0, 100))),
        ]
    )
    b.ok_json({"ack": True})
    return b.build()


def print_job(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tisk/{rid(c.rng)}")
    b.json({"stran": c.rng.randint(1, 40), "barevne": False, "kiosk": _kiosk(c)})
    b.ok_json({"cena_kc": c.rng.randint(2, 80)})
    return b.build()
