"""Bereket Mobil: a Turkish retail bank app with face login (the father's Samsung
in Istanbul).

Remote onboarding (uzaktan müşteri edinimi) runs a selfie KYC with Onfido: the
app uploads the live photo to `/v3.6/live_photos` as multipart with
`applicant_id` and `file`, and the ID card's sides to `/v3.6/documents` with
`type=national_identity_card`, `side`
(https://documentation.onfido.com/api/latest/#upload-live-photo). The card's
back side carries no face. Face login computes a 512-float face template on
the phone (`yuzSablonu`) and sends it with a liveness score; a newer build
sends it as protobuf packed floats, and the in-app liveness step posts its
frames as nameless multipart parts. Device binding sends the ANDROID_ID, the
bank's own device key and the advertising id (the fraud engine keeps it).
Exchange rates, FAST transfers, the self-declared gender (`cinsiyet`) on the
customer form and the profile photo are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.bereketbank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BereketMobil", "8.2.0", "baba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bereketmobil", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "onfido-android-sdk/20.3.0")
    b.header("authorization", "Token token=sdk_" + new_hex(c.rng, 40))
    return b


def _iban(c: Context) -> str:
    return "TR" + "".join(str(c.rng.randint(0, 9)) for _ in range(24))


def cihaz_eslestir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/cihaz/eslestir")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "cihazAnahtari": b.id("banka_cihaz_anahtari", where="json cihazAnahtari"),
            "reklamKimligi": b.id("gaid_baba", where="json reklamKimligi"),
            "model": "SM-A546E",
            "rootlu": False,
            "emulator": False,
        }
    )
    b.ok_json({"eslesti": True, "smsGonderildi": True})
    return b.build()


def onfido_applicant(c: Context) -> Flow:
    b = _onfido(c, "applicants")
    b.decoy("person name / dob in a KYC applicant")
    b.json({"first_name": "Mehmet", "last_name": "Yılmaz", "dob": "1969-04-23"})
    b.ok_json({"id": rid(c.rng), "created_at": iso(c)})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(201, "application/json", b'{"id":"' + rid(c.rng).encode() + b'"}')
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side (no face)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"TUR"),
        ("file", "kimlik_arka.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(201, "application/json", b'{"id":"' + rid(c.rng).encode() + b'"}')
    return b.build()


def yuz_giris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/giris/yuz")
    b.bio("face_template", "json yuzSablonu (512 float32, base64) + canlilikSkoru")
    b.json(
        {
            "musteriNo": b.acct("banka_musteri"),
            "yuzSablonu": floats_b64(floats(c.rng, 512)),
            "sablonSurumu": "fr-v5-512",
            "canlilikSkoru": rf(c.rng, 0.85, 0.99, 3),
            "zaman": iso(c),
        }
    )
    b.ok_json(
        {"dogrulandi": True, "benzerlik": rf(c.rng, 0.8, 0.99, 3), "oturum": new_hex(c.rng, 32)}
    )
    return b.build()


def yuz_kayit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/giris/yuz/kaydet")
    b.bio("face_embedding", "json yüzVerisi.gömme (512 floats)")
    b.json(
        {
            "musteriNo": b.acct("banka_musteri"),
            "yüzVerisi": {"gömme": floats(c.rng, 512), "model": "fr-v5-512"},
            "cihazAnahtari": b.id("banka_cihaz_anahtari", where="json cihazAnahtari"),
        }
    )
    b.ok_json({"kaydedildi": True})
    return b.build()


def yuz_giris_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/g")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def canlilik_kareleri(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ume/k2")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"adim": 4})
    return b.build()


def hesaplar_opaque(c: Context) -> Flow:
    """Account list; a header named 'x-c' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/hesaplar")
    b.header("x-c", b.id("aid_banka", "sha256", "header x-c", detectable=False))
    b.ok_json(
        {"hesaplar": [{"iban": _iban(c), "doviz": "TRY", "bakiye": rf(c.rng, 1000, 900000, 2)}]}
    )
    return b.build()


def doviz_kurlari(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/doviz-kurlari")
    b.ok_json(
        {
            "tarih": iso(c)[:10],
            "kurlar": {"USD": rf(c.rng, 34, 36, 4), "EUR": rf(c.rng, 36, 39, 4), "GBP": 44.1},
        }
    )
    return b.build()


def fast_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fast/gonder")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "gonderenIban": _iban(c),
            "aliciIban": _iban(c),
            "aliciAdi": "Ayşe Yılmaz",
            "tutar": rf(c.rng, 100, 5000, 2),
            "aciklama": "Kira - Izmir",
            "islemAnahtari": rid(c.rng),
        }
    )
    b.ok_json({"referans": f"FAST{c.rng.randint(10**9, 10**10)}", "durum": "ISLEMDE"})
    return b.build()


def musteri_formu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/musteri/bilgiler")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "ad": "Mehmet",
            "soyad": "Yılmaz",
            "cinsiyet": "E",
            "dogumTarihi": "1969-04-23",
            "il": "İstanbul",
            "meslek": "Esnaf",
        }
    )
    b.ok_json({"kaydedildi": True})
    return b.build()


def profil_foto(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/fotograf")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bereketbank.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/dogrula")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"dogru": True})
    return b.build()
