"""Digitální vývěsky: the campus signage players and their playout logs.

A player's proof-of-play says which clip ran on a public screen and when: the
playout of a screen in a corridor, not what a person watched. The players'
serials and MACs are the university's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, mac, ms, rid

API = "https://vyvesky.univerzita.example"
CLIPS = [
    "den-otevrenych-dveri.mp4",
    "menza-jidelnicek.html",
    "knihovna-otevreno.png",
    "sport-zapis.mp4",
]


def _player(c: Context) -> str:
    return f"BS-XT1144-{c.rng.randint(10, 60)}"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "signage", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "BrightSign/XT1144 (9.0.145)")
    return b


def proof_of_play(c: Context) -> Flow:
    player = _player(c)
    b = _b(c, "POST", f"{API}/api/playout/log")
    b.decoy("signage proof-of-play: what a public screen played (playout, not a person's viewing)")
    b.json(
        {
            "playerId": player,
            "zona": c.rng.choice(["vestibul", "menza", "knihovna"]),
            "prehrano": [
                {
                    "soubor": c.rng.choice(CLIPS),
                    "zacatek": ms(c) - i * 30000,
                    "delka_ms": c.rng.choice([10000, 15000, 30000]),
                    "dokonceno": True,
                }
                for i in range(c.rng.randint(3, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def player_heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/players/{_player(c)}/heartbeat")
    b.decoy("signage player serial and MAC: public equipment of the university")
    b.param("mac", mac(c.rng, "90:AC:3F"))
    b.param("ip", f"10.44.{c.rng.randint(1, 20)}.{c.rng.randint(2, 250)}")
    b.param("uptime", str(c.rng.randint(100, 10**7)))
    b.ok_json({"playlistVersion": c.rng.randint(100, 400), "reboot": False})
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/players/{_player(c)}/playlist.json")
    b.ok_json(
        {
            "version": c.rng.randint(100, 400),
            "items": [{"id": rid(c.rng), "url": f"{API}/media/{clip}", "s": 15} for clip in CLIPS],
            "generated": iso(c),
        }
    )
    return b.build()


def screenshot(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/players/{_player(c)}/screenshot/{new_hex(c.rng, 8)}.png")
    b.set_body(b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(400)), "image/png")
    b.respond(201, None)
    return b.build()
