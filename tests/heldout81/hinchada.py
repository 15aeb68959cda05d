"""Hinchada: a Chilean football app with live match streams. Its in-house
backend gets live heartbeats ("partido_id", "visto_seg") and highlight views;
AppsFlyer attribution (sdks.py). Decoys: live scores, shot maps (coordinate
lists), odds series, line-ups. The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdks
from .phone import FB, ms, rf, rid, ua

API = "https://api.hinchada.cl"
TEAMS = ["Colo-Colo", "U. de Chile", "U. Católica", "Cobreloa", "Everton", "Huachipato"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "hinchada", method, API + path)
    b.header("user-agent", ua("Hinchada", "8.3.0"))
    return b


def _match(c: Context) -> str:
    return f"cl-{c.rng.randint(2024100, 2024999)}"


def live_hb(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/envivo/heartbeat")
    b.header("x-device-id", b.id("aid_hincha", where="header.x-device-id"))
    b.json(
        {
            "partido_id": _match(c),
            "stream": c.rng.choice(["hls-720p", "hls-1080p", "hls-480p"]),
            "pos_seg": c.rng.randint(0, 6000),
            "visto_seg": c.rng.randint(30, 5400),
            "en_vivo": True,
            "ts": ms(c),
        }
    )
    b.view("body.json.partido_id+visto_seg")
    b.no_content()
    return b.build()


def resumen_visto(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/videos/resumenes/reproducido")
    vid = f"vid_{c.rng.randint(10000, 99999)}"
    b.form(
        [
            ("video_id", vid),
            ("reproducido_ms", str(c.rng.randint(5000, 240000))),
            ("completado", c.rng.choice(["0", "1"])),
            ("usuario", b.acct("hincha_user")),
        ]
    )
    b.view("body.form.video_id+reproducido_ms")
    b.ok_json({"ok": 1})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, "cl.hinchada.app", "hincha_af_uid", c.rng.randint(2, 90))


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/partidos/{_match(c)}/marcador")
    t = c.rng.sample(TEAMS, 2)
    b.ok_json(
        {
            "local": t[0],
            "visita": t[1],
            "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "min": c.rng.randint(1, 90),
        }
    )
    b.decoy("live score poll")
    return b.build()


def mapa_tiros(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/partidos/{_match(c)}/tiros")
    shots = [
        {"x": rf(c.rng, 0, 105, 1), "y": rf(c.rng, 0, 68, 1), "xg": rf(c.rng, 0, 0.8, 3)}
        for _ in range(c.rng.randint(8, 20))
    ]
    b.ok_json({"tiros": shots})
    b.decoy("shot map coordinate list")
    return b.build()


def cuotas(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/apuestas/cuotas?partido={_match(c)}")
    b.ok_json({"serie": [rf(c.rng, 1.2, 6.0, 2) for _ in range(24)], "casa": "ApuestaTotal"})
    b.decoy("odds series (numbers)")
    return b.build()


def alineaciones(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/partidos/{_match(c)}/formaciones")
    b.ok_json({"local": {"esquema": "4-3-3", "jugadores": list(range(1, 12))}, "req": rid(c.rng)})
    b.decoy("line-ups with request id")
    return b.build()
