"""Alföld Bank: a retail bank app with selfie onboarding and voice identification
(the mother's Samsung A55 in Budapest).

Onboarding runs on Innovatrics's Digital Identity Service (DIS): the app
creates a customer (`POST /api/v1/customers`), uploads the selfie
(`PUT /api/v1/customers/{uuid}/selfie`, `{"image": {"data": base64}}`), the
passive-liveness record the DOT SDK produced (`POST .../liveness/records`,
binary) and the ID card's back page (`PUT .../document/pages` with
`advice.classification.pageTypes = ["back"]`, no portrait on it). Face login
computes a 512-float face template on the phone and sends it with a liveness
score; a newer build sends it as protobuf packed floats with no names.
Telephone-banking recovery uses voice identification (`hangazonositas`): the
enrolment posts the spoken passphrase as WAV with its speaker embedding, a
check posts the embedding alone, and the newest build posts the embedding
AES-encrypted under one key. Device binding sends the ANDROID_ID, the bank's
device key and the advertising id (its fraud engine collects it). Exchange
rates, transfers, the self-declared sex on the KYC form, the profile avatar,
the ATM finder (the bank's own machines, with their serials) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.alfoldbank.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("AlfoldBank", "7.2.0", "anya")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "alfoldbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 48)))
    return b


def eszkoz_kotes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/eszkoz/kotes")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "eszkozKulcs": b.id("bank_device_key", where="json eszkozKulcs"),
            "hirdetesiAzonosito": b.id("gaid_anya", where="json hirdetesiAzonosito"),
            "modell": "SM-A556B",
            "rootolt": False,
            "emulator": False,
        }
    )
    b.ok_json({"kotve": True, "smsKuldve": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    b.decoy("KYC customer record id (uuid)")
    b.respond(
        200,
        "application/json",
        jsb({"id": rid(c.rng), "links": {"self": f"{DIS}/customers/{rid(c.rng)}"}}),
    )
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (Innovatrics DIS selfie)")
    b.mark("biometric", "face_analysis", "response json detection.faceRectangle", True, "response")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 4),
                "faceRectangle": {
                    "topLeft": {"x": rf(c.rng, 0.2, 0.3), "y": rf(c.rng, 0.2, 0.3)},
                    "bottomRight": {"x": rf(c.rng, 0.7, 0.8), "y": rf(c.rng, 0.7, 0.8)},
                },
            },
            "links": {"self": f"{DIS}/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/records")
    b.bio("face_image", "binary body to path liveness/records (DOT passive-liveness record)")
    b.set_body(b"DOTLR\x02" + fake_jpeg(c.rng.randint(0, 10**9), 900), "application/octet-stream")
    b.ok_json({"links": {"self": f"{DIS}/customers/x/liveness"}})
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("ID card back page image (no portrait)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card", "country": "HUN"}, "pageType": "back"})
    return b.build()


def arc_belepes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/belepes/arc")
    b.bio("face_template", "json arcsablon (512 float32, base64) + eletszeruseg")
    b.json(
        {
            "felhasznalo": b.acct("bank_user"),
            "arcsablon": floats_b64(floats(c.rng, 512)),
            "sablonVerzio": "fr-v5-512",
            "eletszeruseg": rf(c.rng, 0.85, 0.99, 3),
            "ido": iso(c),
        }
    )
    b.ok_json({"egyezik": True, "hasonlosag": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def arc_belepes_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/b")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def hang_regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/hangazonositas/regisztracio")
    b.bio("voiceprint", "multipart hangminta.wav + meta beszeloVektor (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "mondat": "A hangom az azonosítóm",
        "beszeloVektor": floats(c.rng, 192),
        "modell": "ecapa-tdnn-192",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("hangminta", "hangminta.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"hangprofil": rid(c.rng), "allapot": "REGISZTRALVA"})
    return b.build()


def hang_ellenorzes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/hangazonositas/ellenorzes")
    b.bio("voiceprint", "json beszeloVektor (192 floats, speaker verification)")
    b.json(
        {
            "felhasznalo": b.acct("bank_user"),
            "beszeloVektor": floats(c.rng, 192),
            "modell": "ecapa-tdnn-192",
            "hangMinoseg": rf(c.rng, 0.6, 0.99, 2),
        }
    )
    b.ok_json({"egyezik": c.rng.random() < 0.9, "pontszam": rf(c.rng, 0.5, 0.98, 3)})
    return b.build()


def hang_titkositott(c: Context) -> Flow:
    """The newest build: the speaker embedding AES-GCM encrypted under 'p'."""
    b = _b(c, "POST", f"{API}/api/v3/hv")
    b.bio("voiceprint", "json p (encrypted speaker embedding)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(12 + 192 * 4 + 16))
    b.json({"p": b64(blob), "k": "v3", "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def egyenleg_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-q' holds SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/szamlak")
    b.header("x-q", b.id("aid_bank", "sha256", "header x-q", detectable=False))
    b.ok_json(
        {
            "szamlak": [
                {
                    "iban": "HU42" + new_digits(c.rng, 24),
                    "deviza": "HUF",
                    "egyenleg": rf(c.rng, 10000, 3000000, 0),
                }
            ]
        }
    )
    return b.build()


def arfolyam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/arfolyamok")
    b.ok_json(
        {
            "datum": iso(c)[:10],
            "arfolyamok": {"EUR": rf(c.rng, 395, 410, 2), "USD": rf(c.rng, 360, 380, 2)},
        }
    )
    return b.build()


def utalas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/utalasok")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "terhelendoIban": "HU42" + new_digits(c.rng, 24),
            "kedvezmenyezettIban": "AT61" + new_digits(c.rng, 16),
            "osszeg": rf(c.rng, 5000, 150000, 0),
            "deviza": "HUF",
            "kozlemeny": "Zsebpénz Bécsbe – Anya",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {"tranzakcioAzonosito": f"TR{c.rng.randint(10**11, 10**12)}", "allapot": "FOLYAMATBAN"}
    )
    return b.build()


def kyc_adatok(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/szemelyes-adatok")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "vezeteknev": "Kovács",
            "keresztnev": "Judit",
            "nem": "nő",
            "szuletesiDatum": "1979-05-21",
            "anyjaNeve": "Szabó Mária",
            "lakcim": "1117 Budapest, Október huszonharmadika u. 8.",
            "szemelyiIgazolvany": new_digits(c.rng, 6) + "AB",
        }
    )
    b.ok_json({"mentve": True})
    return b.build()


def profilkep(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/kep")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.alfoldbank.example/avatar/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def atm_kereso(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/atm?lat=47.4979&lon=19.0402&sugar=2000")
    b.decoy("the bank's ATMs with their serial numbers and coordinates (not the phone)")
    b.ok_json(
        {
            "atmek": [
                {
                    "atmSorozatszam": "NCR" + new_digits(c.rng, 8),
                    "cim": a,
                    "lat": rf(c.rng, 47.45, 47.55, 5),
                    "lon": rf(c.rng, 19.0, 19.1, 5),
                    "befizetes": c.rng.random() < 0.5,
                }
                for a in ("Allee bevásárlóközpont", "Móricz Zsigmond körtér", "Bartók Béla út 31.")
            ]
        }
    )
    return b.build()


def otp_kod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/ellenorzes")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"helyes": True})
    return b.build()
