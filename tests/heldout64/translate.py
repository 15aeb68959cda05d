"""A translation app: speech sent for speech-to-text, text translation, spoken reply.

Google Cloud Speech-to-Text v1 `POST /v1/speech:recognize` {config{encoding,
sampleRateHertz, languageCode, alternativeLanguageCodes}, audio{content base64}};
Cloud Translation v2 `POST /language/translate/v2` (q, source, target, format);
Text-to-Speech `POST /v1/text:synthesize` {input{text}, voice{languageCode, name,
ssmlGender}, audioConfig{audioEncoding}} (cloud.google.com/speech-to-text/docs/reference/rest,
cloud.google.com/text-to-speech/docs/reference/rest). Speech for transcription
and a synthetic voice's gender are no biometric: hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav

from .phone import FB, rf, ua

PHRASES = [
    ("¿Dónde firmo de recibido?", "Where do I sign for it?"),
    ("El paquete no cabe en el buzón", "The package does not fit in the mailbox"),
    ("Can you open the gate please?", "¿Puede abrir el portón por favor?"),
]


def _b(c: Context, url: str) -> FB:
    b = FB(c, "google-cloud", "POST", url)
    b.header("user-agent", ua("TraduceYa", "3.2.0"))
    b.header("x-goog-api-key", "AIza" + "".join(c.rng.choice("abcdefXYZ0123_-") for _ in range(35)))
    return b


def recognize(c: Context) -> Flow:
    b = _b(c, "https://speech.googleapis.com/v1/speech:recognize")
    es, _en = c.rng.choice(PHRASES)
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": "es-MX",
                "alternativeLanguageCodes": ["en-US"],
                "enableAutomaticPunctuation": True,
            },
            "audio": {"content": b64(fake_wav(c.rng.getrandbits(32), 2400))},
        }
    )
    b.ok_json(
        {
            "results": [
                {
                    "alternatives": [{"transcript": es, "confidence": rf(c.rng, 0.8, 1)}],
                    "languageCode": "es-mx",
                }
            ]
        }
    )
    b.decoy("speech audio sent for speech-to-text (transcription), not speaker identification")
    return b.build()


def translate(c: Context) -> Flow:
    b = _b(c, "https://translation.googleapis.com/language/translate/v2")
    es, en = c.rng.choice(PHRASES)
    b.form([("q", es), ("source", "es"), ("target", "en"), ("format", "text")])
    b.ok_json({"data": {"translations": [{"translatedText": en}]}})
    b.decoy("text translation")
    return b.build()


def synthesize(c: Context) -> Flow:
    b = _b(c, "https://texttospeech.googleapis.com/v1/text:synthesize")
    _es, en = c.rng.choice(PHRASES)
    b.json(
        {
            "input": {"text": en},
            "voice": {"languageCode": "en-US", "name": "en-US-Neural2-F", "ssmlGender": "FEMALE"},
            "audioConfig": {"audioEncoding": "MP3", "speakingRate": 0.9, "pitch": -2.0},
        }
    )
    b.ok_json({"audioContent": b64(fake_wav(c.rng.getrandbits(32), 900))})
    b.decoy("text-to-speech with a synthetic voice's name, gender and pitch: no one's voiceprint")
    return b.build()
