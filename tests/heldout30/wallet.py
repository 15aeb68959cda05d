""" "Kwarta+": a GCash / TrueMoney-like e-wallet with face KYC and liveness.

FaceTec: the ZoOm / FaceTec server REST API (`/liveness-3d`, `/enrollment-3d`,
body faceScan, auditTrailImage, lowQualityAuditTrailImage, sessionId,
externalDatabaseRefID; headers X-Device-Key, X-User-Agent), as in FaceTec's
sample processors (FaceTec Browser/Android SDK samples, dev.facetec.com).
ADVANCE.AI: `POST /openapi/face-recognition/v4/check` with firstImage /
secondImage and the X-ACCESS-TOKEN header (doc.advance.ai). AppsFlyer:
`launches.appsflyer.com/api/v6.x/androidevent` JSON (advertiserId, uid).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.kwartaplus.ph"
FT = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("KwartaPlus", "6.2.0")


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))


def _blob(c: Context, n: int) -> str:
    return b64(hashlib.shake_256(b"ft" + str(c.rng.random()).encode()).digest(n))


def facetec(c: Context, op: str = "liveness-3d") -> Flow:
    b = FB(c, "facetec", "POST", f"{FT}/{op}")
    sid = rid(c.rng)
    b.header("x-device-key", "dYh3kq8Xy2ZbL0pQ")
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|com.kwartaplus.app|{sid}|CPH2603|9.7.50|en_PH|en|{sid}",
    )
    body = {
        "faceScan": _blob(c, 900),
        "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 250)),
        "sessionId": sid,
    }
    if op == "enrollment-3d":
        body["externalDatabaseRefID"] = "kwp_" + b.acct("wallet_user")[-7:]
    b.json(body)
    b.bio("face_scan", "body faceScan + auditTrailImage (3D face scan, face images)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": _blob(c, 60)})
    return b.build()


def advance_check(c: Context) -> Flow:
    b = FB(c, "advance.ai", "POST", "https://ph-api.advance.ai/openapi/face-recognition/v4/check")
    b.header("x-access-token", "eyJhbGciOiJIUzI1NiJ9." + _blob(c, 24))
    b.json(
        {
            "firstImage": b64(fake_jpeg(c.rng.getrandbits(32), 700)),
            "secondImage": b64(fake_jpeg(c.rng.getrandbits(32), 700)),
        }
    )
    b.bio("face_image", "body firstImage/secondImage to face-recognition check")
    b.ok_json(
        {
            "code": "SUCCESS",
            "data": {"similarity": rf(c.rng, 70, 99, 2)},
            "transactionId": rid(c.rng),
        }
    )
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "POST", f"{API}/kyc/v2/liveness/result")
    _hdr(b, c)
    b.json(
        {
            "livenessScore": rf(c.rng, 0.8, 0.99),
            "faceRect": [c.rng.randint(100, 200), c.rng.randint(150, 260), 360, 420],
            "landmarks106": points(c.rng, 106),
            "actions": [{"type": "blink", "passed": True}, {"type": "mouth_open", "passed": True}],
            "ts": ms(c),
        }
    )
    b.bio("face_landmarks", "body landmarks106 + faceRect")
    b.ok_json({"status": "PASSED"})
    return b.build()


def selfie_frames(c: Context) -> Flow:
    bd = "----kwp" + rid(c.rng)[:12]
    b = FB(c, "kwartaplus", "POST", f"{API}/kyc/v2/selfie")
    _hdr(b, c)
    parts = [
        ("action", None, None, b"turn_head_left"),
        ("frame_0", "f0.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600)),
        ("frame_1", "f1.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "multipart selfie frames for liveness")
    b.ok_json({"received": 2})
    return b.build()


def kyc_sealed(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "POST", f"{API}/kyc/v2/pkt")
    _hdr(b, c)
    b.json({"p": _blob(c, 400), "kid": "k3", "iv": _blob(c, 12)})
    b.bio("face_template", "body p (encrypted KYC packet)", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "POST", f"{API}/auth/v1/device/bind")
    _hdr(b, c)
    b.json(
        {
            "msisdn": b.acct("wallet_user"),
            "deviceId": b.id("aid_wallet", where="body deviceId"),
            "oppoOuid": b.id("ouid", where="body oppoOuid"),
            "deviceFingerprint": b.id("wallet_fp", where="body deviceFingerprint"),
            "brand": "OPPO",
            "model": "CPH2603",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpRequired": c.rng.random() < 0.3})
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(
        c, "appsflyer", "POST", url, [("app_id", "com.kwartaplus.app"), ("buildnumber", "6.13.0")]
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2603 Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="body advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("wallet_af_uid", where="body uid"),
            "brand": "OPPO",
            "model": "CPH2603",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 40)),
            "country": "PH",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def history(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "GET", f"{API}/txn/v1/history", [("page", "1")])
    _hdr(b, c)
    rows = [
        {
            "ref": f"KP{c.rng.randint(10**11, 10**12 - 1)}",
            "amount": rf(c.rng, 20, 3000, 2),
            "type": c.rng.choice(["Send Money", "Pay QR", "Buy Load"]),
            "at": iso(c),
        }
        for _ in range(6)
    ]
    b.ok_json({"items": rows, "balance": rf(c.rng, 100, 9000, 2)})
    b.decoy("transaction list: reference numbers, amounts")
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "POST", f"{API}/kyc/v2/profile")
    _hdr(b, c)
    b.json(
        {
            "kasarian": c.rng.choice(["Babae", "Lalaki"]),
            "kaarawan": "1996-08-21",
            "trabaho": "Call center agent",
            "lungsod": "Quezon City",
            "nationality": "PH",
        }
    )
    b.decoy("self-declared gender (kasarian) and birth date on a KYC form")
    b.ok_json({"step": "selfie"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = FB(c, "kwartaplus", "POST", f"{API}/pay/v1/qrph")
    _hdr(b, c)
    b.json(
        {
            "qr": "00020101021228" + str(c.rng.randint(10**20, 10**21)),
            "amount": rf(c.rng, 30, 900, 2),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUCCESS", "ref": f"KP{c.rng.randint(10**11, 10**12 - 1)}"})
    b.decoy("QR Ph payment: idempotency key, reference number")
    return b.build()
