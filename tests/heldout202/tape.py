"""Tape ("road" in Guarani): the company's driver app on Rubén's Galaxy A15 (CDE).

Drivers log in once (the app binds the ANDROID_ID to the driver's badge
number) and then report their truck's position, fuel loads and the day's
tasks (`tembiapo` = work); later builds add a short header `x-a` with a SHA-1
of the ANDROID_ID to every task call. Everything else is ordinary however it
looks: GPS positions with speed and heading, the truck's plate (`chapa`) and
chassis number, the photo of a signed delivery note (`remito`), the waiting
timer and queue position at the Friendship Bridge customs, the pre-trip
checklist, the route.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import SB, iso, ms, rf, rid, ua

API = "https://tape.tekopora.example/api"
UA = ua("Tape", "4.1.3", "ruben")
CAMIONES = [
    ("XBCF 412", "9BM958074MB214587", "Mercedes-Benz Axor 2036"),
    ("XBDA 077", "9BVAS02D8JE830112", "Volvo FH 460"),
    ("XBCK 903", "93ZA01LF0K8933410", "Iveco Tector 240E28"),
]
CLIENTES = [
    "Supermercado Los Jardines",
    "Cooperativa Colonias Unidas",
    "Agroganadera Pirapey",
    "Ferretería Tupã",
    "Distribuidora Yguazú",
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "tape", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pos(c: Context) -> dict[str, float]:
    return {"lat": rf(c.rng, -25.55, -25.25, 5), "lon": rf(c.rng, -57.6, -54.6, 5)}


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/chofer/ingresar")
    b.json(
        {
            "legajo": b.acct("legajo_chofer"),
            "androidId": b.id("aid_tape", where="json androidId"),
            "modelo": "SM-A155M",
            "versionApp": "4.1.3",
        }
    )
    b.ok_json({"token": rid(c.rng), "camion": CAMIONES[0][0]})
    return b.build()


def tembiapo_opaque(c: Context) -> Flow:
    """The day's tasks; header 'x-a' holds a SHA-1 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v1/tembiapo?fecha=hoy")
    b.header("x-a", b.id("aid_tape", "sha1", "header x-a", detectable=False))
    b.decoy("delivery note numbers and stop order")
    b.ok_json(
        {
            "tembiapo": [
                {
                    "orden": i + 1,
                    "cliente": cl,
                    "remito": f"001-002-{c.rng.randint(10**6, 10**7):07d}",
                    "bultos": c.rng.randint(4, 60),
                    "ventanaHoraria": c.rng.choice(["08-11", "11-14", "14-18"]),
                }
                for i, cl in enumerate(c.rng.sample(CLIENTES, 3))
            ]
        }
    )
    return b.build()


def posicion(c: Context) -> Flow:
    chapa, _, _ = c.rng.choice(CAMIONES)
    b = _b(c, "POST", f"{API}/v1/posicion")
    b.decoy("GPS position, speed, heading, truck plate")
    b.json(
        {
            "chapa": chapa,
            "posicion": _pos(c),
            "velocidad": c.rng.randint(0, 90),
            "rumbo": c.rng.randint(0, 359),
            "precision": rf(c.rng, 3, 15, 1),
            "odometro": c.rng.randint(180000, 420000),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def remito_foto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/entregas/{c.rng.randint(10**5, 10**6)}/remito")
    b.decoy("photo of a signed delivery note (paper, no face)")
    boundary = rid(c.rng)
    parts = [
        ("remito", None, None, f"001-002-{c.rng.randint(10**6, 10**7):07d}".encode()),
        ("recibidoPor", None, None, "Encargado de depósito".encode()),
        ("foto", "remito_firmado.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"entregado": True})
    return b.build()


def combustible(c: Context) -> Flow:
    chapa, _, _ = c.rng.choice(CAMIONES)
    b = _b(c, "POST", f"{API}/v1/combustible")
    b.json(
        {
            "chapa": chapa,
            "litros": rf(c.rng, 80, 400, 1),
            "precioLitro": c.rng.choice([7290, 7450, 7590]),
            "estacion": c.rng.choice(
                ["Petropar Km 7", "Copetrol Minga Guazú", "Shell Coronel Oviedo"]
            ),
            "odometro": c.rng.randint(180000, 420000),
            "fecha": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def espera_aduana(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/espera")
    b.decoy("waiting timer and queue position at customs (not viewing)")
    inicio = c.now - c.rng.randint(600, 14000)
    b.json(
        {
            "lugar": "Aduana Puente de la Amistad",
            "posicionFila": c.rng.randint(3, 80),
            "cronometroSeg": int(c.now - inicio),
            "inicio": int(inicio * 1000),
            "pausado": False,
        }
    )
    b.no_content()
    return b.build()


def checklist(c: Context) -> Flow:
    chapa, _, _ = c.rng.choice(CAMIONES)
    b = _b(c, "POST", f"{API}/v1/checklist")
    b.json(
        {
            "chapa": chapa,
            "items": {
                "frenos": "ok",
                "luces": "ok",
                "neumaticos": c.rng.choice(["ok", "revisar"]),
                "extintor": "ok",
                "lona": "ok",
            },
            "observacion": "Sin novedad, ndaipóri mba'eve",
            "fecha": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ruta(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ruta?origen=CDE&destino=ASU")
    b.decoy("route positions and durations")
    b.ok_json(
        {
            "tramos": [
                {"desde": a, "hasta": z, "km": km, "duracionMin": km * 60 // 70}
                for a, z, km in (
                    ("Ciudad del Este", "Caaguazú", 130),
                    ("Caaguazú", "Coronel Oviedo", 44),
                    ("Coronel Oviedo", "Asunción", 153),
                )
            ],
            "puntos": [_pos(c) for _ in range(4)],
        }
    )
    return b.build()
