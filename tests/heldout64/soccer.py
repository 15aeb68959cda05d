"""A soccer scores app ("GolazoMX", in-house API) with goal highlights.

Decoys: live match polling (minute, events timeline), "most watched" goals (a
public ranking), clip lists with durations, thumbnails and clip segments.
Real viewing: the highlight player reports through NPAW / Youbora, whose
analytics plugin sends /start, /joinTime and /ping with system, code, title,
mediaResource, mediaDuration, playhead, pingTime (NPAW plugin docs,
documentation.npaw.com, and npaw-plugin-js on GitHub).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.golazomx-example.com"
TEAMS = ["Xolos", "Bravos", "América", "Chivas", "Tigres", "Rayados", "Galaxy", "LAFC"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golazomx", method, url)
    b.header("user-agent", ua("GolazoMX", "8.4.1"))
    return b


def live(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/partidos/{new_digits(c.rng, 7)}/envivo")
    home, away = c.rng.sample(TEAMS, 2)
    minute = c.rng.randint(1, 95)
    evs = [
        {
            "minuto": c.rng.randint(1, minute),
            "tipo": c.rng.choice(["gol", "tarjeta", "cambio"]),
            "equipo": c.rng.choice([home, away]),
        }
        for _ in range(c.rng.randint(1, 8))
    ]
    b.ok_json(
        {
            "local": home,
            "visita": away,
            "minuto": minute,
            "marcador": [1, 0],
            "eventos": evs,
            "posesion": [55, 45],
        }
    )
    b.decoy("live match clock and event timeline by minute: a game's clock, not watch progress")
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/mas-vistos")
    b.param("liga", "ligamx")
    clips = [
        {
            "videoId": new_hex(c.rng, 10),
            "titulo": f"Golazo de {c.rng.choice(TEAMS)}",
            "duracion": c.rng.randint(20, 180),
            "vistas": c.rng.randint(1000, 900000),
            "thumb": f"https://img.golazomx-example.com/{new_hex(c.rng, 8)}.jpg",
        }
        for _ in range(10)
    ]
    b.ok_json({"masVistos": clips, "actualizado": iso(c)})
    b.decoy("'most watched' goals: a public ranking with view counts, nobody's history")
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.golazomx-example.com/{new_hex(c.rng, 8)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("goal thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://vod.golazomx-example.com/clips/{new_hex(c.rng, 10)}"
        f"/720p/seg{c.rng.randint(1, 9)}.mp4",
    )
    b.respond(200, "video/mp4", fake_mp4(c.rng.getrandbits(32), 900))
    b.decoy("video segment fetch (content, not a report of watching)")
    return b.build()


def _npaw(c: Context, ev: str) -> FB:
    b = FB(c, "npaw", "GET", f"https://a-fds.youborafds01.com/{ev}")
    b.header("user-agent", ua("GolazoMX", "8.4.1"))
    b.param("system", "golazomx")
    b.param("code", "U_" + new_hex(c.rng, 16))
    b.param("timemark", str(ms(c)))
    return b


def npaw_start(c: Context) -> Flow:
    b = _npaw(c, "start")
    b.param("title", f"Golazo de {c.rng.choice(TEAMS)} vs {c.rng.choice(TEAMS)}")
    b.param(
        "mediaResource", f"https://vod.golazomx-example.com/clips/{new_hex(c.rng, 10)}/master.m3u8"
    )
    b.param("mediaDuration", str(c.rng.randint(20, 180)))
    b.param("player", "ExoPlayer")
    b.param("live", "false")
    b.view("query title/mediaResource/mediaDuration (NPAW /start)")
    b.no_content()
    return b.build()


def npaw_ping(c: Context) -> Flow:
    b = _npaw(c, "ping")
    b.param("pingTime", "5")
    b.param("playhead", str(rf(c.rng, 1, 170, 3)))
    b.param("bitrate", str(c.rng.choice([1200000, 2500000])))
    b.param("title", f"Resumen {c.rng.choice(TEAMS)}")
    b.view("query playhead/pingTime/title (NPAW /ping)")
    b.no_content()
    return b.build()


def favorites(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/usuarios/favoritos")
    b.json(
        {"equipos": c.rng.sample(TEAMS, 2), "notificaciones": {"goles": True}, "rid": rid(c.rng)}
    )
    b.ok_json({"ok": True})
    b.decoy("favourite teams: preferences, not viewing history")
    return b.build()
