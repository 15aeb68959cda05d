"""Dales & Clyde: a high-street bank's app with voice ID on the phone line and in app.

Voice ID enrols a voiceprint from three repetitions of a pass-phrase and
verifies against it; the in-house team names it plainly (`voiceprint`,
`voice-id/verify`). A newer build wraps the verification audio in the app's own
encrypted envelope. The "Ask Dales" voice search is speech-to-text with no
speaker model: not biometric. Balances and spending charts are number series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.dalesclyde.example"
FIS = "https://firebaseinstallations.googleapis.com"
UA = ua("DalesClyde", "12.31.0")
PHRASE = "at dales and clyde my voice is my password"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dalesclyde", method, url)
    b.header("user-agent", UA)
    b.header("x-customer-id", b.acct("bank_customer"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/security/voice-id/v2/enrol")
    b.bio("voiceprint", "multipart sample_1..3 audio/wav + phrase (voiceprint enrolment)")
    boundary = "dc-" + new_hex(c.rng, 16)
    parts = [("phrase", None, None, PHRASE.encode()), ("channel", None, None, b"app")]
    parts += [
        (f"sample_{i}", f"sample_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"voiceprintStatus": "ENROLLED", "voiceprintRef": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/security/voice-id/v2/verify")
    b.bio("voice_verification", "json audio (base64 wav) for speaker verification")
    b.json(
        {
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 700)),
            "encoding": "LINEAR16",
            "sampleRateHz": 16000,
            "phrase": PHRASE,
        }
    )
    b.ok_json({"decision": "MATCH", "score": rf(c.rng, 0.8, 0.99, 3), "reason": None})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    """12.30+: the verification audio inside the app's own AES envelope."""
    b = _b(c, "POST", f"{API}/api/s/v1/7")
    b.bio(
        "voice_verification",
        "json p: encrypted envelope of the verification audio",
        detectable=False,
    )
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"k": 2, "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))), "p": b64(blob)})
    b.ok_json({"r": 1})
    return b.build()


def speaker_embedding_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/security/voice-id/v2/template/refresh")
    b.bio("speaker_embedding", "json speakerEmbedding (192 floats)")
    b.json(
        {
            "modelVersion": "ecapa-192-v3",
            "speakerEmbedding": floats(c.rng, 192),
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"updated": True})
    return b.build()


def ask_dales(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/transcribe")
    b.decoy("speech-to-text of a voice search: transcription, no speaker model")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 300)), "languageCode": "en-GB"})
    b.ok_json(
        {
            "transcript": c.rng.choice(["how much did I spend at tesco", "freeze my card"]),
            "confidence": 0.91,
        }
    )
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v3/summary")
    b.ok_json(
        {
            "accounts": [
                {
                    "name": "Current Account",
                    "sortCode": "40-12-76",
                    "balance": rf(c.rng, 100, 4000, 2),
                    "currency": "GBP",
                }
            ]
        }
    )
    return b.build()


def spending_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/insights/v1/spending?period=12m")
    b.decoy("monthly spending series: a float vector with no face or voice context")
    b.ok_json(
        {
            "series": [rf(c.rng, 300, 2500, 2) for _ in range(12)],
            "categories": ["groceries", "travel", "bills"],
        }
    )
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/security/v1/device-binding")
    b.json(
        {
            "deviceBinding": {
                "androidId": b.id("aid_bank", where="json deviceBinding.androidId"),
                "hwModel": "SM-S921B",
                "rooted": False,
            }
        }
    )
    b.ok_json({"bound": True, "bindingRef": rid(c.rng)})
    return b.build()


def hashed_device_header(c: Context) -> Flow:
    """Every API call of build 12.31 carries a SHA-256 of the ANDROID_ID as `x-dc-h`."""
    b = _b(c, "GET", f"{API}/payments/v2/payees")
    b.header(
        "x-dc-h", b.id("aid_bank", "sha256", "header x-dc-h (sha256 under an opaque name)", False)
    )
    b.ok_json({"payees": [{"name": "J McAllister", "sortCode": "83-91-11", "last4": "2231"}]})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", f"{FIS}/v1/projects/dales-clyde-prod/installations")
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("bank_fiid", where="json fid"),
            "appId": "1:448812:android:" + "5e1c0a7d9b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/448812/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()
