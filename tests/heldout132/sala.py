"""SalaTV: the waiting-room screen's playout loop, managed from the dentist's phone.

A business's public screen: its playlist, its proof-of-play report (which clip
played when, for how long) and the screen's serial and MAC. By the issue's
definitions proof-of-play of a public screen is not viewing history and the
screen is not the tester's device: all decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mac, ms, rid, serial, ua

API = "https://cms.salatv-signage.example/v1"
UA = ua("SalaTV Manager", "3.4.0")
CLIPS = [
    "higiene_oral_60s",
    "blanqueamiento_30s",
    "alineadores_45s",
    "implantes_90s",
    "horario_navidad",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "salatv", method, url)
    b.header("user-agent", UA)
    return b


def _pantalla(c: Context) -> dict[str, str]:
    return {"serial": serial(c.rng, "STV55-", 9), "mac_wifi": mac(c.rng, "A8:23:FE")}


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/players/sala-espera-mad/playlist")
    b.decoy("the waiting-room screen's playlist (a business's signage)")
    b.ok_json(
        {
            "items": [
                {
                    "contentId": f"clip_{x}",
                    "durationSec": int(x.split("_")[-1][:-1]) if x[-1] == "s" else 20,
                }
                for x in CLIPS
            ],
            "loop": True,
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/players/sala-espera-mad/pop")
    b.decoy("proof-of-play of a public waiting-room screen (not a person's viewing history)")
    b.json(
        {
            "player": _pantalla(c),
            "plays": [
                {
                    "contentId": f"clip_{c.rng.choice(CLIPS)}",
                    "startedAt": ms(c) - c.rng.randint(10000, 900000),
                    "playedSec": c.rng.randint(20, 90),
                    "completed": True,
                }
                for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    b.ok_json({"accepted": True, "batchId": rid(c.rng)})
    return b.build()


def estado_pantalla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/players?site=valencia")
    b.decoy("status of the practice's screens: serials, MACs, uptime (business equipment)")
    b.ok_json(
        {
            "players": [
                {
                    **_pantalla(c),
                    "name": n,
                    "online": True,
                    "lastSeen": iso(c),
                    "fw": "T-KTM2EUC-1340.5",
                }
                for n in ("Sala espera", "Recepción")
            ]
        }
    )
    return b.build()
