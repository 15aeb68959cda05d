"""MisrTel Self-Care: the telco's app with voice-ID login (Arabizi keys from the
vendor's integration: `bsmet_el_sot` = voiceprint). The app reports the phone's
IMEI for the device-financing plan. A voice command ("Ana 3ayez ba2a") sent to
speech-to-text is transcription: no speaker model, a decoy. The home router and
the set-top box in the equipment list are the telco's (rented CPE).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64

from .phone import FB, floats, iso, rid, ua

API = "https://selfcare.misrtel.example"
VOICE = "https://voiceid.misrtel.example"
UA = ua("MisrTelSelfCare", "9.1.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "misrtel", method, url)
    b.header("user-agent", UA)
    b.header("x-app-device", b.id("aid_telco", where="header x-app-device"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/api/bsmet_el_sot/tasgeel")
    b.bio("voiceprint_audio", "json 3ayenat_sot[] (voice-ID enrolment audio)")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "3ayenat_sot": [b64(fake_wav(c.rng.randint(0, 10**9), 400)) for _ in range(3)],
            "el_gomla": "sotey howa kalmet el ser",
        }
    )
    b.ok_json({"enrolled": True, "voiceprintId": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/api/bsmet_el_sot/ta2keed")
    b.bio("speaker_embedding", "json speaker_vector (x-vector of the caller)")
    b.json(
        {"msisdn": b.acct("msisdn"), "speaker_vector": floats_b64(floats(c.rng, 192)), "ts": iso(c)}
    )
    b.ok_json({"match": True, "score": 0.93})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = FB(c, "misrtel", "POST", f"{VOICE}/v")
    b.header("user-agent", UA)
    b.bio("voiceprint_audio", "octet-stream body: raw PCM of the pass-phrase", detectable=False)
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900)[44:], "application/octet-stream")
    b.ok_json({"r": "ok"})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/assistant/stt")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 300)), "lang": "ar-EG"})
    b.ok_json({"transcript": "عايز أشحن باقة", "confidence": 0.88})
    return b.build()


def device_financing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/installments/device?imei={c.phone.imei}")
    b.id("imei", where="query imei")
    b.ok_json({"plan": "24 شهر", "remaining": 14, "model": c.phone.model})
    return b.build()


def equipment(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/home/equipment")
    b.decoy("rented router and set-top box: the telco's equipment, not the household's")
    b.ok_json(
        {
            "items": [
                {
                    "type": "STB",
                    "serial": c.phone.stb_serial,
                    "mac": c.phone.stb_mac,
                    "malkeya": "ijar",
                },
                {"type": "ROUTER", "serial": "HG8" + rid(c.rng)[:8].upper(), "malkeya": "ijar"},
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/balance")
    b.decoy("balance and bundle usage series")
    b.ok_json(
        {
            "rased": 37.5,
            "baqa_mb": [c.rng.randint(0, 900) for _ in range(7)],
            "account": b.acct("telco_account"),
        }
    )
    return b.build()
