"""Marcación: the company's own face punch-clock app on the HQ kiosk (Galaxy Tab A9).

Staff clock in and out by looking at the tablet. The app does no matching
itself: every punch sends the face to the HR backend (`rrhh`), which matches
it 1:N against the enrolled staff. So the punch flows carry face data and are
biometric: the current build posts the camera frame as multipart `rostro`
(`rostro.jpg`), the enrolment screen posts a 128-float face vector
(`rostro.vector`, MobileFaceNet), and the fallback path of an older build
posts the bare JPEG to `/api/k/m2` with the employee number in a header. The
kiosk registers with its ANDROID_ID. Ordinary: the day's punch list (method
"ROSTRO" and a match score, no face data), the staff roster sync (names,
badge numbers, sectors), the kiosk's config and its health ping.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import SB, floats, iso, ms, rf, rid, ua

API = "https://rrhh.tekopora.example"
UA = ua("TekoporaMarcacion", "2.3.0", "kiosco")
SECTORES = ["Depósito", "Administración", "Flota", "Taller", "Comercial", "Ganadería"]
NOMBRES = [
    "Liz Cabañas",
    "Rubén Giménez",
    "Nilda Ortiz",
    "Arnaldo Duarte",
    "Mirna Villalba",
    "Hugo Benítez",
    "Celia Rojas",
    "Óscar Martínez",
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "marcacion", method, url)
    b.header("user-agent", UA)
    b.header("x-kiosco-token", b.acct("kiosco_token"))
    return b


def _legajo(c: Context) -> str:
    return str(c.rng.randint(1000, 2999))


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kiosco/registrar")
    b.json(
        {
            "androidId": b.id("aid_kiosco", where="json androidId"),
            "ubicacion": "Casa Central - Asunción, Av. Artigas",
            "modelo": "SM-X110",
            "version": "2.3.0",
        }
    )
    b.ok_json({"kiosco": "ASU-01", "habilitado": True})
    return b.build()


def marcar_foto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/marcaciones/rostro")
    b.bio("face_image", "multipart rostro (rostro.jpg, punch frame for 1:N match)")
    boundary = rid(c.rng)
    parts = [
        ("legajo", None, None, _legajo(c).encode()),
        ("tipo", None, None, c.rng.choice([b"ENTRADA", b"SALIDA"])),
        ("kiosco", None, None, b"ASU-01"),
        ("rostro", "rostro.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True, "funcionario": c.rng.choice(NOMBRES), "hora": iso(c)})
    return b.build()


def enrolar_vector(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/funcionarios/{_legajo(c)}/rostro")
    b.bio("face_embedding", "json rostro.vector (128 floats, MobileFaceNet)")
    b.json(
        {
            "rostro": {"vector": floats(c.rng, 128), "modelo": "mobilefacenet-128"},
            "calidad": rf(c.rng, 0.7, 0.99, 2),
            "vivacidad": rf(c.rng, 0.85, 0.99, 3),
        }
    )
    b.ok_json({"enrolado": True})
    return b.build()


def marcar_opaque(c: Context) -> Flow:
    """Older build's fallback: the bare camera JPEG, employee number in header 'x-l'."""
    b = _b(c, "POST", f"{API}/api/k/m2")
    b.bio("face_image", "raw image/jpeg body (punch frame)", detectable=False)
    b.header("x-l", _legajo(c))
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 650), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


# --- ordinary ----------------------------------------------------------------


def marcaciones_hoy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/marcaciones?fecha=hoy&kiosco=ASU-01")
    b.decoy("punch list with method ROSTRO and match score (no face data)")
    filas = [
        {
            "legajo": _legajo(c),
            "nombre": n,
            "hora": iso(c),
            "tipo": c.rng.choice(["ENTRADA", "SALIDA"]),
            "metodo": "ROSTRO",
            "coincidencia": rf(c.rng, 0.8, 0.99, 2),
        }
        for n in c.rng.sample(NOMBRES, 4)
    ]
    b.ok_json({"marcaciones": filas})
    return b.build()


def funcionarios(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/funcionarios?desde={ms(c) - 86400000}")
    b.decoy("staff roster: names, badge numbers, sectors")
    b.ok_json(
        {
            "funcionarios": [
                {
                    "legajo": _legajo(c),
                    "nombre": n,
                    "sector": c.rng.choice(SECTORES),
                    "turno": c.rng.choice(["mañana", "tarde", "noche"]),
                    "rostroEnrolado": True,
                }
                for n in NOMBRES
            ]
        }
    )
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kiosco/config")
    b.decoy("face-match threshold setting")
    b.ok_json(
        {
            "umbralCoincidencia": 0.78,
            "toleranciaMin": 10,
            "horarios": {"mañana": "07:00", "tarde": "13:00", "noche": "21:00"},
            "idioma": "es-PY",
        }
    )
    return b.build()


def salud(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kiosco/salud")
    b.json(
        {
            "kiosco": "ASU-01",
            "bateria": c.rng.randint(40, 100),
            "camara": "ok",
            "pendientes": c.rng.randint(0, 3),
            "uptimeSeg": c.rng.randint(1000, 900000),
        }
    )
    b.no_content()
    return b.build()
