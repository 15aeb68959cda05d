"""Guest services on board: the bar and shop POS terminals, the theatre's show
schedule and bookings, the outdoor cinema's schedule, guest-services tickets,
shore excursions and the crew roster (the line's fictional apps).

POS terminal serials are the ship's equipment; show and film times are a
schedule; the guests' tickets, folios and excursion lists are the ship's
records. No flow here carries a label.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no

from .nave import CREW, DECKS, GUESTS, PORTS, SHIP, cabin, folio, ship
from .phone import iso, rf, rid

POS = f"https://pos.{SHIP}/api/v2"
APP = ("LA-Ops", "6.4.2")
SHOWS = [
    ("Mediterraneo - il musical", 50),
    ("Flamenco Noche", 45),
    ("Cabaret de Marseille", 55),
    ("Opera in Concerto", 60),
]
CINEMA = ["Nuovo Cinema Paradiso", "Volver", "Amélie", "La vita è bella", "Mamma Mia!"]


def pos_terminals(c: Context) -> Flow:
    b = ship(c, "pos", "GET", f"{POS}/terminals?status=all", *APP)
    b.decoy("POS terminals' serials (the ship's equipment)")
    b.ok_json(
        {
            "terminals": [
                {
                    "tid": "T" + new_digits(c.rng, 7),
                    "serialNumber": "PAX" + new_digits(c.rng, 10),
                    "outlet": c.rng.choice(["Bar Portofino", "Caffè Ramblas", "Boutique", "Spa"]),
                    "online": c.rng.random() < 0.95,
                    "lastTxn": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def pos_sale(c: Context) -> Flow:
    b = ship(c, "pos", "POST", f"{POS}/sales", *APP)
    b.decoy("receipt / order numbers and a cabin charge")
    b.json(
        {
            "tid": "T" + new_digits(c.rng, 7),
            "folio": folio(c),
            "righe": [
                {"sku": s, "qta": c.rng.randint(1, 3), "prezzo": p}
                for s, p in c.rng.sample([("SPRITZ", 9.5), ("ESPRESSO", 2.5), ("CAVA", 8.0)], 2)
            ],
            "servizio": 0.18,
            "ts": iso(c),
        }
    )
    b.ok_json({"receiptNo": order_no(c.rng), "authorised": True})
    return b.build()


def folio_history(c: Context) -> Flow:
    b = ship(c, "pos", "GET", f"https://pms.{SHIP}/fidelio/api/folio/{folio(c)}/history", *APP)
    b.decoy("a folio's charge history (billing, not viewing)")
    b.ok_json(
        {
            "cabina": cabin(c),
            "movimenti": [
                {"data": iso(c), "reparto": r, "importo": rf(c.rng, 2, 180, 2)}
                for r in c.rng.sample(["BAR", "SPA", "ESCURSIONI", "BOUTIQUE", "ITV-PPV"], 3)
            ],
        }
    )
    return b.build()


def show_schedule(c: Context) -> Flow:
    b = ship(c, "teatro", "GET", f"https://app.{SHIP}/api/v1/teatro/spettacoli?giorno=oggi", *APP)
    b.decoy("the theatre's show schedule (times, durations)")
    b.ok_json(
        {
            "spettacoli": [
                {"titolo": t, "orari": ["19:00", "21:15"], "durataMin": d, "ponte": 6}
                for t, d in SHOWS
            ]
        }
    )
    return b.build()


def show_bookings(c: Context) -> Flow:
    t, _ = c.rng.choice(SHOWS)
    b = ship(c, "teatro", "GET", f"https://app.{SHIP}/api/v1/teatro/prenotazioni?show={t}", *APP)
    b.decoy("seats booked per show (aggregate)")
    b.ok_json({"spettacolo": t, "posti": 1200, "prenotati": c.rng.randint(300, 1200)})
    return b.build()


def cinema_schedule(c: Context) -> Flow:
    b = ship(c, "teatro", "GET", f"https://app.{SHIP}/api/v1/cinema-sotto-le-stelle", *APP)
    b.decoy("the outdoor cinema's film schedule")
    b.ok_json(
        {
            "proiezioni": [
                {"film": f, "inizio": f"{20 + i}:30", "durataMin": c.rng.randint(90, 140)}
                for i, f in enumerate(c.rng.sample(CINEMA, 3))
            ]
        }
    )
    return b.build()


def guest_ticket(c: Context) -> Flow:
    b = ship(c, "guest-services", "POST", f"https://crew.{SHIP}/gs/api/v1/segnalazioni", *APP)
    b.decoy("a guest-services ticket number")
    b.json(
        {
            "cabina": cabin(c),
            "ospite": c.rng.choice(GUESTS),
            "categoria": c.rng.choice(["TV", "Serratura", "Wi-Fi", "Addebito", "Climatizzazione"]),
            "descrizione": c.rng.choice(
                [
                    "La TV non mostra i canali spagnoli",
                    "Medaglione non apre la porta",
                    "Addebito film non riconosciuto",
                    "Le tablet de la cabine ne s'allume pas",
                ]
            ),
            "priorita": c.rng.choice(["bassa", "media", "alta"]),
        }
    )
    b.ok_json({"ticket": "GS-" + new_digits(c.rng, 6), "assegnatoA": c.rng.choice(CREW)})
    return b.build()


def excursion_manifest(c: Context) -> Flow:
    code, name = c.rng.choice(PORTS)
    b = ship(
        c, "excursions", "GET", f"https://crew.{SHIP}/shorex/api/v1/manifest?port={code}", *APP
    )
    b.decoy("an excursion's manifest (names, cabins)")
    b.ok_json(
        {
            "porto": name,
            "escursione": c.rng.choice(["Sagrada Família", "Calanques", "Portofino"]),
            "partecipanti": [
                {"nome": c.rng.choice(GUESTS), "cabina": cabin(c), "bus": c.rng.randint(1, 6)}
                for _ in range(c.rng.randint(3, 7))
            ],
        }
    )
    return b.build()


def crew_roster(c: Context) -> Flow:
    b = ship(c, "crew", "GET", f"https://crew.{SHIP}/hr/api/v1/turni?reparto=guest-services", *APP)
    b.decoy("crew shift times and durations")
    b.ok_json(
        {
            "turni": [
                {"nome": n, "inizio": f"{h:02d}:00", "durataOre": 8, "ponte": c.rng.choice(DECKS)}
                for n, h in zip(CREW, (6, 14, 22, 6, 14), strict=False)
            ]
        }
    )
    return b.build()


def lost_found(c: Context) -> Flow:
    b = ship(c, "guest-services", "GET", f"https://crew.{SHIP}/gs/api/v1/oggetti-smarriti", *APP)
    b.ok_json(
        {
            "oggetti": [
                {"id": new_hex(c.rng, 8), "descrizione": d, "trovatoIl": iso(c)}
                for d in c.rng.sample(
                    ["occhiali", "cappello", "telefono", "libro", "medaglione"], 2
                )
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()


FLOWS = [
    pos_terminals,
    pos_sale,
    pos_sale,
    folio_history,
    show_schedule,
    show_bookings,
    cinema_schedule,
    guest_ticket,
    excursion_manifest,
    crew_roster,
    lost_found,
]
