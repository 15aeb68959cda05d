"""Duna Bank: a Hungarian retail bank app with selfie onboarding (a Slovak
vendor's face engine, hosted by the bank) and voice biometrics (a Czech vendor's
speaker verification), plus AppsFlyer.

Selfies, face templates, voiceprint enrolment audio and speaker embeddings are
biometric; exchange-rate series, transactions and card art are not; a call to
the bank's transcription bot is speech recognition, not a speaker model.
"""

from __future__ import annotations

import gzip
import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.dunabank.example"
BIO = "https://biometria.dunabank.example"
UA = ua("DunaBank", "9.1.4")
AF = "https://launches.appsflyersdk.com/api/v6.12/androidevent?app_id=hu.dunabank.mobil&buildnumber=6.12.2"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dunabank", method, url)
    b.header("user-agent", UA)
    b.header("x-ugyfel", b.acct("bank_client"))
    b.header("x-keres-id", rid(c.rng))
    return b


def szelfi(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/dot/v1/ugyfelek/{b_ctx_id(c)}/szelfi")
    b.bio("face_image", "json szelfi.kep (base64 JPEG selfie for onboarding)")
    b.json(
        {
            "szelfi": {
                "kep": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
                "kepMinoseg": rf(c.rng, 0.6, 1, 2),
            },
            "ellenorzes": "passziv_eloseg",
        }
    )
    b.ok_json({"arcEgyezes": rf(c.rng, 0.85, 0.99, 3), "elo": True})
    return b.build()


def b_ctx_id(c: Context) -> str:
    """The onboarding case id in the path (a case, not a device)."""
    return "eset-" + new_hex(c.rng, 12)


def arc_lenyomat(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/dot/v1/templates")
    b.bio("face_embedding", "json faceTemplate / arcLenyomat (base64 float32)")
    b.json({"arcLenyomat": floats_b64(floats(c.rng, 256)), "tipus": "faceTemplate", "v": 5})
    b.ok_json({"ok": True})
    return b.build()


def hangminta_beiratkozas(c: Context) -> Flow:
    bnd = "dunabank-" + new_hex(c.rng, 12)
    b = _b(c, "POST", f"{BIO}/hang/v2/beszelo/beiratkozas")
    b.bio("voiceprint", "multipart hangminta (speaker enrolment audio)")
    body = multipart(
        bnd,
        [
            ("hangminta", "minta1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ("jelmondat", None, None, b"A hangom a jelszavam"),
            ("beszelo", None, None, b.acct("bank_client").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"beiratkozva": True, "mintak": 2})
    return b.build()


def hang_ellenorzes(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/hang/v2/beszelo/ellenorzes")
    b.bio("voiceprint", "json hanglenyomat / speakerEmbedding (float vector)")
    b.json(
        {
            "hanglenyomat": {"speakerEmbedding": floats(c.rng, 96), "modell": "xl5"},
            "hivas": "telefonos_azonositas",
        }
    )
    b.ok_json({"pontszam": rf(c.rng, 2, 9, 2), "elfogadva": True})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    """A gzipped float32 block under an opaque path: the face template, unlabelled keys."""
    b = _b(c, "POST", f"{API}/x/7")
    b.bio("face_embedding", "body gzip float32 block (no names)", detectable=False)
    vec = floats(c.rng, 128)
    b.set_body(
        gzip.compress(struct.pack(f"<{len(vec)}f", *vec), mtime=0), "application/octet-stream"
    )
    b.ok_json({"r": 0})
    return b.build()


def atiratas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/asszisztens/v1/atiras")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"szoveg": "mennyi az egyenlegem", "nyelv": "hu-HU"})
    return b.build()


def arfolyamok(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/piac/v1/arfolyamok?deviza=EUR&napok=30")
    b.decoy("EUR/HUF rate series (a float series, not a face)")
    b.ok_json({"deviza": "EUR", "ertekek": [rf(c.rng, 385, 412, 2) for _ in range(30)]})
    return b.build()


def tranzakciok(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/szamla/v1/tranzakciok?limit=20")
    b.decoy("transaction ids and amounts")
    b.ok_json(
        {
            "tetelek": [
                {
                    "azonosito": "T" + new_hex(c.rng, 14).upper(),
                    "osszeg": -c.rng.randint(500, 40000),
                    "partner": c.rng.choice(["SPAR", "MOL", "BKK", "Kajagép"]),
                    "datum": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G Build/UKQ1.230804.001)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("bank_af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_bank", where="json android_id"),
            "eventName": c.rng.choice(["af_login", "af_complete_registration"]),
            "timepassedsincelastlaunch": str(c.rng.randint(10, 90000)),
            "af_timestamp": str(ms(c)),
            "lang_code": "hu",
            "country": "HU",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def eszkoz_kotes(c: Context) -> Flow:
    """Device binding for signing: the ANDROID_ID as SHA-256, under a readable key."""
    b = _b(c, "POST", f"{API}/biztonsag/v1/eszkozkotes")
    b.json(
        {
            "eszkozLenyomat": b.id(
                "aid_bank", how="sha256", where="json eszkozLenyomat (sha256 ANDROID_ID)"
            ),
            "nyilvanosKulcs": b64(new_hex(c.rng, 64)),
        }
    )
    b.ok_json({"kotve": True})
    return b.build()


def arcelemzes(c: Context) -> Flow:
    """The face engine's quality and attribute verdict on the selfie, forwarded to the bank."""
    b = _b(c, "POST", f"{API}/azonositas/v2/szelfi-eredmeny")
    b.bio("face_analysis", "json arcElemzes.becsultEletkor / fejPoz (face analysis)")
    b.json(
        {
            "arcElemzes": {
                "becsultEletkor": c.rng.randint(25, 60),
                "maszk": False,
                "szemuveg": c.rng.random() < 0.3,
                "fejPoz": {"yaw": rf(c.rng, -8, 8, 1), "pitch": rf(c.rng, -8, 8, 1)},
                "arcMinoseg": rf(c.rng, 0.5, 1, 2),
            },
            "ugyfelEset": "eset-" + new_hex(c.rng, 12),
        }
    )
    b.ok_json({"tovabb": True})
    return b.build()
