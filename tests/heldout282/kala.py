"""Hui Kālā Kaiāulu: a Hilo credit union's app with selfie login (the mother's iPhone 14).

Enrolment computes a face template on the phone and stores it
(`hōʻailona_maka` = face sign: `embedding` of 512 floats); each login sends
the live template (float32, base64) with a liveness score. A FaceTec 3D
liveness check runs on enrolment (`faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, POST /api/v3.1/biometrics/liveness-3d, headers
X-Device-Key (the app's SDK key) and X-User-Agent). A newer build sends the
template as protobuf packed floats under field 3 (no names). Device binding
sends the IDFV, the IDFA and the app's keychain device key; the balance call
carries a SHA-256 of the IDFV in `x-v`. The membership form's self-declared
gender (`keka`), transfers, rates, the avatar and cheque images are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, floats, ios_ua, iso, ms, rf, rid

API = "https://m.huikalakaiaulu.example"
UA = ios_ua("HuiKala", "4.2.0", "4207")
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huikala", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/hamea/hoopaa")
    b.json(
        {
            "identifierForVendor": b.id("idfv_kala", where="json identifierForVendor"),
            "advertisingIdentifier": b.id("idfa_mama", where="json advertisingIdentifier"),
            "kiDevice": b.id("kala_device_key", where="json kiDevice"),
            "kumu": "iPhone15,2",
            "iOS": "17.4.1",
            "jailbroken": False,
        }
    )
    b.ok_json({"paʻa": True, "otp_hoʻouna ʻia": True})
    return b.build()


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/komo/maka")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + livenessScore")
    b.json(
        {
            "lala": b.acct("kala_member"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "kfr-5.1-512",
            "livenessScore": rf(c.rng, 0.86, 0.995, 3),
            "manawa": iso(c),
        }
    )
    b.ok_json({"pololei": True, "like": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/komo/maka/kakau")
    b.bio("face_embedding", "json hōʻailona_maka.embedding (512 floats)")
    b.json(
        {
            "lala": b.acct("kala_member"),
            "hōʻailona_maka": {"embedding": floats(c.rng, 512), "kumu_hoʻohālike": "kfr-5.1"},
            "identifierForVendor": b.id("idfv_kala", where="json identifierForVendor"),
        }
    )
    b.ok_json({"kākau ʻia": True})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/liveness-3d")
    b.header("user-agent", UA)
    b.header("x-device-key", "dJ7x" + new_hex(c.rng, 28))
    b.header(
        "x-user-agent",
        f"facetec|sdk|ios|org.huikala.app|9.7.40|iPhone15,2|haw_US|haw|{rid(c.rng)}",
    )
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "hk-" + b.acct("kala_member"),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(bytes(c.rng.getrandbits(8) for _ in range(120))),
            "faceScanSecurityChecks": {"auditTrailVerificationCheckSucceeded": True},
        }
    )
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/k")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, b.acct("kala_member"))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/waihona")
    b.header("x-v", b.id("idfv_kala", "sha256", "header x-v", detectable=False))
    b.ok_json(
        {
            "waihona": [
                {
                    "ʻano": "mālama",
                    "koena": rf(c.rng, 100, 40000, 2),
                    "helu": "****" + str(c.rng.randint(1000, 9999)),
                },
                {
                    "ʻano": "hōʻaiʻē",
                    "koena": rf(c.rng, 0, 3000, 2),
                    "helu": "****" + str(c.rng.randint(1000, 9999)),
                },
            ]
        }
    )
    return b.build()


def member_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/lala/moolelo")
    b.decoy("self-declared gender (keka), birth date and address on the membership form")
    b.json(
        {
            "inoa": "Leialoha",
            "inoa_ohana": "Kahananui",
            "keka": "wahine",
            "la_hanau": "1984-07-19",
            "wahi_noho": "Kīlauea Ave, Hilo, HI 96720",
        }
    )
    b.ok_json({"mālama ʻia": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/hoouna-kala")
    b.decoy("transfer with reference number and idempotency key")
    b.json(
        {
            "mai": "****" + str(c.rng.randint(1000, 9999)),
            "i": "****" + str(c.rng.randint(1000, 9999)),
            "huina": rf(c.rng, 10, 400, 2),
            "memo": "Uku kula kaiapuni",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"helu_kuhikuhi": f"HK{c.rng.randint(10**9, 10**10)}", "kulana": "PENDING"})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ukupanee")
    b.ok_json({"mālama": rf(c.rng, 0.1, 4.5, 2), "kaʻa": rf(c.rng, 5, 9, 2), "lā": iso(c)[:10]})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/lala/kii")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.huikalakaiaulu.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def cheque_deposit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/waihona/kikoo")
    b.decoy("cheque front image (remote deposit, no face)")
    b.json(
        {
            "mua": _jpeg(c, 600),
            "huina": rf(c.rng, 20, 900, 2),
            "helu_kikoo": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"kulana": "ua loaa", "helu_kuhikuhi": f"RD{c.rng.randint(10**7, 10**8)}"})
    return b.build()
