"""Baram Arena: a mobile game with squad voice chat. The voice chat relays Opus
audio and a toxicity-filter transcript (speech recognition, no speaker model):
not biometric. Its login sends a guest key the SDK made and a hashed ANDROID_ID
under `h` (opaque), and the GAID for its ad network."""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, galaxy_ua, ms, rf, rid

API = "https://gw.baramarena.example"
VOICE = "https://voice.baramarena.example"
UA = galaxy_ua("BaramArena", "1.48.2")


def guest_login(c: Context) -> Flow:
    b = builder(c, "baram", "POST", f"{API}/auth/guest", UA)
    b.json(
        {
            "guestKey": b.id("game_guest_key", where="json guestKey (SDK-made install key)"),
            "h": b.id("aid_game", "sha1", "json h (sha1 of ANDROID_ID)", detectable=False),
            "adid": b.id("gaid", where="json adid"),
        }
    )
    b.ok_json(
        {
            "accessToken": hashlib.sha256(rid(c.rng).encode()).hexdigest(),
            "userNo": b.acct("game_user"),
        }
    )
    b.decoy("access token hex (session, not device)")
    return b.build()


def voice_join(c: Context) -> Flow:
    b = builder(c, "baram-voice", "POST", f"{VOICE}/v1/eumseong-chaet/join", UA)
    b.decoy("voice-chat room join with codec settings (no speaker model)")
    b.json(
        {"room": f"sq{c.rng.randint(1000, 9999)}", "codec": "opus", "bitrate": 24000, "t": ms(c)}
    )
    b.ok_json({"turn": "turn.baramarena.example:3478"})
    return b.build()


def voice_transcript(c: Context) -> Flow:
    b = builder(c, "baram-voice", "POST", f"{VOICE}/v1/moderation/stt", UA)
    b.decoy("speech-to-text transcript for moderation (transcription, not a voiceprint)")
    b.json({"text": c.rng.choice(["오른쪽으로 가", "힐 줘", "ㄱㄱ"]), "conf": rf(c.rng, 0.6, 1)})
    b.ok_json({"toxic": False})
    return b.build()


def match_telemetry(c: Context) -> Flow:
    b = builder(c, "baram", "POST", f"{API}/tlm/match", UA)
    b.decoy("camera yaw/pitch/roll of the game camera (not a head pose)")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 60, 1), "roll": 0.0},
            "fps": c.rng.randint(40, 120),
            "ping": c.rng.randint(10, 90),
        }
    )
    b.no_content()
    return b.build()
