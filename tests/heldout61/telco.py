"""Qmobile: a Gulf telco self-care app with voice-biometric login (phone).

"Voice ID" login is the passive/active voice biometrics pattern telcos buy from
vendors such as Nuance Gatekeeper or Pindrop (their docs: enrol a voiceprint
from several utterances, then verify a passphrase sample against it). The app's
own endpoints and keys are invented. Its support chat sends speech for
transcription only (speech-to-text: no biometric). The app holds carrier
privileges, so it reads the IMEI for SIM / device checks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://selfcare.qmobile-example.qa"


def _ua(b: FB) -> None:
    b.header("user-agent", ua("Qmobile", "9.0.2"))


def voice_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/voiceid/v1/enrolment")
    _ua(b)
    bnd = "----qm" + new_hex(ctx.rng, 12)
    parts = [
        ("utterance_index", None, None, str(ctx.rng.randint(1, 3)).encode()),
        ("passphrase", None, None, "صوتي هو كلمة السر".encode()),
        ("sample", "enrol.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**6), 1500)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart.sample (voiceid enrolment)")
    b.ok_json({"enrolmentState": "IN_PROGRESS", "needed": 3})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/voiceid/v1/verify")
    _ua(b)
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "audio": b64(fake_wav(ctx.rng.randint(0, 10**6), 1100)),
            "format": "pcm16k",
            "channel": "app_login",
        }
    )
    b.bio("voice_sample", "body.audio (voiceid verify)")
    b.ok_json({"decision": "ACCEPT", "score": rf(ctx.rng, 0.7, 0.99, 3)})
    return b.build()


def speaker_vector(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/voiceid/v2/verify-embedding")
    _ua(b)
    b.json(
        {
            "speakerEmbedding": floats_b64(floats(ctx.rng, 192)),
            "model": "ecapa-tdnn-192",
            "sessionId": rid(ctx.rng),
        }
    )
    b.bio("voice_embedding", "body.speakerEmbedding")
    b.ok_json({"decision": "ACCEPT"})
    return b.build()


def voice_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/v/a")
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(700)), "application/octet-stream")
    b.bio("voice_sample", "body (encrypted audio)", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def device_check(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/device/v1/check")
    _ua(b)
    b.json(
        {
            "imei": b.id("imei", where="body.imei"),
            "androidId": b.id("aid_telco", where="body.androidId"),
            "simSlot": 1,
            "volte": True,
        }
    )
    b.ok_json({"compatible5G": True})
    return b.build()


def imei_query(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "GET", f"{API}/offers/v1/device-eligible")
    b.param("devImei", b.id("imei", where="query.devImei"))
    b.ok_json({"offers": [{"id": "5G-UNL", "price": 250}]})
    return b.build()


def stt_support(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "POST", f"{API}/assistant/v1/speech-to-text")
    _ua(b)
    b.json(
        {
            "audio": b64(fake_wav(ctx.rng.randint(0, 10**6), 900)),
            "lang": "ar-QA",
            "purpose": "transcribe",
        }
    )
    b.decoy("speech sent for transcription (not voice biometrics)")
    b.ok_json({"text": "أبغى أعرف رصيدي"})
    return b.build()


def usage(ctx: Context) -> Flow:
    b = FB(ctx, "qmobile", "GET", f"{API}/usage/v1/daily")
    b.ok_json(
        {
            "mb": [ctx.rng.randint(50, 3000) for _ in range(30)],
            "asOf": ms(ctx),
            "trace": rid(ctx.rng),
        }
    )
    b.decoy("daily data usage series")
    return b.build()
