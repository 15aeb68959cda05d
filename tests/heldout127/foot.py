"""Doelpunt / But!: a Brussels football app, written by a bilingual team (Dutch
keys, French labels).

Highlight clips report `bekeken` (watched) events with `kijktijd` (watch time
in seconds) and `percentage`; the `verder kijken` (continue watching) rail
comes back in the home answer. Live scores, line-ups, shot maps with pitch
coordinates and expected-goals series are ordinary. The app sends its
ANDROID_ID in `toestel` (device) on every stats call.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from . import mesure
from .phone import FB, iso, rf, rid, ua

API = "https://api.doelpunt.example"
UA = ua("Doelpunt", "5.0.3")
CLUBS = ["Anderlecht", "Club Brugge", "Union SG", "Standard", "Genk", "Antwerp", "Gent"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "doelpunt", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "nl-BE,fr-BE;q=0.8")
    return b


def clip_bekeken(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/video/statistieken")
    b.view("json gebeurtenis=bekeken, clipId, kijktijd")
    b.json(
        {
            "toestel": b.id("aid_foot", where="json toestel"),
            "gebeurtenis": c.rng.choice(["gestart", "bekeken", "voltooid"]),
            "clipId": f"hl-{c.rng.randint(10**5, 10**6)}",
            "titel": f"{c.rng.choice(CLUBS)} - {c.rng.choice(CLUBS)}: samenvatting",
            "kijktijd": c.rng.randint(5, 300),
            "percentage": c.rng.randint(5, 100),
            "tijdstip": iso(c),
        }
    )
    b.no_content()
    return b.build()


def verder_kijken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?gebruiker={c.phone.foot_user}")
    b.view("response json verderKijken[] (continue watching)", direction="response")
    b.ok_json(
        {
            "verderKijken": [
                {
                    "clipId": f"hl-{c.rng.randint(10**5, 10**6)}",
                    "positie": c.rng.randint(5, 200),
                    "laatstBekeken": iso(c),
                }
                for _ in range(3)
            ],
            "nieuws": [{"titel": "Mercato: les dernières rumeurs", "id": rid(c.rng)}],
        }
    )
    return b.build()


def livescore(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wedstrijden/live")
    b.ok_json(
        {
            "wedstrijden": [
                {
                    "thuis": h,
                    "uit": a,
                    "score": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
                    "minuut": c.rng.randint(1, 90),
                }
                for h, a in zip(CLUBS[:3], CLUBS[3:6], strict=True)
            ]
        }
    )
    return b.build()


def schotenkaart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wedstrijden/{c.rng.randint(10**5, 10**6)}/schoten")
    b.decoy("shot map: pitch x/y coordinates and an expected-goals series")
    b.ok_json(
        {
            "schoten": [
                {
                    "x": rf(c.rng, 0, 105, 1),
                    "y": rf(c.rng, 0, 68, 1),
                    "xG": rf(c.rng, 0, 0.8, 3),
                    "minuut": c.rng.randint(1, 90),
                }
                for _ in range(12)
            ],
            "xgVerloop": [rf(c.rng, 0, 3, 2) for _ in range(18)],
        }
    )
    return b.build()


def opstelling(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wedstrijden/{c.rng.randint(10**5, 10**6)}/opstelling")
    b.ok_json(
        {"formatie": "4-3-3", "spelers": [{"nr": n, "naam": f"Speler {n}"} for n in range(1, 12)]}
    )
    return b.build()


def foto(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.doelpunt.example/spelers/{c.rng.randint(1000, 9999)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def pub(c: Context) -> Flow:
    return mesure.smart_ad(c, "Doelpunt", opaque=c.rng.random() < 0.3)
