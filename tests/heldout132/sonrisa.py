"""SonrisaLab: smile design and aligner planning from patients' photo series.

Label decisions (by the issue's definitions, which do not limit biometric data
to the tester's own face): the phone runs a face-mesh model on a patient's
frontal photo and posts the landmarks (pupils, commissures, facial midline,
468-point mesh) so the server can frame the digital smile. Those are face
landmarks: biometric, whoever's face they are. The photo series itself goes to a
planning archive, not to a face-matching or liveness API: a clinical photo upload,
labelled a decoy. Tooth movements per aligner stage are teeth, not a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.sonrisalab.example/v2"
UA = ua("SonrisaLab", "2.9.4")
VISTAS = ["frontal_sonrisa", "frontal_reposo", "perfil_dcho", "retractores", "oclusal_sup"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sonrisalab", method, url)
    b.header("user-agent", UA)
    b.header("x-clinica", "ribera-mad")
    return b


def _mesh(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.2, 0.8), rf(c.rng, 0.15, 0.9), rf(c.rng, -0.08, 0.08)] for _ in range(n)]


def serie_fotos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/casos/{c.rng.randint(10**4, 10**5)}/fotos")
    b.decoy("a patient's clinical photo to a planning archive (no face matching or liveness)")
    vista = c.rng.choice(VISTAS)
    body = multipart(
        "sl" + rid(c.rng)[:8],
        [
            ("vista", None, None, vista.encode()),
            ("foto", f"{vista}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=sl")
    b.ok_json({"id_foto": rid(c.rng), "vista": vista})
    return b.build()


def analisis_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/diseno/analisis-facial")
    b.bio("face_landmarks", "json puntos_faciales / malla_facial (a patient's face, biometric)")
    b.json(
        {
            "id_caso": c.rng.randint(10**4, 10**5),
            "modelo": "face_mesh_468",
            "puntos_faciales": {
                "pupila_izq": [rf(c.rng, 0.3, 0.4), rf(c.rng, 0.35, 0.4)],
                "pupila_der": [rf(c.rng, 0.6, 0.7), rf(c.rng, 0.35, 0.4)],
                "comisura_izq": [rf(c.rng, 0.38, 0.42), rf(c.rng, 0.7, 0.74)],
                "comisura_der": [rf(c.rng, 0.58, 0.62), rf(c.rng, 0.7, 0.74)],
                "glabela": [rf(c.rng, 0.49, 0.51), rf(c.rng, 0.28, 0.3)],
            },
            "malla_facial": _mesh(c, 468),
            "linea_media_facial_deg": rf(c.rng, -3, 3, 2),
        }
    )
    b.ok_json({"linea_bipupilar_deg": rf(c.rng, -2, 2, 2), "ok": True})
    return b.build()


def analisis_facial_compacto(c: Context) -> Flow:
    """The same mesh packed as float32 base64 under one-letter keys (nothing says face)."""
    b = _b(c, "POST", f"{API}/d/a")
    b.bio("face_mesh", "json m (float32 base64 blob)", detectable=False)
    b.json({"c": c.rng.randint(10**4, 10**5), "m": floats_b64(floats(c.rng, 468 * 3)), "v": 3})
    b.ok_json({"ok": True})
    return b.build()


def etapas_alineadores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/casos/{c.rng.randint(10**4, 10**5)}/alineadores/etapas")
    b.decoy("aligner stages: tooth translations and rotations (teeth, not a face)")
    b.ok_json(
        {
            "etapas": [
                {
                    "etapa": i,
                    "movimientos": {
                        str(t): {
                            "x_mm": rf(c.rng, -0.25, 0.25, 2),
                            "rot_deg": rf(c.rng, -2, 2, 1),
                        }
                        for t in (11, 12, 21, 22)
                    },
                }
                for i in range(1, 5)
            ],
            "attachments": [13, 23, 33, 43],
        }
    )
    return b.build()


def mockup_render(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/diseno/render/{rid(c.rng)}.jpg?ancho=1080")
    b.decoy("a rendered smile mock-up image fetched for display (no face data sent)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def plantillas_sonrisa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/biblioteca/sonrisas?estilo=natural")
    b.decoy("a library of tooth-shape templates (catalogue)")
    b.ok_json(
        {
            "plantillas": [
                {
                    "id": f"TPL-{c.rng.randint(100, 999)}",
                    "nombre": n,
                    "proporcion_ancho_alto": rf(c.rng, 0.75, 0.85, 2),
                }
                for n in ("Natural", "Dominante", "Juvenil", "Ovalada")
            ],
            "actualizado": iso(c),
        }
    )
    return b.build()
