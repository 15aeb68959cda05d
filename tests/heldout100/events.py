"""The library's events app (attendee counts, sign-up with a self-declared
gender for statistics) and the room-booking app (rooms, occupancy sensors'
serials). Keys in German, French and Romansh. All hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

EVENTS = "https://events.bibliotheques-lausanne.example.ch"
ROOMS = "https://raum.pbz-example.ch"


def attendance(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx, "events", "POST", EVENTS + "/api/evenements/" + str(r.randint(100, 999)) + "/presence"
    )
    b.header("user-agent", ua("BiblioEvents", "2.0.3"))
    b.json(
        {
            "participants": r.randint(3, 80),
            "inscrits": r.randint(5, 90),
            "tranche_age": {
                "0-12": r.randint(0, 30),
                "13-64": r.randint(0, 40),
                "65+": r.randint(0, 20),
            },
            "compteur": {"numero_serie": "PC-" + new_digits(r, 7), "entrees": r.randint(5, 200)},
            "horodatage": iso(ctx),
        }
    )
    b.decoy("event attendance counts and the door counter's serial: library statistics")
    b.ok_json({"ok": True})
    return b.build()


def signup(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "events", "POST", EVENTS + "/api/inscriptions")
    b.form(
        [
            ("prenom", r.choice(["Anna", "Luca", "Chasper", "Mirjam"])),
            ("genre", r.choice(["f", "m", "d", "na"])),
            ("annee_naissance", str(r.randint(1940, 2010))),
            ("langue", r.choice(["fr", "de", "rm"])),
        ]
    )
    b.decoy("sign-up form with self-declared gender and birth year")
    b.ok_json({"inscription": new_hex(r, 10)})
    return b.build()


def rooms(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "rooms", "GET", ROOMS + "/api/stanzas")
    b.param("data", "2026-12-0" + str(r.randint(1, 9)))
    b.decoy("room list with occupancy sensor serials (Romansh stanza = room)")
    b.ok_json(
        {
            "stanzas": [
                {
                    "num": f"S{i}",
                    "occupaziun": rf(r, 0, 1, 2),
                    "sensur": {
                        "serial": "OC" + new_hex(r, 8).upper(),
                        "batteria": r.randint(10, 100),
                    },
                }
                for i in range(r.randint(3, 7))
            ]
        }
    )
    return b.build()


def book_room(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "rooms", "POST", ROOMS + "/api/reservaziuns")
    b.json(
        {
            "stanza": f"S{r.randint(1, 7)}",
            "da": iso(ctx),
            "fin": r.randint(30, 180),
            "persunas": r.randint(1, 12),
            "buchungsNr": "RB-" + new_digits(r, 8),
            "traceId": rid(r),
        }
    )
    b.decoy("room booking with a booking number and trace id")
    b.ok_json({"confermà": True})
    return b.build()


FLOWS = [attendance, signup, rooms, book_room]
