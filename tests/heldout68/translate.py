"""Parlaly (fictional translator app) on Google Cloud speech APIs, plus its own backend.

Formats (cloud.google.com REST references): Speech-to-Text v1
`speech:recognize` {config{encoding, sampleRateHertz, languageCode,
alternativeLanguageCodes, model}, audio{content base64}}; Text-to-Speech v1
`text:synthesize` {input{text}, voice{languageCode, name, ssmlGender},
audioConfig{audioEncoding, speakingRate}}; Translation v2 (q, source, target,
format). Speech for transcription and a synthetic voice's gender are NOT
biometric (conventions). The TRULY biometric flows are the app's own
conversation mode: a speaker profile (voice embedding) enrolled to tell the two
speakers apart, and a voice sample uploaded to clone the user's voice.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

KEY = "AIzaSyB" + "x7Parlaly0demo0key0Q4mL2"
PAIRS = [("es-ES", "it-IT"), ("it-IT", "en-US"), ("en-US", "es-ES")]
PHRASES = [
    "¿Dónde está la estación?",
    "Un tavolo per due, per favore",
    "How much is the ticket?",
    "Vorrei un caffè",
    "La cuenta, por favor",
]


def _g(c: Context, url: str) -> FB:
    b = FB(c, "google-cloud", "POST", url, [("key", KEY)])
    b.header("user-agent", ua("Parlaly", "4.0.2"))
    b.header("x-android-package", "app.parlaly.translate")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    return b


def stt(c: Context) -> Flow:
    src, alt = c.rng.choice(PAIRS)
    b = _g(c, "https://speech.googleapis.com/v1/speech:recognize")
    b.set_body(
        jsb(
            {
                "config": {
                    "encoding": "LINEAR16",
                    "sampleRateHertz": 16000,
                    "languageCode": src,
                    "alternativeLanguageCodes": [alt],
                    "model": "latest_short",
                    "enableAutomaticPunctuation": True,
                },
                "audio": {"content": b64(fake_wav(c.rng.getrandbits(32), 1600))},
            }
        ),
        "application/json",
    )
    b.decoy("speech sent for speech-to-text (not a voiceprint, per conventions)")
    b.ok_json(
        {
            "results": [
                {
                    "alternatives": [
                        {"transcript": c.rng.choice(PHRASES), "confidence": rf(c.rng, 0.8, 0.98)}
                    ],
                    "languageCode": src.lower(),
                }
            ]
        }
    )
    return b.build()


def tts(c: Context) -> Flow:
    lang = c.rng.choice(PAIRS)[1]
    gender = c.rng.choice(["FEMALE", "MALE"])
    b = _g(c, "https://texttospeech.googleapis.com/v1/text:synthesize")
    b.set_body(
        jsb(
            {
                "input": {"text": c.rng.choice(PHRASES)},
                "voice": {
                    "languageCode": lang,
                    "name": f"{lang}-Neural2-{'A' if gender == 'FEMALE' else 'B'}",
                    "ssmlGender": gender,
                },
                "audioConfig": {"audioEncoding": "MP3", "speakingRate": 0.95, "pitch": 0},
            }
        ),
        "application/json",
    )
    b.decoy("text-to-speech request: a synthetic voice's name and gender, no one's voice")
    b.ok_json({"audioContent": b64(c.rng.randbytes(600))})
    return b.build()


def translate_text(c: Context) -> Flow:
    src, tgt = c.rng.choice(PAIRS)
    b = _g(c, "https://translation.googleapis.com/language/translate/v2")
    b.form(
        [("q", c.rng.choice(PHRASES)), ("source", src[:2]), ("target", tgt[:2]), ("format", "text")]
    )
    b.decoy("text translation")
    b.ok_json({"data": {"translations": [{"translatedText": c.rng.choice(PHRASES)}]}})
    return b.build()


def _own(c: Context, path: str) -> FB:
    b = FB(c, "parlaly", "POST", "https://api.parlaly.app/v1" + path)
    b.header("user-agent", ua("Parlaly", "4.0.2"))
    b.header("x-request-id", rid(c.rng))
    return b


def conversation_log(c: Context) -> Flow:
    b = _own(c, "/conversations")
    b.json(
        {
            "turns": [
                {
                    "hablante": c.rng.choice(["A", "B"]),
                    "texto": c.rng.choice(PHRASES),
                    "lang": c.rng.choice(PAIRS)[0],
                    "durMs": c.rng.randint(900, 5200),
                }
                for _ in range(4)
            ],
            "startedAt": iso(c),
        }
    )
    b.decoy("conversation-mode transcript with speaker letters and utterance durations: text only")
    b.ok_json({"id": "cv_" + new_hex(c.rng, 10)})
    return b.build()


def speaker_profile(c: Context) -> Flow:
    b = _own(c, "/conversation/speaker-profile")
    b.json(
        {
            "speakerLabel": "A",
            "speakerEmbedding": floats(c.rng, 192, 5),
            "embeddingModel": "ecapa-tdnn-v2",
            "enrolmentUtterances": c.rng.randint(3, 5),
            "createdAt": iso(c),
        }
    )
    b.bio("voiceprint", "speakerEmbedding (192-d) enrolled as the user's speaker profile")
    b.ok_json({"profileId": "sp_" + new_hex(c.rng, 10)})
    return b.build()


def voice_clone(c: Context) -> Flow:
    b = _own(c, "/voice/my-voice")
    bd = "parlaly" + new_hex(c.rng, 16)
    parts = [
        ("purpose", None, None, b"voice_clone"),
        ("consent", None, None, b"true"),
        ("sample", "my_voice_01.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 2400)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voice_sample", "multipart sample (WAV) with purpose=voice_clone")
    b.ok_json({"voiceId": "vc_" + new_hex(c.rng, 10), "status": "TRAINING"}, 202)
    return b.build()
