"""Job-interview video app ("HireLens") with "emotion AI".

Answers are recorded on the phone, uploaded to the app's analysis API and
scored per frame (facial expression scores, eye contact, head pose) and per
utterance (voice tone, speaker embedding). The practice mode calls Hume's
Expression Measurement batch API directly (see hume.py). The rest is the app's
own API.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, fake_wav, js, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.hirelens.io"
S3 = "https://hirelens-media.s3.ap-northeast-2.amazonaws.com"
UA = ua("HireLens", "3.11.0")
EMO = ["joy", "neutral", "surprise", "contempt", "fear", "sadness", "anger", "disgust"]


def _b(ctx: Context, method: str, url: str) -> FB:
    b = FB(ctx, "hirelens", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(ctx.rng).replace("-", ""))
    return b


def boundary(ctx: Context) -> str:
    return "----HL" + rid(ctx.rng).replace("-", "")[:20]


def frame_scores(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v2/answers/{rid(ctx.rng)[:12]}/frames")
    b.bio("expression_scores", "json:frames[].expression/eyeContact/headPose")
    frames = []
    for i in range(ctx.rng.randint(6, 12)):
        scores = {k: rf(ctx.rng, 0, 1, 3) for k in EMO}
        frames.append(
            {
                "t": i * 500,
                "expression": scores,
                "eyeContact": rf(ctx.rng, 0, 1, 2),
                "headPose": {"yaw": rf(ctx.rng, -20, 20, 1), "pitch": rf(ctx.rng, -15, 15, 1)},
                "smileIntensity": rf(ctx.rng, 0, 1, 2),
            }
        )
    b.json({"fps": 2, "frames": frames, "candidate": b.acct("iview_user")})
    b.ok_json({"accepted": len(frames)})
    return b.build()


def voice_tone(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v2/answers/{rid(ctx.rng)[:12]}/voice")
    b.bio("voiceprint", "json:speaker.embedding (speaker verification d-vector)")
    b.json(
        {
            "speaker": {"embedding": floats(ctx.rng, 192), "model": "ecapa-tdnn", "enrolled": True},
            "tone": {
                "pitchMeanHz": rf(ctx.rng, 90, 240, 1),
                "energy": rf(ctx.rng, 0, 1, 2),
                "speechRate": rf(ctx.rng, 2, 5, 2),
                "confidence": rf(ctx.rng, 0, 1, 2),
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    """Speaker enrolment (so later answers can be checked as the same candidate)."""
    b = _b(ctx, "POST", f"{API}/v2/proctor/speaker/enroll")
    b.bio("voiceprint", "multipart:voice sample + purpose=speaker_enrollment")
    bnd = boundary(ctx)
    meta = js({"purpose": "speaker_enrollment", "phrase": "my voice is my passport", "sr": 16000})
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta.encode()),
            ("audio", "enroll.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**6), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"voiceprintId": rid(ctx.rng), "quality": rf(ctx.rng, 0.6, 0.99, 2)})
    return b.build()


def answer_upload(ctx: Context) -> Flow:
    """The recorded answer, sent to the analysis API with the analyses to run."""
    b = _b(ctx, "POST", f"{API}/v2/analysis/video")
    b.bio("face_video", "multipart:video + analyses=facial_expression,eye_contact")
    bnd = boundary(ctx)
    meta = js({"analyses": ["facial_expression", "eye_contact", "voice_tone"], "question": 3})
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta.encode()),
            ("video", "answer_3.mp4", "video/mp4", fake_mp4(ctx.rng.randint(0, 10**6), 1800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.respond(202, "application/json", js({"jobId": rid(ctx.rng)}).encode())
    return b.build()


def chunk_upload_opaque(ctx: Context) -> Flow:
    """A chunk of the answer video to a presigned storage URL: nothing says face."""
    key = rid(ctx.rng)
    b = FB(
        ctx,
        "hirelens",
        "PUT",
        f"{S3}/raw/{key}/part-{ctx.rng.randint(1, 9)}",
        [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"), ("X-Amz-Expires", "900")],
    )
    b.bio("face_video", "body:octet-stream chunk (no context)", detectable=False)
    b.set_body(fake_mp4(ctx.rng.randint(0, 10**6), 2000)[40:], "application/octet-stream")
    b.respond(200, None)
    return b.build()


def device_check(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/devices")
    b.json(
        {
            "installationId": b.id("iview_install", where="json:installationId"),
            "androidId": b.id("aid_iview", how="sha256", where="json:androidId (sha256)"),
            "camera": {"front": "13MP", "fps": 30},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def questions(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/interviews/{rid(ctx.rng)[:8]}/questions")
    b.decoy("question list with time limits")
    b.ok_json(
        {
            "questions": [
                {"id": i, "text": "Tell us about a challenge.", "limit": 90} for i in range(5)
            ]
        }
    )
    return b.build()


def tips_article(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/tips/eye-contact")
    b.decoy("article on eye contact and facial expressions in interviews")
    b.ok_json(
        {
            "title": "Keep eye contact and a relaxed face",
            "body": "Look at the lens, not your own face; smile naturally...",
        }
    )
    return b.build()


def profile_form(ctx: Context) -> Flow:
    b = _b(ctx, "PATCH", f"{API}/v1/me/profile")
    b.decoy("self-declared gender and age range on the candidate form")
    b.json(
        {
            "gender": ctx.rng.choice(["female", "male", "prefer_not"]),
            "ageRange": "25-34",
            "email": b.id("email", where="json:email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def company_logo(ctx: Context) -> Flow:
    b = FB(ctx, "hirelens", "GET", f"https://cdn.hirelens.io/logos/{ctx.rng.randint(100, 999)}.jpg")
    b.decoy("company logo image (download)")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    return b.build()


def mic_check(ctx: Context) -> Flow:
    """Microphone level test: a short noise sample for gain, not analysed for voice."""
    b = _b(ctx, "POST", f"{API}/v1/diagnostics/mic-level")
    b.decoy("mic level test clip with RMS levels")
    bnd = boundary(ctx)
    body = multipart(
        bnd,
        [
            ("sample", "level.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 9), 400)),
            ("rms", None, None, str(rf(ctx.rng, 0, 1, 3)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"gain": "ok", "ts": ms(ctx)})
    return b.build()
