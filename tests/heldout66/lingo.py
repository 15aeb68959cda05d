"""A language app (Mandarin / Malay): speaking exercises scored by speech-to-text.

Azure Speech pronunciation assessment (Microsoft Learn, "Use pronunciation
assessment": REST `POST https://{region}.stt.speech.microsoft.com/speech/
recognition/conversation/cognitiveservices/v1?language=zh-CN` with header
`Pronunciation-Assessment` = base64 JSON {ReferenceText, GradingSystem,
Granularity}, audio/wav body). Speech sent for scoring / transcription is not
biometric (conventions): decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, js

from .phone import FB, cfn, rf, rid

REF = ["你好，我叫伟玲", "Saya suka makan roti canai", "我们去巴刹买菜", "Boleh tolong saya?"]


def pronunciation(c: Context) -> Flow:
    text = c.rng.choice(REF)
    lang = "zh-CN" if ord(text[0]) > 127 else "ms-MY"
    url = "https://southeastasia.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1"
    b = FB(c, "azure-speech", "POST", url, [("language", lang), ("format", "detailed")])
    b.header("user-agent", cfn("Bahasa Buddy", "640"))
    b.header(
        "Pronunciation-Assessment",
        b64(
            js(
                {
                    "ReferenceText": text,
                    "GradingSystem": "HundredMark",
                    "Granularity": "Phoneme",
                    "EnableMiscue": True,
                }
            )
        ),
    )
    b.header("X-RequestId", rid(c.rng).replace("-", ""))
    b.set_body(
        fake_wav(c.rng.randint(0, 10**6), 1500), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json(
        {
            "RecognitionStatus": "Success",
            "NBest": [
                {
                    "Display": text,
                    "PronScore": rf(c.rng, 60, 99, 1),
                    "AccuracyScore": rf(c.rng, 60, 99, 1),
                    "FluencyScore": rf(c.rng, 60, 99, 1),
                }
            ],
        }
    )
    b.decoy("speech audio sent for pronunciation scoring (speech-to-text, not a voiceprint)")
    return b.build()


def lesson_progress(c: Context) -> Flow:
    b = FB(c, "lingo", "POST", "https://api.bahasabuddy-example.com/v2/progress")
    b.header("user-agent", cfn("Bahasa Buddy", "640"))
    b.json(
        {
            "kursus": "hsk2",
            "pelajaran": c.rng.randint(1, 30),
            "xp": c.rng.randint(5, 40),
            "streak": c.rng.randint(1, 200),
            "voiceScore": rf(c.rng, 60, 99, 1),
        }
    )
    b.no_content()
    b.decoy("lesson progress with a pronunciation 'voiceScore'")
    return b.build()
