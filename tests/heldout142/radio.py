"""Depotradio: the depot's in-house radio and its playout log.

The depot plays a licensed music stream in the canteen and the halls; the
dispatcher's phone opens the player's admin page, which shows the playout
(what was played, when, how long) for the music-rights report: a business's
proof-of-play, not a person's listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, web

API = "https://depotradio.havenroute.example/api"
TRACKS = [
    ("Bart Peeters", "Slaap lekker"),
    ("Suzan & Freek", "Als het avond is"),
    ("Goldband", "Noodgeval"),
    ("Stromae", "Santé"),
    ("Davina Michelle", "Duurt te lang"),
]


def playout_log(c: Context) -> Flow:
    b = web(c, "depotradio", "GET", f"{API}/uitzendlog?locatie=waalhaven&uren=2")
    b.decoy("the depot radio's playout log (business proof-of-play for rights reporting)")
    b.ok_json(
        {
            "locatie": "Depot Waalhaven kantine",
            "gespeeld": [
                {
                    "artiest": a,
                    "titel": t,
                    "gestart_om": iso(c),
                    "duur_sec": c.rng.randint(150, 280),
                    "isrc": f"NL{c.rng.choice(['A1', 'B4', 'Z9'])}{c.rng.randint(10**6, 10**7)}",
                }
                for a, t in c.rng.sample(TRACKS, 4)
            ],
        }
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    b = web(c, "depotradio", "GET", f"{API}/nu?zone={c.rng.choice(['kantine', 'hal-b'])}")
    b.decoy("what the depot's speakers play now, position in the track")
    a, t = c.rng.choice(TRACKS)
    b.ok_json({"artiest": a, "titel": t, "positie_sec": c.rng.randint(0, 200), "volume": 40})
    return b.build()


def schedule(c: Context) -> Flow:
    b = web(c, "depotradio", "PUT", f"{API}/zones/hal-b/schema")
    b.decoy("a playlist schedule for the halls")
    b.json({"weekdag": "ma-vr", "van": "06:00", "tot": "22:00", "playlist": "rustig"})
    b.ok_json({"ok": True})
    return b.build()
