"""Sado Mobile: a telco self-care app (Dari / Persian UI) with voice ID.

Voice ID enrolment uploads three utterances of a passphrase to build a
voiceprint (`sabt_seda`, Finglish for voice registration); verification sends
one and gets a speaker score. One verification ships the speaker embedding as
base64 float32 under `v` with numeric keys only. The voice assistant's
balance query is speech-to-text (no speaker model). The app reads both IMEIs
for the telco's device registry.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://my.sadomobile.example"
UA = ua("SadoMobile", "5.2.7")


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "sado", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    if ident:
        b.header("x-device-id", b.id("aid_sado", where="header x-device-id"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceid/sabt_seda")
    b.bio("voiceprint", "multipart seda_1..3 (wav) for voiceprint enrolment (sabt_seda)")
    bound = "okhttp-" + new_hex(c.rng, 12)
    parts = [("ramz_soti", None, "text/plain", "صدای من رمز من است".encode())]
    parts += [
        (f"seda_{i}", f"seda_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"voiceprint_status": "enrolled", "quality": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceid/tasdiq")
    b.bio("voice_verification", "json seda (base64 wav) for speaker verification (tasdiq = verify)")
    b.json(
        {
            "seda": b64(fake_wav(c.rng.randint(0, 10**9), 700)),
            "zaban": "fa-AF",
            "amaliat": "balance_transfer",
        }
    )
    b.ok_json({"speaker_match": True, "score": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def speaker_vector(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v/2")
    b.bio(
        "speaker_embedding",
        "json v = base64 float32 speaker vector, numeric keys",
        detectable=False,
    )
    b.json({"v": floats_b64(floats(c.rng, 192)), "1": rid(c.rng), "2": 3})
    b.ok_json({"r": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def voice_assistant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/assistant/stt")
    b.decoy("speech-to-text of a balance query: transcription, no speaker model")
    b.json(
        {"audio": b64(fake_wav(c.rng.randint(0, 10**9), 500)), "lang": "prs", "task": "transcribe"}
    )
    b.ok_json({"text": "باقی مانده حساب من چقدر است", "confidence": rf(c.rng, 0.7, 0.95, 2)})
    return b.build()


def device_registry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/device/register")
    b.json(
        {
            "imei_1": b.id("imei1", where="json imei_1"),
            "imei_2": b.id("imei2", where="json imei_2"),
            "model": "SM-A356E",
            "brand": "samsung",
            "simSlots": 2,
        }
    )
    b.ok_json({"registered": True, "dirs": "whitelisted"})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/balance")
    b.decoy("balance and bundle usage with subscriber number (account data)")
    b.ok_json(
        {
            "baqi_mande": rf(c.rng, 0, 500, 2),
            "currency": "AFN",
            "internet_mb": c.rng.randint(0, 20000),
            "expires": iso(c),
        }
    )
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/bundles?lang=fa", ident=False)
    b.ok_json(
        {"bundles": [{"id": i, "name": f"بسته {i} گیگ", "price": i * 100} for i in (1, 3, 5, 10)]}
    )
    return b.build()
