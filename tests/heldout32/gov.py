"""Občanka+ (fictional Czech government digital-ID app): reads the passport's
NFC chip (ICAO 9303 LDS: DG1 = MRZ, DG2 = encoded face image, SOD = signatures)
and uploads it, then runs a FaceTec 3D liveness check and a 3D-to-2D match of
the selfie against the chip photo.

FaceTec: the SDK's session result is posted by the app to the FaceTec Server
REST API (/liveness-3d, /match-3d-2d-3rdparty) as JSON with faceScan,
auditTrailImage, lowQualityAuditTrailImage and sessionId, with the
X-Device-Key and X-User-Agent headers (FaceTec sample app networking code and
Server REST API docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.obcanka-plus.cz"
FT = "https://facetec.obcanka-plus.cz"
UA = ua("ObcankaPlus", "1.9.0", "190")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gov", method, url)
    b.header("user-agent", UA)
    return b


def _ft(c: Context, path: str) -> FB:
    b = _b(c, "POST", FT + path)
    b.header("x-device-key", "dBx" + rid(c.rng).replace("-", "")[:29])
    b.header(
        "x-user-agent", f"facetec|sdk|ios|com.obcankaplus|{rid(c.rng)}|iPhone15,4|9.7.8|cs-CZ|cs|"
    )
    return b


def _scan(c: Context) -> str:
    return b64(c.rng.randbytes(900))


def liveness_3d(c: Context) -> Flow:
    b = _ft(c, "/liveness-3d")
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "body.faceScan/auditTrailImage (FaceTec liveness)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": _scan(c)[:80]})
    return b.build()


def match_3d_2d(c: Context) -> Flow:
    b = _ft(c, "/match-3d-2d-3rdparty")
    b.json(
        {
            "externalDatabaseRefID": "ob_" + rid(c.rng)[:8],
            "image": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 800)),
            "minMatchLevel": 7,
        }
    )
    b.bio("face_image", "body.image (chip photo for 3D-2D match)")
    b.ok_json({"success": True, "matchLevel": c.rng.randint(7, 10)})
    return b.build()


def chip_upload(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/doklad/cip")
    b.json(
        {
            "typDokladu": "P",
            "stat": "CZE",
            "dataGroups": {
                "DG1": b64(c.rng.randbytes(90)),
                "DG2": b64(c.rng.randbytes(1200)),
                "SOD": b64(c.rng.randbytes(400)),
            },
            "faceImageFormat": "JPEG2000",
            "precteno": iso(c),
        }
    )
    b.bio("face_image", "body.dataGroups.DG2 (passport chip face image)")
    b.ok_json({"stav": "overeno", "pasivniAutentizace": True})
    return b.build()


def portrait_multipart_opaque(c: Context) -> Flow:
    """The chip blob re-wrapped in a signed, encrypted container: nothing readable."""
    b = _b(c, "POST", API + "/v1/kontejner")
    b.set_body(c.rng.randbytes(1500), "application/octet-stream")
    b.bio("face_image", "body (encrypted ICAO container)", detectable=False)
    b.ok_json({"prijato": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/zarizeni/registrace")
    b.json(
        {
            "identifikatorZarizeni": b.id("idfv_gov", where="body.identifikatorZarizeni"),
            "platforma": "iOS",
            "attestace": b64(c.rng.randbytes(120)),
            "obcan": b.acct("gov_user"),
        }
    )
    b.ok_json({"aktivni": True})
    return b.build()


def mrz_check(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/doklad/mrz")
    b.json(
        {
            "cisloDokladu": "4" + str(c.rng.randint(10**7, 10**8)),
            "platnost": "2031-05-11",
            "narozeni": "1991-03-02",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("MRZ fields (document number, dates)")
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v1/novinky")
    b.ok_json(
        {
            "clanky": [
                {
                    "titulek": "Jak funguje ověření obličeje v aplikaci?",
                    "perex": "Rozpoznávání obličeje porovná vaši tvář s fotkou v čipu.",
                    "id": c.rng.randint(100, 999),
                }
            ],
            "ts": ms(c),
        }
    )
    b.decoy("article about face verification")
    return b.build()
