"""Ponto: the staff time clock the manager clocks in and out with on their own phone.

Clock-in verifies the manager's face: a selfie goes to the vendor's face check
(biometric). The app identifies the phone by its ANDROID_ID; an older endpoint
sends its MD5 under `h` (not readable). The shift roster and geofence
coordinates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://ponto.miradouro.example/api"
UA = ua("Ponto", "6.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ponto", method, url)
    b.header("user-agent", UA)
    return b


def clock_in_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/marcacoes/verificacao-facial")
    b.bio("face_image", "multipart selfie (face verification at clock-in)")
    boundary = "ponto" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("colaborador", None, None, b.acct("staff_no").encode()),
            ("tipo", None, None, b"entrada"),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
            ("dispositivo", None, None, b.id("aid_clock", where="multipart dispositivo").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"rostoConfere": True, "pontuacao": rf(c.rng, 0.8, 0.99, 3), "hora": iso(c)})
    return b.build()


def legacy_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p")
    b.param("h", b.id("aid_clock", "md5", "query h (MD5)", detectable=False))
    b.param("t", str(int(c.now)))
    b.no_content()
    return b.build()


def roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/escalas?semana=atual")
    b.decoy("shift roster: staff numbers and times")
    b.ok_json(
        {
            "turnos": [
                {"inicio": iso(c), "fim": iso(c), "posto": c.rng.choice(["receção", "auditoria"])}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def geofence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/locais")
    b.decoy("workplace geofence coordinates")
    b.ok_json({"locais": [{"lat": rf(c.rng, 38.70, 38.72, 5), "lon": rf(c.rng, -9.15, -9.13, 5),
                           "raioM": 120}]})  # fmt: skip
    return b.build()
