"""A language-learning app ("Sanasto": Swedish, Norwegian, Finnish for exchange
students) with pronunciation scoring.

Real API: Azure AI Speech, speech-to-text REST for short audio (POST
{region}.stt.speech.microsoft.com/speech/recognition/conversation/
cognitiveservices/v1?language=sv-SE, audio/wav body, header
Pronunciation-Assessment = base64 JSON {ReferenceText, GradingSystem
"HundredMark", Granularity "Phoneme", EnableMiscue}; answer NBest with
AccuracyScore / FluencyScore / PronScore), per Microsoft's REST docs and the
Speech SDK's PronunciationAssessmentOptions. Speech sent for recognition and
pronunciation scoring is not a voiceprint. Lesson videos are short clips
watched: the app logs which one and for how long.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, jsb

from .phone import FB, ms, rf, rid, ua

API = "https://api.sanasto-app.fi"
UA = ua("Sanasto", "7.1.0")
PHRASES = [
    "Var ligger biblioteket?",
    "Hvor mye koster billetten?",
    "Kiitos, hyvää päivää",
    "Sju sjösjuka sjömän",
]
LANGS = ["sv-SE", "nb-NO", "fi-FI"]
VOICES = ["sv-SE-SofieNeural", "nb-NO-FinnNeural", "fi-FI-NooraNeural"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sanasto", method, API + path)
    b.header("user-agent", UA)
    return b


def pronunciation(c: Context) -> Flow:
    region = c.rng.choice(["swedencentral", "northeurope"])
    url = f"https://{region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1"
    lang = c.rng.choice(LANGS)
    b = FB(c, "azure-speech", "POST", url, [("language", lang), ("format", "detailed")])
    ref = c.rng.choice(PHRASES)
    cfg = {
        "ReferenceText": ref,
        "GradingSystem": "HundredMark",
        "Granularity": "Phoneme",
        "EnableMiscue": True,
    }
    b.header("pronunciation-assessment", b64(jsb(cfg)))
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 1600), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    nb = {
        "Confidence": rf(c.rng, 0.6, 0.99, 3),
        "Lexical": ref.lower(),
        "AccuracyScore": c.rng.randint(40, 100),
        "FluencyScore": c.rng.randint(40, 100),
        "CompletenessScore": 100,
        "PronScore": rf(c.rng, 40, 100, 1),
    }
    b.ok_json(
        {"RecognitionStatus": "Success", "Offset": 300000, "Duration": 21000000, "NBest": [nb]}
    )
    b.decoy("speech sent for pronunciation scoring (speech-to-text), not a voiceprint")
    return b.build()


def score_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/harjoitukset/tulokset")
    phon = [{"foneemi": p, "tarkkuus": c.rng.randint(30, 100)} for p in ["ɧ", "uː", "ʉ", "y", "æ"]]
    b.json(
        {
            "lauseId": new_hex(c.rng, 8),
            "kieli": c.rng.choice(LANGS),
            "aantamispisteet": c.rng.randint(40, 100),
            "foneemit": phon,
            "aaniNayte": {"kestoMs": c.rng.randint(900, 4000), "naytetaajuus": 16000},
            "ts": ms(c),
        }
    )
    b.ok_json({"streak": c.rng.randint(1, 60), "xp": c.rng.randint(5, 30)})
    b.decoy("pronunciation scores per phoneme and the sample's duration (no voice features)")
    return b.build()


def mouth_guide(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/aanteet/{c.rng.choice(['sj', 'tj', 'y', 'ø'])}/suu")
    pts = [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(20)]
    b.ok_json(
        {
            "animaatio": "lip_guide",
            "huulipisteet": pts,
            "kuvitus": f"https://cdn.sanasto-app.fi/m/{new_hex(c.rng, 10)}.svg",
        }
    )
    b.decoy("illustrated mouth-shape guide: a drawing's lip outline points, no user face")
    return b.build()


def tts(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"/v2/tts?teksti={c.rng.randint(1, 900)}&aani={c.rng.choice(VOICES)}",
    )
    b.respond(200, "audio/mpeg", b"ID3" + c.rng.randbytes(300))
    b.decoy("text-to-speech audio with a named synthetic voice")
    return b.build()


def clip_watch(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/videot/katselut")
    dur = c.rng.randint(40, 240)
    b.json(
        {
            "clipId": "cl_" + new_hex(c.rng, 8),
            "watchedSeconds": c.rng.randint(5, dur),
            "lengthSeconds": dur,
            "completed": c.rng.random() < 0.5,
            "subtitles": c.rng.choice(LANGS),
            "at": ms(c),
        }
    )
    b.view("body clipId/watchedSeconds/lengthSeconds: lesson video watched")
    b.ok_json({"requestId": rid(c.rng)})
    return b.build()
