"""The accent- and language-coaching app: all decoys.

Speech sent for speech-to-text pronunciation scoring is not biometric; pitch
contours and phoneme scores are no voiceprint. Formats: Azure Speech
pronunciation assessment (REST short audio: POST /speech/recognition/
conversation/cognitiveservices/v1 with a base64 JSON `Pronunciation-Assessment`
header {ReferenceText, GradingSystem HundredMark, Granularity Phoneme}; result
NBest[].PronunciationAssessment AccuracyScore / FluencyScore / CompletenessScore),
learn.microsoft.com/azure/ai-services/speech-service/how-to-pronunciation-assessment;
Speechace score/text (multipart text, user_audio_file; query key, dialect,
user_id), api-docs.speechace.com/api-reference/score-text-pronunciation. The
coach's own backend (api.accentpro-coach.in) uses Hinglish keys (uchcharan).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, js, multipart

from .learning import PHRASES
from .phone import FB, rf, rid, series, ua


def azure_pron(c: Context) -> Flow:
    region = c.rng.choice(["southeastasia", "centralindia"])
    b = FB(
        c,
        "azure-speech",
        "POST",
        f"https://{region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1",
        [("language", c.rng.choice(["en-US", "en-GB"])), ("format", "detailed")],
        "HTTP/1.1",
    )
    ref = c.rng.choice(PHRASES)
    cfg = {
        "ReferenceText": ref,
        "GradingSystem": "HundredMark",
        "Granularity": "Phoneme",
        "Dimension": "Comprehensive",
        "EnableMiscue": True,
    }
    b.header("Pronunciation-Assessment", b64(js(cfg)))
    b.header("Ocp-Apim-Subscription-Key", new_hex(c.rng, 32))
    b.set_body(fake_wav(c.rng.randint(0, 10**6)), "audio/wav; codecs=audio/pcm; samplerate=16000")
    words = [
        {
            "Word": w.strip(".,").lower(),
            "PronunciationAssessment": {
                "AccuracyScore": rf(c.rng, 50, 100, 1),
                "ErrorType": "None",
            },
        }
        for w in ref.split()
    ]
    b.ok_json(
        {
            "RecognitionStatus": "Success",
            "DisplayText": ref,
            "NBest": [
                {
                    "Confidence": rf(c.rng, 0.7, 1),
                    "Lexical": ref.lower(),
                    "PronunciationAssessment": {
                        "AccuracyScore": rf(c.rng, 60, 100, 1),
                        "FluencyScore": rf(c.rng, 60, 100, 1),
                        "CompletenessScore": 100.0,
                        "PronScore": rf(c.rng, 60, 100, 1),
                    },
                    "Words": words,
                }
            ],
        }
    )
    b.decoy("speech sent to speech-to-text pronunciation assessment: not speaker recognition")
    return b.build()


def speechace(c: Context) -> Flow:
    b = FB(
        c,
        "speechace",
        "POST",
        "https://api.speechace.co/api/scoring/text/v9/json",
        [
            ("key", new_hex(c.rng, 24)),
            ("dialect", "en-us"),
            ("user_id", "kcx-" + new_hex(c.rng, 8)),
        ],
        "HTTP/1.1",
    )
    bnd = "----sa" + new_hex(c.rng, 16)
    b.set_body(
        multipart(
            bnd,
            [
                ("text", None, None, c.rng.choice(PHRASES).encode()),
                ("user_audio_file", "take.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
                ("include_fluency", None, None, b"1"),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json(
        {
            "status": "success",
            "text_score": {
                "speechace_score": {"pronunciation": c.rng.randint(50, 100)},
                "ielts_score": {"pronunciation": rf(c.rng, 5, 9, 1)},
            },
        }
    )
    b.decoy("reading-aloud audio for pronunciation scoring (speech-to-text family)")
    return b.build()


def coach_progress(c: Context) -> Flow:
    b = FB(c, "accentpro", "POST", "https://api.accentpro-coach.in/v1/practice/sessions")
    b.header("user-agent", ua("AccentPro", "4.0.3"))
    b.json(
        {
            "lesson": c.rng.choice(["th-sound", "v-vs-b", "schwa", "rising-intonation"]),
            "uchcharan_score": c.rng.randint(40, 100),
            "accent_neutrality": rf(c.rng, 0.3, 0.95, 2),
            "pitchContourHz": series(c.rng, 24, 210, 25, 1),
            "speakingRateWpm": c.rng.randint(110, 180),
            "phonemeScores": {p: c.rng.randint(40, 100) for p in ("θ", "ð", "v", "b", "ə")},
            "attemptId": rid(c.rng),
        }
    )
    b.decoy(
        "accent practice: pitch contour, phoneme scores, 'uchcharan' (pronunciation) score:"
        " no voiceprint"
    )
    b.ok_json({"streak": c.rng.randint(1, 40), "xp": c.rng.randint(10, 50)})
    return b.build()


def coach_lessons(c: Context) -> Flow:
    b = FB(c, "accentpro", "GET", "https://api.accentpro-coach.in/v1/lessons?level=B2")
    b.ok_json(
        {
            "lessons": [
                {
                    "id": i,
                    "title": t,
                    "audioUrl": f"https://cdn.accentpro-coach.in/a/{new_hex(c.rng, 8)}.mp3",
                    "durationSec": c.rng.randint(30, 300),
                }
                for i, t in enumerate(PHRASES)
            ]
        }
    )
    b.decoy("lesson list with model-audio durations")
    return b.build()
