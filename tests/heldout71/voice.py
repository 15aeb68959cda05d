"""Alem: a Kazakh / Russian voice assistant that logs the user in by voice
(fictional backend; speaker-verification flow after common voice-biometrics
APIs: enrol several utterances, then verify one against the stored print).

Biometric: speaker enrolment (multipart WAV), voice-login verification with a
voice sample, a voiceprint vector pushed from the phone, the avatar's face
blendshape weights (MediaPipe names), and a binary upload
under meaningless names (not detectable). Decoys: speech-to-text (not
biometric by convention), TTS audio fetches, a weather skill.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rid, ua

API = "https://voice.alem.kz"
UA = ua("Alem", "1.19.0")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "alem", method, API + path)
    b.header("user-agent", UA)
    b.header("x-alem-device", b.id("voice_device", where="header.x-alem-device"))
    return b


def _wav(ctx: Context) -> bytes:
    return fake_wav(ctx.rng.randint(0, 10**9), 800)


def enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/speaker/enroll")
    bnd = "alem" + rid(ctx.rng)[:12]
    parts = [
        ("user", None, None, b.acct("voice_user").encode()),
        ("utterance_index", None, None, str(ctx.rng.randint(1, 3)).encode()),
        ("audio", "enroll.wav", "audio/wav", _wav(ctx)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("speaker_enrolment", "multipart audio -> /speaker/enroll")
    b.ok_json({"enrolled": False, "remaining": 1})
    return b.build()


def voice_login(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/auth/voice-login")
    bnd = "alem" + rid(ctx.rng)[:12]
    parts = [
        ("phrase", None, None, "Менің дауысым - менің құпия сөзім".encode()),
        ("sample", "login.wav", "audio/wav", _wav(ctx)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "multipart sample -> /auth/voice-login")
    b.ok_json({"verified": True, "score": 0.91})
    return b.build()


def voiceprint_sync(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/v2/speaker/profile")
    b.json(
        {
            "user": b.acct("voice_user"),
            "voiceprint": {"model": "ecapa-tdnn-192", "vector": floats_b64(floats(ctx.rng, 192))},
            "updated": iso(ctx),
        }
    )
    b.bio("voiceprint", "body.voiceprint.vector")
    b.no_content()
    return b.build()


BLENDSHAPES = ["jawOpen", "mouthSmileLeft", "mouthSmileRight", "eyeBlinkLeft", "eyeBlinkRight",
               "browInnerUp", "mouthFunnel", "cheekPuff"]  # fmt: skip


def avatar_blendshapes(ctx: Context) -> Flow:
    """The assistant's animated avatar mirrors the user's face (MediaPipe Face
    Landmarker blendshape names), streamed to the server that renders it."""
    b = _b(ctx, "POST", "/v2/avatar/mirror")
    frames = [
        {"t": i * 33, "bs": {n: round(ctx.rng.random(), 3) for n in BLENDSHAPES}}
        for i in range(ctx.rng.randint(3, 6))
    ]
    b.json({"session": rid(ctx.rng), "faceBlendshapes": frames})
    b.bio("blendshapes", "body.faceBlendshapes[].bs")
    b.no_content()
    return b.build()


def opaque_upload(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/x/u")
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.bio("voice_sample", "body (encrypted audio)", detectable=False)
    b.no_content()
    return b.build()


def asr(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/asr/recognize?lang=kk-KZ")
    b.set_body(_wav(ctx), "audio/wav")
    b.decoy("speech-to-text audio (not biometric)")
    b.ok_json({"text": ctx.rng.choice(["ертең ауа райы қандай", "включи музыку"])})
    return b.build()


def tts(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v2/tts?voice=aru&text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC")
    b.respond(200, "audio/ogg", b"OggS" + bytes(ctx.rng.getrandbits(8) for _ in range(200)))
    b.decoy("TTS audio fetch")
    return b.build()


def weather_skill(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v2/skills/weather?city=Almaty")
    b.ok_json({"temp": [ctx.rng.randint(-15, 5) for _ in range(24)], "trace": rid(ctx.rng)})
    b.decoy("hourly temperature series")
    return b.build()
