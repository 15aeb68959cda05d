"""Psifiaki Taftotita: a Cyprus / Greek digital-ID wallet with face liveness
from AU10TIX, FaceTec (3D liveness) and Jumio, plus its own face-match step
with Greeklish / Greek key names.

- AU10TIX BOS REST API: regional host eus-api.au10tixservices.com, bearer JWT
  (api-evangelist/au10tix openapi; AU10TIX publishes no public paths, so the
  path below is ours).
- FaceTec Server REST API v3.1 (FaceTec sample processors, e.g. the
  EnrollmentProcessor of the browser SDK samples): POST /enrollment-3d and
  /match-3d-3d with faceScan, auditTrailImage, lowQualityAuditTrailImage,
  sessionId, externalDatabaseRefID; headers X-Device-Key, X-User-Agent.
- Jumio mobile SDK: its uploads are encrypted end-to-end (Jumio docs,
  "Mobile SDK security"), so the liveness payload is opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jwt

from . import ads
from .phone import FB, iso, rf, rid, ua

APP = ads.App("cy.gov.psifiaki.taftotita", "PsifiakiTaftotita", "1.9.2", "aid_digid", "el", "CY")
API = "https://api.psifiaki-taftotita.gov.cy"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-request-id", rid(b.ctx.rng))


def au10tix_selfie(c: Context) -> Flow:
    b = FB(c, "au10tix", "POST", "https://eus-api.au10tixservices.com/workflow/v2/sessions/selfie")
    b.header("authorization", "Bearer " + jwt({"iss": "au10tix", "sub": new_hex(c.rng, 10)}))
    b.header("user-agent", "Au10tixSDK-Android/3.6.0")
    b.bio("face_image", "json:selfie.image (base64 JPEG for face comparison)")
    b.json(
        {
            "sessionId": new_hex(c.rng, 24),
            "selfie": {
                "image": b64(fake_jpeg(c.rng.getrandbits(32), 600)),
                "format": "jpeg",
                "captureMode": "passive_liveness",
            },
            "faceComparison": {"enabled": True, "against": "document_portrait"},
        }
    )
    b.ok_json({"status": "accepted", "requestId": rid(c.rng)})
    return b.build()


def facetec(c: Context, step: str = "enrollment-3d") -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/{step}")
    b.header("x-device-key", new_hex(c.rng, 32))
    b.header("x-user-agent", "facetec|sdk|android|cy.gov.psifiaki.taftotita|9.7.30|Pixel 8a")
    b.bio("face_scan", "json:faceScan/auditTrailImage (FaceTec 3D FaceScan)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(700))),
            "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 200)),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "cy_" + c.phone.digid_user,
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 60)})
    return b.build()


def jumio_liveness(c: Context) -> Flow:
    b = FB(c, "jumio", "POST", "https://api.emea-1.jumio.ai/mobile/v4/liveness/parts")
    b.header("user-agent", "JumioMobileSDK/4.9.0 (Android 14)")
    b.bio("face_frames", "octet-stream: Jumio encrypted liveness part", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(900)), "application/octet-stream")
    b.ok_json({"part": c.rng.randint(1, 4), "status": "received"})
    return b.build()


def taftisi_prosopou(c: Context) -> Flow:
    b = FB(c, "psifiaki", "POST", f"{API}/v1/taftopoiisi/prosopo")
    _hdr(b)
    b.bio("face_landmarks", "json:prosopo.simeia (68 face landmarks) and omoiotita")
    pts = [
        [round(c.rng.uniform(180, 520), 1), round(c.rng.uniform(220, 700), 1)] for _ in range(68)
    ]
    b.json(
        {
            "prosopo": {
                "simeia": pts,
                "omoiotita": rf(c.rng, 0.7, 0.99, 3),
                "zontaneia": True,
                "gonia_kefalis": rf(c.rng, -12, 12, 1),
            },
            "polites": c.phone.digid_user,
            "ora": iso(c),
        }
    )
    b.ok_json({"apotelesma": "epitychia"})
    return b.build()


def greek_result(c: Context) -> Flow:
    b = FB(c, "psifiaki", "POST", f"{API}/v1/elegxos/apotelesma")
    _hdr(b)
    b.bio("face_analysis", "json:αναγνώριση_προσώπου (match score, liveness, face box)")
    b.json(
        {
            "αναγνώριση_προσώπου": {
                "βαθμός_ομοιότητας": rf(c.rng, 0.7, 0.99, 3),
                "ζωντάνια": rf(c.rng, 0.8, 1, 3),
                "πλαίσιο_προσώπου": [212, 260, 388, 410],
            }
        }
    )
    b.no_content()
    return b.build()


def attest(c: Context) -> Flow:
    b = FB(c, "psifiaki", "POST", f"{API}/v1/syskevi/pistopoiisi")
    _hdr(b)
    b.json(
        {
            "device": {
                "androidId": b.id(APP.aid, where="json:device.androidId"),
                "model": "Pixel 8a",
                "patch": "2024-09-05",
            },
            "integrityToken": new_hex(c.rng, 120),
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def doc_scan(c: Context) -> Flow:
    b = FB(c, "psifiaki", "POST", f"{API}/v1/engrafa/mrz")
    _hdr(b)
    b.decoy("ID-card MRZ text lines: document data, no face")
    b.json(
        {"mrz": ["IDCYP1234567<8<<<<<<<<<<<<<<<", "9103145F3101018CYP<<<<<<<<<<<6"], "side": "back"}
    )
    b.ok_json({"parsed": True})
    return b.build()


def certificates(c: Context) -> Flow:
    b = FB(c, "psifiaki", "GET", f"{API}/v1/pistopoiitika")
    _hdr(b)
    b.decoy("list of issued certificates with serial numbers and hashes")
    b.ok_json({"certs": [{"serial": new_hex(c.rng, 20), "sha256": new_hex(c.rng, 64)}]})
    return b.build()
