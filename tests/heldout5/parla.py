"""Parla, a language-learning app: pronunciation scoring (not biometric) and
an optional "sign in with your voice" (speaker verification: biometric).

Formats followed:
- Azure Speech pronunciation assessment: audio POSTed to
  `/speech/recognition/conversation/cognitiveservices/v1` with a
  `Pronunciation-Assessment` header holding base64 JSON (`ReferenceText`,
  `GradingSystem`, `Granularity`) (learn.microsoft.com/azure/ai-services/speech-service/
  how-to-pronunciation-assessment). Scoring how a word was said is not a voiceprint.
- Azure speaker verification (text-independent): profile creation, then audio
  enrolments to `/speaker-recognition/verification/text-independent/profiles/{id}/enrollments`
  and `:verify` (learn.microsoft.com/rest/api/speakerrecognition/).
- Braze SDK data POST (`/api/v3/data/`, `device_id`, `events`;
  github.com/braze-inc/braze-android-sdk).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, req_id, rf, ua

UA = ua("Parla", "6.21.0")
PHRASES = [
    "¿Dónde está la estación?",
    "Je voudrais un café",
    "Ich habe Hunger",
    "Obrigado pela ajuda",
]
SPEAKER = "https://westeurope.api.cognitive.microsoft.com"


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "parla-api", method, f"https://api.parla.app{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    return b


def lesson(ctx: Context) -> Flow:
    b = _api(
        ctx,
        "GET",
        f"/v3/courses/es-en/units/{ctx.rng.randint(1, 40)}/lessons/{ctx.rng.randint(1, 8)}",
    )
    b.ok_json({"challenges": [{"type": "speak", "prompt": p} for p in ctx.rng.sample(PHRASES, 2)]})
    return b.build()


def progress(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v3/progress")
    b.json(
        {
            "learner": ctx.phone.parla_learner,
            "lesson": f"es-{ctx.rng.randint(1, 300)}",
            "xp": ctx.rng.choice([10, 15, 20]),
            "streak_days": ctx.rng.randint(1, 400),
            "mistakes": ctx.rng.randint(0, 5),
            "finished_at": iso(ctx),
        }
    )
    b.no_content()
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v3/leaderboards/current")
    b.ok_json(
        {
            "league": "sapphire",
            "ranks": [{"name": n, "xp": ctx.rng.randint(50, 3000)} for n in ("Ana", "Kofi", "Mei")],
        }
    )
    return b.build()


def tts(ctx: Context) -> Flow:
    b = FB(ctx, "parla-tts", "GET", f"https://tts.parla.app/v1/es-ES/{new_hex(ctx.rng, 32)}.mp3")
    b.respond(200, "audio/mpeg", b"ID3\x04" + bytes(120))
    return b.build()


def pronunciation_azure(ctx: Context) -> Flow:
    """Pronunciation scoring through Azure (negative: not a voiceprint)."""
    b = FB(
        ctx,
        "azure-speech",
        "POST",
        "https://westeurope.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1",
        [("language", "es-ES"), ("format", "detailed")],
    )
    cfg = {
        "ReferenceText": ctx.rng.choice(PHRASES),
        "GradingSystem": "HundredMark",
        "Granularity": "Phoneme",
        "Dimension": "Comprehensive",
        "EnableMiscue": True,
    }
    b.header("pronunciation-assessment", b64(js(cfg)))
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.set_body(
        fake_wav(ctx.rng.randint(0, 10**6), 700), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json(
        {
            "RecognitionStatus": "Success",
            "NBest": [
                {
                    "PronunciationAssessment": {
                        "AccuracyScore": rf(ctx.rng, 50, 100, 1),
                        "FluencyScore": rf(ctx.rng, 50, 100, 1),
                    }
                }
            ],
        }
    )
    return b.build()


def pronunciation_own(ctx: Context) -> Flow:
    """Parla's own scorer: multipart audio plus the expected phrase (negative)."""
    b = _api(ctx, "POST", "/v3/speech/pronunciation-score")
    boundary = "okhttp-" + req_id(ctx.rng)
    b.set_body(
        multipart(
            boundary,
            [
                ("audio", "answer.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**6), 600)),
                ("reference_text", None, None, ctx.rng.choice(PHRASES).encode()),
                ("locale", None, None, b"es-ES"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"score": ctx.rng.randint(40, 100), "phonemes": [{"p": "r", "ok": False}]})
    return b.build()


def speaker_profile(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "azure-speaker",
        "POST",
        f"{SPEAKER}/speaker-recognition/verification/text-independent/profiles",
        [("api-version", "2021-09-05")],
    )
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.json({"locale": "en-us"})
    b.ok_json({"profileId": req_id(ctx.rng), "enrollmentStatus": "Enrolling"})
    return b.build()


def speaker_enrol(ctx: Context, verify: bool) -> Flow:
    pid = req_id(ctx.rng)
    tail = ":verify" if verify else "/enrollments"
    b = FB(
        ctx,
        "azure-speaker",
        "POST",
        f"{SPEAKER}/speaker-recognition/verification/text-independent/profiles/{pid}{tail}",
        [("api-version", "2021-09-05")],
    )
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.set_body(fake_wav(ctx.rng.randint(0, 10**6), 900), "audio/wav; codecs=audio/pcm")
    b.bio(
        "voice_sample",
        "audio body to speaker-recognition " + ("verify" if verify else "enrollments"),
    )
    b.ok_json(
        {"recognitionResult": "Accept", "score": rf(ctx.rng, 0.5, 1)}
        if verify
        else {"enrollmentStatus": "Enrolled"}
    )
    return b.build()


def voice_login_cache(ctx: Context, named: bool) -> Flow:
    """The app keeps a speaker embedding for offline voice sign-in and backs it up."""
    b = _api(ctx, "PUT", "/v3/account/voice-signin")
    vec = floats(ctx.rng, 192)
    if named:
        b.json(
            {"speaker_embedding": floats_b64(vec), "model": "ecapa-tdnn-192", "updated": iso(ctx)}
        )
        b.bio("voiceprint", "body.speaker_embedding (base64 float32)")
    else:
        b.json({"blob": floats_b64(vec), "m": 7, "u": ms(ctx)})
        b.bio("voiceprint", "body.blob (base64 float32, unnamed)", False)
    b.no_content()
    return b.build()


def braze(ctx: Context) -> Flow:
    b = FB(ctx, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data/")
    b.header("x-braze-api-key", req_id(ctx.rng))
    b.decoy("braze api key uuid")
    b.json(
        {
            "device_id": b.id("parla_braze", where="body.device_id"),
            "time": int(ctx.now),
            "api_key": new_hex(ctx.rng, 8),
            "sdk_version": "30.4.0",
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "lesson_complete"},
                    "time": rf(ctx.rng, ctx.now - 5, ctx.now, 3),
                }
            ],
            "device": {
                "android_version": "34",
                "model": "23117RA68G",
                "ad_tracking_enabled": True,
                "google_ad_id": b.id("gaid", where="body.device.google_ad_id"),
            },
        }
    )
    b.ok_json({})
    return b.build()


def install_ping(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v3/installs")
    b.json(
        {"installation_id": b.id("parla_install", where="body.installation_id"), "channel": "play"}
    )
    b.no_content()
    return b.build()
