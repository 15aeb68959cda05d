"""Klik, a Benelux dating app (fictional backend api.klik.example.be).

Ordinary (decoys): sign-up with self-declared gender and the age range she is
looking for, profile photos uploaded to Klik's own image CDN, "wie bekeek je
profiel" view counts, likes and chat. Sensitive: the blue-tick photo
verification runs FaceTec; its SDK posts the encrypted 3D FaceScan plus audit
trail images to the FaceTec Server the app hosts (FaceTec REST API
/enrollment-3d: faceScan, auditTrailImage, lowQualityAuditTrailImage,
externalDatabaseRefID; headers X-Device-Key, X-User-Agent; see FaceTec's
sample servers on GitHub). Before upload the app also runs Apple Vision on the
new photo and sends the face observation (roll, yaw, capture quality) on.
Branch iOS SDK (github.com/BranchMetrics/ios-branch-deep-linking-attribution,
BranchOpenRequest / BNCDeviceInfo): POST api2.branch.io/v1/open with
hardware_id + hardware_id_type=idfa, ios_vendor_id, device_fingerprint_id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.klik.example.be/v7"
UA = ua("Klik", "12.3.0", "12300")


def _fb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klik", method, url)
    b.header("user-agent", UA)
    b.header("x-klik-request", rid(c.rng))
    return b


def signup(c: Context) -> Flow:
    b = _fb(c, "POST", f"{API}/onboarding/profile")
    lo = c.rng.randint(25, 35)
    b.json(
        {
            "voornaam": "Sanne",
            "geslacht": "vrouw",
            "zoekt": ["man"],
            "leeftijdVan": lo,
            "leeftijdTot": lo + c.rng.randint(5, 15),
            "lengteCm": c.rng.randint(160, 180),
            "beroep": "Verpleegkundige",
            "woonplaats": "Antwerpen",
            "email": b.id("email", where="body email"),
        }
    )
    b.ok_json({"profileId": b.acct("date_user"), "step": "photos"})
    b.decoy("self-declared gender, age range and height on a sign-up form")
    return b.build()


def photo_upload(c: Context) -> Flow:
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    body = multipart(
        bnd,
        [
            ("slot", None, None, str(c.rng.randint(0, 5)).encode()),
            (
                "photo",
                f"IMG_{c.rng.randint(1, 9999):04d}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.getrandbits(32), 700),
            ),
        ],
    )
    b = _fb(c, "POST", "https://upload.klik-img.example.be/v2/profile-photos")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json(
        {
            "photoId": new_hex(c.rng, 24),
            "cdnUrl": f"https://img.klik-img.example.be/{new_hex(c.rng, 24)}/800.jpg",
        }
    )
    b.decoy("profile photo uploaded to the app's own image CDN (no face API)")
    return b.build()


def photo_with_face_observation(c: Context) -> Flow:
    b = _fb(c, "POST", f"{API}/me/photos/{new_hex(c.rng, 24)}/meta")
    b.json(
        {
            "slot": c.rng.randint(0, 5),
            "faceObservation": {
                "faceCount": 1,
                "roll": rf(c.rng, -0.3, 0.3),
                "yaw": rf(c.rng, -0.4, 0.4),
                "faceCaptureQuality": rf(c.rng, 0.3, 0.95),
                "boundingBox": [
                    rf(c.rng, 0.2, 0.4),
                    rf(c.rng, 0.2, 0.4),
                    rf(c.rng, 0.3, 0.5),
                    rf(c.rng, 0.3, 0.5),
                ],
            },
        }
    )
    b.bio("face_analysis", "body faceObservation (Vision roll/yaw/faceCaptureQuality of her face)")
    b.ok_json({"ok": True})
    return b.build()


def facetec_enrol(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", "https://verify.klik.example.be/enrollment-3d")
    b.header("x-device-key", "dXfZ" + new_hex(c.rng, 28))
    b.header(
        "x-user-agent", "facetec|sdk|ios|be.klik.app|dXfZ|iPhone15,4|9.7.40|nl_BE|nl|" + rid(c.rng)
    )
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(600))),
            "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 400)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 200)),
            "externalDatabaseRefID": "klik_" + new_hex(c.rng, 16),
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "body faceScan + auditTrailImage (FaceTec 3D FaceScan, selfie)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 60))})
    return b.build()


def verify_opaque(c: Context) -> Flow:
    b = _fb(c, "POST", f"{API}/trust/v")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(512)), "application/octet-stream")
    b.bio("face_scan", "encrypted verification payload (opaque)", detectable=False)
    b.ok_json({"state": "pending"})
    return b.build()


def profile_views(c: Context) -> Flow:
    b = _fb(c, "GET", f"{API}/me/wie-bekeek-mij?period=7d")
    b.ok_json(
        {
            "profielBezoeken": c.rng.randint(0, 80),
            "perDag": [c.rng.randint(0, 15) for _ in range(7)],
            "laatsteBezoek": iso(c),
            "premiumNodig": True,
        }
    )
    b.decoy("'viewed your profile' counts per day (not media viewing history)")
    return b.build()


def swipe(c: Context) -> Flow:
    b = _fb(c, "POST", f"{API}/swipes")
    b.json(
        {
            "targetId": "u_" + new_hex(c.rng, 20),
            "richting": c.rng.choice(["like", "pass", "superlike"]),
            "positieInStapel": c.rng.randint(0, 40),
        }
    )
    b.ok_json({"match": c.rng.random() < 0.1})
    b.decoy("swipe on another profile")
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", UA)
    b.json(
        {
            "branch_key": "key_live_" + new_hex(c.rng, 32),
            "hardware_id": b.id("idfa", where="body hardware_id (IDFA)"),
            "hardware_id_type": "idfa",
            "is_hardware_id_real": True,
            "ios_vendor_id": b.id("idfv_date", where="body ios_vendor_id"),
            "device_fingerprint_id": b.id("branch_id", where="body device_fingerprint_id"),
            "brand": "Apple",
            "model": "iPhone15,4",
            "os": "iOS",
            "os_version": "17.5.1",
            "app_version": "12.3.0",
            "ios_bundle_id": "be.klik.app",
            "sdk": "ios3.4.4",
            "tracking_status": 3,
            "environment": "FULL_APP",
            "latd": 0,
        }
    )
    b.ok_json({"session_id": str(c.rng.getrandbits(60)), "data": '{"+clicked_branch_link":false}'})
    return b.build()
