"""Echoform: a voice-cloning app that enrols the creator's own voice (truly sensitive).

Sources: ElevenLabs API `POST /v1/voices/add` (Instant Voice Cloning:
multipart `name`, `files` audio samples, `description`, `labels`,
`remove_background_noise`; elevenlabs-python `voices.ivc.create`), and
`POST /v1/text-to-speech/{voice_id}` (`text`, `model_id`, `voice_settings`
stability / similarity_boost). Echoform's own speaker-verification backend
(ECAPA-TDNN 192-float embeddings) uses its own key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rid, sdk_ua, ua

EL = "https://api.elevenlabs.io"
API = "https://api.echoform.ai"


def _el(c: Context, method: str, path: str) -> FB:
    b = FB(c, "elevenlabs", method, EL + path)
    b.header("xi-api-key", "sk_" + rid(c.rng).replace("-", "")[:32])
    b.header("user-agent", sdk_ua("Echoform", "2.3.0"))
    return b


def ivc_add(c: Context) -> Flow:
    b = _el(c, "POST", "/v1/voices/add")
    bd = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("name", None, None, "Maëlle – narration".encode()),
        ("files", "take_01.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6))),
        ("files", "take_02.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6))),
        ("remove_background_noise", None, None, b"true"),
        ("description", None, None, b"my own narration voice for the channel"),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voice_sample", "multipart:files (voice cloning)")
    b.ok_json({"voice_id": rid(c.rng).replace("-", "")[:20], "requires_verification": False})
    return b.build()


def enrol(c: Context) -> Flow:
    b = FB(c, "echoform", "POST", API + "/v1/speakers/enroll")
    b.header("user-agent", ua("Echoform", "231"))
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 192),
            "model": "ecapa-tdnn-v2",
            "sampleRate": 16000,
            "deviceId": b.id("idfv_echo", where="json:deviceId"),
        }
    )
    b.bio("voiceprint", "json:speakerEmbedding")
    b.ok_json({"enrollmentId": rid(c.rng), "status": "enrolled"})
    return b.build()


def verify(c: Context) -> Flow:
    b = FB(c, "echoform", "POST", API + "/v1/speakers/verify")
    b.header("user-agent", ua("Echoform", "231"))
    b.json({"empreinteVocale": floats_b64(floats(c.rng, 192)), "seuil": 0.72})
    b.bio("voiceprint", "json:empreinteVocale")
    b.ok_json({"match": True, "score": 0.91})
    return b.build()


def sealed(c: Context) -> Flow:
    b = FB(c, "echoform", "POST", API + "/v1/s")
    b.json({"c": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "n": rid(c.rng)[:12]})
    b.bio("voiceprint", "json:c (sealed)", detectable=False)
    b.no_content()
    return b.build()


def tts(c: Context) -> Flow:
    b = _el(c, "POST", "/v1/text-to-speech/" + rid(c.rng).replace("-", "")[:20])
    b.json(
        {
            "text": c.rng.choice(["Salut tout le monde, bienvenue!", "Link in the description."]),
            "model_id": "eleven_multilingual_v2",
            "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
        }
    )
    b.decoy("text-to-speech with a voice id and voice_settings: text out, audio back")
    b.respond(200, "audio/mpeg", b"ID3\x04" + rid(c.rng).encode())
    return b.build()


def voices_list(c: Context) -> Flow:
    b = _el(c, "GET", "/v1/voices")
    b.decoy("voice library list: names, self-declared labels (accent, gender, age)")
    b.ok_json(
        {
            "voices": [
                {
                    "voice_id": rid(c.rng)[:20],
                    "name": n,
                    "category": "premade",
                    "labels": {"accent": a, "gender": g, "age": "middle aged"},
                }
                for n, a, g in (("Rachel", "american", "female"), ("Adam", "american", "male"))
            ]
        }
    )
    return b.build()
