"""The school radio's playout and the cafeteria's signage.

The radio's playout log (what the station aired, for the Teosto rights report) and
the signage players' proof-of-play are a business's / public screen's playout, not a
person's listening or viewing: decoys. The signage players' serials and MACs are
the school's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, district_mac, district_serial, iso, ms, ua

RADIO = "https://radio.kouluverkko.example"
SIGNAGE = "https://infonaytot.kouluverkko.example"
SONGS = [
    ("Haloo Helsinki!", "Beibi"),
    ("Käärijä", "Cha Cha Cha"),
    ("Zara Larsson", "Lush Life"),
    ("Behm", "Hei samantekevä"),
]


def radio_playout(c: Context) -> Flow:
    b = FB(c, "kouluradio", "POST", f"{RADIO}/api/soittoloki")
    b.header("user-agent", "RadioDJ-Sync/2.0")
    b.decoy("school radio playout log for the rights report (station playout, not listening)")
    b.json(
        {
            "asema": "Kouluradio Tapiola",
            "soitetut": [
                {
                    "esittaja": a,
                    "kappale": s,
                    "alkoi": iso(c),
                    "kesto_s": c.rng.randint(150, 240),
                    "isrc": f"FI{new_hex(c.rng, 10).upper()}",
                }
                for a, s in c.rng.sample(SONGS, 2)
            ],
        }
    )
    b.ok_json({"vastaanotettu": 2})
    return b.build()


def radio_now_playing(c: Context) -> Flow:
    b = FB(c, "kouluradio", "GET", f"{RADIO}/api/nyt-soi")
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    a, s = c.rng.choice(SONGS)
    b.decoy("station's now-playing and listener count (aggregate)")
    b.ok_json({"esittaja": a, "kappale": s, "kuuntelijoita": c.rng.randint(0, 140)})
    return b.build()


def signage_proof_of_play(c: Context) -> Flow:
    b = FB(c, "infonaytto", "POST", f"{SIGNAGE}/v2/pop")
    b.header("user-agent", "SignagePlayer/6.1 (Linux; BrightSign)")
    b.decoy("cafeteria screen proof-of-play: the player's serial/MAC and what it showed (school's)")
    b.json(
        {
            "soitin": {
                "sarjanumero": district_serial(c.rng, "XD4", 8),
                "mac": district_mac(c.rng, "90:AC:3F"),
            },
            "naytetyt": [
                {"sisalto": f"ruokalista-vk{c.rng.randint(1, 52)}", "alkoi": ms(c), "kesto_s": 15},
                {"sisalto": "tiedote-liikuntapaiva", "alkoi": ms(c) + 15000, "kesto_s": 10},
            ],
        }
    )
    b.no_content()
    return b.build()


def menu(c: Context) -> Flow:
    b = FB(
        c, "infonaytto", "GET", f"{SIGNAGE}/v2/ruokalista?viikko={c.rng.randint(1, 52)}&kieli=fi"
    )
    b.header("user-agent", ua("KouluverkkoAdmin", "3.8.1"))
    b.decoy("cafeteria menu")
    b.ok_json(
        {
            "paivat": [
                {
                    "paiva": d,
                    "lounas": c.rng.choice(["Kalakeitto", "Makaronilaatikko", "Kasvispyörykät"]),
                    "erityis": ["L", "G"],
                }
                for d in ("ma", "ti", "ke", "to", "pe")
            ]
        }
    )
    return b.build()
