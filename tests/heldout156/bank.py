"""KrungSiam Next: a Thai bank's mobile banking app with face verification.

Opening an account and raising the transfer limit need a 3D liveness check on
the bank's own FaceTec server (its REST shape: `/enrollment-3d` and
`/match-3d-2d-idscan` with `faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, `externalDatabaseRefID`). The app binds itself to
the phone (`deviceId` = ANDROID_ID, an install UUID) and sends a SHA-256 of
the ANDROID_ID as `x-dfp` on every call. The large-transfer re-check sends the
selfie inside an encrypted envelope (opaque). PromptPay transfers, statements,
exchange rates and branch maps are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav

from .phone import FB, bearer, iso, rf, rid, ua

API = "https://mb.ksnext.example"
FACE = "https://face.ksnext.example"
UA = ua("KSNext", "4.21.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ksnext", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-dfp", b.id("aid_bank", "sha256", "header x-dfp (sha256 of ANDROID_ID)", False))
    b.header("x-request-id", rid(c.rng))
    return b


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/device/binding")
    b.json(
        {
            "deviceId": b.id("aid_bank", where="json deviceId"),
            "installUuid": b.id("bank_install", where="json installUuid"),
            "deviceModel": "OPPO CPH2599",
            "osVersion": "14",
            "rooted": False,
            "mobileNo": b.acct("msisdn"),
        }
    )
    b.ok_json({"bindingStatus": "ACTIVE", "otpRef": "K" + str(c.rng.randint(1000, 9999))})
    return b.build()


def _facetec(c: Context, b: FB) -> None:
    b.header("x-device-key", "dA8c3" + new_hex(c.rng, 27))  # the app's FaceTec licence key
    b.header("x-user-agent", f"facetec|sdk|android|th.co.ksnext|9.7.2|CPH2599|{rid(c.rng)}")


def face_enrol(c: Context) -> Flow:
    b = FB(c, "ksnext-face", "POST", f"{FACE}/enrollment-3d")
    b.header("user-agent", UA)
    _facetec(c, b)
    b.bio("face_scan", "json faceScan + auditTrailImage (3D liveness selfie)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(600))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 200)),
            "externalDatabaseRefID": "ksn_" + b.acct("bank_cif"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json(
        {"success": True, "wasProcessed": True, "scanResultBlob": "AAEC" + new_hex(c.rng, 40)}
    )
    return b.build()


def face_idcard_match(c: Context) -> Flow:
    b = FB(c, "ksnext-face", "POST", f"{FACE}/match-3d-2d-idscan")
    b.header("user-agent", UA)
    _facetec(c, b)
    b.bio("face_scan", "json faceScan matched against the ID card photo")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(500))),
            "idScan": b64(bytes(c.rng.getrandbits(8) for _ in range(300))),
            "idScanFrontImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "externalDatabaseRefID": "ksn_" + b.acct("bank_cif"),
            "minMatchLevel": 3,
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.randint(3, 10), "fullIDStatus": 1})
    return b.build()


def voiceprint_enrol(c: Context) -> Flow:
    """Call-centre voice login: three spoken phrases build the customer's voiceprint."""
    b = _b(c, "POST", f"{API}/mb/v2/callcenter/lai-siang/enrol")
    b.bio("voiceprint", "json lai_siang[] (voiceprint enrolment audio, RTGS 'lai siang')")
    b.json(
        {
            "lai_siang": [
                {"wali": n, "audio_b64": b64(fake_wav(c.rng.randint(0, 10**9), 500))}
                for n in ("สวัสดีธนาคาร", "เสียงของฉันคือรหัสผ่าน", "หนึ่งสองสามสี่ห้า")
            ],
            "sample_rate": 16000,
        }
    )
    b.ok_json({"enrolled": True, "quality": rf(c.rng, 0.6, 0.95, 2)})
    return b.build()


def secure_recheck_opaque(c: Context) -> Flow:
    """Large-transfer re-check: the selfie rides in an AES-GCM envelope."""
    b = _b(c, "POST", f"{API}/mb/v2/txn/step-up")
    b.bio("face_image", "json encData (encrypted selfie envelope)", detectable=False)
    b.json(
        {
            "keyId": "ksn-pub-2024-07",
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
            "encData": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "txnRef": "TR" + str(c.rng.randint(10**11, 10**12)),
        }
    )
    b.ok_json({"result": "APPROVED"})
    return b.build()


def promptpay_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/transfer/promptpay")
    b.decoy("PromptPay transfer: receiver phone number, transaction reference")
    b.json(
        {
            "toPromptPay": "08" + str(c.rng.randint(10**7, 10**8)),
            "amount": rf(c.rng, 20, 5000, 2),
            "memo": c.rng.choice(["ค่าข้าว", "ค่าน้ำ", "ให้แม่"]),
            "fromAcct": "xxx-x-x" + str(c.rng.randint(1000, 9999)) + "-x",
        }
    )
    b.ok_json({"transRef": "0154" + str(c.rng.randint(10**14, 10**15)), "fee": 0})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v2/accounts/statement?days=30")
    b.decoy("balance series (not viewing, not biometric)")
    b.ok_json(
        {
            "rai_kan": [
                {"wan_thi": iso(c)[:10], "jam_nuan": rf(c.rng, -3000, 3000, 2),
                 "yod_khong_lua": rf(c.rng, 1000, 90000, 2)}
                for _ in range(8)
            ]
        }
    )  # fmt: skip
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "ksnext", "GET", f"{API}/public/fx?ccy=USD,JPY,CNY,EUR")
    b.header("user-agent", UA)
    b.decoy("exchange-rate series")
    b.ok_json(
        {
            "rates": {
                k: [rf(c.rng, lo, lo * 1.02, 4) for _ in range(12)]
                for k, lo in (("USD", 34.1), ("JPY", 0.22), ("CNY", 4.7), ("EUR", 37.2))
            }
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    lat, lon = rf(c.rng, 13.6, 13.9, 5), rf(c.rng, 100.4, 100.7, 5)
    b = FB(c, "ksnext", "GET", f"{API}/public/branches?lat={lat}&lng={lon}&r=3000")
    b.header("user-agent", UA)
    b.decoy("branch coordinates")
    b.ok_json(
        {
            "saka": [
                {"name": n, "lat": rf(c.rng, 13.6, 13.9, 5), "lng": rf(c.rng, 100.4, 100.7, 5)}
                for n in ("สาขาสยามพารากอน", "สาขาอารีย์", "สาขาบางนา")
            ]
        }
    )
    return b.build()
