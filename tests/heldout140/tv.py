"""Visiontec: the family's smart TV (Guadalajara living room) and its ACR service.

The TV's automatic content recognition sends fingerprint-match reports: what
was on screen, from which input, when and for how long (as the FTC described
smart-TV ACR data in FTC v. VIZIO, 2017). The TV identifies itself by its serial,
its Wi-Fi MAC and an ACR client token the ACR SDK makes up. A second firmware
path sends matches packed as base64 msgpack under `p`. The weather widget and
the app store list are not sensitive; the "trending on Visiontec" rail is an
aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, mpack

from .phone import FB, iso, ms, rf

ACR = "https://acr-latam.visiontec.example"
API = "https://smarthub.visiontec.example"
UA = "Mozilla/5.0 (Linux; VisiontecOS 6.2; 55UQ7) AppleWebKit/537.36 Chrome/108 TV Safari/537.36"
PROGRAMAS = ["Las Noticias con Danielle", "Liga MX: Atlas vs León", "Pasión de Gavilanes", "Hoy"]
ENTRADAS = ["HDMI1 (decodificador)", "antena", "app:novelaplay", "HDMI2 (stick)"]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def acr_reporte(c: Context) -> Flow:
    b = _b(c, "visiontec-acr", "POST", f"{ACR}/acr/v3/coincidencias")
    b.view("json coincidencias[] (programa, entrada, inicio, segundos)")
    b.json(
        {
            "tv": {
                "serie": b.id("tv_serial", where="json tv.serie"),
                "acr_token": b.made("tv_acr_token", "json tv.acr_token"),
            },
            "coincidencias": [
                {
                    "programa": c.rng.choice(PROGRAMAS),
                    "entrada": c.rng.choice(ENTRADAS),
                    "inicio": iso(c),
                    "segundos": c.rng.randint(15, 3600),
                    "confianza": rf(c.rng, 0.7, 1.0, 2),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_empaquetado(c: Context) -> Flow:
    """Firmware 6.1: msgpack of [content hash, offset, seconds] rows, base64, under `p`."""
    rows = [[c.rng.getrandbits(48), ms(c), c.rng.randint(15, 3600)] for _ in range(3)]
    b = _b(c, "visiontec-acr", "POST", f"{ACR}/m")
    b.view("form p = base64(msgpack rows)", detectable=False)
    token = b.made("tv_acr_token", "form t (ACR client token)", detectable=False)
    b.form([("t", token), ("p", b64(mpack(rows)))])
    b.no_content()
    return b.build()


def registro_tv(c: Context) -> Flow:
    b = _b(c, "visiontec", "POST", f"{API}/v1/televisores/registro")
    b.json(
        {
            "numeroSerie": b.id("tv_serial", where="json numeroSerie"),
            "macWifi": b.id("tv_mac", where="json macWifi"),
            "modelo": "55UQ7",
            "pais": "MX",
            "acrConsentimiento": True,
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def clima_widget(c: Context) -> Flow:
    b = _b(c, "visiontec", "GET", f"{API}/v1/widgets/clima?ciudad=Guadalajara")
    b.decoy("weather forecast with coordinates")
    b.ok_json(
        {
            "lat": 20.67,
            "lon": -103.35,
            "horas": [{"h": h, "tempC": rf(c.rng, 14, 31, 1)} for h in range(0, 24, 3)],
        }
    )
    return b.build()


def tendencias(c: Context) -> Flow:
    b = _b(c, "visiontec", "GET", f"{API}/v1/descubrir/tendencias")
    b.decoy("trending titles with viewer counts across all TVs (aggregate)")
    b.ok_json(
        {
            "tendencias": [
                {"titulo": p, "espectadores": c.rng.randint(10**4, 10**6)} for p in PROGRAMAS
            ]
        }
    )
    return b.build()
