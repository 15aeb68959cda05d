"""A Polish bank app (fictional "Bank Wisła") with face liveness at onboarding
and for high-value transfers, via real vendors:

- Innovatrics Digital Identity Service: PUT /api/v1/customers/{uuid}/selfie
  {"image": {"data": base64}} and GET /api/v1/faces/{id}/face-template
  (developers.innovatrics.com DIS API reference).
- Veriff: POST /v1/sessions/{id}/media {"image": {"context": "face", "content":
  base64}} with X-AUTH-CLIENT / X-HMAC-SIGNATURE (devdocs.veriff.com).
- Onfido: POST /v3.6/live_photos multipart applicant_id + file
  (documentation.onfido.com).
- The bank's own backend relays the face-match result and landmarks.
Decoys: sign-up form with self-declared gender, transaction list, FX series."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

BANK = "https://mobile.bankwisla.pl"


def _bank(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bankwisla", method, BANK + path)
    b.header("user-agent", ua("BankWisla", "9.1.0"))
    b.header("x-bw-device", b.id("aid_bank", where="header:x-bw-device"))
    return b


def innovatrics_selfie(c: Context) -> Flow:
    b = FB(
        c, "innovatrics", "PUT", f"https://dis.innovatrics.com/api/v1/customers/{rid(c.rng)}/selfie"
    )
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.bio("face_image", "body:$.image.data (selfie to face API)")
    b.json({"image": {"data": b64(fake_jpeg(c.rng.randint(0, 10**9), 1200))}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 1),
                "faceRectangle": {"topLeft": {"x": 120, "y": 88}},
            }
        }
    )
    return b.build()


def innovatrics_template(c: Context) -> Flow:
    b = FB(
        c,
        "innovatrics",
        "GET",
        f"https://dis.innovatrics.com/api/v1/faces/{rid(c.rng)}/face-template",
    )
    b.mark("biometric", "face_template", "response:$.data (face template)", True, "response")
    b.ok_json({"data": b64(bytes(c.rng.getrandbits(8) for _ in range(520))), "version": "1.44"})
    return b.build()


def veriff_media(c: Context) -> Flow:
    b = FB(c, "veriff", "POST", f"https://stationapi.veriff.com/v1/sessions/{rid(c.rng)}/media")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", rid(c.rng).replace("-", "") * 2)
    b.bio("face_image", "body:$.image (context face)")
    b.json(
        {
            "image": {
                "context": "face",
                "content": "data:image/jpeg;base64,"
                + b64(fake_jpeg(c.rng.randint(0, 10**9), 1000)),
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "image": {"id": rid(c.rng)}})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Token token=api_live." + rid(c.rng).replace("-", ""))
    b.bio("face_image", "multipart:file (live photo)")
    bd = "----onfido" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        bd,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg"}, 201)
    return b.build()


def liveness_result(c: Context) -> Flow:
    """The bank forwards the face-analysis result and 5 landmarks to its backend."""
    b = _bank(c, "POST", "/api/kyc/weryfikacja-twarzy")
    b.bio("face_analysis", "body:$.wynik.landmarks / faceMatchScore")
    pts = {
        k: [rf(c.rng, 100, 500, 1), rf(c.rng, 100, 600, 1)]
        for k in ("leftEye", "rightEye", "nose", "mouthLeft", "mouthRight")
    }
    b.json(
        {
            "wynik": {
                "liveness": rf(c.rng, 0.7, 1),
                "faceMatchScore": rf(c.rng, 0.6, 1),
                "landmarks": pts,
                "yaw": rf(c.rng, -15, 15, 1),
            },
            "sesja": rid(c.rng),
        }
    )
    b.ok_json({"status": "ZAAKCEPTOWANO"})
    return b.build()


def face_embedding(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/auth/biometria/wzorzec")
    b.bio("face_embedding", "body:$.wzorzecTwarzy")
    b.json({"wzorzecTwarzy": floats(c.rng, 128), "model": "mobilefacenet-v2", "czas": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """A fraud-SDK blob: encrypted; carries the selfie score, nobody can read it."""
    b = _bank(c, "POST", "/api/risk/collect")
    b.bio("face_analysis", "body:$.d (encrypted)", detectable=False)
    b.json(
        {
            "d": b64(bytes(c.rng.getrandbits(8) for _ in range(300))),
            "fp": b.id("bank_fp", where="body:$.fp", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/onboarding/dane-osobowe")
    b.decoy("self-declared gender and age on a sign-up form")
    b.json(
        {
            "imie": "Zofia",
            "plec": "K",
            "gender": "female",
            "rokUrodzenia": 1991,
            "email": b.id("email", where="body:$.email"),
        }
    )
    b.ok_json({"krok": 3})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _bank(c, "GET", "/api/konta/historia")
    b.decoy("transaction list with ids")
    b.ok_json(
        {
            "operacje": [
                {"id": rid(c.rng), "kwota": rf(c.rng, -300, 300, 2), "data": iso(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    b = _bank(c, "GET", "/api/kursy/EURPLN?okres=30d")
    b.decoy("price series")
    b.ok_json({"kurs": [rf(c.rng, 4.2, 4.4) for _ in range(30)]})
    return b.build()
