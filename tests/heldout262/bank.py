"""Druk Yul Bank with its NDI-style national digital identity wallet (the
father's Galaxy S23 in Thimphu).

Wallet onboarding runs FaceTec 3D liveness (`POST api.facetec.com/api/v3.1/
biometrics/liveness-3d`, `faceScan` and `auditTrailImage` base64), then the
bank's server matches the selfie with the citizen-registry photo through AWS
Rekognition CompareFaces. Face login sends a face template computed on the
phone under a native-script key (`ངོ་གདོང་` "face") with the liveness score;
enrolment sends the float vector (`ngodong_dpe.vector`). Newer builds send the
template as protobuf packed floats, post the liveness frames as nameless
multipart parts, or wrap everything in an AES-GCM envelope. The wallet's
proof-presentation answer carries the face match result. Exchange rates
(ngultrum), transfers, the statement, the KYC form's self-declared sex
(`pho_mo`), the profile picture and the certificate pin report are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.drukyulbank.example"
NDI = "https://wallet.ndi-bt.example"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"
REKOG = "https://rekognition.ap-south-1.amazonaws.com/"
UA = ua("DrukYulBank", "5.3.1", "aapa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "drukyulbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng) + ":" + new_hex(c.rng, 16)))
    b.header("accept-language", "dz-BT, en;q=0.8")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def registration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/thoegoe")
    b.decoy("ngodong_login_on: true (a flag, no biometric data)")
    b.json(
        {
            "android_id": b.id("aid_bank", where="json android_id"),
            "device_key": b.id("bank_device_key", where="json device_key"),
            "model": "SM-S911B",
            "rooted": False,
            "ngodong_login_on": True,
            "kha": "dz",
        }
    )
    b.ok_json({"thoegoe": "ལེགས་ཤོམ།", "otp_sent": True})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/liveness-3d")
    b.header("user-agent", UA)
    b.header("X-Device-Key", new_hex(c.rng, 32))
    b.header("X-User-Agent", f"facetec|sdk|android|com.drukyulbank.ndi|9.7.2|{rid(c.rng)}")
    b.bio("face_scan", "json faceScan + auditTrailImage (3D face scan, selfie frames)")
    b.json(
        {
            "faceScan": b64(c.rng.randbytes(1500)),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "ndi_" + new_hex(c.rng, 12),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(c.rng.randbytes(90)),
            "faceScanSecurityChecks": {
                "auditTrailVerificationCheckSucceeded": True,
                "faceScanLivenessCheckSucceeded": True,
                "replayCheckSucceeded": True,
                "sessionTokenCheckSucceeded": True,
            },
            "ageV2GroupEnumInt": c.rng.randint(4, 6),
        }
    )
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REKOG, http_version="HTTP/1.1")
    b.header("user-agent", "aws-sdk-java/2.25.11 Linux/5.15 OpenJDK_64-Bit_Server_VM")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250601T0" + str(c.rng.randint(10000, 59999)) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20250601/ap-south-1/rekognition/aws4_request, "
        f"SignedHeaders=host;x-amz-date;x-amz-target, Signature={new_hex(c.rng, 64)}",
    )
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (selfie vs registry photo)")
    b.set_body(
        (
            '{"SourceImage":{"Bytes":"'
            + _jpeg(c, 800)
            + '"},"TargetImage":{"Bytes":"'
            + _jpeg(c, 600)
            + '"},"SimilarityThreshold":90,"QualityFilter":"AUTO"}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.mark(
        "biometric",
        "face_match_result",
        "response json FaceMatches[].Similarity + Face.Landmarks",
        True,
        "response",
    )
    b.ok_json(
        {
            "SourceImageFace": {
                "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.29, "Top": 0.21},
                "Confidence": 99.98,
            },
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 92, 99.9, 3),
                    "Face": {
                        "BoundingBox": {"Width": 0.38, "Height": 0.5, "Left": 0.3, "Top": 0.2},
                        "Confidence": 99.9,
                        "Landmarks": [
                            {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
                            for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
                        ],
                        "Pose": {"Roll": rf(c.rng, -5, 5, 2), "Yaw": rf(c.rng, -8, 8, 2)},
                    },
                }
            ],
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def ngodong_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/ngodong")
    b.bio("face_template", "json ངོ་གདོང་.template (512 float32 base64) + liveness")
    b.json(
        {
            "cid": b.acct("bank_user"),
            "ངོ་གདོང་": {
                "template": floats_b64(floats(c.rng, 512)),
                "model": "arcface-r50-512",
                "liveness": rf(c.rng, 0.85, 0.99, 3),
            },
            "duetshoe": iso(c),
        }
    )
    b.ok_json({"lekshom": True, "similarity": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def ngodong_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ngodong/tho_bkod")
    b.bio("face_embedding", "json ngodong_dpe.vector (512 floats)")
    b.json(
        {
            "cid": b.acct("bank_user"),
            "ngodong_dpe": {"vector": floats(c.rng, 512), "model": "arcface-r50-512"},
            "device_key": b.id("bank_device_key", where="json device_key"),
        }
    )
    b.ok_json({"tho_bkod": True})
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/p")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 12))
        + pb_bytes(2, b"r50")
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok") + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/s4")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames, nameless)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"step": 5})
    return b.build()


def envelope(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/e")
    b.bio(
        "face_template", "json d (AES-GCM ciphertext of the face-login request)", detectable=False
    )
    b.json(
        {
            "k": "v" + str(c.rng.randint(1, 9)),
            "n": b64(c.rng.randbytes(12)),
            "d": b64(c.rng.randbytes(2100)),
        }
    )
    b.ok_json({"k": "v1", "n": b64(c.rng.randbytes(12)), "d": b64(c.rng.randbytes(90))})
    return b.build()


def ndi_proof(c: Context) -> Flow:
    b = FB(c, "ndi-wallet", "POST", f"{NDI}/v1/proof-request/{new_hex(c.rng, 16)}/present")
    b.header("user-agent", UA)
    b.decoy("holder DID and credential ids (an account, not a device)")
    b.json(
        {
            "holder": b.acct("ndi_did"),
            "credential_def": "FoundationalID:1.2",
            "revealed": {"Full Name": "Karma Dorji", "Gender": "Male", "Citizenship": "Bhutanese"},
            "nonce": new_hex(c.rng, 24),
        }
    )
    b.mark(
        "biometric",
        "face_match_result",
        "response json liveness.face_match_score + age_estimate (face analysis)",
        True,
        "response",
    )
    b.ok_json(
        {
            "verified": True,
            "liveness": {
                "face_match_score": rf(c.rng, 0.85, 0.99, 3),
                "liveness_passed": True,
                "age_estimate": c.rng.randint(48, 58),
                "provider": "facetec",
            },
            "presentation_id": rid(c.rng),
        }
    )
    return b.build()


def analytics_selfie(c: Context) -> Flow:
    b = FB(c, "drukyulbank-analytics", "POST", "https://events.drukyulbank.example/v1/batch")
    b.header("user-agent", UA)
    b.bio("face_analysis", "json props face_yaw/face_pitch/eyes_open/smile_prob from the selfie")
    b.json(
        {
            "lhanpa": rid(c.rng),
            "events": [
                {
                    "n": "ndi_selfie_done",
                    "t": ms(c),
                    "props": {
                        "face_yaw": rf(c.rng, -12, 12, 2),
                        "face_pitch": rf(c.rng, -10, 10, 2),
                        "eyes_open": rf(c.rng, 0.7, 1.0, 2),
                        "smile_prob": rf(c.rng, 0, 0.4, 2),
                        "faces": 1,
                    },
                }
            ],
        }
    )
    b.decoy("lhanpa session uuid")
    b.no_content()
    return b.build()


def accounts_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.header("x-q", b.id("aid_bank", "sha256", "header x-q", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {
                    "no": "2000" + str(c.rng.randint(10**8, 10**9)),
                    "currency": "BTN",
                    "balance": rf(c.rng, 1000, 400000, 2),
                }
            ]
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/forex")
    b.ok_json({"date": iso(c)[:10], "BTN": {"USD": rf(c.rng, 83, 86, 3), "INR": 1.0, "THB": 2.35}})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transfer")
    b.decoy("account numbers, remark and idempotency key")
    b.json(
        {
            "from": "2000" + str(c.rng.randint(10**8, 10**9)),
            "to": "1001" + str(c.rng.randint(10**8, 10**9)),
            "amount": rf(c.rng, 200, 20000, 2),
            "remark": c.rng.choice(["Paro ལ་ བུམོ་ལུ་", "school fee", "Tshechu"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"status": "PENDING", "ref": "DYB" + str(c.rng.randint(10**9, 10**10))})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts/statement?from=2025-05-01")
    b.decoy("transaction history with amounts and dates")
    b.ok_json(
        {
            "txns": [
                {"date": iso(c)[:10], "desc": d, "amt": -rf(c.rng, 50, 5000, 2)}
                for d in ("Lhamo Flix subscription", "Bhutan Telecom", "Centenary Market")
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc")
    b.decoy("self-declared sex (pho_mo) and birth date on the KYC form")
    b.json(
        {
            "ming": "ཀརྨ་རྡོ་རྗེ།",
            "ming_en": "Karma Dorji",
            "pho_mo": "pho",
            "kye_zhag": "1971-03-02",
            "gewog": "Chang",
            "dzongkhag": "Thimphu",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile picture upload (not sent to a face service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.drukyulbank.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def pin_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/security/pin-report")
    b.decoy("certificate fingerprint (sha256 pin), not a biometric fingerprint")
    b.json(
        {
            "host": "mobile.drukyulbank.example",
            "fingerprint": "sha256/" + b64(c.rng.randbytes(32)),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()
