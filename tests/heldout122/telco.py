"""MyNaija Mobile: a telco self-care app with voice ID ("say your passphrase").

Voice ID enrolment uploads passphrase recordings for a speaker model and
verification sends a voiceprint; the IVR-style voice search only transcribes
(speech recognition, no speaker model: not biometric). The app reads IMEI 1
and the SIM's MSISDN (an account id, not a device id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://selfcare.mynaijamobile.example"
UA = ua("MyNaijaMobile", "8.0.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mynaija", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/voiceid/enrol")
    b.bio("voiceprint", "multipart passphrase recordings to voiceid/enrol")
    boundary = rid(c.rng)
    parts = [
        (f"passphrase_{i}", f"rec{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in range(3)
    ]
    parts.append(("phrase", None, None, b"My voice na my password"))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"voiceprintStatus": "ENROLLED", "ref": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/voiceid/verify")
    b.bio("voiceprint", "json speakerEmbedding (base64 float32)")
    b.json({"speakerEmbedding": floats_b64(floats(c.rng, 192)), "channel": "app", "ts": iso(c)})
    b.ok_json({"verified": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/vx/7")
    b.bio("voiceprint", "json k (base64 float32 speaker vector)", detectable=False)
    b.json({"k": floats_b64(floats(c.rng, 192)), "s": 1})
    b.ok_json({"r": 0})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/assistant/transcribe")
    b.decoy("speech-to-text of a spoken query (no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)), "lang": "pcm-NG", "ts": ms(c)})
    b.ok_json({"text": "abeg check my data balance", "confidence": rf(c.rng, 0.7, 0.95, 2)})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/device/info")
    b.json(
        {
            "imei1": b.id("imei", where="json imei1"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "model": "Infinix X6836",
            "simSlot": 1,
        }
    )
    b.ok_json({"volte": True, "5g": False})
    return b.build()


def device_ping_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/p")
    b.param("i", b.id("imei", "sha1", "query i", detectable=False))
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/balance")
    b.decoy("airtime and data balance")
    b.ok_json(
        {"airtimeNGN": rf(c.rng, 0, 3000, 2), "dataMB": c.rng.randint(0, 20000), "expiry": iso(c)}
    )
    return b.build()


def buy_bundle(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/bundles/buy")
    b.decoy("bundle purchase with transaction id")
    b.json({"bundle": "1.5GB-30d", "priceNGN": 1200, "txnId": rid(c.rng)})
    b.ok_json({"status": "ok"})
    return b.build()


def cell_towers(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/v3/coverage?lat={rf(c.rng, 7.3, 7.45, 4)}&lng={rf(c.rng, 3.85, 3.95, 4)}",
    )
    b.decoy("coverage map coordinates and public tower ids (operator equipment)")
    b.ok_json(
        {
            "towers": [
                {
                    "cellId": c.rng.randint(10**4, 10**5),
                    "lat": rf(c.rng, 7.3, 7.45, 4),
                    "lng": rf(c.rng, 3.85, 3.95, 4),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()
