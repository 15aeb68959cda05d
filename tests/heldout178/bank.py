"""Ameri-Kartuli Bank: a bank for the family across Tbilisi and Yerevan, with a selfie
check at login and a voiceprint for phone-banking.

The voice team (in Yerevan) names keys in romanised Armenian: `dzayni_nmush` (voice
sample), `xosoghi_vektor` (speaker vector); the selfie step uses `demqi_nkar` (face
picture). An anti-fraud SDK binds the phone by its IMEI and ANDROID_ID. Voice commands
go to speech-to-text (transcription, no speaker model): not biometric. Rates, card
lists and transfers are ordinary.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mb.ameri-kartuli.example"
UA = ua("AKBank", "7.3.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "akbank", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    if device:
        b.header("x-device-fp", b.id("bank_device_key", where="header x-device-fp"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/dzayn/grancum")
    b.bio("voice_sample", "multipart dzayni_nmush (path biometria/dzayn/grancum)")
    boundary = "----AK" + rid(c.rng).replace("-", "")
    b.set_body(
        multipart(
            boundary,
            [
                ("hachakhord", None, None, b.acct("bank_client").encode()),
                ("dzayni_nmush", "nmush.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
                ("phrase", None, None, "Իմ ձայնը իմ գաղտնաբառն է".encode()),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"status": "enrolled", "nmushner": c.rng.randint(1, 3)})
    return b.build()


def speaker_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/dzayn/stugum")
    b.bio("speaker_embedding", "json xosoghi_vektor (float32 base64)")
    b.json(
        {
            "hachakhord": b.acct("bank_client"),
            "xosoghi_vektor": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-tdnn-hy-ka",
            "ts": ms(c),
        }
    )
    b.ok_json({"hamapatasxan": True, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/demq")
    b.bio("face_image", "json demqi_nkar (base64 JPEG selfie)")
    b.json(
        {
            "demqi_nkar": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "liveness": {"blink": True, "headTurn": c.rng.choice(["left", "right"])},
            "ts": iso(c),
        }
    )
    b.ok_json({"result": "match", "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def voice_packed(c: Context) -> Flow:
    """IVR bridge: the verification audio gzip+base64 under `a`, path with no words."""
    b = _b(c, "POST", f"{API}/api/x/7")
    b.bio("voice_sample", "json a (gzip+base64 of a WAV)", detectable=False)
    audio = base64.b64encode(gzip.compress(fake_wav(c.rng.randint(0, 10**9)), mtime=0)).decode()
    b.json({"a": audio, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device/bind")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "fingerprint": b.id("bank_device_key", where="json fingerprint"),
            "model": "SM-A546B",
            "rooted": False,
            "phone": b.acct("msisdn"),
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def fraud_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/af", device=False)
    b.form(
        [
            ("s", b.id("aid_bank", "sha256", "form s", detectable=False)),
            ("e", b.id("imei", "md5", "form e", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.ok_json({"risk": c.rng.choice(["low", "low", "medium"])})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/assistant/stt", device=False)
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    boundary = "----AK" + rid(c.rng).replace("-", "")
    b.set_body(
        multipart(
            boundary, [("audio", "cmd.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))]
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {"text": c.rng.choice(["გადარიცხე დედას 50 ლარი", "Покажи баланс", "Փոխանցիր 20000 դրամ"])}
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursebi?from=GEL", device=False)
    b.decoy("exchange-rate series (GEL/AMD/USD/RUB), floats with no face")
    b.ok_json(
        {
            cur: [rf(c.rng, lo, hi, 4) for _ in range(30)]
            for cur, lo, hi in (("USD", 2.6, 2.8), ("AMD", 0.0068, 0.0072), ("RUB", 0.027, 0.031))
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/gadaricxva")
    b.decoy("transfer with IBAN, reference and idempotency key")
    b.json(
        {
            "iban": "GE29NB" + str(c.rng.randint(10**15, 10**16)),
            "tanxa": rf(c.rng, 10, 500, 2),
            "valuta": c.rng.choice(["GEL", "AMD"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"txn": "TX" + str(c.rng.randint(10**11, 10**12)), "status": "done"})
    return b.build()
