"""Benki Yetu: a bank app on the Tecno with selfie onboarding and voice login.

Voice login uses VoiceIt API 2 (multipart `userId`, `contentLanguage`,
`phrase`, `recording` to `/enrollments/voice` and `/verification/voice`;
https://api.voiceit.io/#voice-enrollments); the bank's own fallback sends a
speaker embedding as `alama_ya_sauti` (a voiceprint, float32 base64). Selfie
onboarding posts the photo to the bank's own step URL as a multipart part
named `f1` (file blob.bin): nothing readable says it is a face. The device
check sends the ANDROID_ID and the phone's serial is not read. The voice
assistant sends speech for transcription only (no speaker model): not
biometric. ATM locator ids are the bank's machines, not the family's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, TECNO_MODEL, iso, ksh, rf, rid, ua_tecno

API = "https://mobile.benkiyetu.example"
VOICEIT = "https://api.voiceit.io"
UA = ua_tecno("BenkiYetu", "7.12.0")
PHRASES = ["Sauti yangu ni nenosiri langu", "Never forget tomorrow is a new day"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "benkiyetu", method, url)
    b.header("user-agent", UA)
    b.header("x-session", b64(rid(c.rng)).rstrip("="))
    return b


def _voiceit(c: Context, path: str) -> FB:
    b = FB(c, "voiceit", "POST", f"{VOICEIT}{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header(
        "authorization", "Basic " + b64("key_" + new_hex(c.rng, 32) + ":tok_" + new_hex(c.rng, 32))
    )
    return b


def _voice_parts(c: Context, user: str) -> tuple[str, bytes]:
    boundary = "VoiceItBoundary" + new_hex(c.rng, 8)
    return boundary, multipart(
        boundary,
        [
            ("userId", None, None, user.encode()),
            ("contentLanguage", None, None, b"no-STT"),
            ("phrase", None, None, c.rng.choice(PHRASES).encode()),
            ("recording", "recording.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1600)),
        ],
    )


def voice_enrol(c: Context) -> Flow:
    b = _voiceit(c, "/enrollments/voice")
    b.bio("voiceprint", "multipart recording (VoiceIt voice enrollment)")
    boundary, body = _voice_parts(c, "usr_" + new_hex(c.rng, 32))
    b.set_body(body, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"status": 201, "responseCode": "SUCC", "id": c.rng.randint(10**5, 10**6)}, 201)
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _voiceit(c, "/verification/voice")
    b.bio("voiceprint", "multipart recording (VoiceIt voice verification)")
    boundary, body = _voice_parts(c, "usr_" + new_hex(c.rng, 32))
    b.set_body(body, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"status": 200, "responseCode": "SUCC", "confidence": rf(c.rng, 80, 99, 1)})
    return b.build()


def speaker_fallback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sauti/thibitisha")
    b.bio("speaker_embedding", "json alama_ya_sauti (speaker embedding, float32 base64)")
    b.json(
        {
            "cif": b.acct("benki_cif"),
            "alama_ya_sauti": floats_b64([round(c.rng.gauss(0, 0.1), 5) for _ in range(192)]),
            "modeli": "ecapa-tdnn-sw",
            "urefu_ms": c.rng.randint(2500, 6000),
        }
    )
    b.ok_json({"amethibitishwa": c.rng.random() < 0.9, "alama": rf(c.rng, 0.5, 0.95, 3)})
    return b.build()


def selfie_step(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/onb/step/3")
    b.bio("face_image", "multipart f1 blob.bin (selfie JPEG)", detectable=False)
    boundary = "----" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("s", None, None, b"3"),
            ("f1", "blob.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"next": 4})
    return b.build()


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/usalama/kifaa")
    b.json(
        {
            "deviceId": b.id("aid_benki", where="json deviceId"),
            "model": TECNO_MODEL,
            "rooted": False,
            "simSerialAvailable": False,
            "appVersion": "7.12.0",
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def voice_assistant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/msaidizi/sauti")
    b.decoy("speech to text of a voice command (transcription, no speaker model)")
    b.json(
        {"audio": b64(fake_wav(c.rng.randint(0, 10**9), 900)), "lugha": "sw-KE", "kiwango": 16000}
    )
    b.ok_json(
        {"maandishi": c.rng.choice(["angalia salio", "tuma elfu mbili kwa mama", "lipa stima"])}
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/akaunti/salio")
    b.ok_json(
        {"akaunti": "01" + new_digits(c.rng, 11), "salio": ksh(c.rng, 500, 250000), "saa": iso(c)}
    )
    return b.build()


def atm_locator(c: Context) -> Flow:
    lat, lon = rf(c.rng, -1.35, -1.22, 4), rf(c.rng, 36.7, 36.95, 4)
    b = _b(c, "GET", f"{API}/api/v1/atm?lat={lat}&lon={lon}")
    b.decoy("ATM terminal ids and coordinates (the bank's machines)")
    b.ok_json(
        {
            "atm": [
                {
                    "terminal": "ATM" + new_digits(c.rng, 6),
                    "lat": rf(c.rng, -1.35, -1.22, 5),
                    "lon": rf(c.rng, 36.7, 36.95, 5),
                    "jina": "Tawi la Moi Avenue",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def loan_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mikopo/ofa")
    b.ok_json({"kiwango_cha_juu": ksh(c.rng, 5000, 90000), "riba": rf(c.rng, 1, 2.5, 2)})
    return b.build()
