"""MyVaani: a telco's self-care app with "voice as password" (voice biometrics).

Enrolment uploads three passphrase recordings and gets a voiceprint; logins send
a fresh sample for speaker verification; the in-house engine also posts the
speaker embedding (an x-vector) for the fraud team. As a carrier app with
carrier privileges it can read the IMEI for SIM / device checks. Voice search
(speech-to-text), usage graphs and recharge plans are ordinary traffic.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

HOST = "https://selfcare.myvaani.example.in"
VB = "https://vbio.myvaani.example.in"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "myvaani", method, url)
    b.header("user-agent", ua("MyVaani", "7.3.2"))
    return b


def _bnd(c: Context) -> str:
    return "vb-" + hashlib.md5(rid(c.rng).encode()).hexdigest()[:20]


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", VB + "/api/v2/speaker/enroll")
    b.bio("voiceprint", "multipart:utterance_1..3 (speaker enrolment)")
    bnd = _bnd(c)
    parts = [
        ("speakerId", None, None, c.phone.telco_msisdn.encode()),
        ("passphrase", None, None, b"meri awaaz hi meri pehchaan hai"),
    ]
    parts += [
        (f"utterance_{i}", f"u{i}.wav", "audio/wav", fake_wav(c.rng.randrange(10**9), 600))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"enrolled": True, "voiceprintId": "vp_" + rid(c.rng)[:8]})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", VB + "/api/v2/speaker/verify")
    b.bio("voice_sample", "multipart:audio (speaker verification)")
    bnd = _bnd(c)
    parts = [
        ("voiceprintId", None, None, b"vp_main"),
        ("channel", None, None, b"app_login"),
        ("audio", "sample.wav", "audio/wav", fake_wav(c.rng.randrange(10**9), 700)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"decision": "ACCEPT", "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "POST", VB + "/fraud/v1/xvector")
    b.bio("voice_embedding", "json:speaker.xvector")
    b.json(
        {
            "msisdn": c.phone.telco_msisdn,
            "speaker": {
                "xvector": floats(c.rng, 192),
                "model": "ecapa-tdnn-512",
                "snr_db": rf(c.rng, 8, 30, 1),
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def voiceprint_b64(c: Context) -> Flow:
    b = _b(c, "PUT", VB + "/api/v1/voiceprint")
    b.bio("voiceprint", "json:voicePrint (base64 float32)")
    b.json({"voicePrint": floats_b64(floats(c.rng, 256)), "algo": "vbx-3", "createdAt": iso(c)})
    b.no_content()
    return b.build()


def vb_opaque(c: Context) -> Flow:
    b = _b(c, "POST", VB + "/s")
    b.bio("voice_sample", "body (encrypted audio blob)", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(420)
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/assist/v1/stt")
    b.decoy("speech sent for speech-to-text (not speaker recognition)")
    bnd = _bnd(c)
    body = multipart(
        bnd,
        [
            ("lang", None, None, b"hi-IN"),
            ("audio", "query.wav", "audio/wav", fake_wav(c.rng.randrange(10**9), 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"transcript": "mera data balance kitna hai"})
    return b.build()


def sim_check(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/device/v1/sim-check")
    b.json(
        {
            "msisdn": c.phone.telco_msisdn,
            "imei": b.id("imei", where="json:imei"),
            "androidId": b.id("aid_telco", where="json:androidId"),
            "volte": True,
            "slot": 0,
        }
    )
    b.ok_json({"ok": True, "handsetCompatible5G": True})
    return b.build()


def imei_header(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/v3/usage/summary")
    b.header("x-dev-imei", b.id("imei", "b64", where="header:x-dev-imei"))
    b.ok_json({"dailyMb": [c.rng.randint(300, 3000) for _ in range(14)], "validity": "2026-12-28"})
    return b.build()


def plans(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/v2/plans")
    b.params.append(("circle", c.rng.choice(["PB", "GJ", "KA", "KL"])))
    b.decoy("recharge plans with prices")
    b.ok_json({"plans": [{"id": p, "price": p, "days": 28} for p in (199, 299, 349, 719)]})
    return b.build()


def opaque_token(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/auth/v1/refresh")
    b.json({"rt": base64.urlsafe_b64encode(hashlib.sha256(rid(c.rng).encode()).digest()).decode()})
    b.ok_json({"at": rid(c.rng), "exp": 3600})
    return b.build()
