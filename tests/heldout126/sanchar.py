"""Mero Sanchar: a Nepali telco's self-care app (balance, packs, SIM services)
with Voice ID: the subscriber enrols a voiceprint (`aawaj_chhap`) and later
verifies SIM swaps by voice; the app holds carrier privileges and reads the
handset's IMEI for SIM-device binding.

Speaker enrolment audio and the speaker embedding (named, and base64 float32
under `v`) are biometric. Voice OTP (the spoken OTP is transcribed by speech
recognition, no speaker model) is not, nor is the per-app data-usage table.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://selfcare.merosanchar.example"
UA = ua("MeroSanchar", "3.8.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "merosanchar", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    b.header("x-yantra", b.id("aid_telco", where="header x-yantra (यन्त्र = device)"))
    return b


def aawaj_darta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceid/aawaj-chhap/darta")
    b.bio("voiceprint", "multipart aawaj_chhap (speaker embedding) + namuna_aawaj audio")
    boundary = rid(c.rng)
    meta = {"aawaj_chhap": floats(c.rng, 192), "vakya": "मेरो आवाज नै मेरो पासवर्ड हो", "lang": "ne"}
    parts = [
        ("meta", None, "application/json", jsb(meta)),
        ("namuna_aawaj", "namuna1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"darta": "safal", "voiceprint_ref": rid(c.rng)})
    return b.build()


def aawaj_pramanikaran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceid/pramanikaran")
    b.bio("voiceprint", "json speaker_embedding (SIM swap voice check)")
    b.json({"speaker_embedding": floats(c.rng, 192), "karan": "sim_swap", "samay": iso(c)})
    b.ok_json({"milyo": True, "score": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def aawaj_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v/x")
    b.bio("voiceprint", "json v (base64 float32 speaker vector)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def sim_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sim/binding")
    imei = b.id("imei", where="json imei")
    fp = b.id("telco_fp", where="json device_fingerprint (app-made)")
    b.json({"imei": imei, "device_fingerprint": fp, "model": "SM-A546E", "slot": 1})
    b.ok_json({"bound": True})
    return b.build()


def sim_binding_hashed(c: Context) -> Flow:
    """The older endpoint: IMEI as SHA-256 under `h`, the way the binding table keys it."""
    b = _b(c, "POST", f"{API}/api/sb")
    h = b.id("imei", how="sha256", where="json h (sha256 of IMEI)", detectable=False)
    b.json({"h": h, "s": 1, "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def voice_otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/otp/voice")
    b.decoy("voice OTP: speech-recognition transcript of digits (no speaker model)")
    b.json(
        {
            "audio_b64": b64(fake_wav(c.rng.randint(0, 10**9), 300)),
            "asr_lang": "ne-NP",
            "transcript": "चार सात एक नौ",
            "otp_ref": rid(c.rng),
        }
    )
    b.ok_json({"otp_ok": True})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mero-balance")
    b.ok_json(
        {"balance_npr": rf(c.rng, 5, 900, 2), "data_mb": c.rng.randint(0, 20000), "expiry": iso(c)}
    )
    return b.build()


def data_usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/usage/apps?days=7")
    b.decoy("per-app data usage in MB (traffic volume, not what was watched)")
    b.ok_json(
        {
            "apps": [
                {"app": a, "mb": c.rng.randint(10, 3000)}
                for a in ("YouTube", "TikTok", "Chalchitra", "Viber")
            ]
        }
    )
    return b.build()
