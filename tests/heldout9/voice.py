"""Echoleaf (fictional smart-speaker companion): voice ID enrolment, the
speaker embedding, speaker setup over BLE.

Voice ID enrolment as Alexa Voice ID and Google Voice Match run it: the user
reads a handful of phrases, the utterances go up as 16 kHz mono PCM WAV, the
cloud keeps a speaker model (an x-vector / ECAPA-style d-vector). The backend
and its key names are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.echoleaf.io"
UA = ua("Echoleaf", "2.19.0")
PHRASES = [
    "Hey Leaf, what's the weather today",
    "Hey Leaf, play my morning mix",
    "Hey Leaf, set a timer for ten minutes",
    "Hey Leaf, turn off the lights",
]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "echoleaf", method, API + path)
    b.header("user-agent", UA)
    b.header("x-el-installation", b.id("voice_install", where="header x-el-installation"))
    return b


def enrol_utterance(ctx: Context) -> Flow:
    prof = "vp_" + rid(ctx.rng)[:8]
    b = _b(ctx, "POST", f"/voice/v1/profiles/{prof}/enrollment")
    bnd = rid(ctx.rng)
    i = ctx.rng.randrange(len(PHRASES))
    meta = {"phraseIndex": i, "phrase": PHRASES[i], "sampleRate": 16000, "channels": 1}
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("utterance", f"utt_{i}.wav", "audio/wav", fake_wav(ctx.rng.getrandbits(32), 1600)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart utterance to voice profile enrollment")
    b.ok_json({"accepted": True, "remaining": ctx.rng.randint(0, 4)})
    return b.build()


def speaker_model(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/voice/v1/speaker-model")
    b.json(
        {
            "profileId": "vp_" + rid(ctx.rng)[:8],
            "dvector": floats_b64(floats(ctx.rng, 192, 6)),
            "modelVersion": "spk-ecapa-2.1",
            "enrolledUtterances": 4,
            "updatedAt": iso(ctx),
        }
    )
    b.bio("speaker_embedding", "json dvector (speaker embedding)")
    b.ok_json({"ok": True})
    return b.build()


def voice_sync_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/voice/v1/sync")
    b.json({"p": b64(fake_jpeg(ctx.rng.getrandbits(32), 500)[20:]), "rev": ctx.rng.randint(1, 40)})
    b.bio("speaker_embedding", "json p (encrypted voice profile)", detectable=False)
    b.no_content()
    return b.build()


def register_speaker(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/devices/v1/register")
    b.json(
        {
            "serial": b.id("spk_serial", where="json serial"),
            "bleAddress": b.id("spk_mac", where="json bleAddress"),
            "fw": "1.44.0",
            "room": "Kitchen",
            "phoneAndroidId": b.id("aid_voice", where="json phoneAndroidId"),
        }
    )
    b.ok_json({"deviceId": rid(ctx.rng)})
    return b.build()


def speaker_state(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/devices/v1/state")
    b.header("x-speaker-sn", b.id("spk_serial", "b64", where="header x-speaker-sn (base64)"))
    b.ok_json(
        {"volume": ctx.rng.randint(0, 10), "muted": False, "wifiRssi": -ctx.rng.randint(40, 80)}
    )
    return b.build()


def tts_audio(ctx: Context) -> Flow:
    b = FB(ctx, "echoleaf", "GET", f"https://tts.echoleaf.io/v1/audio/{rid(ctx.rng)}.wav")
    b.header("user-agent", UA)
    b.respond(200, "audio/wav", fake_wav(ctx.rng.getrandbits(32), 1400))
    b.decoy("text-to-speech audio download")
    return b.build()


def alarms(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/routines/v1/alarms")
    b.ok_json({"alarms": [{"at": "06:45", "days": [1, 2, 3, 4, 5], "sound": "birds"}]})
    b.decoy("alarm list")
    return b.build()


def weather_card(ctx: Context) -> Flow:
    b = FB(ctx, "echoleaf", "GET", "https://content.echoleaf.io/cards/v1/weather")
    b.header("user-agent", UA)
    temps = [rf(ctx.rng, -2, 28, 1) for _ in range(24)]
    b.ok_json({"hourly": temps, "city": "Budapest"})
    b.decoy("hourly temperature series")
    return b.build()
