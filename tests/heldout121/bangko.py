"""Bangko Isla: a bank app (Davao / Iloilo branches) with voice ID.

Enrolment sends three spoken passphrases to the bank's voice-biometrics
service (`voiceid/enrol`, `tingog_sampol[]` in Cebuano, base64 WAV); login
verification sends `boses` audio and returns a speaker `iskor`. One
re-verification goes as an opaque base64 blob under `a` on `/m/3`. The voice
assistant's speech-to-text command ("magpadala og 500 kang Nanay") has no
speaker model: not biometric. Device binding carries the ANDROID_ID and the
bank's own device-binding id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, android_ua, floats, ms, rf, rid

API = "https://mobile.bangkoisla.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bangko", method, url)
    b.header("user-agent", android_ua("BangkoIsla", "12.0.3"))
    b.header("x-bi-session", rid(c.rng))
    return b


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 1200)


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v2/enrol")
    b.bio("voiceprint", "json tingog_sampol[] (passphrase audio for voice ID enrolment)")
    b.json(
        {
            "cif": b.acct("bangko_cif"),
            "pasahe_frase": "Ang akong tingog mao ang akong password",
            "tingog_sampol": [b64(_wav(c)) for _ in range(3)],
            "sample_rate": 16000,
        }
    )
    b.ok_json({"enrol_status": "KOMPLETO", "voiceprint_ref": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v2/beripika")
    b.bio("voice_audio", "multipart boses (speaker verification audio)")
    boundary = "bi" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("cif", None, None, c.phone.bangko_cif.encode()),
            ("boses", "boses.wav", "audio/wav", _wav(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"tugma": True, "iskor": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v2/modelo")
    b.bio("speaker_embedding", "json speaker_vector (192-d speaker embedding, base64 float32)")
    b.json({"speaker_vector": floats_b64(floats(c.rng, 192)), "bersyon": "ecapa-2"})
    b.ok_json({"ok": True})
    return b.build()


def reverify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/m/3")
    b.bio(
        "voice_audio",
        "json a = base64 audio for re-verification (nothing names it)",
        detectable=False,
    )
    b.json({"a": b64(_wav(c)), "s": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def stt_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/utos-boses")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.json({"audio": b64(_wav(c)), "pinulongan": "ceb-PH", "tipo": "transcribe"})
    b.ok_json({"teksto": "magpadala og 500 kang Nanay", "kumpiyansa": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/binding")
    b.json(
        {
            "deviceBindingId": b.id("bangko_devbind", where="json deviceBindingId"),
            "androidId": b.id("aid_bangko", how="upper", where="json androidId (upper-case)"),
            "rooted": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/balanse")
    b.decoy("account numbers and balance series")
    b.ok_json(
        {
            "mga_account": [
                {"numero": "00" + new_hex(c.rng, 5), "balanse": rf(c.rng, 0, 90000, 2)}
            ],
            "kasaysayan": [rf(c.rng, 0, 90000, 2) for _ in range(30)],
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/branch/v1/pinakamalapit?lat={rf(c.rng, 7.0, 7.2, 4)}"
        f"&lng={rf(c.rng, 125.5, 125.7, 4)}",
    )
    b.decoy("nearest branches with coordinates")
    b.ok_json({"sanga": [{"ngalan": "Bajada", "lat": 7.09, "lng": 125.61}]})
    return b.build()
