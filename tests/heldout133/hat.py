"""HatNet: a Turkish mobile operator's self-care app with a voice signature login.

"Ses İmzası" enrols and verifies the subscriber by their voice: enrolment sends
three utterances with the IMEI (the app has carrier privileges) and the MSISDN;
verification sends one utterance as base64 WAV (`sesOrnegi`) for speaker
verification (`konusmaciDogrulama`). The compact path `/sb/2` posts raw audio with
only a numeric mode header, opaque. The voice assistant's speech-to-text
(`sesliKomut` transcription, no speaker model) is not biometric; quotas and bills
are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.hatnet.example"
UA = ua("HatNet", "11.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hatnet", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 1000)


def ses_imzasi_kayit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ses-imzasi/v1/kayit")
    b.bio("voiceprint", "multipart ornek1..3 (voice signature enrolment)")
    boundary = new_hex(c.rng, 24)
    parts = [
        ("imei", None, None, b.id("imei", where="multipart imei").encode()),
        ("androidId", None, None, b.id("aid_hat", where="multipart androidId").encode()),
    ]
    parts += [(f"ornek{i}", f"ornek{i}.wav", "audio/wav", _wav(c)) for i in (1, 2, 3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"sesImzasiDurumu": "KAYITLI", "kayitNo": rid(c.rng)})
    return b.build()


def ses_imzasi_dogrula(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ses-imzasi/v1/dogrula")
    b.bio("voiceprint", "json sesOrnegi (speaker verification)")
    b.json(
        {
            "sesOrnegi": b64(_wav(c)),
            "konusmaciDogrulama": True,
            "ornekleme": 16000,
            "imei": b.id("imei", where="json imei"),
        }
    )
    b.ok_json({"dogrulandi": True, "skor": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def ses_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sb/2")
    b.header("x-m", "2")
    b.bio(
        "voiceprint", "raw octet-stream audio (verification, numeric mode header)", detectable=False
    )
    b.set_body(_wav(c)[44:], "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def sesli_komut(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/asistan/v1/sesli-komut")
    b.decoy("voice assistant speech-to-text (transcription, no speaker model)")
    b.json({"ses": b64(_wav(c)), "dil": "tr-TR", "amac": "transkripsiyon"})
    b.ok_json({"metin": "kalan internetimi göster", "guven": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def kota(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/paket/v2/kalan")
    b.decoy("remaining quota series")
    b.ok_json(
        {
            "kalanGb": rf(c.rng, 0, 20, 2),
            "kalanDk": c.rng.randint(0, 1000),
            "gunluk": [rf(c.rng, 0, 2, 2) for _ in range(7)],
        }
    )
    return b.build()


def fatura(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fatura/v1/son?donem=2024-10")
    b.decoy("bill with invoice number")
    b.ok_json(
        {
            "faturaNo": "HN" + new_hex(c.rng, 12).upper(),
            "tutar": rf(c.rng, 150, 600, 2),
            "sonOdeme": iso(c),
        }
    )
    return b.build()


def cihaz_bilgisi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cihaz/v1/bilgi")
    b.json({"imei": b.id("imei", where="json imei"), "model": "Redmi Note 13", "volte": True})
    b.ok_json({"uyumlu5g": False})
    return b.build()
