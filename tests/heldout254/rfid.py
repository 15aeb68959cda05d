"""Lending automation: RFID security gates, self-checkout kiosks, people counters
and the staff doors' access control.

The gates and kiosks come from a Swedish library-automation vendor whose API
speaks Swedish (`grind` = gate, `larm` = alarm, `automat` = kiosk, `lån` =
loans, `återlämning` = returns); the people counters' cloud counts visitors in
and out per entrance every fifteen minutes (`besökare`). Item tags (EPC),
kiosk serials and MACs, per-hour loan counts and visitor counts are
equipment ids and aggregates; a staff door's access decision carries a masked
card number and no face data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, chrome, equipment_mac, inventory, iso, rid

AUTO = "https://api.biblioteksautomation.example/v3"
COUNT = "https://besok.raknare-moln.example/api/v1"
DOORS = "https://kulku.kalevatalo.example/api"


def _kiosks() -> list[tuple[str, str, str]]:
    rng = inventory("kiosks")
    names = ["Automat 1 Entré", "Automat 2 Entré", "Automat Barn", "Återlämning Sorter"]
    return [(n, "SC" + new_digits(rng, 8), equipment_mac(rng, "00:50:C2")) for n in names]


KIOSKS = _kiosks()
GRINDAR = ["Pääovi A", "Pääovi B", "Lastenosasto", "Hervannan siipi"]
INGANGAR = ["Entré Nord", "Entré Syd", "Parkering", "Kafé"]


def _auto(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lending-automation", method, url)
    b.header("user-agent", chrome())
    b.header("x-api-nyckel", new_hex(c.rng, 32))
    return b


def _epc(c: Context) -> str:
    return "E280" + new_hex(c.rng, 20).upper()


def grindlarm(c: Context) -> Flow:
    b = _auto(c, "GET", f"{AUTO}/grindar/larm?sedan={iso(c)[:10]}")
    b.decoy("gate alarms with item tag EPCs (equipment events)")
    b.ok_json(
        {
            "larm": [
                {
                    "grind": c.rng.choice(GRINDAR),
                    "tid": iso(c),
                    "epc": _epc(c),
                    "exemplar": "0" + new_digits(c.rng, 12),
                    "orsak": c.rng.choice(["ej utlånad", "okänd tagg"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def grindstatus(c: Context) -> Flow:
    b = _auto(c, "GET", f"{AUTO}/grindar/status")
    b.decoy("gate firmware and passage counters")
    b.ok_json(
        {
            "grindar": [
                {
                    "namn": g,
                    "online": True,
                    "firmware": "7.4.2",
                    "passager_idag": c.rng.randint(100, 3000),
                }
                for g in GRINDAR
            ]
        }
    )
    return b.build()


def automatstatus(c: Context) -> Flow:
    namn, serial, mac = c.rng.choice(KIOSKS)
    b = _auto(c, "GET", f"{AUTO}/automater/{serial}")
    b.decoy("self-checkout kiosk serial, MAC, receipt paper and the day's loan counts")
    b.ok_json(
        {
            "namn": namn,
            "serienummer": serial,
            "mac": mac,
            "kvittopapper": c.rng.choice(["ok", "lågt"]),
            "lån_idag": c.rng.randint(10, 600),
            "återlämningar_idag": c.rng.randint(10, 600),
            "senaste_fel": None,
            "sip2": "ansluten",
        }
    )
    return b.build()


def transaktioner(c: Context) -> Flow:
    b = _auto(c, "GET", f"{AUTO}/statistik/timvis?datum={iso(c)[:10]}")
    b.decoy("hourly loans and returns over all kiosks (aggregate)")
    b.ok_json(
        {
            "timmar": [
                {"timme": h, "lån": c.rng.randint(0, 120), "återlämningar": c.rng.randint(0, 140)}
                for h in range(9, 20)
            ]
        }
    )
    return b.build()


def sorter(c: Context) -> Flow:
    b = _auto(c, "GET", f"{AUTO}/sorterare/fack")
    b.decoy("return sorter bins")
    b.ok_json({"fack": [{"nr": i, "fyllnad_pct": c.rng.randint(0, 100)} for i in range(1, 7)]})
    return b.build()


def besokare(c: Context) -> Flow:
    b = FB(
        c,
        "people-counter",
        "GET",
        f"{COUNT}/sites/kalevatalo/counts?interval=15m&date={iso(c)[:10]}",
    )
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.decoy("visitors in / out per entrance (aggregate)")
    b.ok_json(
        {
            "site": "Kalevatalo",
            "intervall": "15m",
            "rader": [
                {
                    "ingång": ing,
                    "sensor": "PC3D-" + new_digits(inventory("counter-" + ing), 6),
                    "från": iso(c),
                    "besökare_in": c.rng.randint(0, 140),
                    "besökare_ut": c.rng.randint(0, 140),
                }
                for ing in INGANGAR
            ],
        }
    )
    return b.build()


def kulkupaatos(c: Context) -> Flow:
    b = FB(c, "access-control", "GET", f"{DOORS}/tapahtumat?ovi=varasto&raja=20")
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.decoy("door access decisions (masked card, no face data)")
    b.ok_json(
        {
            "tapahtumat": [
                {
                    "ovi": c.rng.choice(["Varasto", "Konehuone", "Henkilökunnan sisäänkäynti"]),
                    "aika": iso(c),
                    "kortti": "****" + new_digits(c.rng, 4),
                    "paatos": c.rng.choice(["sallittu", "sallittu", "hylätty"]),
                    "lukija": "R-" + str(c.rng.randint(1, 14)),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()
