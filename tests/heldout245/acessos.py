"""PortaSegura: the depot's access terminals with face recognition.

Staff are enrolled from the supervisor's phone: the enrolment posts the face
photo as a multipart part named `fotografiaFacial` to the terminal vendor's
enrolment API, the terminal syncs a face template (`modeloFacial`, 512
float32 in base64) back to the server, and the newer firmware pushes
templates as an encrypted, unnamed blob (`p`). All three are biometric.

Ordinary: the door passage log (badge numbers, door, time), the staff list,
the badge photo sent to the card printer (printing, not face analysis), and
the terminals' status with their serials (the operator's equipment).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .fleet import MOTORISTAS
from .phone import LB, floats, iso, rf, rid, ua

API = "https://santoamaro.portasegura.example"
UA = ua("PortaSeguraGestor", "1.9.7")
PORTAS = ["Portão Norte", "Oficina de Bogies", "Parque de Elétricos", "Sala de Expedição"]


def _b(c: Context, method: str, url: str) -> LB:
    b = LB(c, "portasegura", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 36))
    return b


def inscricao_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/inscricoes")
    b.bio("face_image", "multipart part fotografiaFacial (enrolment)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("numeroFuncionario", None, None, c.rng.choice(MOTORISTAS).encode()),
            ("fotografiaFacial", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("consentimento", None, None, b"true"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"inscricao": rid(c.rng), "qualidade": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def modelo_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/modelos")
    b.bio("face_template", "json modeloFacial (512 float32, base64)")
    b.json(
        {
            "numeroFuncionario": c.rng.choice(MOTORISTAS),
            "modeloFacial": floats_b64(floats(c.rng, 512)),
            "versaoAlgoritmo": "PSF-7.1",
            "terminal": "TA-SAM-0" + str(c.rng.randint(1, 4)),
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def modelo_cifrado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sync")
    b.bio("face_template", "json p (encrypted template blob)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(1400))
    b.json({"p": b64(blob), "v": 2, "n": new_hex(c.rng, 24)})
    b.ok_json({"ok": 1})
    return b.build()


def registo_passagens(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/passagens?desde={iso(c)[:10]}")
    b.decoy("door passage log with badge numbers")
    b.ok_json(
        {
            "passagens": [
                {
                    "cartao": str(c.rng.randint(10**9, 10**10)),
                    "porta": c.rng.choice(PORTAS),
                    "hora": iso(c),
                    "resultado": c.rng.choice(["autorizado", "autorizado", "recusado"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def funcionarios(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/funcionarios?equipa=oficina")
    b.ok_json(
        {
            "funcionarios": [
                {"numero": m, "categoria": "motorista", "inscritoFacial": c.rng.random() < 0.8}
                for m in MOTORISTAS
            ]
        }
    )
    return b.build()


def foto_cartao(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/cartoes/{c.rng.randint(1000, 9999)}/impressao")
    b.decoy("badge photo sent to the card printer (printing, not a face API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"fila": c.rng.randint(1, 5)})
    return b.build()


def estado_terminais(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/terminais")
    b.decoy("access terminals' serials (the operator's equipment)")
    b.ok_json(
        {
            "terminais": [
                {
                    "id": f"TA-SAM-0{i}",
                    "numeroSerie": "PS" + new_hex(c.rng, 10).upper(),
                    "porta": PORTAS[i - 1],
                    "online": True,
                }
                for i in range(1, 5)
            ]
        }
    )
    return b.build()
