"""Vigía, a home camera that recognises family faces, phone app and camera cloud.

The camera crops faces and the cloud matches them against the household's
"caras conocidas"; the app labels clusters and uploads a reference photo. Key
names are in-house (Spanish and English). Opaque: an encrypted face-event blob
under `x`. Device ids: camera serial and Wi-Fi MAC at binding, the app's
ANDROID_ID. Decoys: motion events with bounding boxes of "person" (no face
data), clip thumbnails, a pan/tilt (yaw/pitch) command.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, points, rid, ua

API = "https://eu.vigia-cloud.com"
UA = ua("Vigia", "2.9.4")
FAMILY = ["Mamá", "Abuelo Tito", "Joaquín", "Inés"]


def face_event(c: Context) -> Flow:
    b = FB(c, "camara", "POST", f"{API}/api/v3/eventos/cara-detectada")
    b.header("user-agent", "VigiaCam/fw-5.3.2")
    b.json(
        {
            "sn_camara": b.id("cam_serial", where="json:sn_camara"),
            "persona": c.rng.choice([*FAMILY, "desconocido"]),
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "faceBox": [c.rng.randint(100, 400) for _ in range(4)],
            "confianza": round(c.rng.random(), 3),
            "ts": ms(c),
        }
    )
    b.bio("face_embedding", "json:faceEmbedding")
    b.no_content()
    return b.build()


def known_faces(c: Context) -> Flow:
    """The household's face gallery, with per-person landmarks, sent to the phone."""
    b = FB(c, "camara", "GET", f"{API}/api/v3/caras-conocidas")
    b.param("hogar", b.acct("cam_user"))
    b.header("user-agent", UA)
    gallery = [
        {"nombre": n, "landmarks5": points(c.rng, 5), "muestras": c.rng.randint(3, 40)}
        for n in FAMILY
    ]
    b.mark("biometric", "face_landmarks", "response:caras[].landmarks5", True, "response")
    b.ok_json({"caras": gallery})
    return b.build()


def label_face(c: Context) -> Flow:
    bnd = "okhttp-" + rid(c.rng)
    b = FB(c, "camara", "POST", f"{API}/api/v3/caras-conocidas/agregar")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("nombre", None, None, c.rng.choice(FAMILY).encode()),
            ("foto_rostro", "cara.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:foto_rostro")
    b.ok_json({"idCara": rid(c.rng)})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = FB(c, "camara", "POST", f"{API}/api/v3/e")
    b.header("user-agent", "VigiaCam/fw-5.3.2")
    b.json({"x": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "n": c.rng.randint(1, 99)})
    b.bio("face_embedding", "json:x (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def bind(c: Context) -> Flow:
    b = FB(c, "camara", "POST", f"{API}/api/v3/dispositivos/vincular")
    b.header("user-agent", UA)
    b.json(
        {
            "numeroSerie": b.id("cam_serial", where="json:numeroSerie"),
            "macWifi": b.id("cam_mac", where="json:macWifi"),
            "telefono": {"androidId": b.id("aid_cam", where="json:telefono.androidId")},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def status_opaque(c: Context) -> Flow:
    b = FB(c, "camara", "GET", f"{API}/s/{b_hex(c)}")
    b.params = [("q", b.id("cam_mac", how="sha1", where="query:q", detectable=False))]
    b.header("user-agent", "VigiaCam/fw-5.3.2")
    b.ok_json({"r": 0})
    return b.build()


def b_hex(c: Context) -> str:
    return rid(c.rng).replace("-", "")[:10]


def motion(c: Context) -> Flow:
    b = FB(c, "camara", "POST", f"{API}/api/v3/eventos/movimiento")
    b.header("user-agent", "VigiaCam/fw-5.3.2")
    b.decoy("motion event with a person bounding box, no face data")
    b.json({"tipo": "persona", "bbox": [c.rng.randint(0, 600) for _ in range(4)], "ts": iso(c)})
    b.no_content()
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "camara", "GET", f"https://clips.vigia-cloud.com/thumb/{rid(c.rng)}.jpg")
    b.header("user-agent", UA)
    b.decoy("clip thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    return b.build()


def ptz(c: Context) -> Flow:
    b = FB(c, "camara", "POST", f"{API}/api/v3/ptz")
    b.header("user-agent", UA)
    b.decoy("pan/tilt command: yaw and pitch of the camera")
    b.json({"yaw": round(c.rng.uniform(-170, 170), 1), "pitch": round(c.rng.uniform(-30, 60), 1)})
    b.no_content()
    return b.build()
