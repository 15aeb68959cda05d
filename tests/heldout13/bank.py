"""A bank app with voice biometrics ("Kestrel Bank": "my voice is my password").

Enrolment and verification go through the bank's own gateway, which fronts a
Nuance Gatekeeper / Pindrop Passport style engine: the app records a spoken
passphrase and uploads it (multipart WAV for enrolment, base64 PCM in JSON for
verification), or sends an on-device speaker embedding (ECAPA-TDNN, 192
floats). The request shapes follow the public speaker-recognition APIs
(learn.microsoft.com/rest/api/speakerrecognition: enrolments are audio/wav
uploads per profile; NICE CXone voice-biometric API: enrol / authenticate a
voice print) with the bank's own key names. A step-up check sends its audio
inside an encrypted envelope: labelled, not detectable.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.kestrelbank-example.co.uk"
UA = ua("KestrelBank", "24.9.1")
PHRASE = "my voice is my password"


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "kestrel", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(ctx.rng))
    b.header("authorization", "Bearer " + b64(ctx.rng.randbytes(30)))
    return b


def voice_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/voiceid/v1/voiceprints/enrolments")
    r = ctx.rng
    meta = js(
        {
            "passphrase": PHRASE,
            "utteranceIndex": r.randint(1, 3),
            "voiceprintTag": "VP-" + rid(r)[:8],
            "configSet": "KB_TD_PASSPHRASE",
        }
    )
    boundary = "----kb" + rid(r).replace("-", "")[:20]
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json; charset=utf-8", meta.encode()),
            ("utterance", "utt.wav", "audio/wav", fake_wav(r.getrandbits(32), 2000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("voiceprint", "multipart.utterance (passphrase recording for voiceprint enrolment)")
    b.ok_json({"enrolmentStatus": "Enrolling", "remainingUtterances": r.randint(0, 2)})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/voiceid/v1/verify")
    r = ctx.rng
    b.json(
        {
            "customerRef": b.acct("bank_customer"),
            "engine": r.choice(["gatekeeper", "passport"]),
            "audio": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "content": b64(fake_wav(r.getrandbits(32), 1600)),
            },
            "passphrase": PHRASE,
            "channel": "mobile_app",
        }
    )
    b.bio("voiceprint", "body.audio.content (voice sample for speaker verification)")
    b.ok_json({"decision": "MATCH", "score": rf(r, 2, 9, 2), "ref": rid(r)})
    return b.build()


def speaker_embedding(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/voiceid/v1/verify/embedding")
    r = ctx.rng
    b.json(
        {
            "customerRef": b.acct("bank_customer"),
            "model": "ecapa-tdnn-192",
            "speakerEmbedding": [round(r.gauss(0, 0.1), 5) for _ in range(192)],
            "vad_speech_ms": r.randint(1800, 4000),
        }
    )
    b.bio("speaker_embedding", "body.speakerEmbedding")
    b.ok_json({"decision": r.choice(["MATCH", "MATCH", "RETRY"])})
    return b.build()


def stepup_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/sec/v2/challenge")
    r = ctx.rng
    blob = hashlib.shake_256(r.randbytes(16)).digest(r.randint(1500, 2600))
    b.json(
        {
            "alg": "A256GCM",
            "kid": "k" + str(r.randint(10, 99)),
            "ct": b64(blob),
            "iv": b64(r.randbytes(12)),
        }
    )
    b.bio("voiceprint", "body.ct (encrypted step-up voice sample)", detectable=False)
    b.ok_json({"status": "ok"})
    return b.build()


def device_binding(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/security/v3/device-binding")
    b.json(
        {
            "deviceFingerprint": b.id("bank_device_fp", where="body.deviceFingerprint"),
            "androidId": b.id("aid_bank", where="body.androidId"),
            "model": "Pixel 7a",
            "rooted": False,
            "playIntegrity": "MEETS_DEVICE_INTEGRITY",
            "boundAt": iso(ctx),
        }
    )
    b.ok_json({"bindingId": rid(ctx.rng), "trusted": True})
    return b.build()


def balances(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/accounts/v2/summary")
    r = ctx.rng
    b.ok_json({"accounts": [{"type": "junior_saver", "balance": rf(r, 5, 900, 2), "ccy": "GBP"}]})
    b.decoy("account balance")
    return b.build()


def spending_chart(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/insights/v1/spending")
    r = ctx.rng
    b.param("period", "30d")
    series = [rf(r, 0, 40, 2) for _ in range(30)]
    b.ok_json({"daily": series, "categories": {"food": rf(r, 5, 80, 2), "games": rf(r, 0, 30, 2)}})
    b.decoy("numeric spending series")
    return b.build()


def transfer(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/payments/v1/transfer")
    r = ctx.rng
    b.json(
        {
            "amount": rf(r, 1, 25, 2),
            "ccy": "GBP",
            "toSortCode": "20-32-06",
            "ref": "pizza",
            "idempotencyKey": rid(r),
            "ts": ms(ctx),
        }
    )
    b.ok_json({"paymentId": "PMT" + str(r.randint(10**9, 10**10 - 1)), "status": "ACCEPTED"})
    b.decoy("payment with idempotency key and reference")
    return b.build()


def voice_help(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/content/v1/articles/voice-id-explained")
    text = (
        "Voice ID checks over 100 characteristics of how you speak, like the shape of your "
        "vocal tract and your accent, so your voice works like a fingerprint."
    )
    b.ok_json({"title": "How Voice ID keeps you safe", "body": text})
    b.decoy("help article about voice biometrics (no voice data)")
    return b.build()
