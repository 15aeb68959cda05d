"""Murmur, a mental-health journaling app: voice entries, emotion analysis, speaker check.

In-house backend (key names our own). Voice entries go up as multipart (m4a audio
plus a JSON part); the on-device speaker check sends a speaker embedding (float32
vector in base64) before an entry is unlocked; the emotion scores computed from
the voice are synced with the entry. Entries at rest are end-to-end encrypted:
the "vault" sync carries only ciphertext.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.murmur-journal.app/v2"
UA = ua("Murmur", "4.8.2", "812")
EMOTIONS = ("calm", "sad", "anxious", "angry", "joyful", "tired")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "murmur", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(c.phone.journal_user + ":" + rid(c.rng))[:48])
    return b


def voice_entry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/entries/voice")
    bnd = "Boundary-" + rid(c.rng).upper()
    meta = {
        "entryId": rid(c.rng),
        "recordedAt": iso(c),
        "durationSec": rf(c.rng, 8, 180, 1),
        "voiceAffect": {e: rf(c.rng, 0, 1, 3) for e in EMOTIONS},
        "speaker": {
            "model": "ecapa-tdnn-192",
            "embedding": floats_b64(floats(c.rng, 192)),
            "matchScore": rf(c.rng, 0.6, 0.99, 3),
        },
        "installId": b.id("journal_install", where="multipart meta.installId"),
    }
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("audio", "entry.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**6), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart meta.speaker.embedding + voiceAffect")
    b.ok_json({"id": meta["entryId"], "status": "transcribing"})
    return b.build()


def speaker_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/security/voice-unlock")
    b.json(
        {
            "deviceVendorId": b.id("idfv_journal", where="body deviceVendorId"),
            "challenge": rid(c.rng),
            "voiceEmbedding": floats(c.rng, 128, 5),
            "antiSpoof": {"replayScore": rf(c.rng, 0, 0.2, 3)},
        }
    )
    b.bio("speaker_embedding", "body voiceEmbedding (speaker verification)")
    b.ok_json({"unlocked": True})
    return b.build()


def enrol_voice(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/security/voiceprint")
    b.json(
        {
            "samples": 3,
            "template": floats_b64(floats(c.rng, 256)),
            "algo": "xvector-v2",
            "phrase": "my voice is my journal",
        }
    )
    b.bio("voiceprint", "body template (speaker enrolment)")
    b.ok_json({"enrolled": True})
    return b.build()


def mood_from_voice(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/insights/mood-timeline")
    b.json(
        {
            "points": [
                {
                    "at": iso(c),
                    "src": "voice",
                    "emotionScores": {e: rf(c.rng, 0, 1, 2) for e in EMOTIONS[:4]},
                    "pitchVarHz": rf(c.rng, 5, 60, 1),
                    "speakerVerified": True,
                }
                for _ in range(3)
            ]
        }
    )
    b.bio("voice_emotion", "body points[].emotionScores from voice + speakerVerified")
    b.ok_json({"ok": True})
    return b.build()


def vault_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vault/sync")
    b.set_body(bytes(c.rng.randrange(256) for _ in range(1200)), "application/octet-stream")
    b.bio("voiceprint", "body (end-to-end encrypted entry incl. audio)", detectable=False)
    b.ok_json({"cursor": rid(c.rng)})
    return b.build()


def self_mood(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/checkins")
    b.json(
        {
            "mood": c.rng.randint(1, 5),
            "tags": c.rng.sample(["work", "family", "sleep", "exercise"], 2),
            "note": "Felt better after a walk",
            "at": iso(c),
            "gender": c.rng.choice(["female", "prefer_not"]),
        }
    )
    b.decoy("self-reported mood slider and self-declared gender")
    b.ok_json({"streak": c.rng.randint(1, 40)})
    return b.build()


def prompts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/prompts/today")
    b.param("locale", "en_GB")
    b.decoy("journaling prompts")
    b.ok_json({"prompts": ["What made you smile today?", "Describe your face when you feel calm."]})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices")
    b.json(
        {
            "idfv": b.id("idfv_journal", where="body idfv"),
            "installationId": b.id("journal_install", where="body installationId"),
            "apnsToken": rid(c.rng).replace("-", "") * 2,
            "os": "iOS 17.5.1",
            "model": "iPhone15,2",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
