"""eID Grischun: the canton's e-ID app (bap's Galaxy A54, Chur).

Onboarding reads the passport chip over NFC (ICAO 9303 data groups: DG1 the
MRZ, DG2 the holder's face image, SOD the signatures) and uploads them; then a
FaceTec 3D liveness check (`faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`; headers X-Device-Key, which is FaceTec's licence
key for the app and no device id, and X-User-Agent) and a 3D-2D match of the
selfie against the passport photo (`idScan`, `idScanFrontImage`). The
backend speaks Rumantsch Grischun: `fatscha` (face), `fotografia`,
`vivacitad` (liveness), `cunvegnientscha` (match), `etad_stimada` (age
estimated from the face). A newer build sends the on-device face vector as
protobuf packed floats, and the liveness frames as nameless multipart parts.
Device binding sends the ANDROID_ID and the advertising id. The MRZ-only upload,
the self-declared gender (`schlattaina`) and address on the form, the services
list and the signed PDF are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import B, floats, iso, rf, rid, ua

API = "https://api.eid-grischun.example"
FT = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("eIDGrischun", "1.8.0", "bap")
DEVICE_KEY = "dXhZ3m7Kq0bR1pVw9sTy2LnC4aFe8GjH"  # FaceTec licence key of the app


def _b(c: Context, method: str, url: str) -> B:
    b = B(c, "eid-grischun", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _ft(c: Context, method: str, path: str) -> B:
    b = B(c, "facetec", method, f"{FT}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-device-key", DEVICE_KEY)
    b.header("x-user-agent", f"facetec|sdk|android|ch.gr.eid|9.7.2|SM-A546B|{rid(c.rng)}")
    b.decoy("X-Device-Key is the FaceTec licence key, not a device id")
    return b


def _jpeg(c: Context, size: int = 600) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/apparat/colliar")
    b.json(
        {
            "android_id": b.id("aid_eid", where="json android_id"),
            "id_reclama": b.id("gaid_bap", where="json id_reclama (advertising id)"),
            "integritad": "eyJ" + new_hex(c.rng, 80),
            "modell": "SM-A546B",
            "dossier": b.acct("eid_dossier"),
        }
    )
    b.ok_json({"collià": True, "temp": iso(c)})
    return b.build()


def session_token(c: Context) -> Flow:
    b = _ft(c, "GET", "session-token")
    b.ok_json({"sessionToken": new_hex(c.rng, 64), "success": True, "wasProcessed": True})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = _ft(c, "POST", "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "eid_" + new_hex(c.rng, 12),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(new_hex(c.rng, 60)),
            "faceScanSecurityChecks": {
                "auditTrailVerificationCheckSucceeded": True,
                "faceScanLivenessCheckSucceeded": True,
                "replayCheckSucceeded": True,
                "sessionTokenCheckSucceeded": True,
            },
        }
    )
    return b.build()


def facetec_match_idscan(c: Context) -> Flow:
    b = _ft(c, "POST", "match-3d-2d-idscan")
    b.bio("face_image", "json idScanFrontImage (passport photo) + idScan, matched to the 3D face")
    b.json(
        {
            "idScan": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "idScanFrontImage": _jpeg(c),
            "minMatchLevel": 3,
            "externalDatabaseRefID": "eid_" + new_hex(c.rng, 12),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([5, 6, 7]), "wasProcessed": True})
    return b.build()


def nfc_passport(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/document/nfc")
    b.bio("face_image", "json dg2 (ICAO 9303 face image from the passport chip)")
    b.json(
        {
            "tip_document": "P",
            "dg1": b64(b"\x61\x5b\x5f\x1f\x58P<CHEDUMENG<<RETO<<<<<<<<<<<<<<<<<<<<<<<<<<<<"),
            "dg2": b64(b"\x75\x82\x3b\x1a\x7f\x61" + fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "sod": b64(new_hex(c.rng, 120)),
            "lectura": iso(c),
        }
    )
    b.ok_json({"autentic": True, "pass": "chip_ok"})
    return b.build()


def verificaziun_fatscha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/verificaziun/fatscha")
    b.bio("face_image", "multipart part fatscha (selfie.jpg)")
    boundary = rid(c.rng)
    meta = {"vivacitad": rf(c.rng, 0.8, 0.99, 3), "temp": iso(c), "camera": "front"}
    parts = [
        ("fatscha", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("meta", None, "application/json", str(meta).replace("'", '"').encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"stadi": "examinà", "proxim_pass": "resultat"})
    return b.build()


def resultat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/verificaziun/resultat?dossier={c.phone.eid_dossier}")
    b.mark(
        "biometric",
        "face_analysis",
        "response json fatscha.cunvegnientscha/etad_stimada (face match + estimated age)",
        True,
        direction="response",
    )
    b.ok_json(
        {
            "dossier": b.acct("eid_dossier"),
            "fatscha": {
                "cunvegnientscha": rf(c.rng, 0.9, 0.995, 3),
                "vivacitad": True,
                "etad_stimada": c.rng.randint(48, 56),
                "posiziun_chau": {"yaw": rf(c.rng, -8, 8, 1), "pitch": rf(c.rng, -6, 6, 1)},
            },
            "stadi": "approvà",
        }
    )
    return b.build()


def vectur_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/v")
    b.bio("face_embedding", "protobuf field 3 packed floats (on-device face vector)", False)
    body = (
        pb_bytes(1, b.acct("eid_dossier"))
        + pb_bytes(2, "m7")
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"\x01"))
    return b.build()


def vectur_json(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/verificaziun/vectur-fatscha")
    b.bio("face_embedding", "json vectur_fatscha (128 float32, base64)")
    b.json(
        {
            "dossier": b.acct("eid_dossier"),
            "vectur_fatscha": floats_b64(floats(c.rng, 128)),
            "model": "fn-128-v2",
        }
    )
    b.ok_json({"memorisà": True})
    return b.build()


def frames_multipart(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/f")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames, nameless)", False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 400))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": 1})
    return b.build()


def hashed_status(c: Context) -> Flow:
    """Status poll; a cookie 'a' holds a SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/stadi")
    b.header("cookie", "a=" + b.id("aid_eid", "sha256", "cookie a", detectable=False))
    b.ok_json({"stadi": "activ", "valid_fin": "2029-06-30"})
    return b.build()


def mrz_only(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/document/mrz")
    b.decoy("MRZ text with the document's sex field (no face)")
    b.json(
        {
            "mrz": [
                "P<CHEDUMENG<<RETO<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                f"X{c.rng.randint(10**6, 10**7)}<8CHE6803124M3006307<<<<<<<<<<<<<<02",
            ],
            "tip": "P",
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def formular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dossier/datas-persunalas")
    b.decoy("self-declared gender (schlattaina) and address")
    b.json(
        {
            "prenum": "Reto",
            "num": "Dumeng",
            "schlattaina": "masculin",
            "data_da_naschientscha": "1968-03-12",
            "adressa": {"via": "Quaderstrasse 17", "lieu": "Cuira", "plz": "7000"},
        }
    )
    b.ok_json({"memorisà": True})
    return b.build()


def servetschs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/servetschs?lingua=rm")
    b.ok_json(
        {
            "servetschs": [
                {"id": s, "titel": t}
                for s, t in (
                    ("tax", "Decleraziun da taglia"),
                    ("auto", "Permiss da manischar"),
                    ("vischnanca", "Annunzia da domicil"),
                )
            ]
        }
    )
    return b.build()


def pdf(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/documents/{new_hex(c.rng, 12)}.pdf")
    b.decoy("signed PDF confirmation")
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()
