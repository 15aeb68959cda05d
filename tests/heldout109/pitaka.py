"""PitakaPay: a GCash/Maya-like e-wallet with face verification (FaceTec, ADVANCE.AI).

Upgrading to a "Fully Verified" wallet runs FaceTec's 3D liveness (the app posts
`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage` to the FaceTec
Server's `/enrollment-3d` and `/match-3d-2d-idscan`,
https://dev.facetec.com/api-guide) and ADVANCE.AI's face comparison for the
Philippines (`firstImage` / `secondImage`, `X-ADVAI-KEY`). Re-login on a new phone
sends two liveness frames from the app's own step under `f`. AppsFlyer launches
carry `advertiserId`, AppsFlyer's `uid` and `android_id`. QR payments, bills,
transaction history, the KYC form's self-declared sex and a profile photo (no
face matching) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, app_builder, dalvik, iso, ms, rf, rid, ua

API = "https://api.pitakapay.example"
FACETEC = "https://facetec.pitakapay.example"
UA = ua("PitakaPay", "5.61.0")


def _jpeg(c: Context, size: int = 600) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _b(c: Context, method: str, url: str) -> FB:
    return app_builder(c, "pitakapay", method, url, UA)


def facetec_enroll(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/enrollment-3d")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|ph.pitakapay.app|9.7.28|RMX3851|" + rid(c.rng))
    b.decoy("X-Device-Key is the app's FaceTec licence key, not a device id")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(_jpeg(c)),
            "lowQualityAuditTrailImage": b64(_jpeg(c, 300)),
            "externalDatabaseRefID": "pp_" + b.acct("pitaka_user"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 60))})
    return b.build()


def facetec_match_id(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/match-3d-2d-idscan")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.bio("face_image", "json idScanFrontImage + externalDatabaseRefID (3D face vs ID photo)")
    b.json(
        {
            "externalDatabaseRefID": "pp_" + b.acct("pitaka_user"),
            "idScan": b64(bytes(c.rng.getrandbits(8) for _ in range(500))),
            "idScanFrontImage": b64(_jpeg(c)),
            "minMatchLevel": 3,
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.randint(3, 10)})
    return b.build()


def advai_compare(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 24)
    b = FB(c, "advanceai", "POST", "https://ph-api.advance.ai/openapi/face-recognition/v3/check")
    b.header("x-advai-key", new_hex(c.rng, 32))
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "multipart firstImage (selfie) + secondImage (ID) face comparison")
    body = multipart(
        boundary,
        [
            ("firstImage", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("secondImage", "umid.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "SUCCESS",
            "data": {"similarity": rf(c.rng, 60, 99, 2)},
            "transactionId": rid(c.rng),
        }
    )
    return b.build()


def relogin_frames(c: Context) -> Flow:
    """The app's own new-device check: two frames under `f`, nothing says they are faces."""
    b = _b(c, "POST", f"{API}/v2/auth/step-up")
    b.bio("face_image", "json f[] (two JPEG frames, opaque key)", detectable=False)
    b.json({"f": [b64(_jpeg(c)) for _ in range(2)], "s": 2, "t": ms(c)})
    b.ok_json({"next": "mpin"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/itali")
    b.json(
        {
            "device": {
                "android_id": b.id("aid_pitaka", where="json device.android_id"),
                "modelo": "RMX3851",
                "tatak": "realme",
                "naka-root": False,
            },
            "mobile": b.acct("pitaka_user"),
        }
    )
    b.decoy("mobile number (an account, not a device id)")
    b.ok_json({"nakatali": True, "bindingId": rid(c.rng)})
    return b.build()


def signed_balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wallet/balanse")
    b.header(
        "x-sig-ctx", b.id("aid_pitaka", "sha256", "header x-sig-ctx (sha256)", detectable=False)
    )
    b.ok_json({"balanse": rf(c.rng, 10, 25000, 2), "currency": "PHP"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.15/androidevent")
    b.params += [("app_id", "ph.pitakapay.app"), ("buildnumber", "6.15.1")]
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("pitaka_af_uid", where="json uid"),
            "android_id": b.id("aid_pitaka", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.61.0",
            "brand": "realme",
            "model": "RMX3851",
            "carrier": "Smart",
            "counter": str(c.rng.randint(1, 60)),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/qrph/bayad")
    b.decoy("QR Ph merchant payment: merchant id, reference number, store coordinates")
    b.json(
        {
            "merchant_id": "MRC" + new_digits(c.rng, 10),
            "halaga": rf(c.rng, 20, 3000, 2),
            "ref_no": new_digits(c.rng, 13),
            "lokasyon": {"lat": rf(c.rng, 14.4, 14.8), "lng": rf(c.rng, 120.9, 121.1)},
        }
    )
    b.ok_json({"status": "BAYAD_NA", "txnId": rid(c.rng)})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wallet/kasaysayan?page=1")
    b.decoy("transaction history: amounts and timestamps (money, not viewing)")
    b.ok_json(
        {
            "kasaysayan": [
                {
                    "uri": c.rng.choice(["Padala", "Load", "Bills", "QR"]),
                    "halaga": rf(c.rng, 20, 5000, 2),
                    "petsa": iso(c),
                }
                for _ in range(10)
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/personal-info")
    b.decoy("self-declared sex, birthday and address on a form")
    b.json(
        {
            "pangalan": "Rosario", "apelyido": "Dela Cruz", "kasarian": "babae",
            "kaarawan": "1986-08-21", "tirahan": "Brgy. San Roque, Marikina", "nasyonalidad": "PH",
            "email": b.id("email", where="json email"),
        }
    )  # fmt: skip
    b.ok_json({"ok": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 24)
    b = _b(c, "POST", f"{API}/v2/profile/avatar")
    b.decoy("profile picture upload for display (no face matching or liveness)")
    b.set_body(
        multipart(boundary, [("avatar", "avatar.jpg", "image/jpeg", _jpeg(c, 400))]),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"url": f"https://img.pitakapay.example/a/{new_hex(c.rng, 16)}.jpg"})
    return b.build()
