"""A language-exchange app: chat with voice messages, a pronunciation trainer,
and a speaker check that keeps learners' accounts to their own voice.

Sources: speaker verification with x-vector / ECAPA embeddings (Snyder et al.,
"X-Vectors: Robust DNN Embeddings for Speaker Recognition", ICASSP 2018;
speechbrain/spkrec-ecapa-voxceleb: 192-d embeddings); pronunciation scores per
phoneme as Azure Pronunciation Assessment returns them (`AccuracyScore`,
`Phonemes`), which are no voiceprint; Firebase Installations API
(`POST firebaseinstallations.googleapis.com/v1/projects/P/installations`,
body `fid`, `appId`, `authVersion: FIS_v2`, firebase-android-sdk).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.tandempal-example.com"


def _auth(b: FB, c: Context) -> None:
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("user-agent", ua("TandemPal", "7.2.1"))


def speaker_enrol(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/voice-id/enrollments")
    _auth(b, c)
    b.json(
        {
            "userId": b.acct("lingo_user"),
            "model": "ecapa-tdnn-192",
            "speakerEmbedding": floats(c.rng, 192),
            "utterances": 3,
            "sampleRateHz": 16000,
        }
    )
    b.bio("voiceprint", "body:speakerEmbedding (192-d speaker embedding)")
    b.ok_json({"enrolled": True})
    return b.build()


def speaker_verify(c: Context) -> Flow:
    boundary = "dart-http-boundary-" + rid(c.rng).replace("-", "")[:24]
    parts = [
        ("task", None, None, b"speaker_verification"),
        ("claimedSpeaker", None, None, str(c.phone.lingo_user).encode()),
        ("utterance", "sample.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 900)),
    ]
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/voice-id/verify")
    _auth(b, c)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voiceprint", "body:multipart utterance for speaker_verification")
    b.ok_json({"score": rf(c.rng, 0.4, 0.9, 3), "accepted": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/sync/blob")
    _auth(b, c)
    b.json({"k": "vx", "d": b64(bytes(c.rng.getrandbits(8) for _ in range(768)))})
    b.bio("voiceprint", "body:d (obfuscated speaker embedding under key vx)", detectable=False)
    b.no_content()
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/pronunciation/assess")
    _auth(b, c)
    phon = [{"Phoneme": p, "AccuracyScore": c.rng.randint(40, 100)} for p in ("ʃ", "ø", "ç", "ʁ")]
    b.json(
        {
            "ReferenceText": "Ich möchte ein Brötchen",
            "Locale": "de-DE",
            "Result": {
                "AccuracyScore": c.rng.randint(50, 95),
                "FluencyScore": c.rng.randint(50, 95),
                "Phonemes": phon,
            },
        }
    )
    b.decoy("pronunciation scores per phoneme (not a voiceprint)")
    b.ok_json({"xp": 12})
    return b.build()


def voice_message(c: Context) -> Flow:
    boundary = "dart-http-boundary-" + rid(c.rng).replace("-", "")[:24]
    parts = [
        ("conversationId", None, None, rid(c.rng).encode()),
        ("file", "voice.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**6), 700)),
    ]
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/messages/audio")
    _auth(b, c)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.decoy("chat voice message (content, no speaker model)")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def fis(c: Context) -> Flow:
    b = FB(
        c,
        "firebase-installations",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tandempal-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSyB" + b64(rid(c.rng))[:32])
    b.header("x-android-package", "com.tandempal.app")
    b.json(
        {
            "fid": b.id("lingo_fid", where="body:fid"),
            "authVersion": "FIS_v2",
            "appId": "1:480117339242:android:5e3c9a1b7d2f0c44",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/480117339242/installations/x", "refreshToken": b64(rid(c.rng))})
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "PUT", f"{API}/v2/me/device")
    _auth(b, c)
    b.json(
        {
            "device_uuid": b.id("aid_lingo", where="body:device_uuid"),
            "os": "android",
            "push": "f" + b64(rid(c.rng))[:30],
            "lang": "de",
        }
    )
    b.no_content()
    return b.build()


def partners(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "GET", f"{API}/v2/partners/search")
    b.param("learn", "es")
    b.param("speaks", "de")
    _auth(b, c)
    people = [
        {
            "id": rid(c.rng),
            "name": n,
            "gender": g,
            "age": c.rng.randint(20, 40),
            "native": "es",
            "lastActive": iso(c),
        }
        for n, g in (("Lucía", "female"), ("Mateo", "male"))
    ]
    b.decoy("partner search with self-declared gender")
    b.ok_json({"partners": people})
    return b.build()


def chat_text(c: Context) -> Flow:
    b = FB(c, "tandempal-api", "POST", f"{API}/v2/messages")
    _auth(b, c)
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["¡Hola! Wie geht's?", "Bis morgen :)"]),
            "clientMsgId": rid(c.rng),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
