"""The guide's translation app, on Google Cloud Speech-to-Text v1
(`speech:recognize`: config.encoding / sampleRateHertz / languageCode and
audio.content in base64, per cloud.google.com/speech-to-text/docs/reference/rest)
and Cloud Translation v2 (`language/translate/v2`: q, source, target, format).

Hard negatives: speech sent for speech-to-text is not a voiceprint or a voice
sample for verification (the project's biometric convention).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav

from .phone import FB, rf

PHRASES = [
    ("ar", "fr", "التذكرة بكام؟", "Combien coûte le billet ?"),
    ("fr", "ar", "Où sont les toilettes ?", "فين الحمام؟"),
    ("ar", "en", "الأتوبيس هيوصل امتى", "When will the bus arrive"),
    ("ja", "ar", "写真を撮ってもいいですか", "ممكن أصور؟"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gcloud", method, url)
    b.header("user-agent", "grpc-java-okhttp/1.62.2")
    b.header("x-goog-api-key", "AIza" + "".join(c.rng.choice("abcdefXYZ0123_-") for _ in range(35)))
    return b


def speech_to_text(c: Context) -> Flow:
    lang = c.rng.choice(["ar-EG", "fr-FR", "ar-JO", "ja-JP"])
    b = _b(c, "POST", "https://speech.googleapis.com/v1/speech:recognize")
    b.decoy("recorded speech sent for speech-to-text transcription: not a voiceprint")
    audio = fake_wav(c.rng.randint(0, 10**9), 1600)
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": lang,
                "enableAutomaticPunctuation": True,
            },
            "audio": {"content": b64(audio)},
        }
    )
    b.ok_json(
        {
            "results": [
                {
                    "alternatives": [
                        {"transcript": c.rng.choice(PHRASES)[2], "confidence": rf(c.rng, 0.7, 0.98)}
                    ],
                    "languageCode": lang.lower(),
                }
            ],
            "totalBilledTime": "4s",
        }
    )
    return b.build()


def translate_text(c: Context) -> Flow:
    src, tgt, q, out = c.rng.choice(PHRASES)
    b = _b(c, "POST", "https://translation.googleapis.com/language/translate/v2")
    b.form([("q", q), ("source", src), ("target", tgt), ("format", "text")])
    b.ok_json({"data": {"translations": [{"translatedText": out}]}})
    return b.build()
