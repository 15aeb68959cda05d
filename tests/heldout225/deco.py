"""The cable operator's set-top box in Lima (a fictional "Cable Inca" hybrid
cable / IPTV decoder on an Android TV operator tier).

The box authenticates to the operator's middleware with its MAC, serial and a
middleware device id; it reports channel changes (`cambiosCanal`: channel,
start, seconds on it) and recordings played, which are viewing history; a
watchdog sends a keep-alive whose `h` is an MD5 of the MAC; the QoS probe
carries positional rows [channel, seconds, bitrate] without names. The EPG,
the VOD catalogue, the channel line-up and the conditional-access entitlement
list are content or account data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

MW = "https://mw.cableinca.example"
UA = "CableInca-STB/3.2.1 (Linux; Android TV 11; DCI-4K2)"
CANALES = [
    (4, "América TV"),
    (2, "Latina"),
    (9, "ATV"),
    (7, "TV Perú"),
    (13, "Panamericana"),
    (103, "Gol Perú"),
    (120, "Movistar Deportes"),
    (201, "Cable Inca Cumbia"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cableinca", method, url)
    b.header("user-agent", UA)
    return b


def autenticar(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/stb/v1/autenticar")
    b.json(
        {
            "mac": b.id("deco_mac", where="json mac"),
            "serie": b.id("deco_serial", where="json serie"),
            "deviceId": b.id("deco_device_id", where="json deviceId"),
            "firmware": "3.2.1-pe",
            "abonado": b.acct("deco_account"),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "region": "LIMA", "paquete": "Súper Digital"})
    return b.build()


def perfil(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/stb/v1/perfil")
    b.header("x-stb-mac", b.id("deco_mac", "nosep_upper", "header x-stb-mac"))
    b.ok_json({"abonado": b.acct("deco_account"), "controlParental": False, "idioma": "es"})
    return b.build()


def cambios_canal(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/stb/v1/estadisticas/cambios-canal")
    b.header("x-stb-mac", b.id("deco_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json cambiosCanal[] (channel, start, seconds watched)")
    b.json(
        {
            "cambiosCanal": [
                {
                    "canal": num,
                    "nombre": name,
                    "inicio": iso(c),
                    "segundos": c.rng.randint(5, 3600),
                }
                for num, name in c.rng.sample(CANALES, c.rng.randint(2, 5))
            ]
        }
    )
    b.no_content()
    return b.build()


def grabacion_reproducida(c: Context) -> Flow:
    num, name = c.rng.choice(CANALES)
    b = _b(c, "POST", f"{MW}/api/stb/v1/pvr/reproducido")
    b.header("x-stb-mac", b.id("deco_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json grabacion + minutosVistos (recording played)")
    b.json(
        {
            "grabacion": f"rec-{c.rng.randint(1000, 9999)}",
            "canal": name,
            "numeroCanal": num,
            "programa": c.rng.choice(["Cuarto Poder", "Fútbol en América", "Noticiero"]),
            "minutosVistos": c.rng.randint(5, 90),
        }
    )
    b.no_content()
    return b.build()


def qos(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/q")
    b.view("json m[] rows [channel, seconds, bitrate]", detectable=False)
    b.json({"m": [[c.rng.choice(CANALES)[0], c.rng.randint(10, 900), 6500] for _ in range(3)]})
    b.no_content()
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/ka")
    b.param("h", b.id("deco_mac", "md5", "query h", detectable=False))
    b.param("t", str(ms(c)))
    b.ok_json({"ok": 1})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/stb/v1/epg?canal={c.rng.choice(CANALES)[0]}&dia=hoy")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracion": c.rng.choice([30, 60, 120])}
                for t in ("Noticiero", "Esto es Guerra", "Película", "Fútbol en América")
            ]
        }
    )
    return b.build()


def canales(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/stb/v1/canales")
    b.ok_json({"canales": [{"numero": n, "nombre": name, "hd": n < 200} for n, name in CANALES]})
    return b.build()


def catalogo_vod(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/stb/v1/vod/catalogo?categoria=estrenos")
    b.decoy("VOD catalogue with durations (content fetch)")
    b.ok_json(
        {
            "peliculas": [
                {
                    "id": f"vod{c.rng.randint(100, 999)}",
                    "titulo": t,
                    "duracion": c.rng.randint(80, 140),
                }
                for t in ("La Teta Asustada", "Magallanes", "Wiñaypacha", "Retablo")
            ]
        }
    )
    return b.build()


def derechos(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/stb/v1/ca/derechos")
    b.decoy("conditional-access entitlement ids (account data)")
    b.ok_json({"derechos": [rid(c.rng)[:8] for _ in range(4)], "vence": iso(c)})
    return b.build()
