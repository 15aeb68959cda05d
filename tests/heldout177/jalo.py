"""Jalo: a ride app for taxis and mototaxis ("¿me jalas?").

AppsFlyer launches carry `advertiserId`, `android_id` and AppsFlyer's `uid`.
Every API call signs itself with an MD5 of the ANDROID_ID under `x-j`. The
driver's answer names the driver's mototaxi and its GPS tracker IMEI: another
person's device, not the tester's. Pickup coordinates, routes, fares and
ratings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, dalvik, ms, rf, rid, ua

API = "https://api.jalo.example"
UA = ua("Jalo", "6.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jalo", method, url)
    b.header("user-agent", UA)
    b.header("x-j", b.id("aid_jalo", "md5", "header x-j (MD5 of ANDROID_ID)", detectable=False))
    return b


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=pe.jalo.pasajero&buildnumber=6.14.2",
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_jalo", where="json android_id"),
            "uid": b.id("af_uid_jalo", where="json uid"),
            "af_timestamp": str(ms(c)),
            "brand": "Xiaomi",
            "model": "23021RAAEG",
            "country": "PE",
            "counter": str(c.rng.randint(1, 50)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _punto(c: Context) -> dict[str, float]:
    return {"lat": rf(c.rng, -16.43, -16.37, 6), "lng": rf(c.rng, -71.56, -71.5, 6)}


def pedir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/viajes")
    b.decoy("pickup / drop-off coordinates")
    b.json(
        {
            "origen": _punto(c),
            "destino": _punto(c),
            "tipo": c.rng.choice(["mototaxi", "taxi", "taxi_xl"]),
            "ofertaSoles": rf(c.rng, 4, 25, 1),
            "pago": c.rng.choice(["efectivo", "yape"]),
        }
    )
    b.ok_json({"idViaje": rid(c.rng), "estado": "buscando"})
    return b.build()


def conductor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/viajes/actual/conductor")
    b.decoy("the driver's mototaxi GPS tracker IMEI: another person's device")
    b.ok_json(
        {
            "conductor": {"nombre": "Wilber", "calificacion": rf(c.rng, 4.2, 5, 1)},
            "vehiculo": {
                "tipo": "mototaxi",
                "placa": f"{c.rng.randint(1000, 9999)}-{c.rng.choice('ABCDE')}W",
                "gpsMoto": {"imei": luhn_complete(new_digits(c.rng, 14, "35")), "marca": "Coban"},
            },
            "ubicacion": _punto(c),
            "llegadaMin": c.rng.randint(2, 9),
        }
    )
    return b.build()


def ruta(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/viajes/actual/ruta")
    b.ok_json({"polilinea": new_hex(c.rng, 60), "puntos": [_punto(c) for _ in range(12)]})
    return b.build()


def calificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/viajes/calificacion")
    b.json({"estrellas": c.rng.randint(3, 5), "comentario": "buen servicio, causa"})
    b.no_content()
    return b.build()
