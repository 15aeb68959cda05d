"""Stadium access: turnstiles (molinetes), fans' face-entry enrolment, ticket scanners.

The officer's staff app talks to the access vendor's cloud (fictional
`api.tribunaid.example`). At the enrolment desk she photographs a fan (socio)
who opts into face entry: the app posts the face image (`rostro.imagen`,
base64 JPEG) to the vendor's enrolment endpoint, which extracts a template; a
quicker desk build sends the template computed on the phone
(`plantillaFacial`, 512 floats, base64). Both are biometric data of the fans
sent to a face API. The turnstile edge sync pushes pending enrolments as an
octet-stream batch with no key names (opaque). Turnstile status, passage
counts, gate heartbeats, ticket-scanner validations with barcodes and the
turnstiles' own serials and MACs (the club's equipment, not hers) are ordinary;
so is the socio's membership form with a self-declared gender and the players'
press headshots (a CMS upload, not a face API).
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, club_serial, floats, iso, ms, rf, rid, ua

VENDOR = "https://api.tribunaid.example/v2"
CLUB = "https://staff.riachuelofc.example/api"
UA = ua("RiachueloStaff", "3.8.1")
PUERTAS = ["Puerta 1 Av. Almirante Brown", "Puerta 4 Platea Sur", "Puerta 7 Popular", "Puerta 9"]
NOMBRES = ["Lucía Ferreyra", "Matías Giménez", "Sofía Benítez", "Juan Cruz Ledesma", "Ana Paz"]


def _v(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tribunaid", method, f"{VENDOR}/{path}")
    b.header("user-agent", UA)
    b.header("x-api-key", "tid_live_" + new_hex(c.rng, 24))
    return b


def _c(c: Context, method: str, path: str) -> FB:
    b = FB(c, "riachuelo-staff", method, f"{CLUB}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("club_token"))
    return b


def _socio(c: Context) -> str:
    return new_digits(c.rng, 6, "1")


def enrolar_rostro(c: Context) -> Flow:
    b = _v(c, "POST", "enrolamientos/rostro")
    b.bio("face_image", "json rostro.imagen (fan face image to the access vendor)")
    b.json(
        {
            "socio": _socio(c),
            "estadio": "Estadio Riachuelo",
            "rostro": {
                "imagen": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
                "formato": "jpeg",
                "capturadoEn": iso(c),
            },
            "consentimiento": {"firmado": True, "version": "2024-03"},
            "operador": b.acct("club_legajo"),
        }
    )
    b.ok_json({"estado": "enrolado", "calidad": rf(c.rng, 0.6, 0.99, 2), "id": rid(c.rng)})
    return b.build()


def plantilla_facial(c: Context) -> Flow:
    b = _v(c, "POST", "enrolamientos/plantilla")
    b.bio("face_template", "json plantillaFacial (512 float32, base64)")
    b.json(
        {
            "socio": _socio(c),
            "plantillaFacial": floats_b64(floats(c.rng, 512)),
            "versionModelo": "tid-face-7.2",
            "vivacidad": rf(c.rng, 0.8, 0.99, 3),
        }
    )
    b.ok_json({"estado": "enrolado", "id": rid(c.rng)})
    return b.build()


def verificar_hincha(c: Context) -> Flow:
    """The desk double-checks a fan at the gate: a face crop against the watchlist."""
    b = _v(c, "POST", "verificacion/1a1")
    b.bio("face_image", "multipart part 'selfie' (face crop to 1:1 match)")
    bound = "tid" + new_hex(c.rng, 16)
    body = multipart(
        bound,
        [
            ("socio", None, None, _socio(c).encode()),
            ("selfie", "rostro.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"coincide": True, "puntaje": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def sync_molinetes(c: Context) -> Flow:
    """Edge sync of pending enrolments: packed float rows, no key names."""
    b = _v(c, "POST", f"edge/sync/{c.rng.randint(1, 12)}")
    b.bio("face_template", "octet-stream batch of packed float32 rows", detectable=False)
    rows = b""
    for _ in range(c.rng.randint(1, 3)):
        rows += struct.pack("<I", int(_socio(c))) + struct.pack("<128f", *floats(c.rng, 128))
    b.set_body(rows, "application/octet-stream")
    b.ok_json({"ok": True, "n": len(rows) // 516})
    return b.build()


def estado_molinete(c: Context) -> Flow:
    n = c.rng.randint(1, 48)
    b = _v(c, "GET", f"molinetes/{n}/estado")
    b.decoy("turnstile serial and MAC (the club's equipment, not her device)")
    mac = "00:1B:C5:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    b.ok_json(
        {
            "molinete": n,
            "puerta": c.rng.choice(PUERTAS),
            "nroSerie": club_serial(c.rng, "MLN-"),
            "mac": mac,
            "estado": c.rng.choice(["habilitado", "habilitado", "bloqueado", "sin_red"]),
            "firmware": "4.2.17",
        }
    )
    return b.build()


def ingresos(c: Context) -> Flow:
    b = _v(c, "GET", "ingresos/resumen?partido=LPF-2024-F22")
    b.decoy("aggregate passage counts per gate")
    b.ok_json(
        {
            "puertas": [
                {
                    "puerta": p,
                    "ingresos": c.rng.randint(200, 9000),
                    "porRostro": c.rng.randint(0, 900),
                }
                for p in PUERTAS
            ],
            "actualizado": iso(c),
        }
    )
    return b.build()


def escaneo_entrada(c: Context) -> Flow:
    b = _c(c, "POST", "boleteria/validar")
    b.decoy("ticket barcode and scanner serial (club equipment)")
    b.json(
        {
            "codigo": new_digits(c.rng, 16, "7"),
            "escaner": club_serial(c.rng, "ZB-TC26-"),
            "puerta": c.rng.choice(PUERTAS),
            "ts": ms(c),
        }
    )
    b.ok_json({"valido": c.rng.random() < 0.93, "sector": c.rng.choice(["Popular", "Platea"])})
    return b.build()


def _fecha(c: Context) -> str:
    return f"19{c.rng.randint(60, 99)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}"


def alta_socio(c: Context) -> Flow:
    b = _c(c, "POST", "socios/alta")
    b.decoy("self-declared gender and birth date on a membership form")
    b.json(
        {
            "nombre": c.rng.choice(NOMBRES),
            "genero": c.rng.choice(["femenino", "masculino", "no binario"]),
            "fechaNacimiento": _fecha(c),
            "dni": new_digits(c.rng, 8, "3"),
            "categoria": c.rng.choice(["Activo", "Cadete", "Vitalicio"]),
        }
    )
    b.ok_json({"nroSocio": _socio(c)})
    return b.build()


def foto_prensa(c: Context) -> Flow:
    b = _c(c, "POST", "prensa/plantel/fotos")
    b.decoy("player press headshot to the club CMS (no face analysis)")
    bound = "cms" + new_hex(c.rng, 12)
    body = multipart(
        bound,
        [
            ("jugador", None, None, str(c.rng.randint(1, 35)).encode()),
            ("foto", "retrato.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"url": f"https://cdn.riachuelofc.example/plantel/{new_hex(c.rng, 12)}.jpg"})
    return b.build()
