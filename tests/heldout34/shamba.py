"""ShambaSauti (a voice-based farming advice app, Kenya / Nigeria): voice enrolment.

Fictional backend, key names mine (Swahili sauti = voice, sajili = register,
mkulima = farmer; Hausa murya = voice, manomi = farmer). Farmers with low
literacy log in by voice: the app enrols a speaker model from a few WAV
utterances (multipart, as OkHttp writes), later sends a 192-dim x-vector /
ECAPA-style embedding for verification, as speaker-verification services
(e.g. Azure Speaker Recognition, SpeechBrain ECAPA) take and return. Crop
prices, leaf photos for disease detection and soil readings are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.shambasauti.africa"
CROPS = ["maize", "beans", "cassava", "sorghum", "tomato"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "shamba", method, API + path)
    b.header("user-agent", ua("ShambaSauti", "1.12.0"))
    b.header("x-install-id", b.id("farm_install", where="header x-install-id"))
    return b


def _mp(b: FB, c: Context, parts: list) -> None:
    bnd = "----" + new_hex(c.rng, 28)
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")


def enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sauti/sajili")
    b.bio("voiceprint", "multipart sauti_1..3 (speaker enrolment utterances)")
    parts = [
        (f"sauti_{i}", f"sajili_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in range(1, 4)
    ]
    parts.append(("mkulima_id", None, None, b.acct("farm_user").encode()))
    _mp(b, c, parts)
    b.ok_json({"profile": "enrolling", "remaining": c.rng.randint(0, 2)})
    return b.build()


def enrol_en(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/speaker/enrollment")
    b.bio("voiceprint", "multipart audio + speakerId (enrolment)")
    parts = [
        ("audio", "utt.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ("speakerId", None, None, b.acct("farm_user").encode()),
        ("lang", None, None, b"ha"),
    ]
    _mp(b, c, parts)
    b.ok_json({"enrollmentStatus": "Enrolling", "remainingSpeechLength": rf(c.rng, 0, 12, 1)})
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/voice")
    b.bio("voiceprint", "body.voiceprint (192-dim speaker embedding, base64 float32)")
    b.json(
        {
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-tdnn-v2",
            "farmer": b.acct("farm_user"),
            "ts": ms(c),
        }
    )
    b.ok_json({"verified": True, "score": rf(c.rng, 0.6, 0.95)})
    return b.build()


def murya(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/manomi/murya")
    b.bio("voiceprint", "body.muryar_manomi (speaker embedding as float list)")
    b.json({"muryar_manomi": floats(c.rng, 192), "harshe": "ha", "lokaci": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def opaque_voice(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/s/u")
    b.bio("voiceprint", "octet-stream (encrypted speaker model upload)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(700)), "application/octet-stream")
    b.no_content()
    return b.build()


def prices(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/bei/{c.rng.choice(CROPS)}?market=kisumu")
    b.decoy("crop price series")
    b.ok_json({"ksh_per_kg": [rf(c.rng, 30, 120, 1) for _ in range(30)], "asof": iso(c)})
    return b.build()


def leaf_photo(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/diagnose/leaf")
    b.decoy("plant leaf photo for disease detection (no face)")
    parts = [
        ("image", "leaf.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ("crop", None, None, c.rng.choice(CROPS).encode()),
    ]
    _mp(b, c, parts)
    b.ok_json(
        {
            "disease": "maize lethal necrosis",
            "confidence": rf(c.rng, 0.5, 0.95),
            "embedding_dim": 512,
            "features": floats(c.rng, 16),
        }
    )
    return b.build()


def soil(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sensors/soil")
    b.decoy("soil moisture numeric series")
    b.json(
        {
            "probe": "SP-" + new_hex(c.rng, 6),
            "moisture": [rf(c.rng, 10, 40, 1) for _ in range(24)],
            "req": rid(c.rng),
        }
    )
    b.ok_json({"advice": "Irrigate in 2 days"})
    return b.build()


def advice_audio(c: Context) -> Flow:
    b = FB(c, "shamba", "GET", f"https://cdn.shambasauti.africa/ushauri/{new_hex(c.rng, 12)}.mp3")
    b.decoy("advice audio download (a recorded extension officer)")
    b.respond(200, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def token(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/session")
    b.json(
        {
            "aid": b.id("aid_farm", where="body.aid", detectable=False),
            "nonce": b64(new_hex(c.rng, 16)),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()
