"""Lumen DS: the lobby and lift signage players.

Proof-of-play (which creative a public screen played, when and for how long)
and playlists are a business's playout records, not anyone's viewing history;
the players' serials and MACs are the hotel's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, hotel_mac, iso, rid, ua

API = "https://signage.miradouro.example/lumen/v1"
UA = ua("LumenDS-Admin", "2.6.0")
SCREENS = ["LOBBY-01", "LOBBY-02", "LIFT-A", "BAR-01", "SPA-01"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumen-ds", method, url)
    b.header("user-agent", UA)
    return b


def proof_of_play(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/proof-of-play?screen={c.rng.choice(SCREENS)}")
    b.decoy("proof-of-play of a public lobby screen: creative ids, played-at, seconds (playout)")
    b.ok_json(
        {
            "plays": [
                {
                    "creativeId": f"cr-{new_hex(c.rng, 6)}",
                    "playedAt": iso(c),
                    "durationSec": c.rng.choice([10, 15, 30]),
                    "completed": True,
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def playlist_push(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/screens/{c.rng.choice(SCREENS)}/playlist")
    b.decoy("playlist for a lobby screen with positions and durations")
    b.json(
        {
            "items": [
                {"position": i, "asset": f"{new_hex(c.rng, 10)}.mp4", "seconds": 15}
                for i in range(5)
            ],
            "revision": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def player_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/players/health")
    b.decoy("signage players' serials and MACs (hotel equipment)")
    b.ok_json(
        {
            "players": [
                {"screen": s, "serial": "LP" + new_hex(c.rng, 8).upper(),
                 "mac": hotel_mac(c.rng, "00:1C:C2"), "uptimeH": c.rng.randint(1, 900)}
                for s in SCREENS
            ]
        }
    )  # fmt: skip
    return b.build()
