"""The cabins' interactive TV (a fictional OndaVision middleware): what the
officer's phone pulls from its admin API when a guest calls guest services.

A guest disputes a pay-per-view charge, so the officer opens the cabin's
purchases and the set-top box's tuning log; she refunds a film, posts a charge
to the guest's folio, reboots a cabin's box by its MAC, sends a welcome
message to the cabins, checks the EPG and the film catalogue. Viewing history
is what an identifiable viewer watched, whoever it is: one cabin's purchases
naming the film with the minutes watched (`acquisti[].minutiVisti`, and the
refund request that repeats them), the tuning log's per-cabin rows (cabin,
channel, time, seconds watched) and the boxes' status rows with the channel
each cabin's box is on are labelled viewing history, readable by their keys.
The folio charge (a film's price on a guest's bill, nothing watched), the EPG,
the catalogue, the line-up, the cabin message and the per-film revenue report
(aggregate) stay negative. The boxes' MACs and serials are the ship's
equipment, not the tester's device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .nave import DECKS, GUESTS, SHIP, cabin, folio, ship, ship_mac
from .phone import iso, ms, rf, rid

API = f"https://itv.{SHIP}/ondavision/admin/api/v3"
APP = ("OndaVision Admin", "2.14.1")
CHANNELS = [
    "Rai 1", "Canale 5", "La 1", "Antena 3", "TF1", "France 2", "Das Erste", "BBC World News",
    "CNN International", "Sky Sport 24", "DAZN Ship", "Stella TV (bordo)",
]  # fmt: skip
FILMS = [
    ("m3301", "Io Capitano", 121, 9.99),
    ("m3302", "La Sociedad de la Nieve", 144, 9.99),
    ("m3303", "Anatomie d'une chute", 151, 9.99),
    ("m3304", "Oppenheimer", 180, 12.99),
    ("m3305", "Barbie", 114, 12.99),
    ("m3306", "C'è ancora domani", 118, 7.99),
    ("m3307", "Wonka", 116, 7.99),
]
STB_OUI = "00:1B:C5"


def ppv_purchases(c: Context) -> Flow:
    cab = cabin(c)
    b = ship(c, "ondavision", "GET", f"{API}/cabins/{cab}/ppv?stay=current", *APP)
    b.view("response json cabina + acquisti[] titolo / minutiVisti", direction="response")
    rows = []
    for film_id, title, minutes, price in c.rng.sample(FILMS, c.rng.randint(1, 3)):
        rows.append(
            {
                "filmId": film_id,
                "titolo": title,
                "durataMin": minutes,
                "prezzo": price,
                "acquistatoIl": iso(c),
                "minutiVisti": c.rng.randint(3, minutes),
                "lingua": c.rng.choice(["it", "es", "fr", "en", "de"]),
            }
        )
    b.ok_json({"cabina": cab, "ospite": c.rng.choice(GUESTS), "acquisti": rows})
    return b.build()


def tuning_log(c: Context) -> Flow:
    deck = c.rng.choice(DECKS)
    b = ship(c, "ondavision", "GET", f"{API}/reports/tuning?deck={deck}&hours=6", *APP)
    b.view("response json rows[] cabin / channel / tunedAt / watchedSeconds", direction="response")
    b.ok_json(
        {
            "deck": deck,
            "rows": [
                {
                    "cabin": cabin(c),
                    "channel": c.rng.choice(CHANNELS),
                    "tunedAt": iso(c),
                    "watchedSeconds": c.rng.randint(30, 5400),
                }
                for _ in range(c.rng.randint(4, 9))
            ],
        }
    )
    return b.build()


def stb_status(c: Context) -> Flow:
    deck = c.rng.choice(DECKS)
    b = ship(c, "ondavision", "GET", f"{API}/stb?deck={deck}&state=all", *APP)
    b.decoy("cabin set-top boxes' MACs / serials (the ship's equipment)")
    b.view("response json stb[] cabin + currentChannel + lastSeen (now on)", direction="response")
    b.ok_json(
        {
            "stb": [
                {
                    "cabin": cabin(c),
                    "mac": ship_mac(c, STB_OUI),
                    "serial": "OV" + new_digits(c.rng, 10),
                    "firmware": "OV-5.8.2",
                    "lastSeen": iso(c),
                    "power": c.rng.choice(["on", "standby"]),
                    "currentChannel": c.rng.choice(CHANNELS),
                }
                for _ in range(c.rng.randint(3, 6))
            ]
        }
    )
    return b.build()


def stb_reboot(c: Context) -> Flow:
    b = ship(c, "ondavision", "POST", f"{API}/stb/commands", *APP)
    b.decoy("reboot command for a cabin's set-top box MAC (the ship's equipment)")
    b.json({"mac": ship_mac(c, STB_OUI), "command": "REBOOT", "requestedBy": "guest-services"})
    b.ok_json({"commandId": rid(c.rng), "queued": True})
    return b.build()


def ppv_refund(c: Context) -> Flow:
    film_id, title, _minutes, price = c.rng.choice(FILMS)
    b = ship(c, "ondavision", "POST", f"{API}/cabins/{cabin(c)}/ppv/{film_id}/refund", *APP)
    b.view("path cabins/{cabin}/ppv/{film} + json titolo / minutiVisti")
    b.json(
        {
            "motivo": c.rng.choice(
                ["audio errato", "acquisto accidentale", "interruzione segnale"]
            ),
            "titolo": title,
            "minutiVisti": c.rng.randint(1, 12),
            "importo": price,
        }
    )
    b.ok_json({"rimborsato": True, "riferimento": "RF" + new_digits(c.rng, 8)})
    return b.build()


def folio_charge(c: Context) -> Flow:
    _, title, _, price = c.rng.choice(FILMS)
    b = ship(c, "ondavision", "POST", f"https://pms.{SHIP}/fidelio/api/folio/post", *APP)
    b.decoy("a folio charge for a film (billing, the ship's PMS)")
    b.json(
        {
            "folio": folio(c),
            "reparto": "ITV-PPV",
            "descrizione": f"Film: {title}",
            "importo": price,
            "valuta": "EUR",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"postingId": new_digits(c.rng, 10), "saldo": rf(c.rng, 50, 2500, 2)})
    return b.build()


def epg(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = ship(c, "ondavision", "GET", f"https://itv.{SHIP}/ondavision/api/v2/epg?canale={ch}", *APP)
    b.decoy("EPG start times and durations (a programme guide)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "canale": ch,
            "programmi": [
                {"titolo": t, "inizio": t0 + i * 3600, "durata": 3600}
                for i, t in enumerate(["Telegiornale", "Documentario", "Film", "Sport"])
            ],
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = ship(c, "ondavision", "GET", f"https://itv.{SHIP}/ondavision/api/v2/vod?cat=film", *APP)
    b.decoy("the films on offer with durations and prices (a catalogue)")
    b.ok_json(
        {
            "film": [
                {"id": f, "titolo": t, "durata": m * 60, "prezzo": p, "poster": f"/p/{f}.jpg"}
                for f, t, m, p in FILMS
            ]
        }
    )
    return b.build()


def channel_lineup(c: Context) -> Flow:
    b = ship(c, "ondavision", "GET", f"{API}/lineup", *APP)
    b.ok_json(
        {
            "channels": [
                {"lcn": i + 1, "name": ch, "mcast": f"239.10.{i // 8}.{i % 8 + 1}:5000"}
                for i, ch in enumerate(CHANNELS)
            ],
            "sat": "Intelsat 37e",
        }
    )
    return b.build()


def cabin_message(c: Context) -> Flow:
    b = ship(c, "ondavision", "POST", f"{API}/messages", *APP)
    b.json(
        {
            "target": {"decks": c.rng.sample(DECKS, 3)},
            "testo": {
                "it": "Benvenuti a Barcellona! Tutti a bordo alle 17:30.",
                "es": "¡Bienvenidos a Barcelona! Todos a bordo a las 17:30.",
            },
            "scadenza": ms(c) + 3600 * 1000,
        }
    )
    b.ok_json({"messageId": new_hex(c.rng, 12), "cabins": c.rng.randint(100, 600)})
    return b.build()


def ppv_revenue(c: Context) -> Flow:
    b = ship(c, "ondavision", "GET", f"{API}/reports/ppv-revenue?voyage=SDM2524", *APP)
    b.decoy("pay-per-view sales per film (aggregate)")
    b.ok_json(
        {
            "voyage": "SDM2524",
            "perFilm": [
                {"titolo": t, "acquisti": c.rng.randint(5, 140), "ricavo": rf(c.rng, 50, 1500, 2)}
                for _, t, _, _ in FILMS
            ],
        }
    )
    return b.build()


FLOWS = [
    ppv_purchases,
    tuning_log,
    stb_status,
    stb_reboot,
    ppv_refund,
    folio_charge,
    epg,
    vod_catalogue,
    channel_lineup,
    cabin_message,
    ppv_revenue,
    ppv_purchases,
    tuning_log,
]
