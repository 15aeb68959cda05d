"""ViajeYa: an Argentine ride-hailing and delivery app, used here in driver mode.
Before a shift the driver app runs a selfie check (real-time ID check): a selfie
upload, on-device face landmarks and a face embedding, and a blink / smile
challenge scored as ARKit-style blendshape weights. CleverTap analytics
(sdks.py). Decoys: route polylines, fare series, order numbers, a parcel photo.
The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from . import sdks
from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.viajeya.com.ar"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "viajeya", method, API + path)
    b.header("user-agent", ua("ViajeYaConductor", "9.40.2"))
    b.header("x-trace-id", rid(c.rng))
    return b


def selfie(c: Context) -> Flow:
    bnd = "----ViajeYa" + rid(c.rng).replace("-", "")[:16]
    b = _b(c, "POST", "/conductores/v2/verificacion-identidad/selfie")
    parts = [
        ("conductor", None, None, b.acct("viaje_driver").encode()),
        ("motivo", None, None, b"inicio_turno"),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1200)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.multipart.selfie (identity check)")
    b.ok_json({"resultado": "coincide", "umbral": 0.82})
    return b.build()


def landmarks(c: Context) -> Flow:
    b = _b(c, "POST", "/conductores/v2/verificacion-identidad/rostro")
    b.json(
        {
            "face_landmarks": points(c.rng, 68),
            "bbox": [rf(c.rng, 100, 200, 1), rf(c.rng, 150, 250, 1), 420, 520],
            "ts": ms(c),
        }
    )
    b.bio("face_landmarks", "body.json.face_landmarks")
    b.ok_json({"ok": True})
    return b.build()


def embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/conductores/v2/verificacion-identidad/plantilla")
    b.json({"vector_facial": floats_b64(floats(c.rng, 128)), "formato": "f32le", "dim": 128})
    b.bio("face_embedding", "body.json.vector_facial|base64|float32")
    b.ok_json({"similitud": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def gestos(c: Context) -> Flow:
    b = _b(c, "POST", "/conductores/v2/verificacion-identidad/desafio")
    names = (
        "eyeBlinkLeft",
        "eyeBlinkRight",
        "jawOpen",
        "mouthSmileLeft",
        "mouthSmileRight",
        "browInnerUp",
    )
    b.json(
        {
            "desafio": "parpadea_y_sonrie",
            "blendshapes": {n: rf(c.rng, 0, 1, 3) for n in names},
            "ok": True,
        }
    )
    b.bio("blendshapes", "body.json.blendshapes")
    b.no_content()
    return b.build()


def opaque_rostro(c: Context) -> Flow:
    b = _b(c, "POST", "/conductores/v2/s")
    b.json({"t": rid(c.rng), "b": b64(c.rng.randbytes(700))})
    b.bio("face_template_encrypted", "body.json.b (encrypted)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", "/conductores/v2/dispositivo")
    b.header("x-android-id", b.id("aid_viaje", where="header.x-android-id"))
    b.json(
        {
            "gaid": b.id("gaid", where="body.json.gaid"),
            "device_hash": b.id("aid_viaje", "sha256", where="body.json.device_hash"),
            "modelo": "SM-A256E",
            "push": "fcm",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def clevertap(c: Context) -> Flow:
    ev = {
        "type": "event",
        "evtName": c.rng.choice(["Turno iniciado", "Viaje aceptado", "Pedido entregado"]),
        "evtData": {"zona": c.rng.choice(["Palermo", "Caballito", "Rosario"])},
        "s": int(c.now),
        "ep": int(c.now),
    }
    return sdks.clevertap_batch(c, "TEST-R78-ZZW-WZ7Z", [ev])


def ruta(c: Context) -> Flow:
    b = _b(c, "GET", f"/viajes/v2/{rid(c.rng)}/ruta")
    pts = [[rf(c.rng, -34.65, -34.55, 5), rf(c.rng, -58.50, -58.38, 5)] for _ in range(30)]
    b.ok_json({"polilinea": pts, "eta_seg": c.rng.randint(120, 2400)})
    b.decoy("route coordinate list")
    return b.build()


def tarifas(c: Context) -> Flow:
    b = _b(c, "GET", "/tarifas/v2/dinamica?zona=CABA")
    b.ok_json({"multiplicador": [rf(c.rng, 1.0, 2.2, 2) for _ in range(24)], "desde": iso(c)})
    b.decoy("fare series")
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"/pedidos/v2/VY-{c.rng.randint(10**7, 10**8)}/entregado")
    bnd = "----ViajeYa" + rid(c.rng).replace("-", "")[:16]
    parts = [("foto_paquete", "paquete.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 800))]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"ok": True})
    b.decoy("proof-of-delivery parcel photo (no face)")
    return b.build()
