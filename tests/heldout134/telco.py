"""Meri Awaaz Telco: an Airtel/Jio-like self-care app with voice biometrics
("aawaz hi pehchaan") for SIM swap and customer care.

Enrolment and verification post speech clips to the voiceprint service with
readable keys; the IVR call-back posts a raw clip whose only label is `k=3`.
Hindi voice search is transcription (no speaker model): a decoy. The "my
devices" answer echoes the handset's two IMEIs as the network saw them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://selfcare.meriawaaz.example"
VB = "https://vb.meriawaaz.example"
UA = ua("MeriAwaaz", "6.18.0")
BOUNDARY = "vb-91d2"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "meriawaaz", method, url)
    b.header("user-agent", UA)
    b.header("x-ma-did", b.id("aid_telco", where="header x-ma-did"))
    return b


def voiceprint_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{VB}/v1/aawaz-pehchaan/enrol")
    b.bio("voiceprint", "multipart voice_sample_1..3 (speaker enrolment)")
    parts = [
        (f"voice_sample_{i}", f"s{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in (1, 2, 3)
    ]
    parts.append(
        (
            "meta",
            None,
            "application/json",
            b'{"purpose":"voiceprint_enrolment","phrase":"meri awaaz hi meri pehchaan hai"}',
        )
    )
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.ok_json({"enrolled": True, "voiceprint_id": rid(c.rng)})
    return b.build()


def voiceprint_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{VB}/v1/aawaz-pehchaan/verify")
    b.bio("speaker_embedding", "json speaker_embedding + audio_b64 (speaker verification)")
    b.json(
        {
            "flow": "sim_swap",
            "audio_b64": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
            "speaker_embedding": floats_b64(floats(c.rng, 192)),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def ivr_clip_opaque(c: Context) -> Flow:
    b = FB(c, "meriawaaz", "POST", f"{VB}/c/u?k=3&s={rid(c.rng)}")
    b.header("user-agent", UA)
    b.bio(
        "voiceprint", "body raw clip, query k=3 (speaker check, no key says so)", detectable=False
    )
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800)[44:], "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/search/bolkar-khojein")
    b.decoy("Hindi voice search: speech-to-text only (no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 500), "audio/wav")
    b.ok_json({"transcript": "399 wala recharge plan dikhao", "lang": "hi-IN", "conf": 0.91})
    return b.build()


def my_devices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/account/mere-device")
    body = {
        "handset": {
            "brand": "Redmi",
            "model": "Note 13 5G",
            "volte": True,
            "5g_ready": True,
            "imei_1": b.id("imei", where="response json handset.imei_1", direction="response"),
            "imei_2": b.id("imei2", where="response json handset.imei_2", direction="response"),
        },
        "sim": {"msisdn": b.acct("mobile"), "type": "prepaid"},
    }
    b.ok_json(body)
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/balance")
    b.decoy("data balance and plan validity")
    b.ok_json({"data_left_gb": rf(c.rng, 0.1, 2.0, 2), "validity": "2024-12-24", "plan_inr": 399})
    return b.build()


def plans(c: Context) -> Flow:
    b = FB(c, "meriawaaz", "GET", f"{API}/v2/plans?circle=MH")
    b.header("user-agent", UA)
    b.ok_json({"plans": [{"inr": p, "days": d} for p, d in ((299, 28), (399, 28), (749, 72))]})
    return b.build()
