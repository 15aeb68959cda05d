"""Rueda: a rideshare app (Houston) on the Motorola.

Branch's `v1/open` carries `hardware_id` (ANDROID_ID with
`is_hardware_id_real`), `google_advertising_id` and Branch's
`randomized_device_token`; Segment's batch carries `anonymousId` and
`context.device.advertisingId` (Segment's Android spec). The app's own fraud
ping sends an MD5 of the ANDROID_ID under `h`. Pickup coordinates, fare
estimates, the driver's profile (another person: photo URL, the driver's car
plate) and route polylines are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, moto_ua, ms, rf, rid

API = "https://api.rueda-rides.example"
UA = moto_ua("Rueda", "12.40.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rueda", method, url)
    b.header("user-agent", UA)
    b.header("x-rueda-session", rid(c.rng))
    return b


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", UA)
    b.json(
        {
            "hardware_id": b.id("aid_rueda", where="json hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid", where="json google_advertising_id"),
            "randomized_device_token": b.id("branch_token", where="json randomized_device_token"),
            "brand": "motorola",
            "model": "moto g 5G - 2024",
            "os": "Android",
            "os_version": 34,
            "sdk": "android5.12.1",
            "branch_key": "key_live_" + new_hex(c.rng, 32),
            "retryNumber": 0,
        }
    )
    b.ok_json({"session_id": new_digits(c.rng, 18), "data": '{"+clicked_branch_link":false}'})
    return b.build()


def segment_batch(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", "analytics-android/4.11.3")
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": c.rng.choice(["Ride Requested", "Fare Viewed", "App Opened"]),
                    "anonymousId": b.id("segment_anon", where="json batch[].anonymousId"),
                    "userId": b.acct("rueda_user"),
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                    "context": {
                        "device": {
                            "advertisingId": b.id(
                                "gaid", where="json context.device.advertisingId"
                            ),
                            "adTrackingEnabled": True,
                            "manufacturer": "motorola",
                        },
                        "locale": "es-US",
                    },
                    "properties": {"city": "Houston", "product": "RuedaX"},
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def fraud_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/f")
    b.form(
        [
            ("h", b.id("aid_rueda", "md5", "form h (md5 of ANDROID_ID)", detectable=False)),
            ("t", str(ms(c))),
            ("v", "3"),
        ]
    )
    b.no_content()
    return b.build()


def ride_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/viajes")
    b.decoy("pickup / drop-off coordinates and trip id")
    b.json(
        {
            "origen": {"lat": rf(c.rng, 29.70, 29.80, 5), "lng": rf(c.rng, -95.45, -95.30, 5)},
            "destino": {"lat": rf(c.rng, 29.60, 29.99, 5), "lng": rf(c.rng, -95.60, -95.20, 5)},
            "producto": "RuedaX",
            "pago": "tarjeta_" + new_digits(c.rng, 4),
        }
    )
    b.ok_json({"viajeId": rid(c.rng), "estado": "buscando_conductor"})
    return b.build()


def driver_assigned(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/viajes/{rid(c.rng)}/conductor")
    b.decoy("driver's profile photo URL and the driver's car plate/VIN (another person's car)")
    b.ok_json(
        {
            "conductor": {
                "nombre": c.rng.choice(["Luis", "Ana", "Jorge", "Yesenia"]),
                "foto": f"https://img.rueda-rides.example/conductores/{new_hex(c.rng, 16)}.jpg",
                "calificacion": rf(c.rng, 4.6, 5.0, 2),
            },
            "vehiculo": {
                "placa": "TX " + new_hex(c.rng, 3).upper() + new_digits(c.rng, 4),
                "vin": "3N1AB" + new_hex(c.rng, 12).upper(),
                "modelo": "Nissan Sentra",
            },
            "eta_seg": c.rng.randint(120, 600),
        }
    )
    return b.build()


def fare_estimate(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/tarifas?lat={rf(c.rng, 29.7, 29.8, 4)}&lng={rf(c.rng, -95.4, -95.3, 4)}",
    )
    b.decoy("surge multipliers and price series")
    b.ok_json(
        {
            "productos": [
                {"id": p, "precio": rf(c.rng, 8, 40, 2), "surge": rf(c.rng, 1, 2.2, 1)}
                for p in ("RuedaX", "RuedaXL", "Compartido")
            ]
        }
    )
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ruta/{rid(c.rng)}")
    b.decoy("route polyline of 68 points (coordinates, not landmarks)")
    b.ok_json(
        {"puntos": [[rf(c.rng, 29.7, 29.8, 5), rf(c.rng, -95.4, -95.3, 5)] for _ in range(68)]}
    )
    return b.build()
