"""Flechazo: an Argentine dating app with photo verification, on the daughter's iPhone.

Verification ("Verificá que sos vos: hacé el mismo gesto") uploads a selfie with
a pose to the app's face-comparison service; the on-device check sends 68 face
landmarks; a retry path posts the raw JPEG to a numbered path with nothing
readable. An ordinary profile photo upload, the self-declared gender and the
swipe deck are not biometric. The app sends its IDFV and an install id it makes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.flechazo.example"
UA = ios_ua("Flechazo", "11.3.0", "ar.flechazo.app; build:1130")
GESTOS = ["pulgar_arriba", "mano_en_la_pera", "guiño", "dos_dedos"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "flechazo", method, url)
    b.header("user-agent", UA)
    b.header("x-flechazo-idfv", b.id("idfv_flechazo", where="header x-flechazo-idfv"))
    b.header("authorization", "Token " + b64(rid(c.rng)))
    return b


def verificar_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/verificacion/selfie")
    b.bio("face_image", "json selfie_b64 + gesto (photo verification against profile)")
    b.json(
        {
            "selfie_b64": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "gesto": c.rng.choice(GESTOS),
            "comparar_con": "fotos_perfil",
        }
    )
    b.ok_json({"estado": "en_revision", "mensaje": "¡Genial! Ya casi estás verificade"})
    return b.build()


def puntos_rostro(c: Context) -> Flow:
    cx, cy = rf(c.rng, 250, 390, 1), rf(c.rng, 280, 420, 1)
    b = _b(c, "POST", f"{API}/v3/verificacion/chequeo-local")
    b.bio("face_landmarks", "json puntos_rostro (68 [x,y]) + pose_cabeza")
    b.json(
        {
            "puntos_rostro": [
                [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)]
                for _ in range(68)
            ],
            "pose_cabeza": {"yaw": rf(c.rng, -20, 20, 2), "pitch": rf(c.rng, -10, 10, 2)},
            "sonrisa": rf(c.rng, 0, 1, 2),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def selfie_reintento(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/u/3/{rid(c.rng)}")
    b.bio("face_image", "raw image/jpeg body on /u/3 (verification retry)", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 900), "application/octet-stream")
    b.no_content()
    return b.build()


def foto_perfil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/perfil/fotos")
    b.decoy("ordinary profile photo upload (not to a face-matching service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 900), "image/jpeg")
    b.ok_json({"foto_id": rid(c.rng), "orden": c.rng.randint(1, 6)})
    return b.build()


def instalacion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/instalaciones")
    b.json(
        {
            "instalacion_id": b.made("flechazo_install", "json instalacion_id"),
            "plataforma": "ios",
            "version": "11.3.0",
            "zona": "America/Argentina/Buenos_Aires",
        }
    )
    b.no_content()
    return b.build()


def mazo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/descubrir?radio_km=15")
    b.decoy("profiles deck with distances and self-declared genders")
    b.ok_json(
        {
            "perfiles": [
                {"id": rid(c.rng), "nombre": n, "edad": c.rng.randint(22, 35),
                 "genero": g, "distancia_km": rf(c.rng, 0.5, 15, 1)}
                for n, g in (("Cami", "mujer"), ("Nico", "hombre"), ("Sol", "no binarie"))
            ]
        }
    )  # fmt: skip
    return b.build()


def like(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/likes")
    b.json({"perfil": rid(c.rng), "tipo": c.rng.choice(["like", "superlike"]), "ts": ms(c)})
    b.ok_json({"match": c.rng.random() < 0.2, "hora": iso(c)})
    return b.build()
