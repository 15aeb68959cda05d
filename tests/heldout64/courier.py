"""The parcel-delivery driver app ("RutaXpress", in-house backend): route stops,
barcode scans, signature-capture strokes, doorstep photos, GPS breadcrumbs, and
one device registration that does carry the phone's ids.

Proof-of-delivery shape follows what public last-mile APIs document (Onfleet's
task completion: `completionDetails` with `signatureUploadId`, `photoUploadIds`,
notes; https://docs.onfleet.com/reference/complete-task), with Spanish keys of
the app's own. The stroke points, scans and photos are hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, coords, iso, ms, rf, rid, strokes, ua

API = "https://api.rutaxpress-example.mx"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rutaxpress", method, API + path)
    b.header("user-agent", ua("RutaXpress", "5.14.2"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def _guia(c: Context) -> str:
    return "1Z" + new_digits(c.rng, 16)


def route_stops(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/rutas/hoy")
    b.param("chofer", b.acct("driver_id"))
    pts = coords(c.rng, c.rng.randint(8, 20))
    stops = [
        {"parada": i + 1, "guia": _guia(c), "lat": p[0], "lng": p[1], "eta": iso(c)}
        for i, p in enumerate(pts)
    ]
    b.ok_json({"ruta": "TIJ-" + new_digits(c.rng, 3), "paradas": stops, "polyline": pts})
    b.decoy("route stop list with coordinates and tracking numbers: logistics, not tracking ids")
    return b.build()


def scan(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/escaneos")
    b.json(
        {
            "guia": _guia(c),
            "tipoEscaneo": c.rng.choice(["RECOLECCION", "ENTREGA", "EN_RUTA", "NO_ENTREGADO"]),
            "codigoBarras": {"simbologia": "CODE128", "valor": new_digits(c.rng, 22)},
            "lat": rf(c.rng, 31.6, 32.6, 6),
            "lng": rf(c.rng, -117.1, -106.4, 6),
            "scannedAt": ms(c),
        }
    )
    b.ok_json({"ok": True, "traceId": rid(c.rng)})
    b.decoy("package barcode scan: symbology and a 22-digit value are parcel ids, not device ids")
    return b.build()


def signature(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/entregas/firma")
    n = c.rng.randint(3, 6)
    b.json(
        {
            "guia": _guia(c),
            "firma": {
                "trazos": [strokes(c.rng, c.rng.randint(12, 30)) for _ in range(n)],
                "lienzo": {"w": 600, "h": 240},
            },
            "nombreReceptor": c.rng.choice(["Ma. Guadalupe R.", "J. Hernández", "Kevin T."]),
            "relacion": c.rng.choice(["destinatario", "vecino", "recepcion"]),
        }
    )
    b.ok_json({"signatureUploadId": rid(c.rng)})
    b.decoy("signature-capture stroke points (x, y, pressure, t): handwriting, not face landmarks")
    return b.build()


def pod_photo(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/entregas/evidencia")
    bnd = "rx" + rid(c.rng).replace("-", "")[:20]
    meta = f'{{"guia":"{_guia(c)}","tipo":"FOTO_PUERTA","objetos":["door","package","mat"]}}'
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("foto", "puerta.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1400)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"photoUploadIds": [rid(c.rng)]})
    b.decoy("doorstep proof-of-delivery photo (door, package): no face, no face API")
    return b.build()


def breadcrumbs(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/telemetria/breadcrumbs")
    pts = coords(c.rng, c.rng.randint(20, 60), 31.72, -106.45)
    b.json(
        {
            "puntos": [
                {"la": p[0], "lo": p[1], "v": rf(c.rng, 0, 28, 1), "rumbo": c.rng.randint(0, 359)}
                for p in pts
            ],
            "bateria": c.rng.randint(15, 100),
        },
        "gzip",
    )
    b.no_content()
    b.decoy("GPS breadcrumbs with speed and heading: a numeric series, not viewing history")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/dispositivos/registro")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_courier", where="json androidId"),
            "numeroSerie": b.id("phone_serial", where="json numeroSerie"),
            "fid": b.id("courier_fid", where="json fid"),
            "modelo": "SM-G556B",
            "so": "Android 14",
            "chofer": b.acct("driver_id"),
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def shift_ping(c: Context) -> Flow:
    """A heartbeat of the shift whose device id hides under a one-letter key."""
    b = _b(c, "POST", "/v3/turno/ping")
    b.json(
        {
            "t": ms(c),
            "s": "EN_RUTA",
            "d": b.id("aid_courier", where="json d", detectable=False),
            "n": c.rng.randint(0, 40),
        }
    )
    b.no_content()
    return b.build()


def imei_header(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/config/app")
    b.header("x-device-imei", b.id("imei", where="header x-device-imei"))
    b.ok_json({"minVersion": "5.10.0", "fotoCalidad": 70, "intervaloGps": 15})
    return b.build()
