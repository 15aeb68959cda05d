"""Pizzaiò: a food-delivery app with Adjust for attribution.

Adjust's SDK posts sessions and events form-encoded to app.adjust.com with
`gps_adid` and `android_uuid`; the answer names the device's Adjust `adid`.
Restaurant lists, rider tracking coordinates, orders with notes in Neapolitan,
and the tip are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://api.pizzaio.example"
UA = ua("Pizzaio", "3.7.2")
NOTE = [
    "citofonare Esposito, terzo piano, 'o palazzo giallo",
    "senza cipolla pe' piacere",
    "jamme ja, tengo famme!",
    "lasciate ô portiere",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pizzaio", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def adjust_sessione(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "9x2kq7mz8h1c"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("aid_cibo", where="form android_uuid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 60))),
            ("device_type", "phone"),
            ("language", "it"),
            ("country", "IT"),
        ]
    )
    adid = b.id("cibo_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_evento(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "9x2kq7mz8h1c"),
            ("event_token", "ord7rv"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("cibo_adid", where="form adid")),
            ("revenue", str(rf(c.rng, 12, 45, 2))),
            ("currency", "EUR"),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def ristoranti(c: Context) -> Flow:
    lat, lon = rf(c.rng, 40.82, 40.88, 5), rf(c.rng, 14.2, 14.28, 5)
    b = _b(c, "GET", f"{API}/v1/ristoranti?lat={lat}&lng={lon}")
    b.decoy("restaurant list near coordinates")
    b.ok_json(
        {
            "ristoranti": [
                {"nome": n, "voto": rf(c.rng, 3.5, 5, 1), "consegna_min": c.rng.randint(15, 50)}
                for n in ("Da Michele", "Sorbillo", "Di Matteo", "Concettina ai Tre Santi")
            ]
        }
    )
    return b.build()


def ordine(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ordini")
    b.decoy("order with an idempotency key and an order number")
    b.json(
        {
            "ristorante": "Sorbillo",
            "piatti": [{"nome": "Margherita", "qta": 2}, {"nome": "Frittatina", "qta": 1}],
            "note": c.rng.choice(NOTE),
            "chiaveIdempotenza": rid(c.rng),
        }
    )
    b.ok_json({"numeroOrdine": f"PZ-{c.rng.randint(10**6, 10**7)}", "totale": rf(c.rng, 14, 40, 2)})
    return b.build()


def rider(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ordini/PZ-{c.rng.randint(10**6, 10**7)}/rider")
    b.decoy("rider's position track (coordinates)")
    lat, lon = rf(c.rng, 40.83, 40.86, 5), rf(c.rng, 14.22, 14.26, 5)
    b.ok_json(
        {
            "rider": "Ciro",
            "percorso": [
                [round(lat + i * 0.0004, 5), round(lon + i * 0.0003, 5), ms(c)] for i in range(10)
            ],
            "eta_min": c.rng.randint(3, 25),
        }
    )
    return b.build()
