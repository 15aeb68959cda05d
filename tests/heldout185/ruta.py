"""Ruta Conectada: the family car's connected-car app (remote status, trips,
service). The car is theirs: the VIN and the telematics unit's IMEI identify
their device.

Status calls put the VIN in the path; the telematics unit's registration names
its IMEI; an old endpoint sends an MD5 of the VIN under `h`. The head unit
syncs its radio log (stations tuned and minutes listened: a live-channel tuning
log, so listening history) to the car's profile. Trips (GPS
polylines), tyre pressures, fuel prices and the voice assistant's transcripts
(speech recognition, no speaker model) are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.rutaconectada.example"
UA = ua("RutaConectada", "3.7.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rutaconectada", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def estado(c: Context) -> Flow:
    b = FB(c, "rutaconectada", "GET", "")
    vin = b.id("car_vin", where="path /v1/vehiculos/{vin}/estado")
    b.base = f"{API}/v1/vehiculos/{vin}/estado"
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.ok_json(
        {
            "combustiblePct": c.rng.randint(5, 100),
            "kilometraje": c.rng.randint(20000, 90000),
            "puertasCerradas": True,
            "presionNeumaticos": [rf(c.rng, 30, 35, 1) for _ in range(4)],
        }
    )
    return b.build()


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vehiculos/vincular")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "tcu": {"imei": b.id("car_imei", where="json tcu.imei"), "fw": "T4.2"},
            "telefono": b.id("aid_ruta", where="json telefono"),
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def ping_opaco(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/k")
    b.param("h", b.id("car_vin", "md5", "query h (md5 of VIN)", detectable=False))
    b.param("t", str(int(c.now)))
    b.ok_json({"r": 0})
    return b.build()


def comando(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/comandos")
    b.header("x-tcu-imei", b.id("car_imei", where="header x-tcu-imei"))
    b.json({"accion": c.rng.choice(["BLOQUEAR", "CLIMA_ON", "LOCALIZAR"]), "solicitud": rid(c.rng)})
    b.ok_json({"estado": "ENVIADO"})
    return b.build()


def viajes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viajes?ultimos=5")
    b.decoy("trip list with GPS points")
    b.ok_json(
        {
            "viajes": [
                {
                    "inicio": iso(c),
                    "km": rf(c.rng, 2, 120, 1),
                    "puntos": [
                        [rf(c.rng, -33.5, -33.0, 5), rf(c.rng, -71.6, -70.5, 5)] for _ in range(4)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def bencina(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/servicentros/precios?comuna=Vina+del+Mar")
    b.decoy("fuel price list")
    b.ok_json(
        {
            "precios": [
                {"marca": m, "b95": rf(c.rng, 1250, 1400, 0)} for m in ("Copec", "Shell", "Aramco")
            ]
        }
    )
    return b.build()


def asistente(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asistente/voz")
    b.decoy("voice command transcription (speech recognition, no speaker model)")
    b.json({"transcripcion": "llévame a la casa de la abuela", "idioma": "es-CL", "ts": ms(c)})
    b.ok_json({"intencion": "NAVEGAR", "destino": "Casa abuela"})
    return b.build()


def radio_historial(c: Context) -> Flow:
    b = FB(c, "rutaconectada", "POST", "")
    vin = b.id("car_vin", where="path /v1/vehiculos/{vin}/multimedia/historial")
    b.base = f"{API}/v1/vehiculos/{vin}/multimedia/historial"
    b.header("user-agent", "RutaHU/2.0 (AAOS 12)")
    b.view("json emisorasEscuchadas[] (station, minutes)")
    b.json(
        {
            "emisorasEscuchadas": [
                {"frecuencia": f, "nombre": n, "minutos": c.rng.randint(3, 70), "desde": iso(c)}
                for f, n in c.rng.sample(
                    [("93.3", "Cooperativa"), ("89.7", "Radio Bío-Bío"), ("101.3", "Rock & Pop")], 2
                )
            ]
        }
    )
    b.no_content()
    return b.build()
