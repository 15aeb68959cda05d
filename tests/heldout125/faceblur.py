"""The newsroom's face-blurring tool for broadcast footage (minors, witnesses).

A clip of footage goes up, the tool finds face rectangles, tracks them across
frames and renders the blurred version. Rectangles and track ids of strangers'
faces in a news clip are regions to blur, not landmarks, templates or face
analysis of anyone, and no face is matched: decoys (a close call: detection of
where a face is, never what it is like; chosen ordinary).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart

from .phone import FB, rf, rid, ua

API = "https://redacao.antena-atlantica.example/desfocagem"
UA = ua("AARedacao", "7.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-desfocagem", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def upload_clip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/trabalhos")
    b.decoy("news footage uploaded for face blurring (strangers in broadcast footage)")
    boundary = "----aa" + rid(c.rng).replace("-", "")[:16]
    opts = b'{"modo":"desfocar","alvo":"rostos","incluir_matriculas":true,"raio_px":24}'
    body = multipart(
        boundary,
        [
            ("opcoes", None, "application/json", opts),
            ("video", "peca_incendio_sintra.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"trabalho": rid(c.rng), "estado": "em_fila"}, 202)
    return b.build()


def detections(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/trabalhos/{rid(c.rng)}/detecoes")
    b.decoy(
        "face rectangles and track ids to blur in footage of strangers: detection boxes, "
        "no landmarks, embeddings or attributes (ambiguous; chosen decoy)"
    )
    b.ok_json(
        {
            "fps": 25,
            "rostos": [
                {
                    "track_id": t,
                    "frames": [
                        {
                            "f": f,
                            "caixa": [c.rng.randint(0, 1700), c.rng.randint(0, 900), 96, 118],
                            "confianca": rf(c.rng, 0.6, 0.99, 2),
                        }
                        for f in range(0, 100, 25)
                    ],
                }
                for t in range(c.rng.randint(1, 4))
            ],
        }
    )
    return b.build()


def manual_region(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/trabalhos/{rid(c.rng)}/regioes")
    b.decoy("editor adds a blur region by hand (box and frame range)")
    b.json(
        {
            "tipo": "rosto",
            "caixa": {"x": c.rng.randint(0, 1700), "y": c.rng.randint(0, 900), "w": 80, "h": 100},
            "frame_ini": c.rng.randint(0, 500),
            "frame_fim": c.rng.randint(500, 1500),
            "seguir": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def preview_frame(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/trabalhos/{rid(c.rng)}/preview/{c.rng.randint(0, 900)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()
