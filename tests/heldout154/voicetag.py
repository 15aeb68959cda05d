"""The station's archive speaker-tagging service ("VoiceTag"): it learns each
presenter's voice so that the archive can say who speaks when. Enrolment audio,
speaker embeddings (ECAPA-style, 192 floats) and verification against a profile are
voiceprints: biometric. Its search of already tagged archive segments is not."""

from __future__ import annotations

from tests.heldout.biometric import embedding
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import b64, fake_wav, floats_b64, gz, jsb, multipart

from .phone import FB, iso, rid

API = "https://voicetag.liffeysound.example/api/v1"
PRESENTERS = ["aoife-brennan", "ciaran-dunne", "maeve-oshea", "rory-kavanagh"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "voicetag", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "voicetag-worker/0.9 (python 3.11)")
    b.header("x-api-key", "vt_" + new_uuid(c.rng).replace("-", ""))
    return b


def enrol(c: Context) -> Flow:
    who = c.rng.choice(PRESENTERS)
    b = _b(c, "POST", f"{API}/speakers/{who}/enrollment")
    b.bio("speaker_enrollment_audio", "multipart audio to /speakers/{id}/enrollment")
    boundary = "vt" + new_uuid(c.rng).replace("-", "")[:20]
    parts = [
        ("audio", f"{who}-enrol.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 2400)),
        ("purpose", None, None, b"speaker_identification"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speaker": who, "enrollmentStatus": "Enrolling", "speechSeconds": 14.2})
    return b.build()


def embedding_put(c: Context) -> Flow:
    who = c.rng.choice(PRESENTERS)
    b = _b(c, "PUT", f"{API}/speakers/{who}/embedding")
    b.bio("speaker_embedding", "json speaker_embedding (192 floats, ecapa)")
    b.json({"speaker": who, "model": "ecapa-tdnn-vox2", "speaker_embedding": embedding(c, 192)})
    b.no_content()
    return b.build()


def verify(c: Context) -> Flow:
    who = c.rng.choice(PRESENTERS)
    b = _b(c, "POST", f"{API}/verify")
    b.bio("speaker_verification", "json voiceprint b64 float32 + profile for verification")
    b.json(
        {
            "profileId": who,
            "voiceprint": floats_b64(embedding(c, 192)),
            "segment": {"archive": "LSFM-2024-11-27-17", "startMs": c.rng.randint(0, 3_000_000)},
        }
    )
    b.ok_json({"match": True, "score": round(c.rng.uniform(0.7, 0.95), 3)})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """The worker's compact batch: gzip+base64 of {p, v} rows under `b`."""
    b = _b(c, "POST", f"{API}/ingest")
    b.bio("speaker_embedding", "json b (gzip+base64 of per-segment vectors)", detectable=False)
    rows = [{"p": c.rng.choice(PRESENTERS)[:2], "v": embedding(c, 192)} for _ in range(3)]
    b.json({"b": b64(gz(jsb(rows))), "n": 3})
    b.no_content()
    return b.build()


def archive_search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/segments?speaker={c.rng.choice(PRESENTERS)}&from=2024-11-01")
    b.decoy("search of already tagged archive segments (names and times, no voice data)")
    b.ok_json(
        {
            "segments": [
                {
                    "archive": "LSFM-2024-11-2" + str(i),
                    "startMs": c.rng.randint(0, 3_000_000),
                    "endMs": c.rng.randint(3_000_000, 3_600_000),
                    "confidence": 0.9,
                }
                for i in range(4)
            ],
            "queryId": rid(c.rng),
            "at": iso(c),
        }
    )
    return b.build()
