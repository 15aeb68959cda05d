"""Sagre di Sant Zorz / Fèsta de Sant Jòrdi: a village festival app (Friulian and
Occitan keys), all ordinary traffic.

The programme says what to watch ("ce cjalâ", "de qué agachar") and when; the
map has stage positions (`posizion`, `posicion`); tickets are orders; the photo
wall holds fireworks and floats; the consent screen is Didomi's (its notice
config is a fetch). None of it is a person's viewing, face or device id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.sagresantzorz.example"
UA = ua("SagreSantZorz", "1.4.3")
PALCS = ["Place dal Domo", "Ostarie Al Cjastel", "Plaça de la Glèisa", "Prat de la fèsta"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sagre", method, url)
    b.header("user-agent", UA)
    return b


def program(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/program?zornade={c.rng.randint(1, 4)}")
    b.decoy("festival programme: what to watch, start times and durations")
    b.ok_json(
        {
            "ce_cjalâ": [
                {
                    "titul": t,
                    "palc": c.rng.choice(PALCS),
                    "inizi": iso(c),
                    "durade_minûts": c.rng.choice([30, 45, 90]),
                }
                for t in ("Bande di Tarcint", "Ball occitan", "Fûcs artificiâi", "Corteu")
            ],
            "de_qué_agachar": "Lo fuòc d'artifici a 22 h",
        }
    )
    return b.build()


def mape(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mape/palcs")
    b.decoy("stage positions (coordinates of places)")
    b.ok_json(
        {
            "palcs": [
                {
                    "non": p,
                    "posizion": {"lat": rf(c.rng, 46.05, 46.08), "lon": rf(c.rng, 13.2, 13.26)},
                }
                for p in PALCS
            ]
        }
    )
    return b.build()


def biglet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biliets/ordin")
    b.decoy("ticket order number")
    b.json({"biliets": [{"tip": "cene", "cuantitât": c.rng.randint(1, 4)}], "clâf": rid(c.rng)})
    b.ok_json({"numar_ordin": order_no(c.rng), "total_eur": rf(c.rng, 8, 60, 2)})
    return b.build()


def fotos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fotos?album=fucs&pagjine={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "fotos": [
                {
                    "url": f"https://img.sagresantzorz.example/f/{c.rng.randint(1000, 9999)}.jpg",
                    "didascalie": c.rng.choice(["Fûcs", "Carri alegorics", "Bande"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def foto_img(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.sagresantzorz.example/f/{c.rng.randint(1000, 9999)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def didomi_config(c: Context) -> Flow:
    b = FB(
        c,
        "didomi",
        "GET",
        "https://sdk.privacy-center.org/v1/config?apiKey=7d3f1a2b-58c4-4e0f-9a11-sagre&platform=android",
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "app": {"name": "Sagre di Sant Zorz", "vendors": {"iab": {"all": True}}},
            "notice": {"position": "popup", "type": "optin"},
            "languages": {"enabled": ["fur", "it", "oc"], "default": "fur"},
        }
    )
    return b.build()


def meteo_sagre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/avîs?lenghe=fur")
    b.ok_json({"avîs": [{"test": "Il corteu al partìs a 17 e mieze", "ore": iso(c)}]})
    return b.build()
