"""Imali Bank: her bank's app (personal profile), with selfie login and voice
verification.

Sign-in on a new session runs Smile ID SmartSelfie authentication (v2,
multipart `selfie_image` plus `liveness_images`, SmileID-Partner-ID /
SmileID-Request-Signature / SmileID-Timestamp headers; docs.usesmileid.com).
The bank's own step-up check posts the liveness burst as nameless multipart
parts (opaque face images). Large payments are confirmed by voice: the app
sends the spoken passphrase as base64 WAV with the speaker embedding under
`voiceprint` (readable), or, on the newer flow, a bare float32 vector under
a one-letter key (opaque). Device binding sends the ANDROID_ID, the bank's
device key and the advertising id; the balance call hashes the ANDROID_ID
(SHA-256) into a header named `x-s` (opaque). Balances, payments, the
self-declared gender on the FICA form, the profile photo and OTPs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, MODEL, floats, iso, ms, rf, rid, ua

API = "https://api.imalibank.example"
SMILE = "https://api.smileidentity.com/v2"
UA = ua("ImaliBank", "9.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "imali", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 600) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/toestel/bind")
    b.json(
        {
            "androidId": b.id("aid_imali", where="json androidId"),
            "deviceKey": b.id("imali_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": MODEL,
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/smart-selfie-authentication")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", "7612")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.2")
    b.bio("face_image", "multipart selfie_image + liveness_images (SmartSelfie authentication)")
    boundary = rid(c.rng)
    parts = [
        ("user_id", None, None, b.acct("imali_customer").encode()),
        ("partner_params", None, "application/json", jsb({"job_id": rid(c.rng), "job_type": 2})),
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ] + [("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 300)) for i in range(3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "job_id": rid(c.rng),
            "code": "0810",
            "result_text": "Enroll User",
            "confidence": rf(c.rng, 90, 99.9, 1),
        }
    )
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/s/3")
    b.bio("face_image", "multipart parts p0..p2 (liveness burst)", detectable=False)
    boundary = rid(c.rng)
    parts = [(f"p{i}", f"{i}", "application/octet-stream", _jpeg(c, 350)) for i in range(3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"s": 1})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/izwi/qinisekisa")
    b.bio(
        "voiceprint", "json voiceprint (speaker embedding) + passphraseAudio (voice verification)"
    )
    b.json(
        {
            "passphrase": "Izwi lami liyisiqinisekiso sami",
            "passphraseAudio": b64(fake_wav(c.rng.randint(0, 10**9), 800)),
            "voiceprint": floats(c.rng, 192),
            "model": "ecapa-tdnn-192",
            "paymentRef": f"PAY{new_digits(c.rng, 10)}",
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.97, 3)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v5/q")
    b.bio("voiceprint", "json v (base64 float32 vector)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v4/rekeninge")
    b.header("x-s", b.id("aid_imali", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "rekeninge": [
                {
                    "nommer": "62" + new_digits(c.rng, 9),
                    "tipe": "Tjek",
                    "saldo": rf(c.rng, 100, 90000, 2),
                    "geldeenheid": "ZAR",
                }
            ]
        }
    )
    return b.build()


def payment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/betalings")
    b.decoy("account numbers, payment reference")
    b.json(
        {
            "van": "62" + new_digits(c.rng, 9),
            "na": {"bank": "Capitec", "rekening": "15" + new_digits(c.rng, 8), "takKode": "470010"},
            "bedrag": rf(c.rng, 50, 3000, 2),
            "verwysing": c.rng.choice(["Huur Julie", "Ma se kos", "Stokvel"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"verwysing": f"PAY{new_digits(c.rng, 10)}", "status": "VERWERK"})
    return b.build()


def fica_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/fica/besonderhede")
    b.decoy("self-declared gender, birth date, address")
    b.json(
        {
            "naam": "Thandeka",
            "van": "Mahlangu",
            "geslag": "V",
            "geboortedatum": "1994-08-21",
            "adres": "14 Jacaranda St, Midrand",
            "bronVanInkomste": "Salaris",
        }
    )
    b.ok_json({"gestoor": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/mobile/v4/profiel/foto")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.imalibank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/otp")
    b.json({"kode": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"korrek": True})
    return b.build()


def forex(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v4/wisselkoerse")
    b.ok_json(
        {
            "datum": iso(c)[:10],
            "koerse": {"USD": rf(c.rng, 17.5, 19.5, 2), "EUR": rf(c.rng, 19, 21, 2)},
        }
    )
    return b.build()
