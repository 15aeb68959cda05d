"""Anadolu Katılım Mobil: a bank's app with face verification at onboarding and login.

KYC runs through Sumsub's SDK, widely used by Turkish fintechs: the selfie goes up
as an `idDoc` of type `SELFIE` (multipart `metadata` + `content`, per Sumsub's
API reference for adding ID documents). The bank's own login step sends a face
template (`yuzSablonu`, base64 float32) and liveness score; its encrypted
step-3 payload (`veri`, AES-GCM) carries the same selfie and says nothing.
Device binding sends the ANDROID_ID and a device fingerprint of the bank's own;
the risk header `x-c` is a SHA-256 of the ANDROID_ID. FX rates, transfers,
ATM coordinates and the onboarding form (a self-declared gender) are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.anadolukatilim.example"
UA = ua("AnadoluKatilim", "6.18.0")


def _b(c: Context, method: str, url: str, risk: bool = False) -> FB:
    b = FB(c, "anadolukatilim", method, url)
    b.header("user-agent", UA)
    b.header("x-musteri-no", b.acct("banka_customer"))
    if risk:
        b.header(
            "x-c",
            b.id("aid_banka", "sha256", "header x-c (sha256 of ANDROID_ID)", detectable=False),
        )
    return b


def cihaz_eslestir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/cihaz/eslestir")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "cihazParmakIzi": b.id("bank_fingerprint", where="json cihazParmakIzi"),
            "cihazModeli": "Redmi Note 13",
            "rootlu": False,
            "zaman": iso(c),
        }
    )
    b.ok_json({"eslesti": True, "otpGerekli": True})
    return b.build()


def sumsub_selfie(c: Context) -> Flow:
    applicant = new_hex(c.rng, 24)
    b = FB(
        c, "sumsub", "POST", f"https://api.sumsub.com/resources/applicants/{applicant}/info/idDoc"
    )
    b.header("user-agent", "SumSubMobileSDK/1.30.1 Android")
    b.header("x-access-token", "_act-sbx-" + new_hex(c.rng, 32))
    b.bio("face_image", "multipart content (idDocType SELFIE)")
    boundary = new_hex(c.rng, 32)
    meta = b'{"idDocType":"SELFIE","country":"TUR"}'
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", meta),
            ("content", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"idDocType": "SELFIE", "country": "TUR"})
    return b.build()


def yuz_dogrulama(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/giris/yuz-dogrulama", risk=True)
    b.bio("face_template", "json yuzSablonu (base64 float32 face template)")
    b.json(
        {
            "yuzSablonu": floats_b64(floats(c.rng, 128)),
            "canlilikSkoru": rf(c.rng, 0.8, 1, 3),
            "sablonSurumu": "fn-v3",
            "islemNo": rid(c.rng),
        }
    )
    b.ok_json({"sonuc": "ESLESTI", "benzerlik": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def kyc_adim_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/kyc/adim/3")
    b.bio("face_image", "json veri (AES-GCM encrypted selfie)", detectable=False)
    b.json(
        {
            "veri": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "iv": b64(new_hex(c.rng, 12)),
            "s": 3,
        }
    )
    b.ok_json({"durum": "BEKLEMEDE"})
    return b.build()


def doviz(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/piyasa/doviz?kur=USDTRY,EURTRY,XAUTRY")
    b.decoy("FX and gold price series")
    b.ok_json(
        {
            "kurlar": {
                k: [rf(c.rng, 30, 40, 4) for _ in range(24)] for k in ("USDTRY", "EURTRY", "XAUTRY")
            },
            "ts": ms(c),
        }
    )
    return b.build()


def havale(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/odeme/fast", risk=True)
    b.decoy("FAST transfer with IBAN and reference number")
    b.json(
        {
            "aliciIban": "TR" + "".join(str(c.rng.randint(0, 9)) for _ in range(24)),
            "tutar": rf(c.rng, 50, 5000, 2),
            "aciklama": "kira",
            "referansNo": rid(c.rng),
        }
    )
    b.ok_json({"durum": "TAMAM", "dekontNo": new_hex(c.rng, 16)})
    return b.build()


def atm(c: Context) -> Flow:
    lat, lon = rf(c.rng, 38.3, 38.5), rf(c.rng, 27.0, 27.3)
    b = _b(c, "GET", f"{API}/api/v4/atm?enlem={lat}&boylam={lon}")
    b.decoy("ATM locations (coordinates)")
    b.ok_json(
        {
            "atmler": [
                {
                    "ad": "Alsancak Şubesi",
                    "enlem": rf(c.rng, 38.3, 38.5),
                    "boylam": rf(c.rng, 27.0, 27.3),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def basvuru_formu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/basvuru/kisisel")
    b.decoy("onboarding form: self-declared cinsiyet and birth date (not biometric)")
    b.json(
        {
            "ad": "Zeynep",
            "soyad": "Aydın",
            "cinsiyet": "K",
            "dogumTarihi": "1989-04-12",
            "meslek": "öğretmen",
        }
    )
    b.ok_json({"adim": 2})
    return b.build()
