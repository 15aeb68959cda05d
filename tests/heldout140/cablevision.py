"""Flow AR: an Argentine cable operator's TV-everywhere app (the phone) and its
set-top box's reporting (relayed by the app's household service).

The decodificador is lent by the operator in comodato: its serial and CA card
number are the operator's equipment ids, sent in the clear but labelled as not
the family's device (the brief's lent equipment). What the box tunes to is still
what the family watches: its zapping log is viewing history. Keys are Argentine
Spanish (`canal`, `sintonizado_desde`, `duracion_seg`); an older box firmware
sends rows of numbers under `z`. The EPG, the channel line-up and the parental
PIN form are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.flow-ar.example"
STB = "https://stb-telemetria.flow-ar.example"
UA = ua("CablevisionFlowAR", "4.2.0")
CANALES = ["TN", "TyC Sports", "Telefe", "El Trece", "ESPN Premium", "TNT Sports", "Canal 9"]
PROGRAMAS = ["Telefe Noticias", "Boca vs River", "MasterChef Argentina", "Intrusos", "Gran Hermano"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "flow-ar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def login_tve(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/ingresar")
    b.json(
        {
            "cliente": c.phone.cable_account,
            "deviceId": b.id("aid_cable", where="json deviceId (ANDROID_ID)"),
            "tipoDispositivo": "ANDROID_PHONE",
            "recordarme": True,
        }
    )
    b.ok_json({"token": b64(rid(c.rng)), "mensaje": "¡Bienvenido, che!"})
    return b.build()


def zapping_log(c: Context) -> Flow:
    b = FB(c, "flow-ar-stb", "POST", f"{STB}/v1/decodificador/zapping")
    b.header("user-agent", "FlowSTB/7.3 (Kaon KSTB6077)")
    b.view("json cambios_canal[] (canal, programa, sintonizado_desde, duracion_seg)")
    b.decoy("decodificador.serie / tarjeta_ca: operator's set-top box lent in comodato")
    b.json(
        {
            "decodificador": {
                "serie": c.phone.stb_serial,
                "tarjeta_ca": c.phone.stb_ca_card,
                "firmware": "7.3.11",
            },
            "cambios_canal": [
                {
                    "canal": c.rng.choice(CANALES),
                    "programa": c.rng.choice(PROGRAMAS),
                    "sintonizado_desde": iso(c),
                    "duracion_seg": c.rng.randint(20, 3600),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def zapping_viejo(c: Context) -> Flow:
    """Old firmware: rows [channel number, epoch s, seconds] under `z`, box under `s`."""
    b = FB(c, "flow-ar-stb", "POST", f"{STB}/r")
    b.header("user-agent", "FlowSTB/5.1")
    b.view("json z[] numeric rows (channel, start, seconds)", detectable=False)
    b.decoy("s: operator's set-top box serial (lent equipment)")
    rows = [
        [c.rng.randint(2, 140), int(c.now) - c.rng.randint(0, 7200), c.rng.randint(20, 3600)]
        for _ in range(c.rng.randint(2, 8))
    ]
    b.json({"s": c.phone.stb_serial, "z": rows})
    b.no_content()
    return b.build()


def ahora_en_vivo(c: Context) -> Flow:
    canal = c.rng.choice(CANALES)
    b = _b(c, "POST", f"{API}/tve/v1/vivo/reproduccion")
    b.view("json canal + programa + segundos_vistos (live channel watched on the phone)")
    b.json(
        {
            "canal": canal,
            "programa": c.rng.choice(PROGRAMAS),
            "segundos_vistos": c.rng.randint(10, 3000),
            "inicio": iso(c),
            "deviceId": b.id("aid_cable", where="json deviceId (ANDROID_ID)"),
        }
    )
    b.no_content()
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/epg/v1/grilla?desde={ms(c)}&horas=6")
    b.decoy("EPG grid with start times and durations (content fetch)")
    b.ok_json(
        {
            "grilla": [
                {"canal": ch, "programa": c.rng.choice(PROGRAMAS), "inicio": iso(c), "min": 60}
                for ch in CANALES
            ]
        }
    )
    return b.build()


def rating_canales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tve/v1/lo-mas-visto-ahora")
    b.decoy("rating points per channel, over all subscribers (aggregate)")
    b.ok_json(
        {"rating": [{"canal": ch, "puntos": round(c.rng.uniform(0.2, 14), 1)} for ch in CANALES]}
    )
    return b.build()


def control_parental(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/cuenta/v1/control-parental")
    b.json({"pin": str(c.rng.randint(1000, 9999)), "calificacion_max": "ATP", "activo": True})
    b.ok_json({"ok": True, "mensaje": "Listo, ya quedó configurado"})
    return b.build()


retargetly = sdks.retargetly_sync
