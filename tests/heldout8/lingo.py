"""Parlo, a fictional language-learning app with speaking exercises.

- Azure AI Speaker Recognition: enrolment audio POSTed as audio/wav to
  `/speaker-recognition/verification/text-independent/profiles/{id}/enrollments`
  (Azure Speaker Recognition REST API, api-version 2021-09-05); creating an
  empty profile carries no voice (decoy).
- Azure Speech-to-text with the `Pronunciation-Assessment` header (base64 JSON
  with ReferenceText, GradingSystem...) for pronunciation scoring: speech
  content, not speaker identity (decoy) (Azure Speech pronunciation assessment
  docs, REST for short audio).
- Adjust iOS SDK: form POST `app.adjust.com/session` with `app_token`, `idfa`,
  `idfv`, `ios_uuid`, `created_at`, `tracking_enabled` (adjust/ios_sdk
  ADJPackageBuilder).
The app's own backend stores a voice profile (speaker embedding), checks the
speaker of a speaking exercise with a base64 voiceprint, and syncs an encrypted
profile blob (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, cfnet, floats, iso, rf, rid

API = "https://api.parlo.app"
AZ = "https://westeurope.api.cognitive.microsoft.com/speaker-recognition/verification/text-independent"


def _b(c: Context, method: str, url: str, sdk: str = "parlo") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", cfnet("Parlo", "8804"))
    return b


def azure_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{AZ}/profiles/{rid(c.rng)}/enrollments", "azure-speaker")
    b.param("api-version", "2021-09-05")
    b.param("ignoreMinLength", "false")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.bio("voiceprint", "body (audio for speaker verification enrolment)")
    b.set_body(
        fake_wav(c.rng.randint(0, 10**6), 1600), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json({"enrollmentStatus": "Enrolling", "remainingEnrollmentsSpeechLength": 12.4})
    return b.build()


def azure_profile(c: Context) -> Flow:
    b = _b(c, "POST", f"{AZ}/profiles", "azure-speaker")
    b.param("api-version", "2021-09-05")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.decoy("empty speaker profile created: locale only, no voice")
    b.json({"locale": "nl-nl"})
    b.ok_json({"profileId": rid(c.rng), "enrollmentStatus": "Enrolling"}, status=201)
    return b.build()


def voice_profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/me/voice-profile")
    b.bio("voiceprint", "body.json.speakerEmbedding (192-d, ECAPA)")
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 192),
            "model": "ecapa-tdnn-v2",
            "samples": c.rng.randint(3, 6),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def check_speaker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/speaking/verify-speaker")
    b.bio("voiceprint", "body.json.voiceprint (base64 float32 speaker vector)")
    b.json(
        {
            "exerciseId": "ex_" + rid(c.rng)[:8],
            "voiceprint": floats_b64(floats(c.rng, 256)),
            "dim": 256,
            "threshold": 0.62,
        }
    )
    b.ok_json({"sameSpeaker": True, "score": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def profile_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sync/blob")
    b.bio("voiceprint", "body.multipart.blob (encrypted voice profile)", detectable=False)
    bnd = "Boundary-" + rid(c.rng).upper()
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.set_body(
        multipart(
            bnd, [("slot", None, None, b"3"), ("blob", "p.bin", "application/octet-stream", blob)]
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.no_content()
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://westeurope.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1",
        "azure-speech",
    )
    b.param("language", c.rng.choice(["es-ES", "fr-FR", "it-IT"]))
    b.param("format", "detailed")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.header(
        "pronunciation-assessment",
        b64(
            js(
                {
                    "ReferenceText": "Buenos dias, me llamo Noor",
                    "GradingSystem": "HundredMark",
                    "Granularity": "Phoneme",
                }
            )
        ),
    )
    b.decoy("speech audio for pronunciation scoring, no speaker identity")
    b.set_body(
        fake_wav(c.rng.randint(0, 10**6), 1400), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json({"RecognitionStatus": "Success", "NBest": [{"AccuracyScore": rf(c.rng, 60, 99, 1)}]})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _b(c, "POST", "https://app.adjust.com/session", "adjust")
    b.header("client-sdk", "ios5.0.1")
    b.form(
        [
            ("app_token", "q7x2m4n9k1d0"),
            ("idfa", b.id("idfa", where="body.form.idfa")),
            ("idfv", b.id("idfv_lingo", where="body.form.idfv")),
            ("ios_uuid", b.id("adjust_uuid", how="lower", where="body.form.ios_uuid")),
            ("tracking_enabled", "1"),
            ("att_status", "3"),
            ("created_at", iso(c) + "+0100"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_type", "iPhone"),
            ("hardware_name", "iPhone15,4"),
            ("os_version", "17.4.1"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": rid(c.rng).replace("-", ""), "timestamp": iso(c)})
    return b.build()


def video_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/progress/videos")
    b.view("body.json (videoId, watchedSec, durationSec)")
    dur = c.rng.randint(90, 600)
    b.json(
        {
            "videoId": "story_" + str(c.rng.randint(100, 999)),
            "watchedSec": c.rng.randint(10, dur),
            "durationSec": dur,
            "completed": False,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/signup/profile")
    b.decoy("self-declared gender and age band on a sign-up form")
    b.json(
        {
            "displayName": "Noor",
            "gender": c.rng.choice(["female", "prefer_not_to_say"]),
            "ageBand": "25-34",
            "nativeLanguage": "nl",
            "goalMinutes": 15,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lessons(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/courses/es/units/{c.rng.randint(1, 30)}")
    b.decoy("lesson catalogue")
    b.ok_json(
        {
            "lessons": [
                {"id": rid(c.rng), "title": t, "xp": 10}
                for t in ("Saludos", "La comida", "El tiempo")
            ]
        }
    )
    return b.build()
