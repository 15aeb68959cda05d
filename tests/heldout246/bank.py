"""Godavari Bank: a retail bank app with selfie KYC, face login and Aadhaar face
authentication (the father's Samsung Galaxy M34 in Hyderabad).

* Video-KYC onboarding uses HyperVerge's India APIs (ind.idv.hyperverge.co):
  `/v1/checkLiveness` takes a selfie as the multipart `image` part and answers
  `liveFace` with a confidence and quality checks; `/v1/matchFace` takes the
  `selfie` and the `id` photo. Headers `appId`, `appKey`, `transactionId`.
* The bank's own KYC status answer repeats the face-match score, the
  liveness verdict and an estimated age (face-analysis results of a person).
* Face login sends a 512-float face template (`mukha_template`, `mukham` =
  face); a newer build sends it as protobuf packed floats with no names, and
  the liveness step posts its frames as one unnamed octet stream.
* Aadhaar face authentication: UIDAI's AadhaarFaceRD app returns a PidData
  XML block (`Resp pCount="1"`, `DeviceInfo`, `Skey`, `Hmac`, an encrypted
  `Data`) that the bank, as AUA, forwards; a newer build re-encrypts the
  whole block with its own key before sending it.

Device binding sends the ANDROID_ID, the advertising id and the bank's device
token; balance calls carry a SHA-256 of the ANDROID_ID in a header named
`x-dfp`, and the fraud SDK's device report is an encrypted blob. Fixed-deposit
tenures, the statement ("history" of transactions), the cancelled-cheque upload
and the self-declared gender on the address form are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import TB, bearer, floats, iso, ms, rf, rid, ua

API = "https://mobile.godavaribank.example"
HV = "https://ind.idv.hyperverge.co/v1"
UA = ua("GodavariBank", "7.4.0", "nanna")


def _b(c: Context, method: str, url: str) -> TB:
    b = TB(c, "godavaribank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    return b


def _hv(c: Context, path: str) -> TB:
    b = TB(c, "hyperverge", "POST", f"{HV}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("appid", "gdvb7x")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", "GDVB-" + rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 800) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


# --- device binding and opaque device carriers ------------------------------------


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/parikaram/bandhinchu")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "adId": b.id("gaid_nanna", where="json adId"),
            "deviceToken": b.id("bank_device_token", where="json deviceToken"),
            "model": "SM-M346B",
            "rooted": False,
            "simSlots": 2,
            "mobile": b.acct("bank_mobile"),
        }
    )
    b.ok_json({"bandhinchabadindi": True, "smsPampinchali": "VK-GDVBNK"})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/khatalu")
    b.header("x-dfp", b.id("aid_bank", "sha256", "header x-dfp", detectable=False))
    b.ok_json(
        {
            "khatalu": [
                {
                    "khata": "XXXXXXXX" + str(c.rng.randint(1000, 9999)),
                    "rakam": "SAVINGS",
                    "nilva": rf(c.rng, 1000, 900000, 2),
                    "ifsc": "GDVB0001234",
                }
            ]
        }
    )
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """The fraud SDK's device report: ANDROID_ID and token inside an AES blob."""
    b = _b(c, "POST", f"{API}/r/v2/c")
    b.id_raw("aid_bank", "aes_gcm", "json e (encrypted device report)")
    b.id_raw("bank_device_token", "aes_gcm", "json e (encrypted device report)")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 320)))
    b.json({"v": 4, "e": b64(blob), "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12)))})
    b.ok_json({"r": "A"})
    return b.build()


# --- selfie KYC with HyperVerge -----------------------------------------------------


def hv_liveness(c: Context) -> Flow:
    b = _hv(c, "checkLiveness")
    b.bio("face_image", "multipart image (selfie.jpg, checkLiveness)")
    b.mark("biometric", "face_analysis", "response json result.details.liveFace", True, "response")
    boundary = rid(c.rng)
    parts = [
        ("image", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ("returnQualityChecks", None, None, b"yes"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "details": {
                    "liveFace": {"value": "yes", "confidence": "high"},
                    "qualityChecks": {
                        "eyesClosed": {"value": "no"},
                        "maskPresent": {"value": "no"},
                        "multipleFaces": {"value": "no"},
                        "blur": {"value": "no"},
                    },
                },
                "summary": {"action": "pass", "details": []},
            },
        }
    )
    return b.build()


def hv_match(c: Context) -> Flow:
    b = _hv(c, "matchFace")
    b.bio("face_image", "multipart selfie + id (matchFace)")
    boundary = rid(c.rng)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ("id", "aadhaar_photo.jpg", "image/jpeg", _jpeg(c, 500)),
        ("type", None, None, b"id"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "details": {"match": {"value": "yes", "confidence": "high"}},
                "summary": {"action": "pass"},
            },
        }
    )
    return b.build()


def kyc_sthiti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kyc/sthiti")
    b.mark(
        "biometric",
        "face_analysis",
        "response json mukha_saripolika / liveness / vayasu_anchana",
        True,
        "response",
    )
    b.ok_json(
        {
            "kyc": "VIDEO_KYC_PENDING_REVIEW",
            "mukha_saripolika": {"score": rf(c.rng, 0.8, 0.99, 3), "match": True},
            "liveness": {"live": True, "score": rf(c.rng, 0.85, 0.99, 3)},
            "vayasu_anchana": c.rng.randint(54, 61),
            "checked_at": iso(c),
        }
    )
    return b.build()


# --- face login ------------------------------------------------------------------------


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mukha-pravesham")
    b.bio("face_template", "json mukha_template (512 float32, base64) + liveness_score")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "mukha_template": floats_b64(floats(c.rng, 512)),
            "template_ver": "arc-512-v2",
            "liveness_score": rf(c.rng, 0.85, 0.99, 3),
            "samayam": iso(c),
        }
    )
    b.ok_json(
        {"saripoyindi": True, "score": rf(c.rng, 0.8, 0.99, 3), "session": new_hex(c.rng, 32)}
    )
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mukha-pravesham/namodu")
    b.bio("face_embedding", "json mukham.embedding (512 floats)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "mukham": {"embedding": floats(c.rng, 512), "model": "arc-512-v2"},
            "deviceToken": b.id("bank_device_token", where="json deviceToken"),
        }
    )
    b.ok_json({"namodaindi": True})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/mp")
    b.bio("face_template", "protobuf field 3 packed floats (no names)", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_bytes(2, str(ms(c)))
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"OK"))
    return b.build()


def liveness_frames_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/o/5")
    b.bio("face_image", "octet-stream of concatenated JPEG frames (no names)", detectable=False)
    b.set_body(b"".join(_jpeg(c, 400) for _ in range(3)), "application/octet-stream")
    b.ok_json({"dasha": 6})
    return b.build()


# --- Aadhaar face authentication -----------------------------------------------------


def _pid_xml(c: Context, b: TB) -> str:
    dc = b.id("bank_rd_dc", where="xml PidData/DeviceInfo@dc", detectable=False)
    data = b64(bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(600, 900))))
    skey = b64(bytes(c.rng.getrandbits(8) for _ in range(256)))
    hmac = b64(bytes(c.rng.getrandbits(8) for _ in range(48)))
    return (
        "<PidData>"
        '<Resp errCode="0" errInfo="Success" fCount="0" fType="0" iCount="0" iType="" '
        'pCount="1" pType="0" nmPoints="" qScore=""/>'
        '<DeviceInfo dpId="UIDAI.UIDAI" rdsId="UIDAI.ANDROID.001" rdsVer="0.9.9" '
        f'mi="FaceRD" mc="{b64(new_hex(c.rng, 60))}" dc="{dc}">'
        '<additional_info><Param name="faceRdVersion" value="1.0.6"/></additional_info>'
        "</DeviceInfo>"
        f'<Skey ci="20250929">{skey}</Skey>'
        f"<Hmac>{hmac}</Hmac>"
        f'<Data type="P">{data}</Data>'
        "</PidData>"
    )


def aadhaar_face_auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/aadhaar/mukha-pramaneekarana")
    b.bio(
        "face_image",
        "xml PidData (face RD capture, pCount=1; Data encrypted for UIDAI)",
    )
    xml = _pid_xml(c, b)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<AuthRequest vid="{b.acct("aadhaar_vid")}" purpose="ekyc" txn="GDVB:{rid(c.rng)}">'
        f"{xml}</AuthRequest>"
    )
    b.set_body(body.encode(), "application/xml; charset=utf-8")
    b.ok_json({"ret": "y", "code": new_hex(c.rng, 32), "txn": rid(c.rng), "err": None})
    return b.build()


def aadhaar_face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/a/fa")
    b.bio("face_image", "json x (PID block re-encrypted by the app)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(900, 1300)))
    b.json({"x": b64(blob), "k": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "v": 2})
    b.ok_json({"r": "y", "t": rid(c.rng)})
    return b.build()


# --- ordinary banking ----------------------------------------------------------------


def fd_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fd/vaddi-rates")
    b.decoy("FD tenure / duration and interest rates")
    b.ok_json(
        {
            "rates": [
                {"duration": d, "tenureDays": n, "rate": rf(c.rng, 6.0, 7.6, 2)}
                for d, n in (("1 year", 365), ("2 years", 730), ("444 days", 444))
            ]
        }
    )
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/khatalu/history?nela=2025-03")
    b.decoy("transaction history with UPI reference numbers")
    b.ok_json(
        {
            "history": [
                {
                    "tedi": iso(c)[:10],
                    "vivaranam": c.rng.choice(
                        ["UPI/Ratnadeep Super", "NEFT/Salary", "UPI/Swiggy", "ATM Ameerpet"]
                    ),
                    "rakam": rf(c.rng, 50, 40000, 2),
                    "utr": str(c.rng.randint(10**11, 10**12)),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def cheque_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/cheque")
    b.decoy("cancelled cheque image (a document, no face)")
    boundary = rid(c.rng)
    parts = [("cheque", "cheque.jpg", "image/jpeg", _jpeg(c, 600))]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ifsc": "GDVB0001234", "chadivindi": True})
    return b.build()


def address_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/chirunama")
    b.decoy("self-declared gender and date of birth")
    b.json(
        {
            "peru": "Venkata Ramana Rao",
            "linga": "M",
            "puttina_tedi": "1968-08-15",
            "chirunama": "Plot 14, Ameerpet, Hyderabad 500016",
            "pan": "ABCPR" + str(c.rng.randint(1000, 9999)) + "K",
        }
    )
    b.ok_json({"bhadraparichindi": True})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/dhruvikarana")
    b.json({"otp": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sare": True})
    return b.build()
