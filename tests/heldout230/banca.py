"""Banca Carpați: a retail bank app with selfie / video onboarding and face login
(the father's Galaxy S23 in Bucharest).

Onboarding runs through Innovatrics' Digital Identity Service (DIS, OpenAPI at
github.com/innovatrics/dot-digital-identity-service): the app creates a
customer (`POST /identity/api/v1/customers`), uploads the selfie
(`PUT .../customers/{id}/selfie`, `{"image": {"data": base64}}`, the answer
carrying the face detection), opens a liveness check and posts the MagnifEye
liveness record (`POST .../liveness/records`, `type` MAGNIFEYE_LIVENESS, the
capture as base64 `data`); the identity card's back page goes to
`.../document/pages` (no face on it). The bank's own video-call onboarding
step uploads frames as nameless multipart parts. Face login computes a
512-float face template on the phone (`sablonFacial`, with a liveness score);
enrolment sends `fata.embedding`; a newer build sends the template as protobuf
packed floats. Device binding sends the ANDROID_ID, the bank's device key and
the advertising id (its fraud engine collects it). Exchange rates, transfers,
the self-declared sex on the KYC form and the profile avatar (no face-analysis
service) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bancacarpati.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("BancaCarpati", "7.4.0", "tata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancacarpati", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 48)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def leaga_dispozitiv(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispozitiv/asociere")
    b.json(
        {
            "androidId": b.id("aid_banca", where="json androidId"),
            "cheieDispozitiv": b.id("banca_device_key", where="json cheieDispozitiv"),
            "advertisingId": b.id("gaid_tata", where="json advertisingId"),
            "model": "SM-S911B",
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"asociat": True, "otpTrimis": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    b.decoy("KYC customer id (a UUID that identifies no device)")
    b.ok_json({"id": rid(c.rng), "links": {"self": f"{DIS}/customers/{rid(c.rng)}"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (Innovatrics DIS selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 3),
                "faceRectangle": {
                    "topLeft": {"x": rf(c.rng, 0.2, 0.3), "y": rf(c.rng, 0.2, 0.3)},
                    "bottomRight": {"x": rf(c.rng, 0.7, 0.8), "y": rf(c.rng, 0.7, 0.8)},
                },
            },
            "links": {"self": f"{DIS}/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness_record(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/records")
    b.bio("face_image", "json type=MAGNIFEYE_LIVENESS + data (liveness capture)")
    b.json({"type": "MAGNIFEYE_LIVENESS", "data": b64(fake_jpeg(c.rng.randint(0, 10**9), 900))})
    b.ok_json({"id": rid(c.rng), "links": {"selfie": f"{DIS}/customers/x/selfie"}})
    return b.build()


def dis_liveness_evaluate(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/evaluation")
    b.json({"type": "MAGNIFEYE_LIVENESS"})
    b.ok_json({"score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("identity card back page (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"], "countries": ["ROU"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card", "country": "ROU"}, "pageType": "back"})
    return b.build()


def login_fata(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/autentificare/fata")
    b.bio("face_template", "json sablonFacial (512 float32, base64) + scorViabilitate")
    b.json(
        {
            "utilizator": b.acct("banca_user"),
            "sablonFacial": floats_b64(floats(c.rng, 512)),
            "versiuneSablon": "fr-v5-512",
            "scorViabilitate": rf(c.rng, 0.85, 0.99, 3),
            "moment": iso(c),
        }
    )
    b.ok_json({"valid": True, "similaritate": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def inrolare_fata(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/autentificare/fata/inrolare")
    b.bio("face_embedding", "json fata.embedding (512 floats)")
    b.json(
        {
            "utilizator": b.acct("banca_user"),
            "fata": {"embedding": floats(c.rng, 512), "model": "fr-v5-512"},
            "cheieDispozitiv": b.id("banca_device_key", where="json cheieDispozitiv"),
        }
    )
    b.ok_json({"inrolat": True})
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/a")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def apel_video_cadre(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/v7")
    b.bio("face_image", "multipart parts f1..f3 (video-call onboarding frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"pas": 6})
    return b.build()


def sold_opac(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/conturi")
    b.header("x-s", b.id("aid_banca", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "conturi": [
                {
                    "iban": "RO49CARP" + "".join(str(c.rng.randint(0, 9)) for _ in range(16)),
                    "moneda": "RON",
                    "sold": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def curs_valutar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/curs-valutar")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "cursuri": {
                "EUR": rf(c.rng, 4.96, 4.99, 4),
                "USD": rf(c.rng, 4.5, 4.8, 4),
                "GBP": 5.93,
            },
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transferuri")
    b.decoy("IBANs and a transaction reference")
    b.json(
        {
            "dinIban": "RO49CARP" + "".join(str(c.rng.randint(0, 9)) for _ in range(16)),
            "catreIban": "IT60X0542811101000000" + str(c.rng.randint(100000, 999999)),
            "suma": rf(c.rng, 20, 800, 2),
            "moneda": "EUR",
            "detalii": "Pentru Andrei, chirie Torino",
            "cheieIdempotenta": rid(c.rng),
        }
    )
    b.ok_json({"referinta": f"TRF{c.rng.randint(10**9, 10**10)}", "stare": "IN_PROCESARE"})
    return b.build()


def formular_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/date-personale")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "prenume": "Mihai",
            "nume": "Popescu",
            "sex": "M",
            "dataNasterii": "1969-07-21",
            "oras": "București",
            "cnp": "1690721" + str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"salvat": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/poza")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bancacarpati.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verificare")
    b.json({"cod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valid": True})
    return b.build()
