"""Ipek Yolu Kinoteatri: a cinema in Istanbul showing Uyghur and Turkish films,
its lobby displays (the cinema's own signage screens) and its ticket site.

Lobby displays poll for showtimes, fetch trailer segments, report which
trailer ran on which screen (proof of play) and send health reports with
their serial and MAC. None of that is a person's viewing or a person's
device. The showtimes API and seat maps are fetched by the phone too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.ipekyolu-kino.example"
DISPLAYS = [
    ("lobi-1", "LBD43X00A1187", "00:E0:4C:6A:11:0F"),
    ("lobi-2", "LBD43X00A1192", "00:E0:4C:6A:11:3B"),
    ("kassa-ustu", "LBD55X00B0740", "00:E0:4C:6A:20:9D"),
]
FILMLER = [("k81", "Anarxan"), ("k82", "Kuru Otlar Üstüne"), ("k83", "Nuzugum"), ("k84", "Dune 2")]


def _display(c: Context, method: str, path: str) -> tuple[FB, tuple[str, str, str]]:
    d = c.rng.choice(DISPLAYS)
    b = FB(c, "ipekyolu-lobby", method, f"{API}{path}")
    b.header("user-agent", "LobbyPlayer/3.2 (Linux; BrightSign XD1035)")
    b.header("x-display", d[0])
    return b, d


def showtimes(c: Context) -> Flow:
    b, _ = _display(c, "GET", "/v1/seanslar?bugun=1")
    b.ok_json(
        {
            "seanslar": [
                {
                    "film": f,
                    "nami": n,
                    "salon": c.rng.randint(1, 4),
                    "waqit": f"{c.rng.randint(11, 22)}:{c.rng.choice(['00', '30'])}",
                }
                for f, n in FILMLER
            ]
        }
    )
    return b.build()


def trailer_segment(c: Context) -> Flow:
    f = c.rng.choice(FILMLER)[0]
    b = FB(
        c,
        "ipekyolu-lobby",
        "GET",
        f"https://cdn.ipekyolu-kino.example/trailer/{f}/1080/{c.rng.randint(1, 40):03d}.m4s",
    )
    b.header("user-agent", "LobbyPlayer/3.2 (Linux; BrightSign XD1035)")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b, (did, _, _) = _display(c, "POST", "/v1/lobi/oynitildi")
    b.decoy("trailer proof of play on the cinema's lobby display (signage, no viewer)")
    b.json(
        {
            "ekran": did,
            "oynitildi": [
                {
                    "film": c.rng.choice(FILMLER)[0],
                    "bashlandi": ms(c),
                    "sekunt": c.rng.choice([30, 60, 90]),
                }
                for _ in range(c.rng.randint(2, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def health(c: Context) -> Flow:
    b, (did, serial, mac) = _display(c, "POST", "/v1/lobi/saghlamliq")
    b.decoy("lobby display serial and MAC (the cinema's own equipment)")
    b.json(
        {
            "ekran": did,
            "serialNumber": serial,
            "macAddress": mac,
            "temperatura": rf(c.rng, 38, 61, 1),
            "firmware": "9.0.145",
            "waqit": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def seat_map(c: Context) -> Flow:
    f, _ = c.rng.choice(FILMLER)
    b = FB(c, "ipekyolu-web", "GET", f"{API}/v1/seans/{f}-{c.rng.randint(1, 9)}/orunlar")
    b.header("user-agent", ua("IpekYolu", "1.2.0", "istanbul"))
    b.decoy("seat map with row/seat numbers")
    b.ok_json(
        {
            "orunlar": [[c.rng.random() < 0.4 for _ in range(12)] for _ in range(8)],
            "bilet_id_prefix": new_hex(c.rng, 6),
        }
    )
    return b.build()
