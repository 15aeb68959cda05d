"""Academia Forte: a gym chain whose turnstiles ("catracas") open by face.

Members enrol from the app: a face photo (`fotoAcesso`) goes to the gym's
backend, which builds the template the turnstile matches; newer app builds
compute a 128-d face descriptor on the phone (`vetorFacial`, the dlib /
face_recognition size) and send that. The turnstile's access log names the
turnstile by its own serial (the gym's device, not the tester's) and carries no
face data. The workout coach posts body-pose keypoints (skeleton, not
biometric under the project's conventions) and class schedules.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, floats, iso, rf, ua

API = "https://app.academiaforte.com.br/api"
UA = ua("AcademiaForte", "3.2.0")
JOINTS = ["nose", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_hip"]
JOINTS += ["right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "academiaforte", method, url)
    b.header("user-agent", UA)
    return b


def foto_acesso(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/membros/biometria-facial")
    b.bio("face_image", "json fotoAcesso for the face turnstile")
    b.json({"fotoAcesso": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)), "unidade": "Pinheiros"})
    b.ok_json({"cadastrado": True})
    return b.build()


def vetor_facial(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/membros/biometria-facial/vetor")
    b.bio("face_embedding", "json vetorFacial (128 floats)")
    b.json(
        {"vetorFacial": floats(c.rng, 128, 6), "versaoModelo": "dlib-r1", "unidade": "Pinheiros"}
    )
    b.ok_json({"atualizado": True})
    return b.build()


def acessos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/membros/acessos?mes=11")
    b.decoy("turnstile access log with the gym's turnstile serial")
    b.ok_json(
        {
            "acessos": [
                {
                    "catracaSerial": "CT4-" + new_digits(c.rng, 8),
                    "entrada": iso(c),
                    "metodo": "FACIAL",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def pose_treino(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/treino/v1/correcao-postura")
    b.decoy("body-pose keypoints (skeleton), not face")
    b.json(
        {
            "exercicio": c.rng.choice(["agachamento", "supino", "levantamento terra"]),
            "keypoints": {
                j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3), rf(c.rng, 0.5, 1, 2)] for j in JOINTS
            },
        }
    )
    b.ok_json({"nota": rf(c.rng, 5, 10, 1)})
    return b.build()


def aulas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aulas?unidade=Pinheiros&dia={iso(c)[:10]}")
    b.ok_json({"aulas": [{"nome": "Spinning", "hora": "07:00"}, {"nome": "Yoga", "hora": "19:00"}]})
    return b.build()
