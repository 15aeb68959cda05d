"""A direct bank (made up: "Alpenbank Direkt") opening accounts by video-ident
and logging in with 3D face liveness.

Sources: FaceTec's server REST API as its sample apps call it (`POST
/enrollment-3d`, `/match-3d-3d` with `faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, `sessionId`, `externalDatabaseRefID`; headers
`X-Device-Key`, `X-User-Agent`), cf. FaceTec's sample apps and public client
models (e.g. a FacetecResultRequest{faceScan, auditTrailImage,
lowQualityAuditTrailImage}); IDnow's identification API
(`api.idnow.de/api/v1/{companyId}/identifications/{id}/...`, IDnow API
docs); Nect Ident (nect.com, selfie video with head movements). The bank's
own backend uses German keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .catalog import cipher_blob
from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.alpenbank-direkt.at"
FT = "https://liveness.alpenbank-direkt.at"
UA = ua("AlpenbankDirekt", "12.4.0")


def _ft(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", FT + path)
    b.header("x-device-key", "dV8hQ2pLk5mN3bX7cZ1rT9wY4sA6eF0g")
    sid = rid(c.rng)
    b.header(
        "x-user-agent", f"facetec|sdk|android|de.alpenbank.direkt|{sid}|Pixel 8|9.7.30|de_AT|de"
    )
    return b


def facetec_enrol(c: Context) -> Flow:
    b = _ft(c, "/enrollment-3d")
    b.json(
        {
            "faceScan": b64(cipher_blob(c.rng, 600, 900)),
            "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
            "externalDatabaseRefID": "ab_" + c.phone.bank_user,
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "body.json.faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(cipher_blob(c.rng))})
    return b.build()


def facetec_match(c: Context) -> Flow:
    b = _ft(c, "/match-3d-3d")
    b.json(
        {
            "faceScan": b64(cipher_blob(c.rng, 600, 900)),
            "externalDatabaseRefID": "ab_" + c.phone.bank_user,
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "body.json.faceScan")
    b.ok_json({"success": True, "matchLevel": c.rng.randint(6, 15)})
    return b.build()


def idnow_selfie(c: Context) -> Flow:
    ident = "ALB-" + "".join(c.rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(6))
    url = f"https://api.idnow.de/api/v1/alpenbank/identifications/{ident}/upload/selfie"
    b = FB(c, "idnow", "POST", url)
    b.header("user-agent", UA)
    b.header("x-api-login-token", rid(c.rng).replace("-", ""))
    bnd = "idnow" + rid(c.rng).replace("-", "")[:20]
    b.set_body(
        multipart(bnd, [("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32)))]),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "path.upload/selfie+multipart.file")
    b.ok_json({"status": "UPLOADED"})
    return b.build()


def nect_liveness(c: Context) -> Flow:
    """Nect-style head-movement check: landmarks and head pose per frame."""
    case = rid(c.rng)
    b = FB(c, "nect", "POST", f"https://api.nect.com/v2/cases/{case}/liveness/frames")
    b.header("user-agent", UA)
    frames = [
        {
            "t": i * 66,
            "faceLandmarks": points(c.rng, 68),
            "headPose": {"yaw": rf(c.rng, -30, 30, 2), "pitch": rf(c.rng, -15, 15, 2),
                         "roll": rf(c.rng, -8, 8, 2)},
            "challenge": c.rng.choice(["TURN_LEFT", "TURN_RIGHT", "NOD"]),
        }
        for i in range(3)
    ]  # fmt: skip
    b.json({"caseId": case, "frames": frames})
    b.bio("landmarks", "body.json.frames[].faceLandmarks")
    b.ok_json({"next": "DOCUMENT"})
    return b.build()


def nect_selfie_video(c: Context) -> Flow:
    case = rid(c.rng)
    b = FB(c, "nect", "POST", f"https://api.nect.com/v2/cases/{case}/selfie-video")
    b.header("user-agent", UA)
    b.set_body(fake_mp4(c.rng.getrandbits(32)), "video/mp4")
    b.bio("face_video", "path.selfie-video+body.mp4")
    b.ok_json({"received": True})
    return b.build()


def gesichtspruefung_ergebnis(c: Context) -> Flow:
    """The app forwards the on-device face check to the bank: age, pose, match."""
    b = FB(c, "alpenbank", "POST", API + "/kyc/v1/gesichtspruefung")
    b.header("user-agent", UA)
    b.json(
        {
            "vorgang": rid(c.rng),
            "gesicht": {
                "geschaetztesAlter": c.rng.randint(25, 60),
                "kopfhaltung": {"gieren": rf(c.rng, -10, 10, 1), "nicken": rf(c.rng, -8, 8, 1)},
                "augenOffen": [rf(c.rng, 0.7, 1.0, 2), rf(c.rng, 0.7, 1.0, 2)],
                "aehnlichkeitAusweisfoto": rf(c.rng, 0.8, 0.99, 3),
            },
            "lebenderkennung": "bestanden",
            "zeit": iso(c),
        }
    )
    b.bio("face_analysis", "body.json.gesicht")
    b.ok_json({"weiter": True})
    return b.build()


def opaque_liveness(c: Context) -> Flow:
    b = FB(c, "alpenbank", "POST", API + "/kyc/v1/paket")
    b.header("user-agent", UA)
    b.json({"v": 2, "payload": b64(cipher_blob(c.rng, 400, 700)), "kid": "k3"})
    b.bio("face_scan", "body.json.payload|cipher", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def geraetebindung(c: Context) -> Flow:
    b = FB(c, "alpenbank", "POST", API + "/sicherheit/v1/geraetebindung")
    b.header("user-agent", UA)
    b.header("x-geraete-kennung", b.id("aid_bank", "sha256", where="header.x-geraete-kennung"))
    b.other_id("bank_install", where="body.json.installationsId")
    b.json({"installationsId": c.phone.bank_install, "geraetename": "Pixel 8 von Lena"})
    b.ok_json({"gebunden": True})
    return b.build()


def antrag(c: Context) -> Flow:
    """Account application form: self-declared title and sex, not biometric."""
    b = FB(c, "alpenbank", "POST", API + "/konto/v1/antrag")
    b.header("user-agent", UA)
    b.json(
        {
            "anrede": "Frau",
            "geschlecht": "weiblich",
            "vorname": "Lena",
            "nachname": "Huber",
            "geburtsdatum": "1991-04-17",
            "email": b.id("email", where="body.json.email"),
            "staatsangehoerigkeit": "AT",
            "kontoart": "Girokonto",
        }
    )
    b.decoy("self-declared sex and title on an application form")
    b.ok_json({"antragsnummer": "AN" + str(c.rng.randint(10**7, 10**8))})
    return b.build()


def umsaetze(c: Context) -> Flow:
    b = FB(c, "alpenbank", "GET", API + "/konto/v1/umsaetze")
    b.header("user-agent", UA)
    b.param("seite", str(c.rng.randint(1, 4)))
    rows = [{"betrag": rf(c.rng, -250, 900, 2), "buchung": ms(c) - i * 86400_000} for i in range(8)]
    b.ok_json({"umsaetze": rows, "saldo": rf(c.rng, 100, 9000, 2)})
    b.decoy("transaction amounts series")
    return b.build()


BLENDSHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "mouthSmileLeft",
    "mouthSmileRight",
    "jawOpen",
    "browInnerUp",
    "cheekPuff",
    "eyeSquintLeft",
    "eyeSquintRight",
    "mouthPucker",
]


def laecheln_challenge(c: Context) -> Flow:
    """The 'please smile, then blink' liveness step: MediaPipe Face Landmarker
    blendshape categories (categoryName / score, developers.google.com/mediapipe)."""
    b = FB(c, "alpenbank", "POST", API + "/kyc/v1/lebenderkennung/schritt")
    b.header("user-agent", UA)
    cats = [{"index": i, "categoryName": n, "score": rf(c.rng, 0, 1, 5)}
            for i, n in enumerate(BLENDSHAPES)]  # fmt: skip
    b.json({"schritt": "LAECHELN", "faceBlendshapes": [{"categories": cats}], "t": ms(c)})
    b.bio("blendshapes", "body.json.faceBlendshapes[].categories")
    b.ok_json({"naechster": "BLINZELN"})
    return b.build()
