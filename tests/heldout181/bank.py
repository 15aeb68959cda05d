"""Bank Hapoalim-style mobile banking ("Bank Or", fictional): selfie login (face
embedding from the on-device model), voice login (the customer says a pass phrase;
the recording and a speaker embedding go to the voice-biometrics service) and
device binding. The assistant's speech-to-text (transcription only, no speaker
model), exchange-rate series and the transactions list are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, gz, js, multipart

from .phone import FB, floats, ios_ua, iso, rf, rid, ua

API = "https://mobile.bank-or.example"
VOICE = "https://voicebio.bank-or.example"
UA = ua("BankOr", "11.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bank-or", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/knisa/panim")
    b.bio("face_embedding", "json faceVector (base64 float32, 128)")
    b.json(
        {
            "mispar_lakoach": b.acct("bank_customer"),
            "faceVector": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.8, 1, 3),
            "binding": b.id("bank_binding", where="json binding"),
        }
    )
    b.ok_json({"status": "OK", "session": b64(rid(c.rng))})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/v1/verify")
    boundary = "okhttp-" + rid(c.rng)
    b.bio("voice_sample", "multipart kol_sisma (pass-phrase audio for speaker verification)")
    parts = [
        ("lakoach", None, None, b.acct("bank_customer").encode()),
        ("kol_sisma", "voice.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1600)),
        ("mishpat", None, None, "הקול שלי הוא הסיסמה שלי".encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerMatch": rf(c.rng, 0.6, 0.99, 3), "decision": "accept"})
    return b.build()


def voiceprint_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/v1/enrol")
    b.bio("voiceprint", "json speakerEmbedding (192 floats) + voiceprintId")
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 192),
            "voiceprintId": rid(c.rng),
            "sampleRate": 16000,
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def opaque_auth(c: Context) -> Flow:
    """The iOS build's auth payload: gzip+base64 of the face vector under `d`."""
    b = FB(c, "bank-or-ios", "POST", f"{API}/a/v1")
    b.header("user-agent", ios_ua("BankOr", "11.3.0", "1130"))
    b.header("x-dv", b.id("idfv_bank", where="header x-dv (IDFV)"))
    b.bio("face_embedding", "form d (gzip+base64 of a float vector)", detectable=False)
    inner = js({"v": floats(c.rng, 128), "t": iso(c)})
    b.form([("d", b64(gz(inner.encode())))])
    b.ok_json({"s": 1})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/bind")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "bindingKey": b.id("bank_binding", where="json bindingKey"),
            "model": "SM-S911B",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/shaar?matbea=USD,EUR")
    b.decoy("exchange-rate series (floats that are prices)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 3.5, 3.9, 4) for _ in range(30)],
            "EUR": [rf(c.rng, 3.8, 4.2, 4) for _ in range(30)],
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/tnuot?from=2026-11-01")
    b.decoy("transactions with reference numbers")
    b.ok_json(
        {
            "tnuot": [
                {
                    "asmachta": c.rng.randint(10**6, 10**7),
                    "schum": rf(c.rng, -900, 900, 2),
                    "teur": c.rng.choice(["שופרסל", "רב-קו", "משכורת"]),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def assistant_stt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/stt")
    b.decoy("speech-to-text of a question (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.ok_json({"transcript": "מה היתרה שלי", "confidence": rf(c.rng, 0.8, 1, 2)})
    return b.build()


def selfie_quality(c: Context) -> Flow:
    """The on-device face check's result, sent before the login vector: estimated age,
    sex and expression and the head pose, read from the customer's face."""
    b = _b(c, "POST", f"{API}/auth/v2/panim/nituach")
    b.bio("face_analysis", "json nituach_panim (gil_mesha'er, min_mezuhe, regesh, tnuchat_rosh)")
    b.json(
        {
            "nituach_panim": {
                "gil_mesha'er": c.rng.randint(25, 70),
                "min_mezuhe": c.rng.choice(["F", "M"]),
                "regesh": c.rng.choice(["neutral", "smile"]),
                "tnuchat_rosh": {"yaw": rf(c.rng, -15, 15, 1), "pitch": rf(c.rng, -10, 10, 1)},
                "einayim_ptuchot": True,
            },
            "ts": iso(c),
        }
    )
    b.ok_json({"continue": True})
    return b.build()
