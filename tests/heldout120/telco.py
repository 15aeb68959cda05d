"""The telco's self-care app (fictional `mytelco.example`): voice ID, eSIM for the
smartwatch, bundles.

Voice-ID enrolment uploads speech samples to a speaker-recognition service and
verification sends a speaker embedding: both biometric, as is a raw audio upload
under a neutral key (not detectable). The voice assistant's speech-to-text
(Amharic transcription, no speaker model) and the USSD menu are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://selfcare.mytelco.example"
UA = ua("MyTelco", "4.6.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mytelco", method, url)
    b.header("user-agent", UA)
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v1/sagalee-galmeessi")
    b.bio("voiceprint_audio", "multipart sagalee_1..3 (Oromo 'voice') enrolment to voiceid")
    boundary = new_hex(c.rng, 20)
    parts = [("msisdn", None, None, c.phone.msisdn.encode())]
    parts += [
        (f"sagalee_{i}", f"s{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True, "speakerModel": "v2"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v1/verify")
    b.bio("speaker_embedding", "json speaker_embedding (float32 base64, 192-d)")
    b.json(
        {
            "msisdn": c.phone.msisdn,
            "speaker_embedding": floats_b64(floats(c.rng, 192)),
            "phrase": "ድምፄ የይለፍ ቃሌ ነው",
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def neutral_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/media/v1/put")
    b.bio(
        "voiceprint_audio",
        "json f (base64 WAV for voice verification, neutral key)",
        detectable=False,
    )
    b.json({"f": b64(fake_wav(c.rng.randint(0, 10**9), 500)), "k": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def speech_to_text(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/stt?lang=am-ET")
    b.decoy("speech-to-text of a spoken request: transcription, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 400), "audio/wav")
    b.ok_json({"transcript": "ቀሪ ሂሳቤን አሳየኝ", "confidence": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def watch_esim(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/esim/v1/wearable/activate")
    b.json(
        {
            "primaryImei": b.id("imei", where="json primaryImei"),
            "wearableBtMac": b.id("watch_mac", where="json wearableBtMac (smartwatch)"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "msisdn": c.phone.msisdn,
        }
    )
    b.ok_json({"iccid": "8925101" + str(c.rng.randint(10**11, 10**12)), "state": "ready"})
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/bundles/v1/list?lang=om")
    b.decoy("bundle catalogue with prices and validity days")
    b.ok_json(
        {
            "bundles": [
                {"maqaa": "Daily 1GB", "birr": 15, "days": 1},
                {"maqaa": "Weekly", "birr": 75, "days": 7},
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/balance")
    b.header("x-imei-hash", b.id("imei", how="md5", where="header x-imei-hash (MD5 of IMEI)"))
    b.ok_json({"birr": rf(c.rng, 0, 400, 2), "at": iso(c)})
    return b.build()
