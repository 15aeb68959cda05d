"""The in-car voice assistant with "voice match" speaker profiles (in-house,
fictional "Hej Vagn"), modelled on how speaker enrolment works in published
systems (a few spoken samples of a fixed phrase, then a d-vector per utterance
compared against the enrolled profile).

Biometric: enrolment samples (WAV, multipart), a speaker embedding at
verification, a Swedish `röst.avtryck` (voice print) upload, an opaque blob.
Decoys: the recognised text of a command, a TTS answer, wake-word settings.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid

VOICE = "https://voice.nordvagn-auto.com"


def _h(b: FB, ctx: Context) -> None:
    b.header("user-agent", "HejVagn/3.2.7 (AAOS 13)")
    b.header("x-request-id", rid(ctx.rng))


def enrol_sample(ctx: Context) -> Flow:
    prof = ctx.phone.voice_profile
    b = FB(ctx, "hejvagn", "POST", f"{VOICE}/v2/voicematch/enroll")
    _h(b, ctx)
    b.bio("voiceprint", "multipart audio (enrolment sample) with voicematch metadata")
    meta = {"profileId": prof, "phrase": "Hej Vagn", "sample": ctx.rng.randint(1, 4)}
    bnd = "hv" + new_hex(ctx.rng, 20)
    parts = [
        ("metadata", None, "application/json", jsb(meta)),
        ("audio", "sample.wav", "audio/wav", fake_wav(ctx.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"accepted": True, "remaining": ctx.rng.randint(0, 3)})
    return b.build()


def verify(ctx: Context) -> Flow:
    b = FB(ctx, "hejvagn", "POST", f"{VOICE}/v2/voicematch/verify")
    _h(b, ctx)
    b.bio("voice_embedding", "body speakerEmbedding")
    b.json(
        {
            "speakerEmbedding": floats(ctx.rng, 64),
            "candidateProfiles": [ctx.phone.voice_profile],
            "utteranceMs": ctx.rng.randint(600, 2400),
            "ts": iso(ctx),
        }
    )
    b.ok_json({"profile": ctx.phone.voice_profile, "score": rf(ctx.rng, 0.5, 0.98, 3)})
    return b.build()


def rost_avtryck(ctx: Context) -> Flow:
    """The Swedish-named profile refresh: a voice print, base64 float32."""
    b = FB(ctx, "hejvagn", "PUT", f"{VOICE}/v1/profiler/{ctx.phone.voice_profile}")
    _h(b, ctx)
    b.bio("voice_embedding", "body röst.avtryck")
    b.json({"röst": {"avtryck": floats_b64(floats(ctx.rng, 192)), "version": 3}, "språk": "sv"})
    b.ok_json({"uppdaterad": True})
    return b.build()


def opaque_upload(ctx: Context) -> Flow:
    b = FB(ctx, "hejvagn", "POST", f"{VOICE}/v1/u")
    _h(b, ctx)
    b.bio("voice_embedding", "body d (opaque)", detectable=False)
    b.json({"d": b64(bytes.fromhex(new_hex(ctx.rng, 300))), "n": 1})
    b.no_content()
    return b.build()


def command_text(ctx: Context) -> Flow:
    """Decoy: the recognised text and its intent (no audio, no speaker data)."""
    q = ctx.rng.choice(
        ["spela nästa avsnitt", "navigera till närmaste laddstation", "sätt värmen på 21 grader",
         "ring mamma", "spill av NRK P3"]
    )  # fmt: skip
    b = FB(ctx, "hejvagn", "POST", f"{VOICE}/v1/nlu")
    _h(b, ctx)
    b.decoy("command transcript text, not a voice sample")
    b.json({"query": q, "locale": ctx.rng.choice(["sv-SE", "nb-NO"]), "confidence": 0.93})
    b.ok_json({"intent": "media.play", "slots": {}})
    return b.build()


def tts(ctx: Context) -> Flow:
    """Decoy: the assistant's spoken answer, downloaded."""
    b = FB(ctx, "hejvagn", "GET", f"{VOICE}/v1/tts/{new_hex(ctx.rng, 16)}.opus")
    _h(b, ctx)
    b.decoy("TTS audio download")
    b.respond(200, "audio/ogg", b"OggS" + bytes.fromhex(new_hex(ctx.rng, 300)))
    return b.build()


def wake_settings(ctx: Context) -> Flow:
    b = FB(ctx, "hejvagn", "GET", f"{VOICE}/v1/settings/wakeword")
    _h(b, ctx)
    b.decoy("wake-word sensitivity settings")
    b.ok_json({"phrase": "Hej Vagn", "sensitivity": rf(ctx.rng, 0.4, 0.8, 2), "vad": "webrtc"})
    return b.build()
