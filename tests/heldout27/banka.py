"""Örnekbank: a Turkish retail bank's app with face and voice login.

Face login sends an on-device face template (float32 vector in base64) or a
plain float list; voice login enrols and verifies a speaker (WAV sample or
a speaker embedding). Device binding sends a fingerprint, the ANDROID_ID and a
SHA-256 of the advertising id. One biometric call is an AES blob (opaque).
All in-house; key names mix Turkish and English as such backends do.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobil.ornekbank.com.tr/mbs"


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "ornekbank", method, API + path)
    b.header("user-agent", ua("OrnekbankMobil", "12.6.0"))
    b.header("x-correlation-id", rid(ctx.rng))
    return b


def face_login(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/auth/face")
    b.json(
        {
            "musteriNo": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(ctx.rng, 128)),
            "templateVersion": "fn-3.2",
            "deviceId": b.id("banka_fp", where="body deviceId"),
            "ts": iso(ctx),
        }
    )
    b.bio("face_template", "body faceTemplate (128 float32, b64)")
    b.ok_json({"sonuc": "BASARILI", "skor": rf(ctx.rng, 0.8, 0.99, 3)})
    return b.build()


def face_vector_login(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/giris/yuz")
    b.json({"yuzVektoru": floats(ctx.rng, 128), "boyut": 128, "model": "mobilefacenet"})
    b.bio("face_template", "body yuzVektoru (128 floats)")
    b.ok_json({"sonuc": "BASARILI"})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/ses/kayit")
    bnd = "----ob" + rid(ctx.rng)[:16]
    parts = [
        ("sesOrnegi", "kayit_1.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**6))),
        ("ifade", None, None, "Sesim benim şifremdir".encode()),
        ("tekrar", None, None, str(ctx.rng.randint(1, 3)).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart sesOrnegi (speaker enrolment sample)")
    b.ok_json({"kayitDurumu": "DEVAM"})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/auth/voice")
    b.json(
        {
            "voiceprint": floats_b64(floats(ctx.rng, 192)),
            "speakerModel": "ecapa-tdnn",
            "phrase": "Sesim benim şifremdir",
            "durationMs": ctx.rng.randint(1800, 3200),
        }
    )
    b.bio("voiceprint", "body voiceprint (speaker embedding)")
    b.ok_json({"sonuc": "BASARILI"})
    return b.build()


def opaque_bio(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/secure/exchange")
    b.header("x-enc", "aes256gcm;v=2")
    b.json({"d": b64(ctx.rng.randbytes(720)), "k": "ob-mob-07"})
    b.bio("face_template", "body d (AES-encrypted biometric request)", detectable=False)
    b.ok_json({"d": b64(ctx.rng.randbytes(64))})
    return b.build()


def device_bind(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/cihaz/eslestir")
    b.json(
        {
            "cihazParmakIzi": b.id("banka_fp", where="body cihazParmakIzi"),
            "androidId": b.id("aid_banka", where="body androidId"),
            "adIdHash": b.id("gaid", "sha256", where="body adIdHash"),
            "cihazModeli": "BVL-N49",
            "root": False,
        }
    )
    b.ok_json({"eslesmeKodu": str(ctx.rng.randint(100000, 999999))})
    return b.build()


def fx_rates(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/piyasa/doviz?kod=USD,EUR,GBP&aralik=1g")
    series = [rf(ctx.rng, 38.1, 38.9, 4) for _ in range(48)]
    b.decoy("currency price series")
    b.ok_json({"USD": series, "EUR": [round(x * 1.08, 4) for x in series]})
    return b.build()


def transactions(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/hesap/hareketler?sayfa=1")
    rows = [
        {
            "tutar": rf(ctx.rng, -900, 900, 2),
            "aciklama": "POS HARCAMA",
            "referans": rid(ctx.rng)[:20].upper(),
        }
        for _ in range(6)
    ]
    b.decoy("account transactions with reference numbers")
    b.ok_json({"hareketler": rows})
    return b.build()


def otp(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/otp/gonder")
    b.json({"islemTipi": "HAVALE", "kanal": "SMS", "islemNo": rid(ctx.rng)})
    b.decoy("OTP request with transaction id")
    b.ok_json({"gecerlilikSn": 180})
    return b.build()
