"""The household's cable decoder (Cablemar, a fictional Chilean cable operator):
the family bought the box outright, so its serial and MAC are their device's.

The box logs channel tuning ("registro de sintonía": channel, start, end) and
sends it with its serial; a heartbeat names its MAC in a header; the older
firmware sends tuning rows as hex behind one-letter keys with the smartcard
number under `c`. The programme grid, firmware checks and the "rating en vivo"
(audience share over all households) are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

API = "https://stb.cablemar.example"
UA = "CablemarSTB/8.2.14 (Linux; Android TV 11; ZXV10 B866V2)"
CANALES = [
    ("7", "TVN"),
    ("13", "Canal 13"),
    ("4", "Mega"),
    ("9", "CHV"),
    ("32", "TNT Sports"),
    ("50", "ESPN"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cablemar-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def sintonia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sintonia/registro")
    b.view("json eventosSintonia[] (channel, inicio, fin)")
    eventos = []
    for _ in range(c.rng.randint(2, 6)):
        num, nombre = c.rng.choice(CANALES)
        eventos.append(
            {"canal": num, "nombre": nombre, "inicio": iso(c), "segundos": c.rng.randint(20, 5400)}
        )
    b.json(
        {
            "serieDeco": b.id("deco_serial", where="json serieDeco"),
            "contrato": b.acct("deco_contract"),
            "eventosSintonia": eventos,
        },
        "gzip",
    )
    b.ok_json({"recibidos": len(eventos)})
    return b.build()


def latido(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/estado")
    b.header("x-stb-mac", b.id("deco_mac", where="header x-stb-mac"))
    b.param("fw", "8.2.14")
    b.param("uptime", str(c.rng.randint(1000, 10**6)))
    b.ok_json({"comandos": [], "proximo": 300})
    return b.build()


def sintonia_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/r")
    b.view("form d (hex rows channel:start:seconds)", detectable=False)
    rows = ";".join(
        f"{c.rng.choice(CANALES)[0]}:{int(c.now)}:{c.rng.randint(20, 5400)}" for _ in range(3)
    )
    b.form(
        [
            ("c", b.id("deco_card", where="form c (smartcard number)", detectable=False)),
            ("d", rows.encode().hex()),
        ]
    )
    b.respond(200, "text/plain", b"OK")
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/equipos/registro")
    b.json(
        {
            "numeroSerie": b.id("deco_serial", where="json numeroSerie"),
            "mac": b.id("deco_mac", "lower", "json mac"),
            "tarjeta": b.id("deco_card", where="json tarjeta"),
            "modelo": "ZXV10 B866V2",
            "propiedad": "CLIENTE",
        }
    )
    b.ok_json({"ok": True, "region": "V"})
    return b.build()


def parrilla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/epg?desde={ms(c)}&horas=6")
    b.decoy("programme guide (catalogue)")
    b.ok_json(
        {
            "canales": [
                {
                    "canal": n,
                    "nombre": nom,
                    "ahora": "Noticiero",
                    "inicio": iso(c),
                    "duracionMin": 60,
                }
                for n, nom in CANALES
            ]
        }
    )
    return b.build()


def rating_en_vivo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rating-en-vivo")
    b.decoy("live audience share over all households (aggregate)")
    b.ok_json({"canales": [{"canal": n, "share": rf(c.rng, 1, 25, 1)} for n, _ in CANALES]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/check?modelo=B866V2&fw=8.2.14")
    b.decoy("firmware hash")
    b.ok_json({"actualizar": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
