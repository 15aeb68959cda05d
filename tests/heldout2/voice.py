"""Parla: a voice assistant with voice chat rooms.

Speaker enrolment ("Voice Match") uploads enrolment utterances and the resulting
voiceprint; wake-word hits are verified against it. Ordinary speech recognition
audio is not a biometric template and is labelled as a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, jwt, mpack, multipart

from .phone import FB, ua_android
from .shapes import raw_vector, unit_vector

API = "https://api.parla.chat"
VOICE = "https://voice.parla.chat"
UA = ua_android("Parla", "3.2.7")


def _auth(fb: FB, ctx: Context) -> None:
    fb.header("user-agent", UA)
    fb.header(
        "authorization", "Bearer " + jwt({"uid": ctx.phone.parla_user, "exp": int(ctx.now) + 900})
    )


def register(ctx: Context) -> Flow:
    fb = FB(ctx, "parla.register", "POST", f"{API}/v2/auth/phone")
    fb.header("user-agent", UA)
    body = {
        "phoneNumber": fb.id("phone", where="body.json.phoneNumber"),
        "device": {
            "installationId": fb.id("parla_install", where="body.json.device.installationId"),
            "androidId": fb.id("android_id_parla", where="body.json.device.androidId"),
            "model": ctx.phone.model,
        },
        "captchaToken": b64(ctx.rng.randbytes(48)),
    }
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"verificationId": new_uuid(ctx.rng), "resendIn": 60}))
    fb.decoy("verificationId uuid, captcha token")
    return fb.build()


def contacts_match(ctx: Context) -> Flow:
    """Contact discovery with hashed numbers: the user's own number among them."""
    fb = FB(ctx, "parla.contacts", "POST", f"{API}/v2/contacts/match")
    _auth(fb, ctx)
    hashes = [new_hex(ctx.rng, 64) for _ in range(12)]
    hashes.insert(5, fb.id("phone", "sha256", where="body.json.hashes[5]", detectable=False))
    fb.set_body(jsb({"hashes": hashes, "algo": "sha256"}), "application/json")
    fb.respond(200, "application/json", jsb({"matches": hashes[:2]}))
    fb.decoy("other contacts' sha256 hashes")
    return fb.build()


def enrol_audio(ctx: Context) -> Flow:
    fb = FB(ctx, "parla.enrol_audio", "POST", f"{VOICE}/v1/voicematch/enrollments")
    _auth(fb, ctx)
    boundary = "parla-" + new_hex(ctx.rng, 20)
    parts = [
        (
            "meta",
            None,
            "application/json",
            jsb({"purpose": "speaker_enrollment", "phrase": "Hey Parla", "utterances": 3}),
        ),
        *[
            (
                f"utterance_{i}",
                f"enroll_{i}.wav",
                "audio/wav",
                fake_wav(ctx.rng.randint(0, 1 << 30), 1400),
            )
            for i in range(3)
        ],
    ]
    fb.mark(
        "biometric",
        "speaker_enrollment_audio",
        "url voicematch/enrollments + multipart meta.purpose",
        True,
    )
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.respond(
        201, "application/json", jsb({"enrollmentId": new_uuid(ctx.rng), "status": "processing"})
    )
    return fb.build()


def voiceprint(ctx: Context, variant: str) -> Flow:
    fb = FB(ctx, f"parla.voiceprint.{variant}", "PUT", f"{VOICE}/v1/voicematch/profile")
    _auth(fb, ctx)
    if variant == "json":
        body = {
            "speakerId": new_uuid(ctx.rng),
            "voiceprint": {
                "model": "ecapa-tdnn-v2",
                "dim": 192,
                "vector": unit_vector(ctx.rng, 192),
            },
        }
        fb.mark("biometric", "voiceprint_vector", "body.json.voiceprint.vector[192]", True)
        fb.set_body(jsb(body), "application/json")
    elif variant == "b64":
        body = {
            "speakerEmbedding": floats_b64(raw_vector(ctx.rng, 512)),
            "kind": "x-vector",
            "enrolledAt": int(ctx.now),
        }
        fb.mark(
            "biometric",
            "speaker_embedding_b64",
            "body.json.speakerEmbedding (b64 float32 x512)",
            True,
        )
        fb.set_body(jsb(body), "application/json")
    elif variant == "msgpack":
        import struct

        vec = unit_vector(ctx.rng, 256)
        body = {"spk": new_hex(ctx.rng, 12), "vec": struct.pack("<256f", *vec), "m": 3}
        fb.mark("biometric", "dvector_msgpack", "body.msgpack.vec (bin float32 x256)", False)
        fb.set_body(mpack(body), "application/x-msgpack")
    else:
        raise ValueError(variant)
    fb.decoy("speakerId uuid")
    fb.respond(200, "application/json", jsb({"ok": True}))
    return fb.build()


def wakeword_verify(ctx: Context) -> Flow:
    fb = FB(ctx, "parla.wakeword", "POST", f"{VOICE}/v1/wakeword/events")
    _auth(fb, ctx)
    body = {
        "keyword": "hey_parla",
        "kwScore": 0.93,
        "speakerVerified": True,
        "speakerScore": round(ctx.rng.uniform(0.6, 0.9), 3),
        "ts": int(ctx.now * 1000),
    }
    fb.mark("biometric", "speaker_verification_score", "body.json.speakerScore", False)
    fb.set_body(jsb(body), "application/json")
    fb.respond(204, None)
    return fb.build()


def asr(ctx: Context) -> Flow:
    """A spoken query for speech recognition: audio, but no speaker template."""
    fb = FB(
        ctx, "parla.asr", "POST", f"{VOICE}/v1/asr/recognize", [("lang", "en-GB"), ("sr", "16000")]
    )
    _auth(fb, ctx)
    fb.set_body(fake_wav(ctx.rng.randint(0, 1 << 30), 2400), "audio/wav")
    fb.decoy("speech-recognition audio (not an enrolment)")
    q = ctx.rng.choice(
        ["what's the weather tomorrow", "play some jazz", "set a timer for ten minutes"]
    )
    fb.respond(
        200,
        "application/json",
        jsb({"transcript": q, "confidence": 0.92, "requestId": new_uuid(ctx.rng)}),
    )
    return fb.build()


def room_join(ctx: Context) -> Flow:
    fb = FB(ctx, "parla.room", "POST", f"{API}/v2/rooms/{new_hex(ctx.rng, 10)}/join")
    _auth(fb, ctx)
    fb.set_body(jsb({"muted": True, "clientMsgId": new_uuid(ctx.rng)}), "application/json")
    ice = {
        "iceServers": [
            {
                "urls": "turn:turn.parla.chat:3478",
                "username": f"{int(ctx.now)}:{new_hex(ctx.rng, 8)}",
                "credential": b64(ctx.rng.randbytes(20)),
            }
        ],
        "participants": [
            {"id": new_uuid(ctx.rng), "name": n, "speaking": False} for n in ("Ali", "Mona", "Jae")
        ],
    }
    fb.respond(200, "application/json", jsb(ice))
    fb.decoy("TURN credentials, participant uuids")
    return fb.build()


def room_stats(ctx: Context) -> Flow:
    """WebRTC stats: audio levels and jitter series (numbers, no voice template)."""
    fb = FB(ctx, "parla.rtcstats", "POST", f"{API}/v2/rtc/stats")
    _auth(fb, ctx)
    body = {
        "audioLevel": [round(ctx.rng.random(), 3) for _ in range(192)],
        "jitterMs": [round(ctx.rng.uniform(2, 30), 1) for _ in range(64)],
        "codec": "opus/48000/2",
        "ssrc": ctx.rng.randint(1, 2**32 - 1),
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("192 audio levels (0..1) and jitter series")
    fb.respond(204, None)
    return fb.build()


def settings(ctx: Context) -> Flow:
    fb = FB(ctx, "parla.settings", "GET", f"{API}/v2/me/settings")
    _auth(fb, ctx)
    fb.respond(
        200,
        "application/json",
        jsb({"voiceMatch": True, "personalResults": True, "language": "en-GB", "region": "DE"}),
    )
    fb.decoy("voiceMatch setting flag")
    return fb.build()
