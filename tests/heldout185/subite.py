"""Subite: a ride-hailing and shared-scooter app (Santiago, Valparaíso, Buenos Aires).

Analytics go through Segment's `/v1/batch` with `anonymousId` and the Android
context (`context.device.id`, `context.device.advertisingId`,
`adTrackingEnabled`). Trip quotes and the driver card carry the driver's car
plate, the driver's phone id and photo (another person's device and face, shown,
not analysed); unlocking a shared scooter names the scooter's serial (a rented
device). Fare price series and the route polyline are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.subite.example"
UA = ua("Subite", "9.2.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "subite", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def segment(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + new_hex(c.rng, 32))
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": c.rng.choice(
                        ["Viaje Solicitado", "Tarifa Vista", "Scooter Desbloqueado"]
                    ),
                    "anonymousId": b.id("subite_anon", where="json batch[0].anonymousId"),
                    "userId": b.acct("subite_user"),
                    "properties": {"ciudad": c.rng.choice(["Santiago", "Valparaíso", "CABA"])},
                    "context": {
                        "device": {
                            "id": b.id("aid_subite", where="json batch[0].context.device.id"),
                            "advertisingId": b.id(
                                "gaid", where="json batch[0].context.device.advertisingId"
                            ),
                            "adTrackingEnabled": True,
                            "manufacturer": "motorola",
                            "model": "moto g84 5G",
                        },
                        "os": {"name": "Android", "version": "14"},
                        "locale": "es-CL",
                    },
                    "timestamp": iso(c),
                    "messageId": rid(c.rng),
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def cotizar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/viajes/cotizar")
    b.decoy("pickup / drop-off coordinates and fare estimates")
    b.json(
        {
            "origen": {"lat": rf(c.rng, -33.05, -33.02, 5), "lng": rf(c.rng, -71.63, -71.58, 5)},
            "destino": {"lat": rf(c.rng, -33.05, -33.0, 5), "lng": rf(c.rng, -71.56, -71.52, 5)},
        }
    )
    b.ok_json(
        {
            "opciones": [
                {"tipo": t, "tarifa": c.rng.randint(2500, 9000)} for t in ("Subite X", "Comfort")
            ]
        }
    )
    return b.build()


def conductor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viajes/{rid(c.rng)}/conductor")
    b.decoy("driver's plate, phone id and profile photo URL (another person's device)")
    b.ok_json(
        {
            "nombre": "Marcelo",
            "patente": f"{new_hex(c.rng, 4).upper()}-{c.rng.randint(10, 99)}",
            "equipoConductor": {"imei": "35" + new_digits(c.rng, 13)},
            "foto": f"https://img.subite.example/conductores/{new_hex(c.rng, 12)}.jpg",
            "calificacion": rf(c.rng, 4.5, 5, 2),
        }
    )
    return b.build()


def scooter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/scooters/desbloquear")
    b.decoy("a shared scooter's serial (rented device, not the family's)")
    b.json({"serieScooter": "SC" + new_hex(c.rng, 10).upper(), "qr": new_hex(c.rng, 12)})
    b.ok_json({"desbloqueado": True, "bateria": c.rng.randint(30, 100)})
    return b.build()


def ruta(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viajes/{rid(c.rng)}/ruta")
    b.decoy("route polyline")
    b.ok_json(
        {"polyline": "f|{kEj`aqL" + new_hex(c.rng, 20), "distanciaM": c.rng.randint(900, 12000)}
    )
    return b.build()


def tarifa_dinamica(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tarifas/dinamica?zona=stgo-centro")
    b.decoy("surge multiplier series")
    b.ok_json({"multiplicador": [rf(c.rng, 1, 2.4, 2) for _ in range(12)]})
    return b.build()
