"""Sajilo Remit: a Nepali remittance wallet (Gulf and Sri Lanka corridors) with
face-based KYC through HyperVerge (an Indian KYC vendor used across South
Asia), an in-house face check on re-login, and AppsFlyer attribution.

Selfie liveness and selfie-to-ID matching at HyperVerge, the in-house face
template (`anuhar_namuna`) and Devanagari landmark list are biometric; so is
the AES-encrypted re-login payload (opaque). Exchange-rate series, the transfer
form, the ID-card OCR boxes and the self-declared gender on the KYC form are
not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.sajiloremit.example"
UA = ua("SajiloRemit", "5.2.0")
HV_FACE = "https://ind-faceid.hyperverge.co/v1/photo/verifyPair"
HV_LIVE = "https://ind.idv.hyperverge.co/v1/checkLiveness"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sajiloremit", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_wallet", where="header x-device-id"))
    b.header("x-prayogkarta", b.acct("wallet_user"))
    return b


def _hv(c: Context, url: str) -> FB:
    b = FB(c, "hyperverge", "POST", url)
    b.header("user-agent", UA)
    b.header("appid", "a8c31f")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", b.acct("wallet_user") + "-" + str(ms(c)))
    return b


def hv_liveness(c: Context) -> Flow:
    b = _hv(c, HV_LIVE)
    b.bio("face_image", "multipart image (selfie to checkLiveness)")
    boundary = rid(c.rng)
    parts = [
        ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ("returnQualityChecks", None, None, b"yes"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "result": {
                "details": {"liveFace": {"value": "yes", "confidence": "high"}},
                "summary": {"action": "pass"},
            },
        }
    )
    return b.build()


def hv_verify_pair(c: Context) -> Flow:
    b = _hv(c, HV_FACE)
    b.bio("face_image", "multipart selfie + id (face match)")
    boundary = rid(c.rng)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ("id", "nagarikta.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "result": {
                "match": "yes",
                "match-score": c.rng.randint(80, 99),
                "to-be-reviewed": "no",
            },
        }
    )
    return b.build()


def anuhar_namuna(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/anuhar-namuna")
    b.bio("face_template", "json anuhar_namuna (128-float face template) + अनुहार_बिन्दुहरू")
    pts = [[rf(c.rng, 120, 360, 1), rf(c.rng, 140, 420, 1)] for _ in range(68)]
    b.json(
        {
            "anuhar_namuna": floats(c.rng, 128),
            "अनुहार_बिन्दुहरू": pts,
            "sir_kon": {"yaw": rf(c.rng, -12, 12, 2), "pitch": rf(c.rng, -9, 9, 2)},
            "samay": iso(c),
        }
    )
    b.ok_json({"milyo": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def relogin_sealed(c: Context) -> Flow:
    """Re-login face check: the SDK seals the frame and template with AES-GCM."""
    b = _b(c, "POST", f"{API}/auth/v3/pramaan")
    b.bio("face_template", "json payload (AES-GCM sealed face frame + template)", detectable=False)
    sealed = bytes(c.rng.getrandbits(8) for _ in range(720))
    b.json(
        {
            "payload": b64(sealed),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
            "kid": "k3",
        }
    )
    b.ok_json({"token": b64(rid(c.rng)), "expires_in": 900})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=np.sajilo.remit&buildnumber=6.12.2",
    )
    b.header("user-agent", UA)
    uid = b.id("wallet_af_uid", where="json uid (AppsFlyer id)")
    gaid = b.id("gaid", where="json advertiserId")
    b.json(
        {
            "uid": uid,
            "advertiserId": gaid,
            "advertiserIdEnabled": "true",
            "counter": "7",
            "model": "SM-A546E",
            "brand": "samsung",
            "lang": "ने",
            "country": "NP",
            "eventName": "af_login",
            "date1": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dar(c: Context) -> Flow:
    b = FB(c, "sajiloremit", "GET", f"{API}/rates/v1/dar?from=QAR,AED,LKR&to=NPR&days=30")
    b.header("user-agent", UA)
    b.decoy("30-day exchange-rate series (price floats)")
    b.ok_json({c2: [rf(c.rng, 30, 40, 3) for _ in range(30)] for c2 in ("QAR", "AED", "LKR")})
    return b.build()


def pathaunus(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/txn/v1/pathaunus")
    b.decoy("transfer form: receiver, amount, control number")
    b.json(
        {
            "prapak": "Tharindu Perera",
            "desh": "LK",
            "rakam": c.rng.choice([5000, 12000]),
            "mudra": "NPR",
            "uddeshya": "family support",
        }
    )
    b.ok_json({"control_no": f"SRN{c.rng.randint(10**9, 10**10)}", "sthiti": "pending"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/vivaran")
    b.decoy("KYC form: self-declared gender (लिङ्ग) and date of birth, OCR boxes of the ID card")
    boxes = [
        {"field": f, "box": [c.rng.randint(10, 300) for _ in range(4)]}
        for f in ("nagarikta_no", "naam", "janma_miti")
    ]
    b.json(
        {
            "naam": "Sujata Shrestha",
            "लिङ्ग": "महिला",
            "janma_miti": "2050-04-12",
            "jilla": "काठमाडौं",
            "ocr": boxes,
        }
    )
    b.ok_json({"sthiti": "review"})
    return b.build()
