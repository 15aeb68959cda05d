"""Hume AI Expression Measurement batch API, called by the interview app's
practice mode straight from the phone.

Source: dev.hume.ai (POST https://api.hume.ai/v0/batch/jobs, multipart `json`
part with models {face, prosody} plus the media `file`, header X-Hume-Api-Key;
GET /v0/batch/jobs/{id}/predictions returns per-frame face predictions with
emotion scores).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4, js, multipart

from .interview import UA, boundary
from .phone import FB, rf, rid


def hume_job(ctx: Context) -> Flow:
    b = FB(ctx, "hume", "POST", "https://api.hume.ai/v0/batch/jobs")
    b.header("x-hume-api-key", rid(ctx.rng).replace("-", "")[:24])
    b.header("user-agent", UA)
    b.bio("face_video", "multipart:file to Hume batch job, models face+prosody")
    bnd = boundary(ctx)
    cfg = js({"models": {"face": {"identify_faces": False}, "prosody": {}}, "notify": False})
    body = multipart(
        bnd,
        [
            ("json", None, "application/json", cfg.encode()),
            ("file", "practice.mp4", "video/mp4", fake_mp4(ctx.rng.randint(0, 10**6), 1600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"job_id": rid(ctx.rng)})
    return b.build()


def hume_predictions(ctx: Context) -> Flow:
    job = rid(ctx.rng)
    b = FB(ctx, "hume", "GET", f"https://api.hume.ai/v0/batch/jobs/{job}/predictions")
    b.header("x-hume-api-key", rid(ctx.rng).replace("-", "")[:24])
    b.mark("biometric", "expression_scores", "response json:predictions.face", True, "response")
    preds = [
        {
            "frame": i,
            "time": i * 0.5,
            "prob": rf(ctx.rng, 0.9, 1, 3),
            "box": {"x": 210.0, "y": 330.0, "w": 300.0, "h": 360.0},
            "emotions": [
                {"name": n, "score": rf(ctx.rng, 0, 1, 4)}
                for n in ("Calmness", "Concentration", "Anxiety", "Joy", "Doubt")
            ],
        }
        for i in range(4)
    ]
    doc = [
        {
            "source": {"type": "file", "filename": "practice.mp4"},
            "results": {
                "predictions": [
                    {
                        "file": "practice.mp4",
                        "models": {
                            "face": {
                                "grouped_predictions": [{"id": "unknown", "predictions": preds}]
                            }
                        },
                    }
                ]
            },
        }
    ]
    b.respond(200, "application/json", js(doc).encode())
    return b.build()
