"""The hotel's background-music / in-room entertainment console: playlists and
what plays in the LOBBY, the bar and guest rooms' TVs. Hard decoys: this is
venue programming run by staff, not what she watched or listened to; zone
players and room TVs belong to the hotel.

Play reports are shaped like commercial background-music services' (zone,
track, started, duration) and like hotel IPTV "now playing" panels.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import b_, iso, mac, ms, serial

BGM = "https://console.ambiente-hotel.com/api/v1"
TRACKS = ["Lisboa Menina e Moça", "Bossa Lounge", "Café del Mar Vol.9", "Fado Instrumental"]


def now_playing(c: Context) -> Flow:
    b = b_(c, "bgm", "GET", f"{BGM}/zonas/estado", "AmbienteConsole", "5.0.4")
    b.decoy("what plays in the LOBBY/bar zones now (venue programming, not her listening)")
    b.ok_json(
        {
            "zonas": [
                {
                    "zona": z,
                    "playerSerial": serial(c.rng, "SB-"),
                    "playerMac": mac(c.rng, "B8:E9:37"),
                    "agora": {
                        "faixa": c.rng.choice(TRACKS),
                        "posicaoSeg": c.rng.randint(0, 240),
                        "duracaoSeg": c.rng.randint(150, 300),
                    },
                    "volume": c.rng.randint(10, 40),
                }
                for z in ("lobby", "bar", "spa")
            ]
        }
    )
    return b.build()


def zone_playlog(c: Context) -> Flow:
    b = b_(c, "bgm", "POST", f"{BGM}/relatorios/reproducao", "AmbienteConsole", "5.0.4")
    b.decoy(
        "lobby zone play log for music licensing (SPA/SGAE reporting): venue plays, not a person's"
    )
    b.json(
        {
            "local": "HotelMar Porto",
            "zona": "lobby",
            "licenca": "SPA-" + new_digits(c.rng, 6),
            "reproducoes": [
                {
                    "isrc": "PT" + new_hex(c.rng, 3).upper() + new_digits(c.rng, 7),
                    "inicio": iso(c),
                    "duracaoSeg": c.rng.randint(150, 300),
                }
                for _ in range(5)
            ],
        }
    )
    b.ok_json({"aceite": 5})
    return b.build()


def set_playlist(c: Context) -> Flow:
    b = b_(c, "bgm", "PUT", f"{BGM}/zonas/lobby/playlist", "AmbienteConsole", "5.0.4")
    b.decoy("staff sets the lobby playlist schedule")
    b.json(
        {"playlistId": "pl_" + new_hex(c.rng, 8), "de": "18:00", "ate": "23:00", "shuffle": True}
    )
    b.no_content()
    return b.build()


def room_iptv(c: Context) -> Flow:
    b = b_(
        c,
        "iptv",
        "GET",
        f"{BGM}/iptv/quartos?piso={c.rng.randint(1, 7)}",
        "AmbienteConsole",
        "5.0.4",
    )
    b.decoy(
        "guest rooms' TV now-watching panel for housekeeping (the hotel's TVs, guests' not hers)"
    )
    b.ok_json(
        {
            "quartos": [
                {
                    "quarto": str(c.rng.randint(101, 732)),
                    "stbSerial": serial(c.rng, "STB"),
                    "canal": c.rng.choice(["RTP1", "SIC", "TVE", "Canal Hotel"]),
                    "ligadoDesde": ms(c) - c.rng.randint(0, 7200000),
                    "minutosHoje": c.rng.randint(0, 300),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def welcome_channel(c: Context) -> Flow:
    b = b_(c, "iptv", "POST", f"{BGM}/iptv/canal-boas-vindas", "AmbienteConsole", "5.0.4")
    b.decoy("uploads the hotel welcome-channel video slot list (durations)")
    b.json(
        {
            "slots": [
                {"videoId": "wv" + new_hex(c.rng, 6), "duracaoSeg": c.rng.randint(20, 180)}
                for _ in range(4)
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BLOCK = [
    (0.7, now_playing),
    (0.4, zone_playlog),
    (0.2, set_playlist),
    (0.4, room_iptv),
    (0.15, welcome_channel),
]
