"""A telco's self-care app (Magti / Ucom-like) with voice biometrics: the
customer enrols a voiceprint and later verifies by saying a passphrase. The
app reads the IMEI (it is the carrier's privileged app) for SIM binding.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://selfcare.telco-caucasus.net"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "telco", method, API + path)
    b.header("user-agent", ua("MyTelco", "6.2"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/speaker/enroll")
    body = multipart(
        "vb1",
        [
            ("phrase", None, None, b"chemi khma aris chemi paroli"),
            ("sample", "s1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=vb1")
    b.bio("voice_sample", "multipart sample to /speaker/enroll")
    b.ok_json({"enrollmentId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/speaker/verify")
    b.json(
        {
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "msisdnHash": rid(c.rng)[:12],
            "imei": b.id("imei", where="body.imei"),
        }
    )
    b.bio("voiceprint", "body.voiceprint")
    b.ok_json({"match": True, "score": rf(c.rng, 0.6, 0.99)})
    return b.build()


def voice_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/xvector")
    b.json({"xvector": floats(c.rng, 64), "model": "ecapa-tdnn", "snr": rf(c.rng, 5, 30)})
    b.bio("voiceprint", "body.xvector (speaker embedding)")
    b.no_content()
    return b.build()


def opaque_voice(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/blob")
    b.json({"p": b64(bytes(c.rng.randrange(256) for _ in range(500))), "k": 2})
    b.bio("voiceprint", "body.p (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def sim_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/api/device/register")
    b.form(
        [
            ("imei", b.id("imei", where="form imei")),
            ("wifiMac", b.id("phone_mac", where="form wifiMac")),
            ("aid", b.id("aid_telco", where="form aid")),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/api/balance")
    b.ok_json(
        {
            "gel": rf(c.rng, 0, 50, 2),
            "dataMb": c.rng.randint(0, 20000),
            "history": [rf(c.rng, 0, 3, 2) for _ in range(30)],
        }
    )
    b.decoy("numeric usage series")
    return b.build()


def dictation(c: Context) -> Flow:
    """Speech-to-text for the chat assistant: not biometric by convention."""
    b = _b(c, "POST", "/assistant/stt")
    b.set_body(fake_wav(c.rng.randint(0, 10**6), 900), "audio/wav")
    b.param("lang", c.rng.choice(["ka-GE", "hy-AM"]))
    b.decoy("speech sent for speech-to-text")
    b.ok_json({"text": "balansi"})
    return b.build()
