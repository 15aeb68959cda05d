"""The smart TV in the Lima living room (a fictional Inti Vision brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, start, seconds watched), the viewing information the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own, in
English and Spanish. The TV is identified by an ACR `psid`, its serial and its
Wi-Fi MAC. An older firmware sends positional rows keyed by a SHA-1 of the
serial. Home rails, the app store and "tendencias en Perú" audience shares are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.intivision-tv.example"
ACR = "https://acr.intivision-tv.example"
UA = "IntiVisionTV/5.4 (Linux; Android TV 12; IV-50UQ7)"
CANALES = ["América TV", "Latina", "ATV", "Panamericana", "TV Perú", "Willax", "Netflix", "YouTube"]
PROGRAMAS = [
    "Al Fondo Hay Sitio",
    "Esto es Guerra",
    "Cuarto Poder",
    "Liga 1: Alianza vs Universitario",
    "JB en ATV",
    "Noticiero 24 Horas",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "intivision-tv", method, url)
    b.header("user-agent", UA)
    return b


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/registro")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "numeroSerie": b.id("tv_serial", where="json numeroSerie"),
            "macWifi": b.id("tv_mac", where="json macWifi"),
            "modelo": "IV-50UQ7",
            "pais": "PE",
            "consentimientoAcr": True,
        }
    )
    b.ok_json({"cuenta": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_coincidencias(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"iv{c.rng.randint(10**6, 10**7)}",
                    "canal": c.rng.choice(CANALES),
                    "programa": c.rng.choice(PROGRAMAS),
                    "matchedAt": iso(c),
                    "segundosVistos": c.rng.randint(60, 3600),
                    "entrada": c.rng.choice(["HDMI1", "HDMI2", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaco(c: Context) -> Flow:
    b = FB(c, "intivision-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "iv-acr/1.8")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json f[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "f": rows})
    b.no_content()
    return b.build()


def resumen_visualizacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/visualizacion/resumen?dias=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json vistoRecientemente[]", direction="response")
    b.ok_json(
        {
            "vistoRecientemente": [
                {
                    "programa": c.rng.choice(PROGRAMAS),
                    "canal": c.rng.choice(CANALES),
                    "vistoEl": iso(c),
                    "minutos": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def estado_red(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/red")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"tipo": "wifi", "mac": mac, "ssid": "FAMILIA-QUISPE-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def rieles_inicio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/inicio/rieles?lang=es-PE")
    b.ok_json(
        {
            "rieles": [
                {"titulo": "Recomendados", "items": [f"app_{i}" for i in range(6)]},
                {
                    "titulo": "Películas",
                    "items": [f"pel_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def tendencias(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tendencias?pais=PE")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "tendencias": [
                {"programa": p, "canal": ch, "rating": rf(c.rng, 1, 30, 1)}
                for p, ch in zip(PROGRAMAS, CANALES, strict=False)
            ]
        }
    )
    return b.build()


def tienda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tienda/apps?pagina=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "canalandinoplay", "liga1play", "radiochevere")
            ]
        }
    )
    return b.build()


def control_remoto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/control/tecla")
    b.json({"tecla": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
