"""Bank Wisła: a retail bank app with BLIK-style payments and face login (the
father's Samsung in Warsaw).

Onboarding runs a selfie check with Onfido: the SDK uploads the live photo to
/v3.6/live_photos as multipart (`applicant_id`, `file`, `advanced_validation`;
https://documentation.onfido.com/api/latest/#upload-live-photo), the identity
card's back side to /documents (`type`, `side`; no face on it). Face login
computes a 512-float face template on the phone and sends it
(`szablonTwarzy`, base64 float32) with a liveness score; a newer build sends it
as protobuf packed floats, and the in-app liveness step sends frames as
nameless multipart parts. Device binding sends the ANDROID_ID and the bank's
own device key. BLIK codes, exchange rates, transfers, the self-declared sex
(`plec`) on the account form and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bankwisla.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BankWisla", "9.4.0", "tata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankwisla", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "onfido-android-sdk/19.2.0 okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(rid(c.rng) + rid(c.rng)))
    return b


def _applicant(c: Context) -> str:
    return rid(c.rng)


def powiazanie_urzadzenia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v2/urzadzenie/powiaz")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "kluczUrzadzenia": b.id("bank_device_key", where="json kluczUrzadzenia"),
            "model": "SM-S911B",
            "root": False,
            "emulator": False,
            "wersjaAplikacji": "9.4.0",
        }
    )
    b.ok_json({"powiazano": True, "smsWyslany": True})
    return b.build()


def onfido_applicant(c: Context) -> Flow:
    b = _onfido(c, "applicants")
    b.decoy("person name and birth date in a KYC applicant")
    b.json({"first_name": "Andrzej", "last_name": "Nowak", "dob": "1966-05-14"})
    b.ok_json({"id": _applicant(c), "created_at": iso(c)})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live photo)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, _applicant(c).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"})
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("identity card back side (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, _applicant(c).encode()),
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"POL"),
            ("file", "dowod_tyl.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"})
    return b.build()


def logowanie_twarza(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/logowanie/twarz")
    b.bio("face_template", "json szablonTwarzy (512 float32, base64) + liveness")
    b.json(
        {
            "klient": b.acct("bank_user"),
            "szablonTwarzy": floats_b64(floats(c.rng, 512)),
            "wersjaSzablonu": "fr-512-v3",
            "wynikZywotnosci": rf(c.rng, 0.85, 0.99, 3),
            "czas": iso(c),
        }
    )
    b.ok_json({"zgodnosc": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def rejestracja_twarzy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/biometria/twarz/rejestracja")
    b.bio("face_embedding", "json face_embedding (512 floats)")
    b.json(
        {
            "klient": b.acct("bank_user"),
            "face_embedding": floats(c.rng, 512),
            "model": "fr-512-v3",
            "kluczUrzadzenia": b.id("bank_device_key", where="json kluczUrzadzenia"),
        }
    )
    b.ok_json({"zarejestrowano": True})
    return b.build()


def logowanie_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/m/v4/a")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def klatki_zywotnosci(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/m/v3/onb/k2")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"krok": 4})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    """Balance call; header 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/mobile/v2/rachunki")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "rachunki": [
                {
                    "nrb": "PL61" + "".join(str(c.rng.randint(0, 9)) for _ in range(24)),
                    "waluta": "PLN",
                    "saldo": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def kod_blik(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v2/blik/kod")
    b.decoy("6-digit BLIK code and its expiry")
    b.json({"rachunek": "glowny", "t": ms(c)})
    b.ok_json({"kod": f"{c.rng.randint(0, 999999):06d}", "waznyDo": iso(c), "ttlSek": 120})
    return b.build()


def kursy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v1/kursy-walut")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "kursy": {"EUR": rf(c.rng, 4.2, 4.4, 4), "GBP": rf(c.rng, 5.0, 5.2, 4), "USD": 4.05},
        }
    )
    return b.build()


def przelew(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v2/przelewy")
    b.decoy("IBANs and transaction reference")
    b.json(
        {
            "zRachunku": "PL61" + "".join(str(c.rng.randint(0, 9)) for _ in range(24)),
            "naRachunek": "IE29AIBK93115212345678",
            "kwota": rf(c.rng, 50, 2000, 2),
            "waluta": "EUR",
            "tytul": "Dla Kuby do Dublina",
            "kluczIdempotencji": rid(c.rng),
        }
    )
    b.ok_json({"referencja": f"PRZ{c.rng.randint(10**9, 10**10)}", "status": "W_REALIZACJI"})
    return b.build()


def formularz_danych(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v2/klient/dane")
    b.decoy("self-declared sex (plec) and birth date")
    b.json(
        {
            "imie": "Andrzej",
            "nazwisko": "Nowak",
            "plec": "M",
            "dataUrodzenia": "1966-05-14",
            "miasto": "Warszawa",
            "pesel": b.acct("eid_pesel")[:6] + "00000",
        }
    )
    b.ok_json({"zapisano": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/mobile/v2/profil/zdjecie")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bankwisla.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
