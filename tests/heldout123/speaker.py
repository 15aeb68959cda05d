"""Hame: a smart speaker and its companion app, with voice profiles.

"Voice Match" enrols each household member from spoken phrases and keeps a
speaker embedding (d-vector); requests name the recognised speaker with a score.
The speaker's own protobuf uplink carries the embedding with numbered fields.
Ordinary queries are transcribed speech (no speaker model), timers and music.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hame-home.example"
DEV = "https://dev.hame-home.example"
UA = ua("Hame", "2.48.0")
MEMBERS = ["Fiona", "Euan", "Isla"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hame", method, url)
    b.header("user-agent", UA)
    b.header("x-household", b.acct("speaker_household"))
    return b


def voice_profile_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice-profiles/enrolment")
    b.bio("voiceprint", "json utterances[].audio + speakerEmbedding (voice profile enrolment)")
    b.json(
        {
            "member": c.rng.choice(MEMBERS),
            "utterances": [
                {"phrase": p, "audio": b64(fake_wav(c.rng.randint(0, 10**9), 400))}
                for p in ("hey hame", "what's the weather", "play radio clyde")
            ],
            "speakerEmbedding": floats(c.rng, 256),
        }
    )
    b.ok_json({"profileId": rid(c.rng), "state": "TRAINED"})
    return b.build()


def speaker_id_result(c: Context) -> Flow:
    b = FB(c, "hame-device", "POST", f"{DEV}/v2/interactions")
    b.header("user-agent", "HameSpeaker/1.9 (Linux armv7l)")
    b.bio("speaker_recognition", "json speakerRecognition.profileId + score + dvector")
    b.json(
        {
            "deviceSerial": b.id("speaker_serial", where="json deviceSerial"),
            "transcript": c.rng.choice(["set a timer for ten minutes", "what's on my calendar"]),
            "speakerRecognition": {
                "profileId": rid(c.rng),
                "score": rf(c.rng, 0.5, 0.99, 3),
                "dvector": floats(c.rng, 64),
            },
            "ts": iso(c),
        }
    )
    b.ok_json({"speech": "Okay, ten minutes. Starting now."})
    return b.build()


def uplink_protobuf(c: Context) -> Flow:
    b = FB(c, "hame-device", "POST", f"{DEV}/u")
    b.header("user-agent", "HameSpeaker/1.9 (Linux armv7l)")
    b.bio("speaker_embedding", "protobuf field 4 packed float32 x256", detectable=False)
    body = (
        pb_varint(1, ms(c))
        + pb_bytes(2, new_hex(c.rng, 16))
        + pb_packed_floats(4, floats(c.rng, 256))
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def transcribe(c: Context) -> Flow:
    b = FB(c, "hame-device", "POST", f"{DEV}/v2/asr?lang=en-GB")
    b.header("user-agent", "HameSpeaker/1.9 (Linux armv7l)")
    b.decoy("speech recognition of a query: transcription only, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json(
        {
            "transcript": c.rng.choice(["what's the weather in glasgow", "turn the lights off"]),
            "confidence": 0.88,
        }
    )
    return b.build()


def setup_speaker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/claim")
    b.json(
        {
            "serial": b.id("speaker_serial", where="json serial"),
            "macAddress": b.id("speaker_mac", where="json macAddress"),
            "phoneAndroidId": b.id("aid_speaker", where="json phoneAndroidId"),
            "room": "Living room",
        }
    )
    b.ok_json({"claimed": True})
    return b.build()


def speaker_ping_opaque(c: Context) -> Flow:
    b = FB(c, "hame-device", "GET", f"{DEV}/p")
    b.header("user-agent", "HameSpeaker/1.9 (Linux armv7l)")
    b.params.append(("h", b.id("speaker_mac", "md5_of_nosep", "query h (md5 of the MAC)", False)))
    b.params.append(("u", str(c.rng.randint(1000, 90000))))
    b.no_content()
    return b.build()


def timers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/timers")
    b.ok_json(
        {"timers": [{"label": "pasta", "endsAt": iso(c), "remainingSec": c.rng.randint(10, 600)}]}
    )
    return b.build()


def music_queue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/music/recommended?room=living")
    b.decoy("recommended playlists for the room (recommendations, nothing listened)")
    b.ok_json(
        {
            "playlists": [
                {"title": t, "tracks": c.rng.randint(20, 60)}
                for t in ("Scottish Indie", "Friday Feeling", "Ceilidh Classics")
            ]
        }
    )
    return b.build()


def playback_state(c: Context) -> Flow:
    """The speaker reports what it is playing to the household's account (its history)."""
    b = FB(c, "hame-device", "POST", f"{DEV}/v2/playback/state")
    b.header("user-agent", "HameSpeaker/1.9 (Linux armv7l)")
    b.view("json playback.source + title + positionMs + state")
    b.json(
        {
            "deviceSerial": b.id("speaker_serial", where="json deviceSerial"),
            "playback": {
                "state": c.rng.choice(["PLAYING", "PAUSED", "STOPPED"]),
                "source": c.rng.choice(["Clyde Wireless", "Podnook"]),
                "title": c.rng.choice(["Superscoreboard", "The Rest Is History #486"]),
                "positionMs": c.rng.randint(0, 3_600_000),
                "updatedAt": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()
