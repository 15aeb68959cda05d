"""PaisaSetu, a UPI wallet / small-finance bank app: UPI device binding with
NPCI-style device tags, AppsFlyer, face authentication (HyperVerge selfie
liveness and face match, an in-house face template check), a voice PIN
(speaker enrolment and verification), an encrypted biometric envelope, and
decoys: a KYC form with self-declared gender, transaction history with UTR
numbers, balances.

Sources: NPCI UPI API specification: the <Device> element's tags MOBILE,
GEOCODE, LOCATION, IP, TYPE, ID, OS, APP, CAPABILITY; HyperVerge face APIs
(ind-faceid.hyperverge.co/v1/photo/verifyPair with multipart image1 / image2,
ind.idv.hyperverge.co/v1/checkLiveness with `image`, headers appId / appKey:
HyperVerge REST API docs on github.com/hyperverge); AppsFlyer Android SDK v6
launch event to launches.appsflyer.com/api/v6.x/androidevent with
advertiserId / uid (AppsFlyer SDK, Exodus / AppCensus reports). The bank's
own endpoints and keys are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import floats
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.paisasetu.in"


def _b(c: Context, method: str, url: str, sdk: str = "paisasetu") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("PaisaSetu", "11.4.0"))
    return b


def _mp(b: FB, c: Context, parts: list) -> None:
    boundary = new_hex(c.rng, 32)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upi/v2/device/bind")
    tags = [
        {"name": "MOBILE", "value": "91" + new_digits(c.rng, 10, "9")},
        {"name": "GEOCODE", "value": "13.0827,80.2707"},
        {"name": "LOCATION", "value": "Chennai"},
        {"name": "TYPE", "value": "MOB"},
        {"name": "ID", "value": b.id("aid_wallet", where="body.device.tags[ID]")},
        {"name": "OS", "value": "Android14"},
        {"name": "APP", "value": "in.paisasetu"},
        {"name": "CAPABILITY", "value": "5200000200010004000639292929292"},
    ]
    b.json({"vpa": b.acct("vpa"), "device": {"tags": tags}, "txnId": "PSU" + new_digits(c.rng, 20)})
    b.ok_json({"result": "SUCCESS"})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = _b(c, "POST", "https://launches.appsflyer.com/api/v6.12/androidevent", "appsflyer")
    b.params += [("app_id", "in.paisasetu"), ("buildnumber", "6.12.2")]
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "uid": b.id("af_uid", where="body.uid"),
            "brand": "vivo",
            "model": "V2250",
            "sdk": "34",
            "lang_code": "ta",
            "counter": str(c.rng.randint(1, 90)),
            "af_timestamp": str(ms(c)),
            "isFirstCall": "false",
            "appsflyerKey": "qQpZ8K" + new_hex(c.rng, 10),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hv_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "https://ind.idv.hyperverge.co/v1/checkLiveness", "hyperverge")
    b.header("appid", "ps7k2a")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", rid(c.rng))
    _mp(
        b,
        c,
        [
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1400)),
            ("returnQualityScore", None, None, b"yes"),
        ],
    )
    b.bio("face_image", "multipart image (selfie to liveness API)")
    b.ok_json(
        {
            "status": "success",
            "result": {"details": {"liveFace": {"value": "yes", "confidence": "high"}}},
        }
    )
    return b.build()


def hv_facematch(c: Context) -> Flow:
    b = _b(c, "POST", "https://ind-faceid.hyperverge.co/v1/photo/verifyPair", "hyperverge")
    b.header("appid", "ps7k2a")
    b.header("appkey", new_hex(c.rng, 20))
    _mp(
        b,
        c,
        [
            ("image1", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1300)),
            ("image2", "aadhaar_photo.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
            ("type", None, None, b"id"),
        ],
    )
    b.bio("face_image", "multipart image1/image2 (face match API)")
    b.ok_json({"status": "success", "result": {"match": "yes", "conf": rf(c.rng, 80, 99, 1)}})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face/verify")
    b.json(
        {
            "userRef": b.acct("wallet_user"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "tplVersion": "mfn-128",
            "livenessScore": rf(c.rng, 0.9, 0.999, 3),
            "txnRef": rid(c.rng),
        }
    )
    b.bio("face_template", "body.faceTemplate (float32 base64)")
    b.ok_json({"verified": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/voice/enrol")
    _mp(
        b,
        c,
        [
            ("userRef", None, None, b.acct("wallet_user").encode()),
            ("phrase", None, None, b"en peyar en kadavuchol"),
            ("voice_sample", "sample_3.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1500)),
        ],
    )
    b.bio("voiceprint", "multipart voice_sample (speaker enrolment)")
    b.ok_json({"enrolled": True, "samplesNeeded": 0})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/voice/verify")
    b.json(
        {
            "userRef": b.acct("wallet_user"),
            "spkEmb": floats(c.rng, 192),
            "embModel": "ecapa-tdnn",
            "utteranceMs": c.rng.randint(1800, 4200),
            "txnRef": rid(c.rng),
        }
    )
    b.bio("speaker_embedding", "body.spkEmb (speaker embedding)")
    b.ok_json({"score": rf(c.rng, 0.6, 0.95, 3), "accept": True})
    return b.build()


def bio_envelope(c: Context) -> Flow:
    """The SDK's encrypted envelope: a face template is inside; nothing outside says so."""
    b = _b(c, "POST", f"{API}/auth/v2/x9")
    b.json(
        {"v": 2, "kid": "k17", "payload": b64(c.rng.randbytes(380)), "nonce": new_hex(c.rng, 24)}
    )
    b.bio("face_template", "body.payload (encrypted)", detectable=False)
    b.ok_json({"r": "ok"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v1/profile")
    b.json(
        {
            "name": "Karthik Selvam",
            "gender": c.rng.choice(["M", "F", "O"]),
            "dob": "1994-07-21",
            "occupation": "Salaried",
            "pincode": "600017",
            "state": "Tamil Nadu",
            "email": b.id("email", where="body.email"),
        }
    )
    b.decoy("self-declared gender on a sign-up form")
    b.ok_json({"ok": True})
    return b.build()


def txn_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/upi/v2/txns?page={c.rng.randint(1, 4)}")
    b.ok_json(
        {
            "txns": [
                {
                    "utr": new_digits(c.rng, 12, "4"),
                    "amt": rf(c.rng, 10, 5000, 2),
                    "ts": iso(c),
                    "payee": "merchant@okpaisa",
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("UTR numbers (order-number look-alikes)")
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upi/v2/balance")
    b.json(
        {
            "vpa": b.acct("vpa"),
            "credBlock": b64(c.rng.randbytes(64)),
            "txnId": "PSU" + new_digits(c.rng, 20),
        }
    )
    b.ok_json({"bal": rf(c.rng, 100, 90000, 2)})
    return b.build()
