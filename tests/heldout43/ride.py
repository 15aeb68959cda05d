"""Ride-hailing driver app "Viajaya" (Mexico City): what a driver's phone sends.

Mostly look-alikes: GPS pings with bearing and speed, ETA seconds versus trip
duration, seconds waited at pickup, fare breakdowns, demand heat-map cells.
Sensitive: the real-time selfie check before going online (Uber's "Real-Time
ID Check" is built on Microsoft's Face API: docs.microsoft.com/azure/ai-services
/computer-vision/how-to/identity-detect-faces, `POST /face/v1.0/detect` with an
octet-stream image, `POST /face/v1.0/verify` with faceId1/faceId2), and the
Adjust SDK session (github.com/adjust/android_sdk PackageBuilder: form body
with gps_adid, android_uuid, app_token, created_at, session_count...).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, near, path, rf, rid, ua

API = "https://api.viajaya.com.mx"
UA = ua("Viajaya-Driver", "5.41.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "viajaya", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("token")[:32])
    b.header("x-request-id", rid(c.rng))
    return b


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v3/ubicacion")
    pts = path(c.rng, "cdmx", c.rng.randint(4, 9))
    b.json(
        {
            "conductor": b.acct("driver_id"),
            "puntos": [
                {
                    "lat": p[0],
                    "lng": p[1],
                    "rumbo": c.rng.randint(0, 359),
                    "velocidad_kmh": rf(c.rng, 0, 62, 1),
                    "precision_m": rf(c.rng, 3, 18, 1),
                }
                for p in pts
            ],
            "estado": "en_linea",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("driver GPS pings with heading and speed (not viewing, not biometric)")
    return b.build()


def eta_update(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/trips/v2/eta")
    dur = c.rng.randint(600, 2700)
    b.json(
        {
            "viaje_id": "VJ" + str(c.rng.randint(10**8, 10**9)),
            "eta_segundos": c.rng.randint(60, 900),
            "duracion_estimada_s": dur,
            "transcurrido_s": c.rng.randint(0, dur),
            "progreso": rf(c.rng, 0, 1, 3),
            "distancia_restante_m": c.rng.randint(200, 9000),
        }
    )
    b.ok_json({"recalculado": False})
    b.decoy("trip progress, elapsed versus estimated seconds: not media progress")
    return b.build()


def pickup_wait(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/trips/v2/espera")
    b.json(
        {
            "segundos_esperados": c.rng.randint(30, 420),
            "llegada_ts": iso(c),
            "cobro_espera_mxn": rf(c.rng, 0, 35, 2),
            "pasajero_visto": c.rng.random() < 0.6,
        }
    )
    b.ok_json({"ok": True})
    b.decoy("seconds waited at pickup; 'pasajero_visto' = rider spotted, not viewing history")
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/trips/v2/resumen/VJ{c.rng.randint(10**8, 10**9)}")
    b.ok_json(
        {
            "duracion_viaje_s": c.rng.randint(500, 3000),
            "tarifa": {
                "base": 35.0,
                "por_km": rf(c.rng, 6, 9, 2),
                "por_minuto": 2.1,
                "dinamica": rf(c.rng, 1, 1.8, 2),
            },
            "ruta": path(c.rng, "cdmx", 12),
            "calificacion": c.rng.choice([4, 5, 5]),
            "propina_mxn": c.rng.choice([0, 10, 20]),
        }
    )
    b.decoy("trip summary with duration, fare and route")
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/demand/v1/heatmap")
    lat, lng = near(c.rng, "cdmx")
    b.param("lat", str(lat))
    b.param("lng", str(lng))
    b.ok_json(
        {
            "celdas": [
                {
                    "h3": "8849" + "".join(c.rng.choice("0123456789abcdef") for _ in range(11)),
                    "demanda": rf(c.rng, 0, 1, 3),
                }
                for _ in range(10)
            ]
        }
    )
    b.decoy("demand heat-map: H3 cell ids and scores")
    return b.build()


def azure_detect(c: Context) -> Flow:
    url = "https://viajaya-mx.cognitiveservices.azure.com/face/v1.0/detect"
    b = FB(c, "azure-face", "POST", url)
    for k, v in [
        ("returnFaceId", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]:
        b.param(k, v)
    b.header("ocp-apim-subscription-key", b.acct("token")[:32])
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1500), "application/octet-stream")
    b.bio("face_image", "body: selfie JPEG to Azure Face detect")
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 131, "left": 177, "width": 162, "height": 162},
            }
        ]
    )
    return b.build()


def azure_verify(c: Context) -> Flow:
    b = FB(
        c, "azure-face", "POST", "https://viajaya-mx.cognitiveservices.azure.com/face/v1.0/verify"
    )
    b.header("ocp-apim-subscription-key", b.acct("token")[:32])
    b.json({"faceId1": rid(c.rng), "faceId2": rid(c.rng)})
    b.bio("face_verification", "body: faceId1/faceId2 to Azure Face verify")
    b.ok_json({"isIdentical": True, "confidence": rf(c.rng, 0.7, 0.95, 5)})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v2/verificacion/selfie")
    bnd = "vj" + rid(c.rng).replace("-", "")[:20]
    meta = {
        "motivo": "inicio_turno",
        "vivacidad": {"puntaje": rf(c.rng, 0.8, 1, 3), "parpadeo": True},
        "rostro": {
            "similitud": rf(c.rng, 0.8, 0.99, 3),
            "yaw": rf(c.rng, -8, 8, 2),
            "pitch": rf(c.rng, -6, 6, 2),
        },
    }
    parts = [
        ("meta", None, "application/json", jsb(meta)),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie + liveness and face-match scores")
    b.ok_json({"resultado": "aprobado"})
    return b.build()


def selfie_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v2/chk")
    blob = bytes(c.rng.getrandbits(8) for _ in range(600))
    b.json({"v": 3, "k": "rsa-oaep-2", "p": b64(blob)})
    b.bio("face_image", "body.p: encrypted selfie-check bundle", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", None, "HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", UA)
    pairs = [
        ("app_token", "q8z3kx0v9mtc"),
        ("created_at", iso(c).replace("Z", "Z-0600")),
        ("environment", "production"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", "mx.viajaya.driver"),
        ("session_count", str(c.rng.randint(40, 300))),
        ("tracking_enabled", "1"),
        ("device_type", "phone"),
        ("device_name", "SM-A546E"),
        ("country", "MX"),
        ("language", "es"),
    ]
    if c.rng.random() < 0.5:
        pairs.append(("android_id", b.id("aid_ride", where="form android_id")))
    b.form(pairs)
    b.ok_json(
        {
            "app_token": "q8z3kx0v9mtc",
            "adid": "".join(c.rng.choice("0123456789abcdef") for _ in range(32)),
        }
    )
    return b.build()
