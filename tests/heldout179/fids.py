"""Flight information displays: the airport's screens fetch flight lists and
report what they showed (proof of play for the advertising loops between the
departure pages).

A public screen's playout log is no person's viewing history: content id,
position and seconds played, but nobody watched it by choice. The screens'
player ids and MACs are the airport's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, fleet_mac, flight_no, iso, rf

FIDS = "https://fids.osl-airport.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fids", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "SignagePlayer/9.2 (BrightSign XT1144)")
    return b


def departures(c: Context) -> Flow:
    b = _b(c, "GET", f"{FIDS}/api/flights?dir=dep&lang=no&limit=20")
    b.ok_json(
        {
            "flights": [
                {
                    "flight": flight_no(c.rng),
                    "to": c.rng.choice(["Bergen", "Tromsø", "London", "Alicante"]),
                    "std": iso(c),
                    "gate": f"D{c.rng.randint(1, 20)}",
                    "status": c.rng.choice(["Går til gate", "Boarding", "Forsinket", "Avgått"]),
                }
                for _ in range(20)
            ]
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{FIDS}/api/playout/log")
    b.decoy("public screen's proof of play (content, position, seconds played): not viewing")
    b.json(
        {
            "playerId": "FIDS-D" + str(c.rng.randint(1, 40)),
            "playerMac": fleet_mac(c.rng),
            "entries": [
                {
                    "contentId": f"ad-{new_hex(c.rng, 8)}",
                    "startedAt": iso(c),
                    "positionSec": c.rng.randint(0, 15),
                    "playedSec": c.rng.choice([10, 15, 15, 30]),
                    "completed": True,
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.ok_json({"stored": True})
    return b.build()


def screen_health(c: Context) -> Flow:
    b = _b(c, "POST", f"{FIDS}/api/players/heartbeat")
    b.decoy("signage player heartbeat with serial: airport equipment")
    b.json(
        {
            "serial": "XT" + new_hex(c.rng, 10).upper(),
            "tempC": rf(c.rng, 30, 60, 1),
            "uptimeSec": c.rng.randint(1000, 900000),
            "currentPlaylist": "dep-loop-no-en",
        }
    )
    b.no_content()
    return b.build()
