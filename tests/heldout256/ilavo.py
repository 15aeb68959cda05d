"""iLavo: an M-PAiSA-like mobile-money wallet on the aunt's Galaxy A10s in
Labasa (Android 9, so the app may still read the IMEI with READ_PHONE_STATE).

The wallet binds the phone by IMEI, ANDROID_ID and a device token it makes up.
Tier-2 upgrade runs a selfie KYC with Jumio's KYCX API: the app creates an
account / workflow execution (`POST /api/v1/accounts`), uploads each
credential part to `.../credentials/{id}/parts/{classifier}` (classifier
FACE for the selfie, FRONT / BACK for the ID card) and finalises; the app
then reads the workflow's capabilities back from the retrieval API, with
`similarity` and `liveness` decisions
(https://docs.jumio.com/production/Content/Integration/Integration%20Guide/KYCX%20Integration.htm).
An older in-house liveness step posts its frames as base64 strings under one
letter. Balance and statement calls carry a SHA-256 of the IMEI in 'x-d'.
Transfers, the transaction history, airtime, bill payment, agent locations
and the fingerprint-unlock switch (a keystore signature, no fingerprint data)
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.ilavo.example"
JUMIO_ACC = "https://account.apac-1.jumio.ai/api/v1/accounts"
JUMIO_API = "https://api.apac-1.jumio.ai/api/v1/accounts"
JUMIO_RET = "https://retrieval.apac-1.jumio.ai/api/v1/accounts"
UA = ua("iLavo", "4.0.3", "mausi")
AGENTS = [
    ("Labasa Bus Stand Agent", -16.4322, 179.3646),
    ("Nasea Supermarket", -16.4290, 179.3702),
    ("Vunimoli Shop", -16.4541, 179.3315),
    ("Savusavu Main St", -16.7781, 179.3322),
]


def _b(c: Context, method: str, url: str, hashed: bool = False) -> FB:
    b = FB(c, "ilavo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if hashed:
        b.header("x-d", b.id("imei_mausi", "sha256", "header x-d", detectable=False))
    return b


def _jumio(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jumio", method, url)
    b.header("user-agent", "JumioMobileSDK/4.9.1 (Android 9; SM-A107F)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/bind")
    b.json(
        {
            "msisdn": c.phone.lavo_msisdn,
            "imei": b.id("imei_mausi", where="json imei"),
            "androidId": b.id("aid_lavo", where="json androidId"),
            "deviceToken": b.id("lavo_device_token", where="json deviceToken"),
            "osVersion": "9",
            "model": "SM-A107F",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True, "tier": 1})
    return b.build()


def session_refresh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/session/refresh")
    b.header("x-device-token", b.id("lavo_device_token", where="header x-device-token"))
    b.json({"refreshToken": new_hex(c.rng, 64), "t": ms(c)})
    b.ok_json({"accessToken": new_hex(c.rng, 64), "expiresIn": 900})
    return b.build()


def jumio_account(c: Context) -> Flow:
    b = _jumio(c, "POST", JUMIO_ACC)
    b.decoy("KYC workflow creation (references and callback, no face data)")
    b.json(
        {
            "customerInternalReference": "ilavo-" + c.phone.lavo_msisdn[-6:],
            "workflowDefinition": {
                "key": 10013,
                "credentials": [{"category": "ID"}, {"category": "FACEMAP"}],
            },
            "callbackUrl": "https://api.ilavo.example/kyc/jumio/callback",
            "userReference": c.phone.jumio_account,
        }
    )
    b.ok_json(
        {
            "account": {"id": c.phone.jumio_account},
            "workflowExecution": {
                "id": rid(c.rng),
                "credentials": [
                    {"id": rid(c.rng), "category": "ID", "allowedChannels": ["SDK"]},
                    {"id": rid(c.rng), "category": "FACEMAP", "allowedChannels": ["SDK"]},
                ],
            },
            "sdk": {"token": "eyJ" + new_hex(c.rng, 90)},
        }
    )
    return b.build()


def _part(c: Context, classifier: str, filename: str) -> FB:
    url = (
        f"{JUMIO_API}/{c.phone.jumio_account}/workflow-executions/{rid(c.rng)}"
        f"/credentials/{rid(c.rng)}/parts/{classifier}"
    )
    b = _jumio(c, "POST", url)
    boundary = "----" + new_hex(c.rng, 24)
    body = multipart(
        boundary, [("file", filename, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"timestamp": iso(c), "account": {"id": c.phone.jumio_account}, "status": "UPLOADED"})
    return b


def jumio_face(c: Context) -> Flow:
    b = _part(c, "FACE", "selfie.jpg")
    b.bio("face_image", "multipart file on path parts/FACE (Jumio selfie)")
    return b.build()


def jumio_back(c: Context) -> Flow:
    b = _part(c, "BACK", "id_back.jpg")
    b.decoy("ID card back side (no face)")
    return b.build()


def jumio_result(c: Context) -> Flow:
    url = f"{JUMIO_RET}/{c.phone.jumio_account}/workflow-executions/{rid(c.rng)}"
    b = _jumio(c, "GET", url)
    where = "response json capabilities.similarity / liveness (face results)"
    b.mark("biometric", "face_match", where, True, "response")
    passed = {"type": "PASSED", "details": {"label": "OK"}}
    b.ok_json(
        {
            "workflow": {"id": rid(c.rng), "status": "PROCESSED", "definitionKey": "10013"},
            "capabilities": {
                "similarity": [
                    {
                        "id": rid(c.rng),
                        "credentials": [{"category": "ID"}, {"category": "SELFIE"}],
                        "decision": passed,
                        "data": {"similarity": "MATCH", "score": rf(c.rng, 0.86, 0.99, 3)},
                    }
                ],
                "liveness": [
                    {
                        "id": rid(c.rng),
                        "decision": passed,
                        "data": {"type": "JUMIO_PREMIUM", "predictedAge": c.rng.randint(48, 58)},
                    }
                ],
                "dataChecks": [{"decision": passed}],
            },
        }
    )
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/k/l")
    b.bio("face_image", "json f[] (base64 frames)", detectable=False)
    b.json(
        {
            "s": rid(c.rng),
            "f": [b64(fake_jpeg(c.rng.randint(0, 10**9), 400)) for _ in range(3)],
            "n": 3,
        }
    )
    b.ok_json({"r": 1, "n": "step2"})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/wallet/balance", hashed=True)
    b.ok_json({"balance": rf(c.rng, 5, 900, 2), "currency": "FJD", "tier": 2})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/wallet/transactionHistory?days=30", hashed=True)
    b.decoy("wallet transaction history (not viewing)")
    b.ok_json(
        {
            "transactionHistory": [
                {
                    "ref": f"MP{c.rng.randint(10**9, 10**10)}",
                    "type": c.rng.choice(["SEND", "AIRTIME", "BILL", "CASH_OUT"]),
                    "amount": rf(c.rng, 2, 200, 2),
                    "time": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/transfer/p2p")
    b.decoy("transfer reference and recipient number")
    b.json(
        {
            "to": "+6799" + str(c.rng.randint(100000, 999999)),
            "amount": rf(c.rng, 5, 150, 2),
            "note": c.rng.choice(["For bhaiya school fees", "Lunch money", "Church levu"]),
            "pin": b64(new_hex(c.rng, 16)),
            "clientRef": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUCCESS", "ref": f"MP{c.rng.randint(10**9, 10**10)}"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/airtime")
    b.decoy("airtime top-up with bundle duration")
    b.json(
        {
            "msisdn": c.phone.lavo_msisdn,
            "bundle": c.rng.choice(["DATA_7D_3GB", "TALK_1D", "SOCIAL_30D"]),
            "duration": c.rng.choice([1, 7, 30]),
            "amount": c.rng.choice([3, 5, 10, 20]),
        }
    )
    b.ok_json({"status": "SUCCESS", "receipt": f"AT{c.rng.randint(10**7, 10**8)}"})
    return b.build()


def bill_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/bills/pay")
    b.decoy("electricity / water account number and receipt")
    b.json(
        {
            "biller": c.rng.choice(["EFL", "WAF", "TFL"]),
            "account": str(c.rng.randint(10**7, 10**8)),
            "amount": rf(c.rng, 10, 160, 2),
        }
    )
    b.ok_json({"status": "SUCCESS", "receipt": f"BP{c.rng.randint(10**7, 10**8)}"})
    return b.build()


def agents(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/agents/nearby?lat=-16.43&lng=179.36&r=5")
    b.decoy("agent shop positions (maps)")
    b.ok_json(
        {
            "agents": [
                {"name": n, "position": {"lat": la, "lng": lo}, "open": True}
                for n, la, lo in AGENTS
            ]
        }
    )
    return b.build()


def fingerprint_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/security/biometric-unlock")
    b.decoy("fingerprint-unlock switch: keystore public key and signature, no fingerprint data")
    b.json(
        {
            "biometricEnabled": True,
            "authenticator": "BIOMETRIC_STRONG",
            "publicKey": b64(bytes(c.rng.getrandbits(8) for _ in range(91))),
            "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(72))),
            "challenge": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"enabled": True})
    return b.build()
