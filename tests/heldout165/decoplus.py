"""Deco+: a pay-TV operator's app (Movistar Plus+-like) with LaLiga, and its set-top box.

The app pairs with the household's set-top box (serial, Ethernet MAC), uses it
as a remote, and the box's tuning log (live channel changes with times) is
uploaded through the app: viewing history. LaLiga match playback heartbeats
carry the match id and the seconds watched. The live scoreboard's match minute
and the league table are not viewing history. A hashed box serial under `h`
rides on an opaque keep-alive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import HB, iso, ms, rid, ua

API = "https://api.decoplus.example"
STB = "https://stb-gw.decoplus.example"
UA = ua("DecoPlus", "12.3.1")
CANALES = ["M+ LaLiga", "M+ Vamos", "La 1", "Antena 3", "Cuatro", "Telecinco", "laSexta", "TV3"]
PARTIDOS = [
    "Real Madrid - Girona",
    "FC Barcelona - Sevilla",
    "Atlético - Betis",
    "Villarreal - Osasuna",
]


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "decoplus", method, url)
    b.header("user-agent", UA)
    b.header("x-abonado", b.acct("deco_abonado"))
    return b


def vincular_deco(c: Context) -> Flow:
    b = _b(c, "POST", f"{STB}/v1/deco/vincular")
    b.json(
        {
            "numeroSerieDeco": b.id("stb_serial", where="json numeroSerieDeco"),
            "macDeco": b.id("stb_mac", where="json macDeco"),
            "idAndroid": b.id("aid_decoplus", where="json idAndroid"),
            "modeloDeco": "UHD Smart 4K",
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def estado_deco(c: Context) -> Flow:
    b = _b(c, "GET", f"{STB}/v1/deco/estado")
    serial = b.id("stb_serial", where="response json deco.numSerie", direction="response")
    mac = b.id("stb_mac", "lower", "response json deco.mac", direction="response")
    b.ok_json({"deco": {"numSerie": serial, "mac": mac, "firmware": "ZX.8.4.2", "encendido": True}})
    return b.build()


def mando(c: Context) -> Flow:
    b = _b(c, "POST", f"{STB}/v1/deco/mando")
    b.json({"tecla": c.rng.choice(["CH_UP", "OK", "VOL_DOWN", "GUIA"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def registro_zapping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/audiencias/zapping")
    b.view("json cambiosCanal[] (canal, horaInicio, segundosSintonizado)")
    b.json(
        {
            "numeroSerieDeco": b.id("stb_serial", where="json numeroSerieDeco"),
            "cambiosCanal": [
                {
                    "canal": c.rng.choice(CANALES),
                    "horaInicio": iso(c),
                    "segundosSintonizado": c.rng.randint(5, 3600),
                }
                for _ in range(c.rng.randint(2, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def latido_partido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reproductor/latido")
    b.view("json idPartido + segundosVistos + estadoReproductor")
    b.json(
        {
            "idPartido": f"LL2425-J{c.rng.randint(1, 38)}-{c.rng.randint(1, 10)}",
            "partido": c.rng.choice(PARTIDOS),
            "segundosVistos": c.rng.randint(30, 6000),
            "estadoReproductor": c.rng.choice(["reproduciendo", "pausado"]),
            "calidad": "1080p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def historial(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/perfil/historial-visionado")
    b.view("response json historial[] (titulo, visto_el, minutos)", direction="response")
    b.ok_json(
        {
            "historial": [
                {
                    "titulo": c.rng.choice(PARTIDOS + CANALES),
                    "visto_el": iso(c),
                    "minutos": c.rng.randint(3, 120),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def keepalive_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{STB}/ka")
    b.form(
        [
            ("h", b.id("stb_serial", "sha1", "form h (sha1 of box serial)", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/laliga/marcador/directo")
    b.decoy("live scoreboard: match minute is the match clock, not a viewing position")
    b.ok_json(
        {
            "partidos": [
                {
                    "partido": p,
                    "minuto": c.rng.randint(1, 95),
                    "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                }
                for p in PARTIDOS
            ]
        }
    )
    return b.build()


def clasificacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/laliga/clasificacion")
    b.ok_json(
        {
            "tabla": [
                {"equipo": e, "puntos": c.rng.randint(5, 40)}
                for e in ("Real Madrid", "FC Barcelona", "Atlético", "Athletic")
            ]
        }
    )
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/guia?canales=all&franja=prime")
    b.decoy("EPG: what is on each channel (a catalogue)")
    b.ok_json(
        {"guia": [{"canal": ch, "programa": rid(c.rng)[:8], "inicio": iso(c)} for ch in CANALES]}
    )
    return b.build()
