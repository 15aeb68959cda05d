"""Football app (live matches of Liga MX, Liga BetPlay, Campeonato chileno).

- Live-stream heartbeats to the app's own backend every 30 s (`/live/latido`),
  with the match id, channel and seconds watched, keys in Spanish / English.
- Conviva Stream Sensor heartbeats: POST https://<customer>.cws.conviva.com/0/wsg
  with a JSON "CwsSessionHb" carrying clid (client id), sid, seq, an (asset
  name), pht (playhead ms), ps (player state) and evs (events) (Conviva SDK
  protocol as seen in open-source Conviva integrations, e.g.
  conviva/conviva-js-coresdk sources; clid is the persistent client id).
- Decoys: match stats with player heat-map coordinates, live odds series,
  line-ups.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.golazo-app.example.co"
UA = ua("Golazo", "7.3.0")
MATCHES = [
    ("amer-tigr-2024-j15", "América vs Tigres", "ligamx"),
    ("nac-mill-2024-f4", "Atlético Nacional vs Millonarios", "betplay"),
    ("colo-udch-2024-f30", "Colo-Colo vs U. de Chile", "chile"),
    ("mont-chiv-2024-j15", "Monterrey vs Chivas", "ligamx"),
]


def live_heartbeat(c: Context) -> Flow:
    mid, _, liga = c.rng.choice(MATCHES)
    b = FB(c, "golazo", "POST", f"{API}/live/latido")
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("futbol_install", where="header.x-install-id"))
    b.json(
        {
            "partido_id": mid,
            "liga": liga,
            "canal": "golazo-" + liga + "-hd",
            "segundos_vistos": 30,
            "minuto_partido": c.rng.randint(1, 95),
            "pos_stream": c.rng.randint(60, 6400),
            "calidad": c.rng.choice(["720p", "1080p", "480p"]),
            "ts": ms(c),
        }
    )
    b.view("body.partido_id+segundos_vistos")
    b.no_content()
    return b.build()


def conviva_hb(c: Context) -> Flow:
    mid, name, _ = c.rng.choice(MATCHES)
    b = FB(c, "conviva", "POST", "https://golazo.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    body = {
        "t": "CwsSessionHb",
        "cid": "c3.Golazo-LatAm",
        "clid": b.id("conviva_clid", where="body.clid", detectable=False),
        "sid": c.rng.randint(1, 9),
        "seq": c.rng.randint(1, 400),
        "st": c.rng.randint(1000, 6_000_000),
        "pver": "2.169",
        "sdk": True,
        "an": f"{name} - En Vivo",
        "lv": True,
        "pht": c.rng.randint(1000, 6_000_000),
        "ps": 3,
        "tags": {"c3.cm.id": mid, "c3.cm.channel": "Golazo 1"},
        "evs": [{"t": "CwsStateChangeEvent", "st": c.rng.randint(1, 900), "new": {"ps": 3}}],
    }
    b.view("body.an+pht (CwsSessionHb)")
    b.json(body, encoding="gzip" if c.rng.random() < 0.4 else None)
    b.ok_json({"t": "CwsSessionHbResponse", "err": "ok"})
    return b.build()


def watched_matches(c: Context) -> Flow:
    """The 'Mis partidos vistos' sync: a list of matches and minutes watched."""
    b = FB(c, "golazo", "PUT", f"{API}/v2/usuarios/me/historial")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    rows = [
        {"match": mid, "watchedMin": c.rng.randint(5, 95), "lastSeen": iso(c)}
        for mid, _, _ in c.rng.sample(MATCHES, 3)
    ]
    b.json({"historial": rows, "deviceId": b.id("aid_futbol", where="body.deviceId")})
    b.view("body.historial[].match+watchedMin")
    b.ok_json({"saved": len(rows)})
    return b.build()


def stats_heatmap(c: Context) -> Flow:
    mid, _, _ = c.rng.choice(MATCHES)
    b = FB(c, "golazo", "GET", f"{API}/v2/partidos/{mid}/estadisticas", [("jugador", "10")])
    b.header("user-agent", UA)
    b.decoy("player heat-map coordinates and pass stats")
    pts = [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(40)]
    body = {"mapaCalor": pts, "pases": c.rng.randint(20, 80), "posesion": rf(c.rng, 30, 70, 1)}
    b.respond(200, "application/json", js(body).encode(), encoding="gzip")
    return b.build()


def odds(c: Context) -> Flow:
    mid, _, _ = c.rng.choice(MATCHES)
    b = FB(c, "golazo", "GET", f"{API}/v2/partidos/{mid}/momios")
    b.header("user-agent", UA)
    b.decoy("live odds price series")
    series = [rf(c.rng, 1.2, 6.5, 2) for _ in range(30)]
    b.ok_json({"local": series, "empate": series[::-1], "moneda": "MXN"})
    return b.build()


def lineup(c: Context) -> Flow:
    mid, _, _ = c.rng.choice(MATCHES)
    b = FB(c, "golazo", "GET", f"{API}/v2/partidos/{mid}/alineaciones")
    b.header("user-agent", UA)
    b.decoy("line-ups with shirt numbers and pitch positions")
    players = [
        {"dorsal": n, "x": rf(c.rng, 0, 1, 2), "y": rf(c.rng, 0, 1, 2)} for n in range(1, 12)
    ]
    b.ok_json({"local": players, "formacion": "4-3-3"})
    return b.build()


def stadium_360(c: Context) -> Flow:
    """The 360-degree stadium camera: the viewer's camera yaw / pitch, no face, no person."""
    mid, _, _ = c.rng.choice(MATCHES)
    b = FB(c, "golazo", "POST", f"{API}/v2/partidos/{mid}/camara360/vista")
    b.header("user-agent", UA)
    b.json(
        {
            "camara": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "fov": 90},
            "ts": ms(c),
        }
    )
    b.decoy("360 camera yaw / pitch")
    b.no_content()
    return b.build()
