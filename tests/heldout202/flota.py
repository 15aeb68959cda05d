"""Ñangareko ("looking after"): the ops dashboard app on Liz's moto g54.

It shows the fleet's telematics: every truck by plate (`chapa`) and chassis
number (VIN), its GPS tracker model, position, speed, ignition, engine hours
and a carbon footprint estimate (`huellaCarbonoKg`); a truck's past route can
be replayed (`reproduccion` with a playback `posicion` and speed). None of it
identifies a phone or says what anyone watched: vehicle ids, positions and
timers are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import SB, iso, ms, rf, rid, ua
from .tape import CAMIONES

API = "https://nangareko.tekopora.example/api"
UA = ua("Nangareko", "1.8.0", "liz")


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "nangareko", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _unidad(c: Context, chapa: str, vin: str, modelo: str) -> dict[str, object]:
    return {
        "chapa": chapa,
        "chasis": vin,
        "modelo": modelo,
        "equipoGps": "Teltonika FMC130",
        "posicion": {"lat": rf(c.rng, -25.6, -25.2, 5), "lon": rf(c.rng, -57.7, -54.6, 5)},
        "velocidad": c.rng.randint(0, 95),
        "ignicion": c.rng.random() < 0.7,
        "horasMotor": c.rng.randint(8000, 30000),
        "huellaCarbonoKg": rf(c.rng, 50, 400, 1),
        "ultimoReporte": iso(c),
    }


def unidades(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/flota/unidades?estado=todas")
    b.decoy("truck VINs, plates, tracker model, positions")
    b.ok_json({"unidades": [_unidad(c, *t) for t in CAMIONES]})
    return b.build()


def unidad(c: Context) -> Flow:
    chapa, vin, modelo = c.rng.choice(CAMIONES)
    b = _b(c, "GET", f"{API}/v2/flota/unidades/{vin}")
    b.decoy("VIN in path, engine hours")
    b.ok_json({"unidad": _unidad(c, chapa, vin, modelo), "proximoService": "2025-01-15"})
    return b.build()


def reproduccion(c: Context) -> Flow:
    chapa, vin, _ = c.rng.choice(CAMIONES)
    b = _b(c, "POST", f"{API}/v2/flota/recorridos/reproduccion")
    b.decoy("route replay with playback position and speed (not viewing)")
    b.json(
        {
            "chasis": vin,
            "chapa": chapa,
            "desde": iso(c),
            "duracionSeg": 8 * 3600,
            "posicion": c.rng.randint(0, 8 * 3600),
            "velocidadReproduccion": c.rng.choice([2, 4, 8]),
        }
    )
    b.ok_json(
        {
            "puntos": [
                {"lat": rf(c.rng, -25.6, -25.2, 5), "lon": rf(c.rng, -57.7, -54.6, 5), "t": ms(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def alertas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/alertas?pendientes=1")
    b.ok_json(
        {
            "alertas": [
                {
                    "chapa": c.rng.choice(CAMIONES)[0],
                    "tipo": c.rng.choice(["EXCESO_VELOCIDAD", "SALIDA_GEOCERCA", "PARADA_LARGA"]),
                    "valor": c.rng.randint(80, 120),
                    "hora": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def resumen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tablero/resumen?periodo=hoy")
    b.ok_json(
        {
            "kmRecorridos": c.rng.randint(800, 4000),
            "entregas": {"hechas": c.rng.randint(10, 60), "pendientes": c.rng.randint(0, 20)},
            "tiempoEsperaPromedioMin": c.rng.randint(20, 180),
            "consumoL100": rf(c.rng, 28, 40, 1),
        }
    )
    return b.build()
