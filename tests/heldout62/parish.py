"""The parish app (fictional "Parrocchia Viva"): mass times, donations, livestream.

Look-alikes: mass timetable, donation receipts (numbers, amounts), prayer
intentions, the livestream schedule and its poster image. Real viewing: the
livestream player's heartbeat of a mass they actually watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, digits, iso, ms, rf, rid, ua

API = "https://api.parrocchiaviva.org/v1"
CHURCHES = ["San Lorenzo in Lucina", "Άγιος Δημήτριος", "Igreja de São Roque"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "parrocchia", method, API + path)
    b.header("user-agent", ua("ParrocchiaViva", "2.0.9"))
    return b


def orari(c: Context) -> Flow:
    b = _b(c, "GET", "/chiese/" + digits(c.rng, 4) + "/orari-messe")
    b.ok_json(
        {
            "chiesa": c.rng.choice(CHURCHES),
            "feriali": ["07:30", "18:30"],
            "festivi": ["08:00", "10:00", "11:30", "18:30"],
            "durataMin": 50,
        }
    )
    b.decoy("mass timetable and typical duration")
    return b.build()


def donazione(c: Context) -> Flow:
    b = _b(c, "POST", "/donazioni")
    b.json(
        {
            "importo": c.rng.choice([5, 10, 20, 50]),
            "causale": "Restauro organo",
            "ricevuta": "RIC-2025-" + digits(c.rng, 6),
            "idTransazione": rid(c.rng),
        }
    )
    b.ok_json({"ricevutaPdf": "https://api.parrocchiaviva.org/r/" + digits(c.rng, 10) + ".pdf"})
    b.decoy("donation receipt number, amount and transaction id")
    return b.build()


def intenzioni(c: Context) -> Flow:
    b = _b(c, "POST", "/intenzioni")
    b.json({"testo": "Per la salute dei nipoti Sofia e Marco", "data": "2025-12-06"})
    b.ok_json({"ok": True})
    b.decoy("prayer intention text")
    return b.build()


def palinsesto(c: Context) -> Flow:
    b = _b(c, "GET", "/diretta/programma")
    b.ok_json(
        {
            "prossime": [
                {
                    "titolo": "Santa Messa",
                    "inizio": iso(c),
                    "durataMin": 55,
                    "locandina": "https://cdn.parrocchiaviva.org/p/" + digits(c.rng, 6) + ".jpg",
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("livestream schedule of future masses (nothing watched)")
    return b.build()


def locandina(c: Context) -> Flow:
    b = _b(c, "GET", "/media/locandina/" + digits(c.rng, 6) + ".jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 9**6), 300))
    b.decoy("livestream poster image download")
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/diretta/visione")
    b.json(
        {
            "direttaId": "live-" + digits(c.rng, 5),
            "titolo": "Santa Messa delle 11:30",
            "secondiVisti": c.rng.choice([60, 120, 180, 240]),
            "posizione": rf(c.rng, 0, 3300, 1),
            "stato": "in_riproduzione",
            "ts": ms(c),
        }
    )
    b.view("body direttaId/titolo/secondiVisti (livestream watched)")
    b.no_content()
    return b.build()


def messa_vista(c: Context) -> Flow:
    b = _b(c, "POST", "/diretta/fine")
    b.json(
        {
            "direttaId": "live-" + digits(c.rng, 5),
            "minutiGuardati": c.rng.randint(20, 58),
            "completata": True,
        }
    )
    b.view("body direttaId + minutiGuardati")
    b.ok_json({"ok": True})
    return b.build()


DECOYS = [(0.7, orari), (0.25, donazione), (0.2, intenzioni), (0.4, palinsesto), (0.4, locandina)]
SENSITIVE = [heartbeat, heartbeat, messa_vista]
