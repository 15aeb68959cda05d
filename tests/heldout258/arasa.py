"""The smart TV in the Asunción living room (a fictional Arasa brand) with
automatic content recognition (ACR) and a camera for "audience" features.

The TV matches what is on screen and reports the matches (content, channel,
start, seconds watched), the viewing information the FTC described for
smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own. The TV
is identified by an ACR id, its serial and its Wi-Fi MAC. An older firmware
sends the matches as protobuf keyed by a SHA-256 of the serial. The camera's
audience module sends an estimated age, gender and attention per face in
front of the TV (guests' faces too). The home rails, the "tendencias en
Paraguay" audience shares, the app store, the motion-only presence sensor
and remote keys are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf

API = "https://api.arasa-tv.example"
ACR = "https://acr.arasa-tv.example"
UA = "ArasaTV/5.0 (Linux; webOS-like 6; AR-55Q7)"
CANALES = ["Telefuturo", "SNT", "Unicanal", "Trece", "GEN", "Netflix", "YouTube"]
PROGRAMAS = [
    "Telediario Central",
    "Baila Conmigo Paraguay",
    "Olimpia vs Cerro Porteño",
    "La Lupa",
    "Ñande Róga",
    "Cine en casa",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "arasa-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/alta")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "numeroSerie": b.id("tv_serial", where="json numeroSerie"),
            "macWifi": b.id("tv_mac", where="json macWifi"),
            "modelo": "AR-55Q7",
            "pais": "PY",
            "acrConsentimiento": True,
        }
    )
    b.ok_json({"cuenta": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/coincidencias")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json coincidencias[] (ACR: content, channel, seconds)")
    b.json(
        {
            "coincidencias": [
                {
                    "contenido": c.rng.choice(PROGRAMAS),
                    "canal": c.rng.choice(CANALES),
                    "detectado": iso(c),
                    "segundosVistos": c.rng.randint(60, 3600),
                    "entrada": c.rng.choice(["HDMI2", "TDT", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = FB(c, "arasa-tv", "POST", f"{ACR}/p")
    b.header("user-agent", "arasa-acr/3.1")
    k = b.id("tv_serial", "sha256", "protobuf field 1 (sha256 of serial)", detectable=False)
    b.view("protobuf rows (content id, channel, ts, seconds)", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(10**6, 10**7)),
                pb_varint(2, c.rng.randint(0, 6)),
                pb_varint(3, ms(c)),
                pb_varint(4, c.rng.randint(60, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(pb_bytes(1, k) + b"".join(rows), "application/octet-stream")
    b.no_content()
    return b.build()


def resumen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hogar/resumen-visto?dias=7")
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    b.view("response json vistoReciente[] (what the room watched)", direction="response")
    b.ok_json(
        {
            "vistoReciente": [
                {
                    "titulo": c.rng.choice(PROGRAMAS),
                    "canal": c.rng.choice(CANALES),
                    "vistoEl": iso(c),
                    "minutos": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def audiencia_camara(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/camara/audiencia")
    b.bio("face_analysis", "json rostros[] edadEstimada/generoEstimado/atencion from the camera")
    b.json(
        {
            "ts": ms(c),
            "rostros": [
                {
                    "edadEstimada": c.rng.randint(5, 80),
                    "generoEstimado": c.rng.choice(["F", "M"]),
                    "atencion": rf(c.rng, 0, 1, 2),
                    "caja": [c.rng.randint(0, 1800) for _ in range(4)],
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def presencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sensor/presencia")
    b.decoy("motion-only presence sensor (no face)")
    b.json({"movimiento": c.rng.random() < 0.7, "lux": c.rng.randint(5, 400), "ts": ms(c)})
    b.no_content()
    return b.build()


def red(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/red")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"tipo": "wifi", "mac": mac, "ssid": "FAMILIA-BENITEZ", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/inicio/filas?lang=es-PY")
    b.ok_json(
        {
            "filas": [
                {"titulo": "Recomendado", "items": [f"app_{i}" for i in range(6)]},
                {
                    "titulo": "Películas",
                    "items": [f"pel_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def tendencias(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tendencias?pais=PY")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "tendencias": [
                {"titulo": t, "canal": ch, "cuotaPantalla": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMAS, CANALES, strict=False)
            ]
        }
    )
    return b.build()


def tienda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tienda/apps?pagina=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)} for a in ("youtube", "netflix", "jahecha")
            ]
        }
    )
    return b.build()


def tecla(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/control/tecla")
    b.json({"tecla": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "INICIO"]), "t": ms(c)})
    b.no_content()
    return b.build()
