"""The teacher's bank app (a Texas credit union): a FaceTec 3-D liveness check
before a large transfer (true biometric), device binding with the IDFV, and
hard decoys: the Face ID login toggle (`biometricType: faceID` is a setting,
no face data), mobile check-deposit images (a cheque, not a face), balance
and spending series.

Sources: FaceTec SDK server calls (`/session-token`, `/liveness-3d`,
`/enrollment-3d`, `/match-3d-3d`; JSON keys faceScan, auditTrailImage,
lowQualityAuditTrailImage, sessionId, externalDatabaseRefID; headers
X-Device-Key, X-User-Agent), as used by public FaceTec integrations on GitHub
(e.g. GoodDollar's FaceVerificationPayload). Bank endpoints in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import iso, new, rf, rid, series, ua

API = "https://mobile.example-txcu.org"
AGENT = ua("TXCU Mobile", "2024.11.2")


def _facetec(b, c: Context) -> None:
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header(
        "x-user-agent",
        f"facetec|sdk|ios|com.example.txcu|{new_hex(c.rng, 16)}|iPad13,16|9.7.24|en_US|en|",
    )


def _scan(c: Context) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(900)))


def liveness(c: Context) -> Flow:
    r = c.rng
    path = r.choice(["liveness-3d", "enrollment-3d"])
    b = new(c, "bank", "POST", f"{API}/facetec/{path}", AGENT)
    _facetec(b, c)
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(r.randint(0, 10**9), 900)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(r.randint(0, 10**9), 400)),
            "sessionId": rid(r),
            "externalDatabaseRefID": "txcu_" + new_hex(r, 16),
        }
    )
    b.bio("face_scan", "body.faceScan")
    b.bio("face_image", "body.auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(r, 60))})
    return b.build()


def match(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "POST", f"{API}/facetec/match-3d-3d", AGENT)
    _facetec(b, c)
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(r.randint(0, 10**9), 800)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(r.randint(0, 10**9), 300)),
            "externalDatabaseRefID": "txcu_" + new_hex(r, 16),
            "sessionId": rid(r),
        }
    )
    b.bio("face_scan", "body.faceScan")
    b.ok_json({"success": True, "matchLevel": r.randint(6, 15)})
    return b.build()


def sealed_check(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "POST", f"{API}/sec/v2/envelope", AGENT)
    b.json(
        {
            "v": 2,
            "kid": new_hex(r, 8),
            "ct": b64(bytes(r.getrandbits(8) for _ in range(700))),
            "iv": b64(bytes(r.getrandbits(8) for _ in range(12))),
        }
    )
    b.bio("face_scan", "body.ct (encrypted envelope carrying the FaceTec scan)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def session_token(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "GET", f"{API}/facetec/session-token", AGENT)
    _facetec(b, c)
    b.ok_json({"sessionToken": b64(new_hex(r, 90)), "success": True})
    b.decoy("FaceTec session token fetch (no face data yet)")
    return b.build()


def bind_device(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "POST", f"{API}/api/v3/devices/bind", AGENT)
    b.json(
        {
            "vendorDeviceId": b.id("idfv_bank", where="body.vendorDeviceId"),
            "platform": "iPadOS",
            "osVersion": "17.5",
            "jailbroken": False,
            "otpChannel": "sms",
        }
    )
    b.ok_json({"bound": True, "deviceToken": new_hex(r, 48)})
    return b.build()


def faceid_login(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "POST", f"{API}/api/v3/auth/biometric", AGENT)
    b.json(
        {
            "biometricType": "faceID",
            "faceIdEnabled": True,
            "laPolicy": "deviceOwnerAuthenticationWithBiometrics",
            "signedChallenge": b64(bytes(r.getrandbits(8) for _ in range(64))),
            "keyId": new_hex(r, 16),
        }
    )
    b.ok_json({"accessToken": new_hex(r, 64), "expiresIn": 600})
    b.decoy("Face ID login: a Secure-Enclave-signed challenge; no face data leaves the device")
    return b.build()


def check_deposit(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "POST", f"{API}/api/v3/deposits/mobile", AGENT)
    b.json(
        {
            "amount": rf(r, 20, 900, 2),
            "front": b64(fake_jpeg(r.randint(0, 10**9), 800)),
            "back": b64(fake_jpeg(r.randint(0, 10**9), 600)),
            "accountSuffix": "4471",
        }
    )
    b.ok_json({"depositId": rid(r), "status": "review"})
    b.decoy("mobile cheque deposit: images of a cheque, not of a face")
    return b.build()


def spending(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bank", "GET", f"{API}/api/v3/insights/spending", AGENT, [("months", "6")])
    b.ok_json(
        {
            "series": series(r, 6, 900, 3200),
            "categories": {
                "groceries": rf(r, 200, 700, 2),
                "classroom supplies": rf(r, 20, 200, 2),
            },
            "asOf": iso(c),
        }
    )
    b.decoy("spending series")
    return b.build()
