"""Bancu Trinacria: a Sicilian retail bank app with SPID / CIE-style digital
identity on the father's Galaxy S24 in Palermo.

Onboarding follows the Italian remote-identification path: the CIE (the
electronic identity card) front is read, then a video identification with an
InfoCert-like provider (`videoriconoscimento.fiducia-id.example`): the
selfie video's frames go up as multipart, and the session answer carries the
face match and liveness results. The liveness check is FaceTec's 3D liveness
(`api.facetec.com/api/v3.1/biometrics/liveness-3d`, `faceScan`,
`auditTrailImage`), and a back-office check compares the selfie with the CIE
portrait on AWS Rekognition (`RekognitionService.CompareFaces`). Face login
sends a template computed on the phone; the app keeps some Sicilian key names
(`mudeddu_facci`, `vivizza`). Newer builds send the template as protobuf
packed floats, post liveness frames as nameless parts, or wrap the login in an
AES-GCM envelope. Exchange rates, transfers (bonifico), the transaction
history (`movimenti`), the KYC form's self-declared sex, the avatar, the
certificate pin (`impronta`) and the "biometria attiva" flag are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    js,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.bancutrinacria.example"
VID = "https://videoriconoscimento.fiducia-id.example/api/v2/sessioni"
UA = ua("BancuTrinacria", "9.4.1", "patri")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancutrinacria", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng) + ":" + new_hex(c.rng, 16)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _sess(c: Context) -> str:
    return "VR" + new_hex(c.rng, 14).upper()


def registrazione(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivo/registra")
    b.decoy("biometriaAttiva: true (a flag, no biometric data)")
    b.json(
        {
            "androidId": b.id("aid_bancu", where="json androidId"),
            "chiaveDispositivo": b.id("bancu_device_key", where="json chiaveDispositivo"),
            "modello": "SM-S921B",
            "root": False,
            "biometriaAttiva": True,
            "lingua": "it",
        }
    )
    b.ok_json({"registrato": True, "otpInviato": True})
    return b.build()


def cie_fronte(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onboarding/documento")
    b.bio(
        "id_document_portrait",
        "json immagineFronte (CIE front, holder's portrait inside the image)",
        detectable=False,
    )
    b.json(
        {
            "tipoDocumento": "CIE",
            "immagineFronte": "data:image/jpeg;base64," + _jpeg(c, 900),
            "numeroDocumento": "CA" + str(c.rng.randint(10**5, 10**6)) + "AB",
        }
    )
    b.decoy("document number")
    b.ok_json({"stato": "LETTO", "mrz": False})
    return b.build()


def video_frames(c: Context) -> Flow:
    sess = _sess(c)
    b = FB(c, "videoid", "POST", f"{VID}/{sess}/selfie-video")
    b.header("user-agent", "FiduciaID-SDK/4.2.0 Android")
    b.header("x-api-key", new_hex(c.rng, 32))
    b.bio("face_image", "multipart selfieVideo (video of the face) + fotoVolto (face frame)")
    boundary = "----" + new_hex(c.rng, 24)
    parts = [
        ("sessione", None, None, sess.encode()),
        ("selfieVideo", "selfie.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200)),
        ("fotoVolto", "volto.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        (
            "metadati",
            None,
            "application/json",
            js({"fotocamera": "FRONTALE", "ts": ms(c)}).encode(),
        ),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"stato": "RICEVUTO", "sessione": sess})
    return b.build()


def video_esito(c: Context) -> Flow:
    sess = _sess(c)
    b = FB(c, "videoid", "GET", f"{VID}/{sess}/esito")
    b.header("user-agent", "FiduciaID-SDK/4.2.0 Android")
    b.header("x-api-key", new_hex(c.rng, 32))
    b.mark(
        "biometric",
        "face_match_result",
        "response json verificaVolto.somiglianza + vivacita + etaStimata (face analysis)",
        True,
        "response",
    )
    b.ok_json(
        {
            "sessione": sess,
            "esito": "POSITIVO",
            "verificaVolto": {
                "corrispondenza": True,
                "somiglianza": rf(c.rng, 0.82, 0.99, 3),
                "vivacita": {"esito": "SUPERATA", "punteggio": rf(c.rng, 0.9, 0.999, 3)},
                "etaStimata": c.rng.randint(50, 60),
            },
            "completata": iso(c),
        }
    )
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", "https://api.facetec.com/api/v3.1/biometrics/liveness-3d")
    b.header("user-agent", "FaceTec-Android/9.7.50")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|it.bancutrinacria|" + new_hex(c.rng, 16))
    b.decoy("x-device-key: FaceTec's licence key (not the phone's id)")
    b.bio("face_scan", "json faceScan + auditTrailImage (3D face scan and face images)")
    b.json(
        {
            "faceScan": b64(c.rng.randbytes(1500)),
            "auditTrailImage": _jpeg(c, 500),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "bt-" + new_hex(c.rng, 12),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(c.rng.randbytes(200)),
            "faceScanSecurityChecks": {
                "auditTrailVerificationCheckSucceeded": True,
                "faceScanLivenessCheckSucceeded": True,
                "replayCheckSucceeded": True,
                "sessionTokenCheckSucceeded": True,
            },
        }
    )
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.eu-south-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-android/2.77.0 Linux/5.15 Dalvik/2.1.0/0 it_IT")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250412T" + str(c.rng.randint(100000, 235959)) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20250412/eu-south-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date;"
        "x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    b.decoy("AWS SigV4 signature and session credential id")
    b.bio("face_image", "json SourceImage.Bytes + TargetImage.Bytes (CompareFaces)")
    b.set_body(
        js(
            {
                "SourceImage": {"Bytes": _jpeg(c, 600)},
                "TargetImage": {"Bytes": _jpeg(c, 600)},
                "SimilarityThreshold": 90,
                "QualityFilter": "AUTO",
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.mark(
        "biometric",
        "face_analysis",
        "response json FaceMatches[].Similarity + Face.Landmarks/Pose",
        True,
        "response",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "FaceMatches": [
                    {
                        "Similarity": rf(c.rng, 90, 99.9, 3),
                        "Face": {
                            "BoundingBox": {"Width": 0.41, "Height": 0.55, "Left": 0.3, "Top": 0.2},
                            "Confidence": 99.99,
                            "Landmarks": [
                                {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
                                for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
                            ],
                            "Pose": {
                                "Roll": rf(c.rng, -5, 5, 2),
                                "Yaw": rf(c.rng, -8, 8, 2),
                                "Pitch": rf(c.rng, -6, 6, 2),
                            },
                        },
                    }
                ],
                "UnmatchedFaces": [],
                "SourceImageFace": {"Confidence": 99.98},
            }
        ).encode(),
    )
    return b.build()


def accessu_facci(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/accessu/facci")
    b.bio("face_template", "json mudeddu_facci (512 float32 base64) + vivizza")
    b.json(
        {
            "utenti": b.acct("bancu_user"),
            "mudeddu_facci": floats_b64(floats(c.rng, 512)),
            "virsioniMudellu": "tfr-2.1-512",
            "vivizza": rf(c.rng, 0.85, 0.99, 3),
            "tempu": iso(c),
        }
    )
    b.ok_json(
        {"successu": True, "sumiglianza": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)}
    )
    return b.build()


def iscrizione_volto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/volto/iscrizione")
    b.bio("face_embedding", "json volto.vettore (512 floats)")
    b.json(
        {
            "utente": b.acct("bancu_user"),
            "volto": {"vettore": floats(c.rng, 512), "modello": "tfr-2.1-512"},
            "chiaveDispositivo": b.id("bancu_device_key", where="json chiaveDispositivo"),
        }
    )
    b.ok_json({"iscritto": True})
    return b.build()


def accessu_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/a")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 12))
        + pb_bytes(2, b"2.1")
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok") + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def frames_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/onb/x3")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames, nameless)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"passu": 4})
    return b.build()


def envelope(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/e")
    b.bio("face_template", "json c (AES-GCM ciphertext of the face login)", detectable=False)
    b.json(
        {
            "k": "k" + str(c.rng.randint(1, 9)),
            "n": b64(c.rng.randbytes(12)),
            "c": b64(c.rng.randbytes(2100)),
        }
    )
    b.ok_json({"k": "k1", "n": b64(c.rng.randbytes(12)), "c": b64(c.rng.randbytes(90))})
    return b.build()


def analitica_selfie(c: Context) -> Flow:
    b = FB(c, "bancu-analitica", "POST", "https://analitica.bancutrinacria.example/v1/eventi")
    b.header("user-agent", UA)
    b.bio("face_analysis", "json params punteggioVolto/vivacita/imbardataTesta/occhiAperti")
    b.json(
        {
            "sessione": rid(c.rng),
            "eventi": [
                {
                    "nome": "selfie_verificato",
                    "ts": ms(c),
                    "parametri": {
                        "punteggioVolto": rf(c.rng, 0.82, 0.99, 3),
                        "vivacita": rf(c.rng, 0.9, 0.999, 3),
                        "imbardataTesta": rf(c.rng, -12, 12, 2),
                        "beccheggioTesta": rf(c.rng, -10, 10, 2),
                        "occhiAperti": True,
                        "etaStimata": c.rng.randint(50, 62),
                        "numeroVolti": 1,
                    },
                }
            ],
        }
    )
    b.decoy("sessione uuid")
    b.no_content()
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/conti")
    b.header(
        "x-impronta-disp", b.id("aid_bancu", "sha256", "header x-impronta-disp", detectable=False)
    )
    b.ok_json(
        {
            "conti": [
                {
                    "iban": "IT60X0542811101" + str(c.rng.randint(10**11, 10**12)),
                    "saldo": rf(c.rng, 100, 30000, 2),
                    "valuta": "EUR",
                }
            ]
        }
    )
    return b.build()


def cambi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cambi")
    b.ok_json(
        {"data": iso(c)[:10], "cambi": {"USD": rf(c.rng, 1.05, 1.12, 4), "CHF": 0.95, "GBP": 0.85}}
    )
    return b.build()


def bonifico(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/bonifici")
    b.decoy("IBANs, CRO reference and idempotency key")
    b.json(
        {
            "ibanOrdinante": "IT60X0542811101" + str(c.rng.randint(10**11, 10**12)),
            "ibanBeneficiario": "IT02A0301503200" + str(c.rng.randint(10**11, 10**12)),
            "importo": rf(c.rng, 20, 400, 2),
            "causale": "Pi Giovanni a Casteddu",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"stato": "IN_LAVORAZIONE", "cro": str(c.rng.randint(10**10, 10**11))})
    return b.build()


def movimenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/conti/movimenti?dal=2025-03-01")
    b.decoy("transaction history (movimenti) with amounts and dates")
    b.ok_json(
        {
            "movimenti": [
                {"data": iso(c)[:10], "descrizione": d, "importo": -rf(c.rng, 3, 120, 2)}
                for d in ("Conad Palermo", "AMAT biglietto", "ItaliaPlay abbonamento", "Tirrenia")
            ]
        }
    )
    return b.build()


def kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kyc/anagrafica")
    b.decoy("self-declared sex (sesso) and birth date on the KYC form")
    b.json(
        {
            "nome": "Salvatore",
            "cognome": "Lo Presti",
            "sesso": "M",
            "dataNascita": "1968-09-03",
            "codiceFiscale": "LPRSVT68P03G273" + c.rng.choice("ABCDX"),
            "indirizzo": "Via Maqueda 100, Palermo",
        }
    )
    b.ok_json({"salvato": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/profilo/foto")
    b.decoy("profile picture upload (not sent to a face service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bancutrinacria.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def pin_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sicurezza/pinning")
    b.decoy("certificate fingerprint (impronta sha256 pin), not a biometric fingerprint")
    b.json(
        {
            "host": "app.bancutrinacria.example",
            "impronta": "sha256/" + b64(c.rng.randbytes(32)),
            "attese": ["sha256/" + b64(c.rng.randbytes(32))],
            "quando": iso(c),
        }
    )
    b.no_content()
    return b.build()
