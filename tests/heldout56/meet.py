"""Konferenz XR: a VR meeting room with voice chat and a "voice profile".

Voice-profile enrolment uploads three WAV phrases (multipart, OkHttp style)
for speaker identification in the meeting transcript; the client-side model
(ECAPA-TDNN, 192 floats, as in SpeechBrain's spkrec-ecapa-voxceleb) sends a
speaker embedding; verification sends the German "Stimmabdruck" (voiceprint)
as base64 float32. The transcript service ingests an encrypted blob (opaque).
Decoys: meeting chat, a room's seat coordinates, attention gaze indicators.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, hmd_ua, iso, ms, rf, rid

API = "https://api.konferenz-xr.de"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "konferenz", method, API + path, http_version="HTTP/1.1")
    b.header("user-agent", hmd_ua("KonferenzXR", "4.1.7") + " okhttp/4.12.0")
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/voice-profile/enrollment")
    boundary = rid(c.rng)
    seed = c.rng.randint(0, 1 << 30)
    parts = [
        ("profileId", None, None, ("vp_" + b.acct("meet_user")).encode()),
        ("locale", None, None, b"de-AT"),
    ]
    parts += [
        (f"enrollmentAudio{i}", f"phrase{i}.wav", "audio/wav", fake_wav(seed + i, 600))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voiceprint", "multipart:enrollmentAudio* (voice profile enrolment)")
    b.ok_json({"status": "enrolled", "phrasesAccepted": 3})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/voice-profile/embedding")
    b.json(
        {
            "model": "ecapa-tdnn-voxceleb",
            "speakerEmbedding": floats(c.rng, 192),
            "installationId": b.id("meet_install", where="json:installationId"),
        }
    )
    b.bio("speaker_embedding", "json:speakerEmbedding")
    b.no_content()
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sprecher/verifizieren")
    b.json(
        {
            "besprechung": "mtg-" + new_hex(c.rng, 8),
            "stimmabdruck": floats_b64(floats(c.rng, 192)),
            "schwelle": 0.72,
        }
    )
    b.bio("voiceprint", "json:stimmabdruck (base64 float32)")
    b.ok_json({"treffer": True, "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def transcript_ingest(c: Context) -> Flow:
    b = _b(c, "POST", "/rt/ingest/" + new_hex(c.rng, 12))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.bio("voiceprint", "octet-stream (encrypted profile frames)", detectable=False)
    b.no_content()
    return b.build()


def join(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/meetings/join")
    b.json(
        {
            "meeting": "mtg-" + new_hex(c.rng, 8),
            "displayName": "Lena H.",
            "client": {
                "platform": "quest",
                "androidId": b.id("aid_meet", where="json:client.androidId"),
                "installationId": b.id("meet_install", where="json:client.installationId"),
            },
        }
    )
    b.ok_json(
        {"seat": [rf(c.rng, -3, 3), 0.0, rf(c.rng, -3, 3)], "sfu": "sfu-fra-3.konferenz-xr.de"}
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/meetings/chat")
    b.json(
        {"text": c.rng.choice(["Servus!", "Folie 3 bitte", "Kann man mich hören?"]), "ts": iso(c)}
    )
    b.decoy("meeting chat")
    b.no_content()
    return b.build()


def seats(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/rooms/layout")
    b.ok_json(
        {"seats": [[rf(c.rng, -4, 4), 0.0, rf(c.rng, -4, 4)] for _ in range(12)], "ts": ms(c)}
    )
    b.decoy("coordinate list")
    return b.build()
