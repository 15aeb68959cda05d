"""Dunajská banka: a retail bank app on the father's Galaxy S23 in Bratislava,
with selfie onboarding through Innovatrics and voice authentication.

Onboarding uses the Innovatrics Digital Identity Service (DIS) REST API:
`POST /api/v1/customers` creates a customer, `PUT /customers/{uuid}/selfie`
sends `{"image": {"data": <base64>}}`, `POST /customers/{uuid}/liveness/selfies`
sends the liveness frames with an `assertion`, and `POST /api/v1/faces` plus
`GET /faces/{id}/face-template` return a face template (base64) to the bank.
The ID card's back side goes to `/document/pages` (no face on it). Phone
banking uses speaker verification on the bank's own API: enrolment sends the
voiceprint the app computes (an x-vector) and login sends a short voice sample
(`hlasovaVzorka`, base64 WAV); a newer build posts the sample as a nameless
multipart part. Device binding sends the ANDROID_ID, the bank's device key
and the advertising id (the fraud engine collects it). Exchange rates,
transfers, the self-declared sex on the KYC form and the profile avatar (not
sent to a face-analysis service) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.dunajskabanka.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("DunajskaBanka", "7.4.0", "otec")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dunajskabanka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64("dunajska_" + new_hex(c.rng, 24)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def viazanie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/zariadenie/viazanie")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_otec", where="json advertisingId"),
            "model": "SM-S911B",
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"naviazane": True, "smsOdoslana": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    cid = rid(c.rng)
    b.ok_json({"id": cid, "links": {"self": f"/api/v1/customers/{cid}"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (Innovatrics DIS customer selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.7, 0.99, 4),
                "faceRectangle": {
                    "topLeft": {"x": rf(c.rng, 0.2, 0.3), "y": rf(c.rng, 0.2, 0.3)},
                    "bottomRight": {"x": rf(c.rng, 0.7, 0.8), "y": rf(c.rng, 0.7, 0.8)},
                },
            },
            "links": {"self": "/api/v1/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/selfies")
    b.bio("face_image", "json image.data (liveness selfie, assertion)")
    b.json(
        {
            "assertion": c.rng.choice(["NONE", "EYES_STRAIGHT", "SMILE", "NEUTRAL"]),
            "image": {"data": _jpeg(c, 600)},
        }
    )
    b.no_content()
    return b.build()


def dis_face_template(c: Context) -> Flow:
    b = _dis(c, "GET", f"faces/{rid(c.rng)}/face-template")
    b.mark("biometric", "face_template", "response json data (DIS face-template)", True, "response")
    b.ok_json({"data": floats_b64(floats(c.rng, 128)), "version": "1.47"})
    return b.build()


def dis_liveness_eval(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/evaluation")
    b.json({"type": "PASSIVE_LIVENESS"})
    b.ok_json({"score": rf(c.rng, 0.8, 0.99, 4)})
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("ID card back side image (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"], "countries": ["SVK"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card", "country": "SVK"}, "pageType": "back"})
    return b.build()


def hlas_registracia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/overenie-hlasom/registracia")
    b.bio("voiceprint", "json hlasovyOdtlacok.vektor (x-vector, 256 floats)")
    b.json(
        {
            "klient": b.acct("banka_klient"),
            "hlasovyOdtlacok": {"vektor": floats(c.rng, 256), "model": "xvec-sk-2"},
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"zaregistrovane": True})
    return b.build()


def hlas_overenie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/overenie-hlasom")
    b.bio("voice_sample", "json hlasovaVzorka (base64 WAV for speaker verification)")
    b.json(
        {
            "klient": b.acct("banka_klient"),
            "hlasovaVzorka": b64(fake_wav(c.rng.randint(0, 10**9), 1200)),
            "format": "wav/16k",
            "veta": "Môj hlas je moje heslo",
            "cas": iso(c),
        }
    )
    b.ok_json({"zhoda": True, "skore": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def hlas_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/o/7")
    b.bio("voice_sample", "multipart part f (nameless audio blob)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        ("m", None, None, b"3"),
        ("f", "f.bin", "application/octet-stream", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"r": 1})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    """Face login on a newer build: the DIS template wrapped in an opaque 't' blob."""
    b = _b(c, "POST", f"{API}/api/v3/p")
    b.bio("face_template", "json t (base64 floats, unnamed)", detectable=False)
    b.json({"t": floats_b64(floats(c.rng, 128)), "n": new_hex(c.rng, 12), "ts": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def zostatok_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-z' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/ucty")
    b.header("x-z", b.id("aid_banka", "sha256", "header x-z", detectable=False))
    b.ok_json(
        {
            "ucty": [
                {
                    "iban": "SK31" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
                    "mena": "EUR",
                    "zostatok": rf(c.rng, 100, 40000, 2),
                }
            ]
        }
    )
    return b.build()


def kurzy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurzovy-listok")
    b.ok_json(
        {
            "datum": iso(c)[:10],
            "kurzy": {"CZK": rf(c.rng, 24.8, 25.4, 3), "USD": rf(c.rng, 1.03, 1.1, 4)},
        }
    )
    return b.build()


def prevod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/platby/prevod")
    b.decoy("IBAN and payment reference numbers")
    b.json(
        {
            "zIban": "SK31" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
            "naIban": "CZ65" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
            "suma": rf(c.rng, 20, 500, 2),
            "mena": "EUR",
            "variabilnySymbol": str(c.rng.randint(10**7, 10**8)),
            "sprava": "Na internát v Prahe",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referencia": f"PLT{c.rng.randint(10**9, 10**10)}", "stav": "SPRACOVAVA_SA"})
    return b.build()


def kyc_formular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/udaje")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "meno": "Ján",
            "priezvisko": "Kováč",
            "pohlavie": "M",
            "datumNarodenia": "1971-05-23",
            "mesto": "Bratislava",
            "cisloOP": "EA" + str(c.rng.randint(10**5, 10**6)),
        }
    )
    b.ok_json({"ulozene": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/fotka")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.dunajskabanka.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def sms_kod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/autorizacia/sms")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"spravne": True})
    return b.build()
