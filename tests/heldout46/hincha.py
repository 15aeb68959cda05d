"""Hinchada TV, an Argentine football streaming app (phone and TV), in-house backend.

Live heartbeats every 30 s in Rioplatense key names (`laTransmision`, `minutoVisto`,
`sigueViendo`), a "partidos que viste" history call, and NPAW/Youbora-style
`/ping` beacons (Youbora's plugin sends `pingTime`, `playhead`, `code` view id,
`title`, documented at documentation.npaw.com). Decoys: live score polling,
betting-odds price series, a league table.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, TV_UA, ms, rid, ua

API = "https://api.hinchada.tv"
UA = ua("Hinchada", "3.8.0")
MATCHES = ["boca-river-2025-f14", "racing-independiente-2025-f9", "benfica-porto-2025-j20"]


def heartbeat(c: Context) -> Flow:
    b = FB(c, "hincha", "POST", f"{API}/vivo/latido")
    b.header("user-agent", UA)
    b.json(
        {
            "laTransmision": c.rng.choice(MATCHES),
            "minutoVisto": c.rng.randint(1, 95),
            "sigueViendo": True,
            "calidad": c.rng.choice(["720p", "1080p"]),
            "hincha": b.acct("hincha_user"),
            "dispo": b.id("aid_hincha", where="json:dispo"),
        }
    )
    b.view("json:laTransmision+minutoVisto")
    b.ok_json({"ok": 1, "intervalo": 30})
    return b.build()


def history(c: Context) -> Flow:
    b = FB(c, "hincha", "POST", f"{API}/usuario/partidos-vistos")
    b.header("user-agent", TV_UA)
    b.json(
        {
            "vistos": [
                {"partido": m, "vistoHasta": c.rng.randint(10, 95), "fecha": ms(c)}
                for m in c.rng.sample(MATCHES, 2)
            ]
        }
    )
    b.view("json:vistos[].partido+vistoHasta")
    b.ok_json({"guardado": True})
    return b.build()


def youbora_ping(c: Context) -> Flow:
    b = FB(c, "npaw", "GET", "https://infinity-c14.youboranqs01.com/ping")
    b.params = [
        ("code", rid(c.rng).replace("-", "")[:24]),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(10, 5400))),
        ("title", c.rng.choice(MATCHES)),
        ("live", "true"),
        ("bitrate", str(c.rng.randint(2_000_000, 6_000_000))),
        ("deviceUUID", b.id("aid_hincha", how="md5", where="query:deviceUUID")),
        ("timemark", str(ms(c))),
    ]
    b.header("user-agent", UA)
    b.view("query:title+playhead")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = FB(c, "hincha", "GET", f"{API}/vivo/marcador", [("partido", c.rng.choice(MATCHES))])
    b.header("user-agent", UA)
    b.decoy("live score: minute and goals, nobody's viewing")
    b.ok_json(
        {
            "minuto": c.rng.randint(1, 95),
            "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "eventos": [{"min": c.rng.randint(1, 90), "tipo": "gol"}],
        }
    )
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "hincha", "GET", f"{API}/apuestas/cuotas", [("partido", c.rng.choice(MATCHES))])
    b.header("user-agent", UA)
    b.decoy("odds price series")
    series = [round(1.5 + c.rng.random() * 3, 2) for _ in range(20)]
    b.ok_json({"local": series, "empate": series[::-1], "ts": ms(c)})
    return b.build()


def table(c: Context) -> Flow:
    b = FB(c, "hincha", "GET", f"{API}/torneo/tabla", [("liga", "lpf-2025")])
    b.header("user-agent", UA)
    b.decoy("league table")
    b.ok_json(
        {
            "tabla": [
                {"equipo": t, "pts": c.rng.randint(5, 40)}
                for t in ["Boca", "River", "Racing", "Independiente"]
            ]
        }
    )
    return b.build()
