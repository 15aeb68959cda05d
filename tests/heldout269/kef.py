"""Kef Breizh: a regional bank's app (Gwenaëlle's Pixel 8), French with a few
Breton labels.

Onboarding and risky transfers run a selfie face check: Onfido live photo
(multipart `file` + `advanced_validation`, https://documentation.onfido.com/api/latest/#upload-live-photo),
FaceTec 3D liveness (`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`,
`sessionId`; the `X-Device-Key` header is FaceTec's per-app licence key, the
same on every phone, not a device id), AWS Rekognition CompareFaces against the
ID photo (X-Amz-Target RekognitionService.CompareFaces, images as base64
`Bytes`), and the bank's own `/dremm/gwiriañ` ("face/check") with the selfie
under `poltred_dremm`. A newer build posts the selfie as protobuf bytes under
a path of one letter. Device binding sends the ANDROID_ID and the bank's own
device key. Balances, transfers (IBAN), the self-declared civility and gender
on the KYC form, and the rate table are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.kef-breizh.example"
UA = ua("KefBreizh", "6.2.0", "gwen")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kefbreizh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _iban(c: Context) -> str:
    return "FR76" + "".join(str(c.rng.randint(0, 9)) for _ in range(23))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/appareil/enrolement")
    b.json(
        {
            "androidId": b.id("aid_kef", where="json androidId"),
            "cleAppareil": b.id("kef_device_key", where="json cleAppareil"),
            "modele": "Pixel 8",
            "root": False,
            "anv_benveg": "Pellgomz Gwen",
        }
    )
    b.ok_json({"enrole": True, "otpEnvoye": True})
    return b.build()


def session_header(c: Context) -> Flow:
    """Accounts call; header x-kb-a holds SHA-256 of the ANDROID_ID (opaque)."""
    b = _b(c, "GET", f"{API}/api/v2/comptes")
    b.header("x-kb-a", b.id("aid_kef", "sha256", "header x-kb-a", detectable=False))
    b.decoy("IBAN and balances")
    b.ok_json({"comptes": [{"iban": _iban(c), "solde": rf(c.rng, 10, 9000, 2)}]})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.1.0")
    b.header("authorization", "Bearer eyJ" + new_hex(c.rng, 60))
    b.bio("face_image", "multipart file (Onfido live photo, advanced_validation)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg", "file_size": 702})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", "https://api.facetec.com/api/v3.1/biometrics/liveness-3d")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|bzh.kefbreizh|9.7.40|Pixel 8|br_FR")
    b.decoy("X-Device-Key is FaceTec's per-app licence key (same on every phone)")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(new_hex(c.rng, 400).encode()),
            "auditTrailImage": b64(_jpeg(c, 500)),
            "lowQualityAuditTrailImage": b64(_jpeg(c, 200)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 64))})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-west-3.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241201T090000Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA"
        + new_hex(c.rng, 16).upper()
        + "/20241201/eu-west-3/rekognition/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + new_hex(c.rng, 64),
    )
    b.bio("face_image", "json SourceImage/TargetImage Bytes (CompareFaces)")
    b.set_body(
        (
            '{"SourceImage":{"Bytes":"'
            + b64(_jpeg(c, 500))
            + '"},"TargetImage":{"Bytes":"'
            + b64(_jpeg(c, 500))
            + '"},"SimilarityThreshold":90,"QualityFilter":"AUTO"}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.mark(
        "biometric",
        "face_analysis",
        "response json FaceMatches[].Face (landmarks, pose)",
        True,
        "response",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceMatches":[{"Similarity":'
            + str(rf(c.rng, 91, 99.9, 2))
            + ',"Face":{"BoundingBox":{"Width":0.41,"Height":0.52,"Left":0.3,"Top":0.2},'
            '"Confidence":99.98,"Landmarks":[{"Type":"eyeLeft","X":0.42,"Y":0.38},'
            '{"Type":"eyeRight","X":0.58,"Y":0.37},{"Type":"nose","X":0.5,"Y":0.49}],'
            '"Pose":{"Roll":-2.1,"Yaw":4.3,"Pitch":-6.0}}}],"UnmatchedFaces":[]}'
        ).encode(),
    )
    return b.build()


def dremm_gwiria(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dremm/gwiriañ")
    b.bio("face_image", "json poltred_dremm (selfie, base64) for face verification")
    b.json(
        {
            "implijer": b.acct("kef_user"),
            "poltred_dremm": b64(_jpeg(c)),
            "bevded": rf(c.rng, 0.8, 0.99, 3),
            "abeg": "virement_sensible",
            "deiziad": iso(c),
        }
    )
    b.ok_json({"kenglotadur": rf(c.rng, 0.8, 0.99, 3), "aotreet": True})
    return b.build()


def selfie_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s")
    b.bio("face_image", "protobuf field 3 (JPEG bytes), path /s", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_varint(2, ms(c)) + pb_bytes(3, _jpeg(c, 600))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def soldes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/comptes/synthese")
    b.decoy("IBAN and balances")
    b.ok_json(
        {
            "comptes": [
                {"iban": _iban(c), "libelle": "Kont red", "solde": rf(c.rng, 10, 9000, 2)},
                {"iban": _iban(c), "libelle": "Livret A", "solde": rf(c.rng, 100, 22950, 2)},
            ]
        }
    )
    return b.build()


def virement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/virements")
    b.decoy("IBAN, amount, transaction reference")
    b.json(
        {
            "ibanDebiteur": _iban(c),
            "ibanBeneficiaire": _iban(c),
            "montant": rf(c.rng, 15, 800, 2),
            "motif": c.rng.choice(["Gopr Fest-noz", "Loyer Kemper", "Kouign-amann 😋"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"VIR{c.rng.randint(10**9, 10**10)}", "statut": "EN_COURS"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/identite")
    b.decoy("self-declared civility / gender and birth date")
    b.json(
        {
            "civilite": "Mme",
            "reizh": "maouez",
            "prenom": "Gwenaëlle",
            "nom": "Le Goff",
            "dateNaissance": "1987-06-21",
            "villeNaissance": "Kemper",
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def taux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/taux")
    b.ok_json({"livretA": 3.0, "ldds": 3.0, "pel": 2.25, "maj": iso(c)[:10], "t": ms(c)})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/conseiller/photo/{c.rng.randint(100, 999)}.jpg")
    b.decoy("advisor's profile photo fetched for display (no face analysis)")
    b.respond(200, "image/jpeg", _jpeg(c, 400))
    return b.build()
