"""A car-sharing app ("Vadévia", FR/ES/IT) with a driver face check before unlocking.

The car carries a telematics box (LTE modem with its own IMEI, a serial, a BLE
radio the phone talks to for keyless unlock, as INVERS CloudBoxx-style units
do). The backend is the operator's own, mixing Spanish, French and English key
names (rostro, conducteur, unidadTelematica, bleMac); nothing here copies a
real operator's API.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, okua, rf, rid
from .util import sealed

API = "https://api.vadevia.eu"
UA = okua("Vadevia", "5.8.1")
PLATES = ["GH-482-KT", "4821LMX", "FT 219 ZK"]


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-conductor", b.acct("car_user"))


def rostro_check(c: Context) -> Flow:
    b = FB(c, "vadevia", "POST", f"{API}/v1/conductor/verificacion-rostro")
    _app(b, c)
    bound = "vdv" + str(c.rng.randint(10**9, 10**10))
    b.bio("face_image", "multipart selfie (jpeg) for the driver face check")
    body = multipart(
        bound,
        [
            ("reservaId", None, None, rid(c.rng).encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1000)),
            ("livenessScore", None, None, str(rf(c.rng, 0.8, 1)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"conductorVerificado": True})
    return b.build()


def face_match(c: Context) -> Flow:
    b = FB(c, "vadevia", "POST", f"{API}/v1/driver/face-match")
    _app(b, c)
    b.bio("face_template", "json faceEmbedding vs licenceFaceEmbedding (float32 base64)")
    b.json(
        {
            "faceEmbedding": floats_b64(floats(c.rng, 256)),
            "licenceFaceEmbedding": floats_b64(floats(c.rng, 256)),
            "similarity": rf(c.rng, 0.6, 0.98),
            "model": "mfn-256",
        }
    )
    b.ok_json({"match": True})
    return b.build()


def conducteur_opaque(c: Context) -> Flow:
    b = FB(c, "vadevia", "POST", f"{API}/v1/c/s")
    _app(b, c)
    b.bio("face_image", "octet-stream: sealed driver check capture", detectable=False)
    b.set_body(sealed(c.rng, 1200), "application/octet-stream")
    b.no_content()
    return b.build()


def desbloqueo(c: Context) -> Flow:
    plate = c.rng.choice(PLATES)
    b = FB(c, "vadevia", "POST", f"{API}/v1/vehiculos/{plate}/desbloqueo")
    _app(b, c)
    b.json(
        {
            "unidadTelematica": {
                "imei": b.id("tcu_imei", where="json unidadTelematica.imei"),
                "numSerie": b.id("tcu_serial", where="json unidadTelematica.numSerie"),
                "bleMac": b.id("tcu_mac", where="json unidadTelematica.bleMac"),
            },
            "dispositivoMovil": {
                "androidId": b.id("aid_car", where="json dispositivoMovil.androidId")
            },
            "pos": {"lat": rf(c.rng, 43.29, 43.31, 5), "lon": rf(c.rng, 5.36, 5.39, 5)},
        }
    )
    b.ok_json({"cle": b64(sealed(c.rng, 48)), "valideJusqua": ms(c) + 60000})
    return b.build()


def tcu_estado(c: Context) -> Flow:
    b = FB(c, "vadevia", "GET", API)
    serial = b.id("tcu_serial", where="url path /v1/tcu/<serial>/estado")
    b.base = f"{API}/v1/tcu/{serial}/estado"
    _app(b, c)
    b.ok_json({"bateria": rf(c.rng, 11.8, 12.9, 2), "puertas": "cerradas", "gsm": -71})
    return b.build()


def ble_session(c: Context) -> Flow:
    """The BLE key session: the box's MAC without colons under a meaningless key."""
    b = FB(c, "vadevia", "POST", f"{API}/v1/k")
    _app(b, c)
    b.json({"k": b.id("tcu_mac", "nosep_upper", where="json k", detectable=False), "t": ms(c)})
    b.ok_json({"s": b64(sealed(c.rng, 32))})
    return b.build()


def appareil(c: Context) -> Flow:
    b = FB(c, "vadevia", "PUT", f"{API}/v1/appareil")
    _app(b, c)
    b.set_body(
        jsb(
            {
                "appareil": {
                    "id_android": b.id("aid_car", "sha256", where="json appareil.id_android"),
                    "version": "5.8.1",
                }
            }
        ),
        "application/json",
    )
    b.ok_json({"ok": True})
    return b.build()


def trajet(c: Context) -> Flow:
    b = FB(c, "vadevia", "POST", f"{API}/v1/trajets/{rid(c.rng)}/trace")
    _app(b, c)
    lat, lon = rf(c.rng, 41.37, 41.41, 5), rf(c.rng, 2.15, 2.19, 5)
    pts = [
        [round(lat + i * 0.0004, 5), round(lon + i * 0.0003, 5), ms(c) + i * 5000]
        for i in range(30)
    ]
    b.decoy("GPS trip trace: coordinate list")
    b.json({"points": pts, "km": rf(c.rng, 2, 15, 1)})
    b.ok_json({"ok": True})
    return b.build()


def voitures(c: Context) -> Flow:
    b = FB(c, "vadevia", "GET", f"{API}/v1/vehiculos/cerca", [("lat", "45.4642"), ("lon", "9.19")])
    _app(b, c)
    b.decoy("nearby cars: plates, fuel levels, coordinates")
    cars = [
        {
            "matricula": p,
            "carburant": c.rng.randint(10, 100),
            "lat": rf(c.rng, 45.45, 45.48, 5),
            "lon": rf(c.rng, 9.17, 9.21, 5),
        }
        for p in PLATES
    ]
    b.ok_json({"vehiculos": cars})
    return b.build()


def dommages(c: Context) -> Flow:
    b = FB(c, "vadevia", "POST", f"{API}/v1/vehiculos/{c.rng.choice(PLATES)}/danos")
    _app(b, c)
    bound = "vdv" + str(c.rng.randint(10**9, 10**10))
    b.decoy("photos of car damage (images, no person)")
    body = multipart(
        bound,
        [
            ("zona", None, None, b"parachoques_trasero"),
            ("foto", "dano.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"informe": rid(c.rng), "creado": iso(c)})
    return b.build()
