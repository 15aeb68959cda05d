"""Her bank app ("Banca Lirica", in-house backend): FaceTec 3D liveness and a
selfie-to-document match at login and for large transfers, a voice-ID login of
her own (enrolment and verification of a spoken passphrase), an encrypted
biometric envelope (opaque), and device binding with the app's ANDROID_ID.

FaceTec's Android SDK hands the app a FaceScan and audit-trail images that the
app posts to its own server as faceScan, auditTrailImage,
lowQualityAuditTrailImage with sessionId and the X-Device-Key / X-User-Agent
headers (FaceTec sample apps; e.g. FacetecResultRequest in public client code).
Decoys: balance and movements, a transfer with its TRN, the KYC form's
self-declared sex, a document OCR (MRZ) result.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms, req_id, rf
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, ua

API = "https://mobile.bancalirica.it"
UA = ua("BancaLirica", "12.4.0")


def _api(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bancalirica", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("x-request-id", req_id(c.rng))
    return b


def facetec_liveness(c: Context) -> Flow:
    b = _api(c, "POST", "/sca/facetec/liveness-3d")
    b.header("x-device-key", "d" + req_id(c.rng).replace("-", "")[:31])
    b.header("x-user-agent", "facetec|sdk|android|it.bancalirica.app|9.7.45")
    scan = b64(bytes(c.rng.getrandbits(8) for _ in range(700)))
    img = b64(fake_jpeg(c.rng.getrandbits(32), 500))
    b.json(
        {
            "faceScan": scan,
            "auditTrailImage": img,
            "lowQualityAuditTrailImage": img[:400],
            "sessionId": req_id(c.rng),
        }
    )
    b.bio("face_scan", "body.json.faceScan")
    b.bio("face_image", "body.json.auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(req_id(c.rng))})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _api(c, "POST", "/kyc/v2/face-match")
    bd = "----bl" + req_id(c.rng)[:12]
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
        ("documentFace", "doc_face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500)),
        ("threshold", None, None, b"0.82"),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "body.multipart.selfie")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _api(c, "POST", "/auth/voce/verifica")
    bd = "----vv" + req_id(c.rng)[:12]
    meta = b'{"frase":"La mia voce e la mia password","voiceprintRef":"vp-%d","lingua":"it-IT"}' % (
        c.rng.randint(1000, 9999)
    )
    parts = [
        ("meta", None, "application/json", meta),
        ("campione", "voce.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voice_sample", "body.multipart.campione (voiceprint verification)")
    b.ok_json({"verificato": True, "punteggio": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _api(c, "POST", "/auth/voce/iscrizione")
    samples = [b64(fake_wav(c.rng.getrandbits(32), 600)) for _ in range(3)]
    b.json({"speakerEnrollment": {"samples": samples, "passphraseId": 2, "sampleRate": 16000}})
    b.bio("voice_enrolment", "body.json.speakerEnrollment.samples")
    b.ok_json({"voiceprintRef": f"vp-{c.rng.randint(1000, 9999)}", "stato": "attivo"})
    return b.build()


def bio_envelope(c: Context) -> Flow:
    b = _api(c, "POST", "/sca/v3/env")
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(300))), "k": 7, "t": ms(c)})
    b.bio("face_template", "body.json.p (encrypted biometric envelope)", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _api(c, "POST", "/sca/dispositivi/associa")
    b.json(
        {
            "androidId": b.id("aid_bank", where="body.json.androidId"),
            "modello": "SM-S921B",
            "nomeDispositivo": "S24 di Giulia",
            "cliente": c.phone.bank_user,
        }
    )
    b.ok_json({"associato": True})
    return b.build()


def device_fp_opaque(c: Context) -> Flow:
    b = _api(c, "POST", "/sca/rk")
    b.form([("x", b.id("aid_bank", "custom_b64", "body.form.x", detectable=False)), ("v", "2")])
    b.no_content()
    return b.build()


def movements(c: Context) -> Flow:
    b = _api(c, "GET", "/conti/movimenti")
    rows = [
        {
            "data": iso(c)[:10],
            "importo": -rf(c.rng, 2, 200, 2),
            "descrizione": c.rng.choice(["POS BAR", "ESSELUNGA", "RICARICA"]),
        }
        for _ in range(6)
    ]
    b.ok_json({"saldo": rf(c.rng, 500, 9000, 2), "movimenti": rows})
    b.decoy("account movements (amounts series)")
    return b.build()


def transfer(c: Context) -> Flow:
    b = _api(c, "POST", "/bonifici")
    b.json(
        {
            "iban": "IT60X0542811101000000123456",
            "importo": rf(c.rng, 20, 900, 2),
            "causale": "affitto",
            "idempotencyKey": req_id(c.rng),
        }
    )
    b.decoy("bank transfer with idempotency key")
    b.ok_json({"trn": f"0306{c.rng.randint(10**10, 10**11)}", "stato": "eseguito"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _api(c, "PUT", "/kyc/anagrafica")
    b.json(
        {
            "nome": "Giulia",
            "cognome": "Camilleri",
            "sesso": "F",
            "gender": "female",
            "dataNascita": "1988-04-17",
            "professione": "giornalista / conduttrice",
        }
    )
    b.decoy("self-declared sex/gender on the KYC form (not biometric)")
    b.ok_json({"ok": True})
    return b.build()


def document_ocr(c: Context) -> Flow:
    b = _api(c, "POST", "/kyc/documento/ocr")
    b.json({"tipo": "CIE", "mrz": "C<ITACA00000AA4<<<<<<<<<<<<<<<8804172F3101018ITA"})
    b.decoy("ID card MRZ text (document data, no face)")
    b.ok_json({"valido": True})
    return b.build()
