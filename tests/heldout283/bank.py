"""Kehile Kredit: a community bank / credit union app with face login and voice
verification (the mother's Pixel 7a in Antwerp).

Keys are Yiddish, romanised (`ponim` = face, `muster` = template, `lebedikeit`
= liveness, `shtim` = voice, `kunde` = customer, `mashin_shlisl` = device key)
or in Hebrew script (געזיכט = face, וועקטאָר = vector, שטים_מוסטער = voice
template). Face login sends a 512-float face template computed on the phone;
enrolment sends a 256-float embedding; the selfie check posts the face photo;
voice verification posts the spoken passphrase (WAV) for speaker matching and
voice enrolment sends a 192-float speaker vector. A newer build sends the face
template as protobuf packed floats, the liveness step posts nameless frames, and
a fallback voice check posts the raw WAV to an opaque path. Device binding sends
the ANDROID_ID, the advertising id and the bank's device key. Exchange rates,
transfers, the self-declared gender on the customer form and the avatar are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.kehilekredit.example"
UA = ua("KehileKredit", "6.0.2", "mame")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kehilekredit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-trace-id", new_hex(c.rng, 32))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mashin/farbindn")
    b.json(
        {
            "android_id": b.id("aid_bank", where="json android_id"),
            "reklame_id": b.id("gaid_mame", where="json reklame_id (advertising id)"),
            "mashin_shlisl": b.id("bank_device_key", where="json mashin_shlisl (device key)"),
            "modl": "Pixel 7a",
            "root": False,
        }
    )
    b.ok_json({"farbundn": True, "otp_geshikt": True})
    return b.build()


def ponim_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/araynkumen/ponim")
    b.bio("face_template", "json ponim_muster (512 float32 base64) + lebedikeit")
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "ponim_muster": floats_b64(floats(c.rng, 512)),
            "muster_versye": "pn-5-512",
            "lebedikeit": rf(c.rng, 0.86, 0.99, 3),
            "tsayt": iso(c),
        }
    )
    b.ok_json({"rikhtik": True, "glaykhkeyt": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def gezikht_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/araynkumen/ponim/aynshraybn")
    b.bio("face_embedding", "json געזיכט.וועקטאָר (256 floats)")
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "געזיכט": {"וועקטאָר": floats(c.rng, 256), "מאָדעל": "pn-5-256"},
            "mashin_shlisl": b.id("bank_device_key", where="json mashin_shlisl"),
        }
    )
    b.ok_json({"ayngeshribn": True})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kyc/ponim-bild")
    b.bio("face_image", "multipart part ponim_bild (selfie for face match)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("kunde", None, None, b.acct("bank_user").encode()),
            ("ponim_bild", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ("lebedikeit", None, None, str(rf(c.rng, 0.8, 0.99, 3)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"glaykh": True, "ponim_gefunen": 1})
    return b.build()


def shtim_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/shtim/bashtetikn")
    b.bio("voice_sample", "multipart part shtim (passphrase WAV for speaker verification)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("kunde", None, None, b.acct("bank_user").encode()),
            ("fraze", None, None, "מײַן שטים איז מײַן שליסל".encode()),
            ("shtim", "shtim.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"shtim_glaykh": True, "bal": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def shtim_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/shtim/aynshraybn")
    b.bio("voiceprint", "json שטים_מוסטער (192-float speaker vector, base64)")
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "שטים_מוסטער": floats_b64(floats(c.rng, 192)),
            "מאָדעל": "ecapa-192",
            "צייט": iso(c),
        }
    )
    b.ok_json({"ayngeshribn": True})
    return b.build()


def ponim_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/p")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    body += pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/l7")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"shrit": 4})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/x?k=2")
    b.bio("voice_sample", "raw octet-stream WAV to opaque path", detectable=False)
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def konten_opaque(c: Context) -> Flow:
    """Accounts call; header 'x-h' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/kontes")
    b.header("x-h", b.id("aid_bank", "sha256", "header x-h (sha256)", detectable=False))
    b.ok_json(
        {
            "kontes": [
                {
                    "iban": "BE" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
                    "valute": "EUR",
                    "balans": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def kursn(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursn")
    b.ok_json(
        {
            "datum": iso(c)[:10],
            "kursn": {"USD": rf(c.rng, 1.04, 1.12, 4), "ILS": rf(c.rng, 3.8, 4.1, 4), "GBP": 0.84},
        }
    )
    return b.build()


def iberfir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/iberfir")
    b.decoy("IBAN and transfer reference")
    b.json(
        {
            "fun_iban": "BE" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "tsu_iban": "IL62010800000009999" + str(c.rng.randint(1000, 9999)),
            "summe": rf(c.rng, 20, 900, 2),
            "valute": "EUR",
            "bamerkung": "פאר די חתונה אין בני ברק",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"referents": f"KK{c.rng.randint(10**9, 10**10)}", "status": "IN_ARBET"})
    return b.build()


def kunde_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kunde/protim")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "nomen": "Rivka",
            "familye": "Landau",
            "geshlekht": "f",
            "geboyrn": "1979-11-02",
            "shtot": "Antwerpen",
            "adres": "Lange Kievitstraat",
        }
    )
    b.ok_json({"gehaltn": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/bild")
    b.decoy("profile avatar upload (not sent to face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.kehilekredit.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/bashtetikn")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"rikhtik": True})
    return b.build()
