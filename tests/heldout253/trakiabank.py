"""Тракия Банк (Trakia Bank): a retail bank app with face login, on the father's
Galaxy A55 in Sofia.

Onboarding identifies the customer through the e-identity app (udostoveri.py);
the bank app itself enrols a face template (`licevShablon`, "лицев шаблон",
256 floats) and logs in by sending a fresh template (`faceTemplate`, base64
float32) with a passive-liveness score. The newest build sends the template as
protobuf packed floats, and the in-app liveness step posts its frames as
nameless octet-stream parts. Device binding sends the ANDROID_ID, the
advertising id (the fraud engine collects it) and the bank's own device key; a
cookie `bt_f` holds an upper-case MD5 of the ANDROID_ID on account calls.
Exchange rates, transfers (IBAN, reference), the KYC form (ЕГН, birth date,
sex), the profile photo and OTPs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.trakiabank.example"
UA = ua("TrakiaBank", "8.2.0", "bashta")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "trakiabank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-request-id", rid(c.rng))
    return b


def _iban(c: Context) -> str:
    return "BG" + new_digits(c.rng, 2) + "TRAK" + new_digits(c.rng, 14)


def ustroystvo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v3/ustroystvo/registraciya")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "advertisingId": b.id("gaid_bashta", where="json advertisingId"),
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
            "model": "SM-A556B",
            "rooted": False,
            "emulator": False,
            "os": "Android 14",
        }
    )
    b.ok_json({"registrirano": True, "otpIzprateno": True})
    return b.build()


def smetki_opaque(c: Context) -> Flow:
    """Account list; the cookie `bt_f` holds MD5 (upper) of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/mb/v2/smetki")
    b.header("cookie", "bt_f=" + b.id("aid_banka", "md5_upper", "cookie bt_f", detectable=False))
    b.ok_json(
        {
            "smetki": [
                {"iban": _iban(c), "valuta": "BGN", "nalichnost": rf(c.rng, 100, 40000, 2)},
                {"iban": _iban(c), "valuta": "EUR", "nalichnost": rf(c.rng, 10, 9000, 2)},
            ]
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v3/vhod/lice")
    b.bio("face_template", "json faceTemplate (256 float32, base64) + liveness")
    b.json(
        {
            "klient": b.acct("banka_klient"),
            "faceTemplate": floats_b64(floats(c.rng, 256)),
            "templateFormat": "trk-face-256",
            "liveness": {"score": rf(c.rng, 0.82, 0.99, 3), "passive": True},
            "vreme": iso(c),
        }
    )
    b.ok_json({"uspeh": True, "skor": rf(c.rng, 0.8, 0.99, 3), "sesiya": new_hex(c.rng, 32)})
    return b.build()


def face_zapis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v3/vhod/lice/zapis")
    b.bio("face_template", "json licevShablon (256 floats, 'лицев шаблон')")
    b.json(
        {
            "klient": b.acct("banka_klient"),
            "licevShablon": floats(c.rng, 256),
            "model": "trk-face-256",
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"zapisano": True})
    return b.build()


def face_login_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v4/a")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 24))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def liveness_kadri(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v3/k/2")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, octet-stream)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"stapka": 4})
    return b.build()


def kursove(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mb/v1/valutni-kursove")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "kursove": {
                "EUR": 1.95583,
                "USD": rf(c.rng, 1.7, 1.9, 4),
                "GBP": rf(c.rng, 2.2, 2.4, 4),
            },
        }
    )
    return b.build()


def prevod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v2/prevodi")
    b.decoy("IBANs and a transfer reference")
    b.json(
        {
            "otIban": _iban(c),
            "kamIban": "ES91" + new_digits(c.rng, 20),
            "suma": rf(c.rng, 50, 800, 2),
            "valuta": "EUR",
            "osnovanie": "За наем в Мадрид",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referenciya": f"TRK{c.rng.randint(10**10, 10**11)}", "status": "OBRABOTVA_SE"})
    return b.build()


def kyc_forma(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v2/kyc/danni")
    b.decoy("self-declared sex, birth date and EGN (personal data, not biometric)")
    b.json(
        {
            "ime": "Георги",
            "familiya": "Петров",
            "egn": "6" + new_digits(c.rng, 9),
            "pol": "M",
            "rozhdenaData": "1966-05-21",
            "grad": "София",
        }
    )
    b.ok_json({"zapazeno": True})
    return b.build()


def profilna_snimka(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/mb/v2/profil/snimka")
    b.decoy("profile avatar upload (a picture for the app, not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.trakiabank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mb/v2/otp/proverka")
    b.json({"kod": new_digits(c.rng, 6), "t": ms(c)})
    b.ok_json({"validen": True})
    return b.build()
