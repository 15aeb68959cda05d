"""Gym chain app (Santiago / CDMX) whose turnstiles open by face recognition.

In-house API of our own making: members enrol a face from the app (a photo
plus the 512-float template the app's on-device model makes, base64 float32
as face SDKs ship embeddings), check in at the turnstile from the phone (the
embedding as a JSON list with the model name), and the app re-syncs an
encrypted template after a model upgrade. Decoys: class timetable, a knee-angle
series from the squat counter, occupancy series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.fuerza-gym.example.cl"
UA = ua("FuerzaGym", "5.1.7")
SEDES = ["Providencia", "Las Condes", "Polanco", "Chapultepec"]


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-app-instance", b.id("gym_install", where="header.x-app-instance"))


def face_enrol(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "POST", f"{API}/api/v2/socios/{b_member(c)}/rostro")
    _hdr(b)
    b.json(
        {
            "plantillaFacial": floats_b64(floats(c.rng, 512)),
            "foto": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 1000)),
            "calidad": rf(c.rng, 0.6, 1),
            "capturadoEn": iso(c),
        }
    )
    b.bio("face_template", "body.plantillaFacial+foto")
    b.ok_json({"estado": "activo"})
    return b.build()


def b_member(c: Context) -> str:
    return str(c.phone.gym_member)  # type: ignore[attr-defined]


def checkin(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "POST", f"{API}/acceso/v1/torniquete/validar")
    _hdr(b)
    b.json(
        {
            "sede": c.rng.choice(SEDES),
            "torniquete": c.rng.randint(1, 6),
            "modelo": "arcface-r50-int8",
            "embedding": floats(c.rng, 512, 4),
            "umbral": 0.42,
            "ts": ms(c),
        }
    )
    b.bio("face_embedding", "body.embedding (arcface)")
    b.ok_json({"abrir": True, "socio": b.acct("gym_member")})
    return b.build()


def template_resync(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "PUT", f"{API}/api/v2/sync/t")
    _hdr(b)
    b.json({"v": 4, "z": b64(bytes.fromhex(new_hex(c.rng, 512)))})
    b.bio("face_template", "body.z (encrypted template)", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "POST", f"{API}/api/v2/dispositivos")
    _hdr(b)
    b.json(
        {
            "android_id": b.id("aid_gym", where="body.android_id"),
            "push": b.acct("fcm_token"),
            "so": "android-14",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def timetable(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "GET", f"{API}/api/v2/clases", [("sede", c.rng.choice(SEDES))])
    b.header("user-agent", UA)
    b.decoy("class timetable")
    b.ok_json(
        {
            "clases": [
                {"nombre": n, "hora": f"{h:02d}:00", "cupos": c.rng.randint(0, 25)}
                for n, h in (("Spinning", 7), ("Yoga", 9), ("Funcional", 19))
            ]
        }
    )
    return b.build()


def squat_counter(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "POST", f"{API}/api/v2/entrenamiento/series")
    b.header("user-agent", UA)
    b.json(
        {
            "ejercicio": "sentadilla",
            "reps": 12,
            "anguloRodilla": [rf(c.rng, 70, 175, 1) for _ in range(24)],
            "id": rid(c.rng),
        }
    )
    b.decoy("knee-angle series of a squat counter")
    b.ok_json({"ok": True})
    return b.build()


def occupancy(c: Context) -> Flow:
    b = FB(c, "fuerzagym", "GET", f"{API}/api/v2/aforo", [("sede", c.rng.choice(SEDES))])
    b.header("user-agent", UA)
    b.decoy("hourly occupancy series")
    b.ok_json({"porHora": [c.rng.randint(0, 120) for _ in range(18)]})
    return b.build()
