"""A dating app ("Lunetta", Spain/Italy/France) with video-selfie verification.

Sources: FaceTec's sample apps (FaceTec/FaceTec-Android-Sample-App,
LivenessCheckProcessor / EnrollmentProcessor) POST JSON to
`api.facetec.com/api/v3.1/biometrics/liveness-3d` and `/enrollment-3d` with
`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`, `sessionId` (and
`externalDatabaseRefID` to enrol), headers `X-Device-Key` (the app's key) and
`X-User-Agent` (FaceTec's pipe-joined user agent string). The app's own backend
(Spanish keys: vectorRostro, verificacion, genero) is invented.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, iso, okua, rf, rid

API = "https://api.lunetta-app.com"
UA = okua("Lunetta", "11.2.0")
FT = "https://api.facetec.com/api/v3.1/biometrics"


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-lunetta-session", rid(c.rng))


def facetec(c: Context, enrol: bool = False) -> Flow:
    b = FB(c, "facetec", "POST", FT + ("/enrollment-3d" if enrol else "/liveness-3d"))
    sess = rid(c.rng)
    b.header("x-device-key", "dZ" + "k4Rw" * 7)
    b.header("x-user-agent", f"facetec|sdk|android|com.lunetta.app|SM-A546B|9.7.2|es_ES|es|{sess}")
    b.bio("face_3d", "json faceScan + auditTrailImage (FaceTec 3D face scan)")
    body = {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
        "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
        "sessionId": sess,
    }
    if enrol:
        body["externalDatabaseRefID"] = "lun_" + b.acct("date_user")
    b.json(body)
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(b"\x00" * 24)})
    return b.build()


def video_selfie(c: Context) -> Flow:
    b = FB(c, "lunetta", "POST", f"{API}/v2/verificacion/video-selfie")
    _app(b, c)
    bound = "lunetta-" + rid(c.rng)[:12]
    b.bio("face_video", "multipart video_selfie (mp4) for profile verification, pose gesture")
    body = multipart(
        bound,
        [
            (
                "pose",
                None,
                None,
                c.rng.choice(["mano_en_mejilla", "signo_paz", "pulgar_arriba"]).encode(),
            ),
            ("video_selfie", "selfie.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("duracion_ms", None, None, str(c.rng.randint(2500, 6000)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"estado": "en_revision"})
    return b.build()


def foto_analisis(c: Context) -> Flow:
    b = FB(c, "lunetta", "POST", f"{API}/v2/fotos/{rid(c.rng)}/analisis")
    _app(b, c)
    b.bio("face_template", "json vectorRostro (float32 embedding) + edadEstimada/sonrisa")
    b.json(
        {
            "vectorRostro": floats_b64(floats(c.rng, 128)),
            "edadEstimada": c.rng.randint(24, 38),
            "sonrisa": rf(c.rng, 0, 1, 2),
            "gafas": False,
            "calidad": rf(c.rng, 0.5, 1),
        }
    )
    b.ok_json({"coincideConVerificacion": True})
    return b.build()


def instalacion(c: Context) -> Flow:
    b = FB(c, "lunetta", "POST", f"{API}/v2/instalacion")
    _app(b, c)
    b.header("x-device-id", b.id("aid_date", "urlenc", where="header x-device-id"))
    b.json(
        {
            "installId": b.id("date_install", where="json installId"),
            "plataforma": "android",
            "pushToken": b.acct("push_token"),
            "idioma": "es-ES",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def perfil(c: Context) -> Flow:
    b = FB(c, "lunetta", "PATCH", f"{API}/v2/perfil")
    _app(b, c)
    b.decoy("sign-up form: self-declared gender, orientation, age range")
    b.json(
        {
            "nombre": "Lucía",
            "genero": "mujer",
            "buscando": ["hombre"],
            "edadMin": 27,
            "edadMax": 39,
            "altura": 168,
            "ciudad": c.rng.choice(["Barcelona", "Milano", "Lyon"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def foto_subida(c: Context) -> Flow:
    b = FB(c, "lunetta", "PUT", f"https://upload.lunetta-cdn.com/fotos/{rid(c.rng)}.jpg")
    b.header("user-agent", UA)
    b.decoy("profile photo upload to the app's image store (no face processing)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1500), "image/jpeg")
    b.respond(200, None)
    return b.build()


def descubrir(c: Context) -> Flow:
    b = FB(c, "lunetta", "GET", f"{API}/v2/descubrir", [("radioKm", "25")])
    _app(b, c)
    b.decoy("swipe feed: profiles with photo URLs and distances")
    cards = [
        {
            "id": rid(c.rng),
            "foto": f"https://img.lunetta-cdn.com/{rid(c.rng)}.jpg",
            "km": c.rng.randint(1, 25),
        }
        for _ in range(6)
    ]
    b.ok_json({"perfiles": cards})
    return b.build()


def mensaje(c: Context) -> Flow:
    b = FB(c, "lunetta", "POST", f"{API}/v2/chats/{rid(c.rng)}/mensajes")
    _app(b, c)
    b.decoy("chat message")
    b.json(
        {
            "texto": c.rng.choice(["¡Hola! ¿Qué tal?", "Ciao!", "On prend un café ?"]),
            "enviado": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
