"""Kutxa Berdea: a regional bank app with face liveness onboarding and login.

- FacePhi Selphi / SelphID: the on-device SDK returns bestImage (JPEG, base64),
  templateRaw (the face template) and tokenFaceImage (a tokenised image for the
  server-side check); the bank's backend receives them (FacePhi SDK result
  fields as in FacePhi's public integration guides).
- FacePhi identity check (POST /onboarding/v2/identity {token1: tokenFaceImage,
  bestImageToken, method: "5", tracking: {extraData, operationId}}), as in a
  public FacePhi demo SDK client (IdentityValidationService.swift).
- Onfido: POST api.eu.onfido.com/v3.6/live_photos, multipart with applicant_id,
  advanced_validation and file (Onfido API reference, "Upload live photo").
- Login re-check with a face template in Spanish keys (plantillaFacial).
Decoys: account movements (amount series), ATM coordinates, self-declared sex.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.kutxaberdea.es"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("KutxaBerdea", "12.4.0"))
    b.header("x-correlation-id", rid(b.ctx.rng))


def facephi_selfie(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "POST", API + "/onboarding/v2/selfie")
    b.bio("face_image", "json:bestImage (JPEG) + templateRaw")
    seed = c.rng.randint(0, 10**9)
    b.json(
        {
            "operationId": rid(c.rng),
            "bestImage": b64(fake_jpeg(seed, 700)),
            "templateRaw": b64(bytes(c.rng.getrandbits(8) for _ in range(180))),
            "tokenFaceImage": b64(bytes(c.rng.getrandbits(8) for _ in range(120))),
            "livenessDiagnostic": "Live",
            "templateScore": rf(c.rng, 0.7, 1.0, 3),
            "eyeGlassesScore": rf(c.rng, 0, 0.3, 3),
        }
    )
    _hdr(b)
    b.ok_json({"status": "OK", "next": "document"})
    return b.build()


def facephi_identity(c: Context) -> Flow:
    """SelphID + Selphi result checked server-side: tokenised document face and selfie."""
    b = FB(c, "kutxaberdea", "POST", API + "/onboarding/v2/identity")
    b.bio("face_image", "json:token1 (tokenFaceImage) + bestImageToken")
    b.json(
        {
            "token1": b64(bytes(c.rng.getrandbits(8) for _ in range(400))),
            "bestImageToken": b64(bytes(c.rng.getrandbits(8) for _ in range(400))),
            "method": "5",
            "tracking": {"extraData": b64(rid(c.rng)), "operationId": rid(c.rng)},
        }
    )
    _hdr(b)
    b.ok_json({"diagnostic": "Positive", "similarity": rf(c.rng, 0.8, 1, 3)})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.bio("face_image", "multipart:file (live photo)")
    bnd = "----" + rid(c.rng).replace("-", "")[:24]
    body = multipart(
        bnd,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)})
    return b.build()


def login_face(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "POST", API + "/auth/v1/biometria/facial")
    b.bio("face_template", "json:plantillaFacial (float vector)")
    b.json(
        {
            "cliente": b.acct("bank_user"),
            "plantillaFacial": floats_b64(floats(c.rng, 128)),
            "version": "selphi-5.12",
            "umbral": 0.82,
        }
    )
    _hdr(b)
    b.ok_json({"resultado": "coincide", "token": b64(rid(c.rng))})
    return b.build()


def face_analytics(c: Context) -> Flow:
    """The SDK's on-device face-analysis results, sent on to the bank's analytics."""
    b = FB(c, "kutxaberdea", "POST", API + "/analytics/v1/eventos")
    b.bio("face_analysis", "json:faceAnalysis{ageEstimate,genderEstimate,smile,eyesOpen}")
    b.json(
        {
            "evento": "selfie_capturado",
            "faceAnalysis": {
                "faceDetected": True,
                "ageEstimate": c.rng.randint(30, 40),
                "genderEstimate": "F",
                "smile": rf(c.rng, 0, 1, 2),
                "eyesOpen": rf(c.rng, 0.6, 1, 2),
                "faceBox": [c.rng.randint(100, 300), c.rng.randint(200, 400), 420, 520],
            },
            "ts": iso(c),
        }
    )
    _hdr(b)
    b.no_content()
    return b.build()


def opaque_check(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "POST", API + "/sec/v1/x")
    b.bio("face_template", "json:p (encrypted blob)", detectable=False)
    b.json({"k": 2, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(300)))})
    _hdr(b)
    b.ok_json({"r": 0})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "POST", API + "/dispositivos/v1/vincular")
    b.other_id("bank_fp", "json:deviceFingerprint")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json:androidId"),
            "deviceFingerprint": c.phone.bank_fp,
            "rooted": False,
            "modelo": "SM-S921B",
        }
    )
    _hdr(b)
    b.ok_json({"vinculado": True})
    return b.build()


def movimientos(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "GET", API + "/cuentas/v1/movimientos", [("pagina", "1")])
    b.decoy("account movements: amount series and references")
    mov = [
        {"importe": rf(c.rng, -250, 900, 2), "ref": f"{c.rng.randint(10**9, 10**10)}"}
        for _ in range(12)
    ]
    b.ok_json({"movimientos": mov})
    _hdr(b)
    return b.build()


def cajeros(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "GET", API + "/cajeros", [("lat", "43.263"), ("lon", "-2.935")])
    b.decoy("ATM coordinate list")
    b.ok_json(
        {
            "cajeros": [
                {"lat": rf(c.rng, 43.2, 43.3), "lon": rf(c.rng, -3.0, -2.9)} for _ in range(10)
            ]
        }
    )
    return b.build()


def alta_form(c: Context) -> Flow:
    b = FB(c, "kutxaberdea", "POST", API + "/onboarding/v2/datos")
    b.decoy("sign-up form with self-declared sex")
    b.json(
        {"nombre": "Maite", "sexo": "M", "fechaNacimiento": "1988-04-12", "profesion": "irakaslea"}
    )
    _hdr(b)
    b.ok_json({"ok": True})
    return b.build()
