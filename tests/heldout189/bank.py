"""Baltijos Bankas: a Baltic bank's app with selfie enrolment for a Smart-ID-like
signing identity, and voice biometrics for its call centre.

Onboarding: the ID card is photographed (OCR boxes and MRZ: not biometric), a
selfie video is checked for liveness and matched to the document photo by
Veriff (Tallinn), the bank stores a face template (`veido_sablonas`, float32
base64) and the liveness step reports head pose and "akiu_mirksejimas" (blinks)
measured on the face. The call-centre "balso atspaudas" (voiceprint) enrolment
uploads three phrases. The app binds itself to the phone with the ANDROID_ID and
a key id it generates. Self-declared gender on the customer form, transaction
lists, FX rate series and the assistant's speech-to-text search are ordinary.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, jwt, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.baltijosbankas.example"
UA = ua("BaltijosBankas", "9.6.0")


def _b(c: Context, method: str, url: str, bind: bool = True) -> FB:
    b = FB(c, "baltijosbankas", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", c.rng.choice(["lt-LT", "lv-LV", "ru-LT"]))
    if bind:
        b.header("x-bb-device-key", b.id("bank_device_key", where="header x-bb-device-key"))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/irenginys/susieti", bind=False)
    b.json(
        {
            "irenginio_id": b.id("aid_bank", where="json irenginio_id"),
            "rakto_id": b.id("bank_device_key", where="json rakto_id"),
            "modelis": "Xiaomi 23078PND5G",
            "os": "Android 14",
            "root": False,
        }
    )
    b.ok_json({"susieta": True, "klientas": b.acct("bank_client")})
    return b.build()


def risk_ping(c: Context) -> Flow:
    """Fraud engine heartbeat: MD5 of the ANDROID_ID under `f` (opaque)."""
    b = _b(c, "POST", f"{API}/api/v4/r", bind=False)
    b.form([("f", b.id("aid_bank", "md5", "form f", detectable=False)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def veriff_selfie(c: Context) -> Flow:
    b = FB(c, "veriff", "POST", f"https://magic.veriff.me/api/v2/sessions/{rid(c.rng)}/media")
    b.header("user-agent", "Veriff-Android-SDK/6.12.0")
    b.header("x-auth-client", rid(c.rng))
    b.bio("face_image", "json image.context=face + image.content (selfie for face match)")
    img = base64.b64encode(fake_jpeg(c.rng.randint(0, 10**9), 1400)).decode()
    b.json(
        {
            "image": {
                "context": c.rng.choice(["face", "face-pre", "face-nfc"]),
                "content": "data:image/jpeg;base64," + img,
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "image": {"id": rid(c.rng)}})
    return b.build()


def veido_sablonas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/smartid/veido-sablonas")
    b.bio("face_embedding", "json veido_sablonas (base64 float32[512])")
    b.json(
        {
            "veido_sablonas": floats_b64(floats(c.rng, 512)),
            "modelio_versija": "facenet-bb-3.2",
            "kokybe": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    b.ok_json({"issaugota": True})
    return b.build()


def gyvumo_patikra(c: Context) -> Flow:
    """Liveness result measured on the face: head pose, blinks, smile score."""
    b = _b(c, "POST", f"{API}/api/v4/smartid/gyvumo-patikra")
    b.bio("face_analysis", "json veidas.galvos_pasukimas + akiu_mirksejimas + sypsena")
    b.json(
        {
            "veidas": {
                "galvos_pasukimas": {
                    "yaw": rf(c.rng, -20, 20, 2),
                    "pitch": rf(c.rng, -15, 15, 2),
                    "roll": rf(c.rng, -8, 8, 2),
                },
                "akiu_mirksejimas": c.rng.randint(1, 4),
                "sypsena": rf(c.rng, 0, 1, 3),
                "gyvas": True,
            },
            "kadrai": c.rng.randint(20, 60),
            "seansas": rid(c.rng),
        }
    )
    b.ok_json({"rezultatas": "OK"})
    return b.build()


def liveness_sealed(c: Context) -> Flow:
    """The SDK's sealed capture: a JWE-like envelope, nothing readable about a face."""
    b = _b(c, "POST", f"{API}/api/v4/smartid/c")
    b.bio("face_image", "json e (encrypted selfie frames envelope)", detectable=False)
    seed = str(c.rng.random()).encode()
    blob = b"".join(hashlib.sha512(seed + bytes([i])).digest() for i in range(24))
    header = (
        base64.urlsafe_b64encode(b'{"alg":"RSA-OAEP-256","enc":"A256GCM"}').decode().rstrip("=")
    )
    b.json({"e": header + ".." + base64.urlsafe_b64encode(blob).decode().rstrip("="), "k": 7})
    b.ok_json({"ok": 1})
    return b.build()


def balso_atspaudas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/skambuciu-centras/balso-atspaudas/registruoti")
    b.bio("voiceprint", "multipart balso_irasas_N (speaker enrolment phrases)")
    boundary = "----bb" + rid(c.rng).replace("-", "")[:16]
    parts = [("fraze", None, None, "Mano balsas yra mano slaptažodis".encode())]
    parts += [
        (f"balso_irasas_{i}", f"fraze_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"busena": "uzregistruota", "kalbetojo_modelis": "v2"})
    return b.build()


def balso_patikra(c: Context) -> Flow:
    """Caller verification returns a speaker embedding score; the request holds the embedding."""
    b = _b(c, "POST", f"{API}/api/v4/skambuciu-centras/kalbetojo-patikra")
    b.bio("speaker_embedding", "json kalbetojo_vektorius (x-vector float[192])")
    b.json({"kalbetojo_vektorius": floats(c.rng, 192), "skambutis": rid(c.rng), "ts": ms(c)})
    b.ok_json({"atitikimas": rf(c.rng, 0.6, 0.99, 3), "patvirtinta": True})
    return b.build()


def dokumento_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/smartid/dokumentas")
    b.decoy("ID card OCR fields and text boxes (document text, not a face)")
    b.json(
        {
            "laukai": [
                {
                    "pavadinimas": k,
                    "dezute": [c.rng.randint(0, 900) for _ in range(4)],
                    "pasitikejimas": rf(c.rng, 0.8, 1, 3),
                }
                for k in ("vardas", "pavarde", "asmens_kodas", "galioja_iki", "mrz")
            ],
            "lytis": c.rng.choice(["M", "V"]),
        }
    )
    b.ok_json({"dokumentas": "ID_LTU", "busena": "priimtas"})
    return b.build()


def kliento_anketa(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v4/klientas/anketa")
    b.decoy("customer form with self-declared gender and birth year (not biometric)")
    b.json(
        {
            "lytis": c.rng.choice(["moteris", "vyras"]),
            "gimimo_metai": c.rng.randint(1960, 2005),
            "pajamu_saltinis": "atlyginimas",
            "el_pastas": b.id("email", where="json el_pastas"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def operacijos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/saskaitos/LT{c.rng.randint(10**17, 10**18 - 1)}/operacijos")
    b.ok_json(
        {
            "operacijos": [
                {"suma": rf(c.rng, -120, 50, 2), "gavejas": g, "data": iso(c), "nr": rid(c.rng)}
                for g in ("Maxima LT", "Bolt", "Rimi Latvija", "Omniva")
            ]
        }
    )
    return b.build()


def valiutos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/valiutu-kursai?bazine=EUR&dienos=30", bind=False)
    b.decoy("FX rate series (a float series, not a face vector)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 1.03, 1.12, 4) for _ in range(30)],
            "PLN": [rf(c.rng, 4.2, 4.4, 4) for _ in range(30)],
        }
    )
    return b.build()


def asistentas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/asistentas/balso-paieska")
    b.decoy("speech-to-text search in the assistant: transcription, no speaker model")
    b.json(
        {
            "transkripcija": "kiek man liko limito",
            "kalba": "lt-LT",
            "pasitikejimas": rf(c.rng, 0.7, 1, 2),
        }
    )
    b.ok_json({"atsakymas": "Jūsų limitas: 1200 EUR"})
    return b.build()


def signing_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/smartid/pasirasymas")
    b.decoy("signing session JWT and verification code (session ids, not a device)")
    b.json(
        {
            "dokumentas": hashlib.sha256(rid(c.rng).encode()).hexdigest(),
            "kodas": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"sesija": jwt({"sub": b.acct("bank_client"), "iat": int(c.now)})})
    return b.build()
