"""An instant-loan app ("PaisaJet"): selfie KYC through HyperVerge face match,
its own liveness upload, Aadhaar face authentication (the UIDAI Face RD app's
PID block forwarded to the app's AUA backend), a device-risk fingerprint and
AppsFlyer attribution.

Sources: HyperVerge Face Match API v1 (`/v1/photo/verifyPair`, form-data
`type`, `image1`, `image2`, `clientId`; headers appId / appKey; response
`match`, `match-score`): the public API README mirrored on GitHub. UIDAI Aadhaar
Registered Devices spec 2.0 and the Face RD integration notes: PidData with
Resp, DeviceInfo (dpId, rdsId, rdsVer, dc, mi, mc), Skey ci, Hmac and the
encrypted Data type="X". AppsFlyer Android SDK v6 launch (`/api/v6.x/androidevent`,
JSON advertiserId, uid, af_timestamp). The lender's own API is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.paisajet.in"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "paisajet", method, API + path)
    b.header("user-agent", ua("PaisaJet", "3.8.1"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def hyperverge_match(c: Context) -> Flow:
    b = FB(c, "hyperverge", "POST", "https://ind.faceid.hyperverge.co/v1/photo/verifyPair")
    b.header("user-agent", "okhttp/4.9.3")
    b.header("appid", "pj" + new_hex(c.rng, 6))
    b.header("appkey", new_hex(c.rng, 20))
    b.bio("face_image", "multipart image1 selfie.jpg + image2 (face match API)")
    bnd = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    body = multipart(
        bnd,
        [
            ("type", None, None, b"id"),
            ("image1", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("image2", "pan_photo.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("clientId", None, None, b.acct("loan_user").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    score = c.rng.randint(70, 99)
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {"match": "yes", "match-score": score, "to-be-reviewed": "no"},
        }
    )
    return b.build()


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/selfie")
    b.bio("face_image", "json selfieImage (base64 jpeg) + liveness")
    b.json(
        {
            "applicationId": "LA" + new_digits(c.rng, 10),
            "selfieImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "liveness": {"blinkDetected": True, "headTurn": "LEFT", "score": rf(c.rng, 0.8, 1, 3)},
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"next": "AADHAAR_FACE"})
    return b.build()


def _pid(c: Context) -> str:
    return (
        '<PidData><Resp errCode="0" errInfo="Success" fCount="0" fType="0" iCount="0" '
        'pCount="1" pType="0" nmPoints="0" qScore="0"/>'
        '<DeviceInfo dpId="UIDAI.UIDAI" rdsId="FACE_RD_SERVICE.ANDROID.001" rdsVer="1.0.6" '
        f'dc="{rid(c.rng)}" mi="FACE_AUTH" mc="{b64(c.rng.randbytes(90))}"/>'
        f'<Skey ci="20250929">{b64(c.rng.randbytes(256))}</Skey>'
        f"<Hmac>{b64(c.rng.randbytes(48))}</Hmac>"
        f'<Data type="X">{b64(c.rng.randbytes(700))}</Data></PidData>'
    )


def aadhaar_face_auth(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/aadhaar/face-auth")
    b.bio("face_pid_block", "json pidData (Aadhaar face RD PidData, pCount=1)")
    b.json(
        {
            "txnId": rid(c.rng),
            "uidToken": "XXXXXXXX" + new_digits(c.rng, 4),
            "consent": "Y",
            "pidData": _pid(c),
        }
    )
    b.ok_json({"authStatus": "y", "uidaiTxn": "UKC:" + new_hex(c.rng, 24)})
    return b.build()


def face_result(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/verification-summary")
    b.bio("face_match_result", "json faceMatch.score + liveness.score")
    b.json(
        {
            "applicationId": "LA" + new_digits(c.rng, 10),
            "faceMatch": {"provider": "hyperverge", "score": c.rng.randint(70, 99), "match": True},
            "liveness": {"live": True, "score": rf(c.rng, 0.8, 1, 3)},
            "aadhaarFaceAuth": "SUCCESS",
        }
    )
    b.ok_json({"kycStatus": "APPROVED"})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/blob")
    b.bio("face_image", "json payload (AES-encrypted selfie)", detectable=False)
    b.json({"k": "v2", "payload": b64(c.rng.randbytes(900)), "n": new_hex(c.rng, 24)})
    b.ok_json({"ok": 1})
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v1/device")
    b.json(
        {
            "deviceFingerprint": b.id("loan_fp", where="json deviceFingerprint"),
            "androidId": b.id("aid_loan", where="json androidId"),
            "imeiHash": [
                b.id("imei1", "sha256", "json imeiHash[0]"),
                b.id("imei2", "sha256", "json imeiHash[1]"),
            ],
            "simSerialHash": b.id("iccid1", "sha1", "json simSerialHash"),
            "gaid": b.id("gaid", where="json gaid"),
            "rooted": False,
            "emulator": False,
            "batteryPct": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"riskBand": c.rng.choice(["LOW", "MEDIUM"]), "ref": rid(c.rng)})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v1/collect")
    b.id_raw("loan_fp", "aes_gcm", "json d (encrypted device profile)")
    b.json({"d": b64(c.rng.randbytes(320)), "t": ms(c)})
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.14/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", "in.paisajet.app"), ("buildnumber", "6.14.2")])
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("loan_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "brand": "Redmi",
            "model": "23129RN51X",
            "sdk": "34",
            "lang": "en",
            "counter": "3",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def emi_schedule(c: Context) -> Flow:
    b = _b(c, "GET", "/loans/v1/offer/emi")
    b.decoy("EMI amount series and loan reference")
    b.ok_json(
        {
            "loanRef": "PJL" + new_digits(c.rng, 10),
            "emi": [rf(c.rng, 800, 4000, 2) for _ in range(12)],
            "apr": rf(c.rng, 18, 36, 1),
        }
    )
    return b.build()


def pan_form(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v1/basic-details")
    b.decoy("self-declared gender and date of birth on a form")
    b.json(
        {
            "fullName": "Priya Venkatesh",
            "gender": "FEMALE",
            "dob": "1996-04-11",
            "pan": "ABCPV" + new_digits(c.rng, 4) + "K",
            "pincode": "560034",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
