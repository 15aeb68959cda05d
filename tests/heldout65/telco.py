"""A telco self-care app ("MyConnect", MTN-like): voice login (speaker enrolment
and verification with a spoken passphrase), its carrier-privileged device check
that reads the IMEI, voice commands sent for speech-to-text (not biometric),
bundles and balance (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://selfcare.myconnect.ng"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "myconnect", method, API + path)
    b.header("user-agent", ua("MyConnect", "8.14.0"))
    b.header("x-msisdn", c.phone.telco_msisdn)
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/voiceprint/enrol")
    bnd = "vp" + new_hex(c.rng, 20)
    parts = [
        (f"sample_{i}", f"s{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    parts.append(("passphrase", None, None, b"My voice is my password"))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint_enrolment", "body.sample_*")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v2/voice-login")
    b.json(
        {
            "speakerVerification": {
                "audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
                "format": "wav16k",
                "phraseId": 3,
            },
            "msisdn": c.phone.telco_msisdn,
        }
    )
    b.bio("voice_sample", "body.speakerVerification.audio")
    b.ok_json({"verified": True, "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/x")
    b.set_body(bytes.fromhex(new_hex(c.rng, 400)), "application/octet-stream")
    b.bio("voice_sample", "body (proprietary codec)", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", "/device/v1/check")
    b.json(
        {
            "imei": b.id("imei", where="body.imei"),
            "androidId": b.id("aid_telco", where="body.androidId"),
            "simSlots": 2,
            "volte": True,
        }
    )
    b.ok_json({"compatible5g": True})
    return b.build()


def imei_query(c: Context) -> Flow:
    b = _b(c, "GET", "/device/v1/warranty")
    b.param("imei", b.id("imei", where="query.imei"))
    b.ok_json({"covered": True})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", "/assistant/asr/transcribe")
    b.json(
        {
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 500)),
            "lang": "en-NG",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"text": "buy 2GB data bundle"})
    b.decoy("speech sent for speech-to-text")
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/account/balance")
    b.ok_json({"airtime": rf(c.rng, 0, 5000, 2), "dataMB": c.rng.randint(0, 20000), "asOf": iso(c)})
    b.decoy("balances")
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", "/catalogue/bundles")
    b.ok_json(
        {"bundles": [{"code": f"DB{n}", "price": n * 350, "mb": n * 1024} for n in (1, 2, 5, 10)]}
    )
    b.decoy("catalogue prices")
    return b.build()
