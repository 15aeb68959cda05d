"""The cheap 50-inch smart TV in the hija's Guadalajara flat (a fictional Vistazo
brand, a Hisense / TCL-class set) with automatic content recognition (ACR).

The TV fingerprints what is on screen and reports matches (content id,
channel, matched time, seconds watched, input), the viewing information the
FTC described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own (`acrId`, `coincidencias`). The TV is known
by its ACR id, its serial and its Wi-Fi MAC. A second ACR endpoint of older
firmware sends positional rows keyed by the SHA-1 of the serial. The home
screen, the "lo más visto en México" counts, the app store and remote key
presses are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.vistazo-tv.example"
ACR = "https://acr.vistazo-tv.example"
UA = "VistazoTV/5.1 (Linux; Android TV 11; VZ-50Q7)"
CANALES = [
    "Las Estrellas",
    "Canal 5",
    "Azteca Uno",
    "Azteca 7",
    "TUDN",
    "Netflix",
    "YouTube",
    "ViX",
]
PROGRAMAS = [
    "Las Noticias por Adela",
    "La Rosa de Guadalupe",
    "Venga la Alegría",
    "Chivas vs Atlas (Clásico Tapatío)",
    "Corazón de Cantera",
    "Hoy",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vistazo-tv", method, url)
    b.header("user-agent", UA)
    return b


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/registro")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "modelo": "VZ-50Q7",
            "pais": "MX",
            "consentimientoAcr": True,
        }
    )
    b.ok_json({"cuenta": b.acct("tv_cuenta"), "acrUrl": ACR})
    return b.build()


def acr_coincidencias(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/coincidencias")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json coincidencias[] (ACR matches)")
    b.json(
        {
            "coincidencias": [
                {
                    "contenidoId": f"vz{c.rng.randint(10**6, 10**7)}",
                    "canal": c.rng.choice(CANALES),
                    "titulo": c.rng.choice(PROGRAMAS),
                    "detectadoEn": iso(c),
                    "segundosVistos": c.rng.randint(60, 3600),
                    "entrada": c.rng.choice(["HDMI1", "HDMI2", "ANTENA", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaco(c: Context) -> Flow:
    b = FB(c, "vistazo-tv", "POST", f"{ACR}/r")
    b.header("user-agent", "vz-acr/1.8")
    k = b.id("tv_serial", "sha1", "json k (sha1 serial)", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def resumen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viendo/resumen?dias=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json vistoRecientemente[]", direction="response")
    b.ok_json(
        {
            "vistoRecientemente": [
                {
                    "titulo": c.rng.choice(PROGRAMAS),
                    "canal": c.rng.choice(CANALES),
                    "vistoEn": iso(c),
                    "minutos": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def red(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/red")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"tipo": "wifi", "mac": mac, "ssid": "INFINITUM8F2A", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def inicio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/inicio/filas?idioma=es-MX")
    b.ok_json(
        {
            "filas": [
                {"titulo": "Recomendadas", "items": [f"app_{i}" for i in range(6)]},
                {
                    "titulo": "Películas",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tendencias?pais=MX")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "tendencias": [
                {"titulo": t, "canal": ch, "audiencia": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMAS, CANALES, strict=False)
            ]
        }
    )
    return b.build()


def tienda_apps(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tienda/apps?pagina=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "calificacion": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "vix", "estelarplus", "spotify")
            ]
        }
    )
    return b.build()


def tecla(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/control/tecla")
    b.json({"tecla": c.rng.choice(["VOL_MAS", "CANAL_MAS", "OK", "INICIO"]), "t": ms(c)})
    b.no_content()
    return b.build()
