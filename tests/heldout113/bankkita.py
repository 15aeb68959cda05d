"""BankKita: a Malaysian digital bank (used by the son working in Kuala Lumpur)
with voice ID ("Cap Suara") for transfers above the daily limit.

Its team writes Malay: enrolment posts three WAV takes to
`/api/biometrik/cap-suara/daftar` (`rakaman_suara_1..3`); verification sends the
on-device speaker embedding as base64 float32 under `vektor_penutur`. The
step-up fallback posts a base64 WAV under `a` on `/api/s/2` with nothing naming
it (opaque). Device binding sends the ANDROID_ID. NOT biometric: the voice
assistant ("Tanya Kita") that transcribes a spoken command (speech recognition,
no speaker model); the balance, the statement and the TAC (one-time code).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bankkita.example"
UA = ua("BankKita", "3.9.12")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankkita", method, url)
    b.header("user-agent", UA)
    b.header("x-bk-peranti", b.id("aid_bank", where="header x-bk-peranti (Malay: device)"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 900)


def daftar_cap_suara(c: Context) -> Flow:
    boundary = "BK" + new_hex(c.rng, 20)
    b = _b(c, "POST", f"{API}/api/biometrik/cap-suara/daftar")
    b.bio("voice_audio", "multipart rakaman_suara_1..3 (voiceprint enrolment)")
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("frasa", None, None, b"Suara saya kata laluan saya"),
    ]
    parts += [(f"rakaman_suara_{i}", f"ambil{i}.wav", "audio/wav", _wav(c)) for i in (1, 2, 3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "BERJAYA", "id_profil_suara": rid(c.rng)})
    return b.build()


def sahkan_cap_suara(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biometrik/cap-suara/sahkan")
    b.bio("speaker_embedding", "json vektor_penutur (base64 float32 speaker embedding)")
    b.json(
        {
            "id_transaksi": rid(c.rng),
            "vektor_penutur": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-tdnn-v3",
            "tempoh_ms": c.rng.randint(1800, 4000),
        }
    )
    b.ok_json({"padan": True, "skor": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def langkah_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/s/2")
    b.bio("voice_audio", "json a (base64 WAV of the spoken passphrase, bare key)", detectable=False)
    b.json({"a": b64(_wav(c)), "n": rid(c.rng), "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def ikat_peranti(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/peranti/ikat")
    b.json(
        {
            "android_id": b.id("aid_bank", where="json android_id"),
            "model_peranti": "SM-A546E",
            "versi_os": "14",
            "no_telefon": "+6012" + new_digits(c.rng, 7),
        }
    )
    b.decoy("a Malaysian mobile number (account data)")
    b.ok_json({"terikat": True})
    return b.build()


def tanya_kita(c: Context) -> Flow:
    boundary = "BK" + new_hex(c.rng, 20)
    b = _b(c, "POST", f"{API}/api/pembantu/transkripsi")
    b.decoy("voice command for speech recognition (transcription only, no speaker model)")
    b.set_body(
        multipart(
            boundary,
            [
                ("bahasa", None, None, b"ms-MY"),
                ("audio", "arahan.wav", "audio/wav", _wav(c)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"teks": "pindah lima ratus ringgit ke akaun mak", "niat": "pindahan"})
    return b.build()


def baki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/akaun/baki")
    b.ok_json({"baki": rf(c.rng, 100, 9000, 2), "mata_wang": "MYR", "dikemas_kini": iso(c)})
    return b.build()


def penyata(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/akaun/penyata?bulan=11")
    b.decoy("statement: amount series and reference numbers")
    b.ok_json(
        {
            "transaksi": [
                {"rujukan": "FT" + new_digits(c.rng, 12), "amaun": rf(c.rng, -800, 3000, 2)}
                for _ in range(15)
            ]
        }
    )
    return b.build()


def tac(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tac/minta")
    b.json({"tujuan": "pindahan", "id_permintaan": rid(c.rng)})
    b.ok_json({"dihantar": True, "tamat_tempoh_saat": 180})
    return b.build()
