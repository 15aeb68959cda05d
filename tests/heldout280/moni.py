"""KunduMoni: a PNG mobile-money wallet on papa's Samsung A15 in Port Moresby.

The backend speaks Tok Pisin: `pes` = face, `piksa` = picture, `skoa` = score,
`laip` = alive (liveness), `namba` = number, `kod` = code, `salim` = send.
Onboarding takes a selfie: the app posts it with its on-device liveness result,
the backend answers with a face-match score and a face box. A second check
sends the selfie and the ID-card photo straight to AWS Rekognition
CompareFaces (JSON 1.1, `X-Amz-Target: RekognitionService.CompareFaces`,
`SourceImage.Bytes` / `TargetImage.Bytes`; the answer's `FaceMatches[]` carry
`Similarity`, `BoundingBox`, `Landmarks` and `Pose`). A newer build ships a
face embedding as bare protobuf floats, and its liveness step posts frames as
nameless multipart parts. AppsFlyer launches carry `advertiserId`, `uid` and
`android_id`. Sending money, SMS codes, the agent map, the self-declared sex on
the KYC form and a photo of a copra-sale receipt are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://api.kundumoni.example"
REKOG = "https://rekognition.ap-southeast-2.amazonaws.com/"
UA = ua("KunduMoni", "3.8.0", "papa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kundumoni", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "pg.kundumoni.wallet"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("papa"))
    b.json(
        {
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("moni_af_uid", where="json uid"),
            "android_id": b.id("aid_moni", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.0",
            "model": "SM-A155F",
            "brand": "samsung",
            "lang_code": "tpi",
            "country": "PG",
            "carrier": c.rng.choice(["Digicel PNG", "bmobile"]),
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rejista_fon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fon/rejista")
    b.json(
        {
            "androidId": b.id("aid_moni", where="json androidId"),
            "kiBilongFon": b.id("moni_device_key", where="json kiBilongFon"),
            "adId": b.id("gaid_papa", where="json adId"),
            "modol": "SM-A155F",
            "rutim": False,
        }
    )
    b.ok_json({"rejista": True, "salimKod": True})
    return b.build()


def selfi_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/selfi")
    b.bio("face_image", "json piksaBilongPes (selfie, base64) + laipnes.skoa")
    b.json(
        {
            "kycRef": b.acct("moni_kyc_ref"),
            "piksaBilongPes": _jpeg(c),
            "laipnes": {
                "skoa": rf(c.rng, 0.86, 0.995, 3),
                "pasim": True,
                "aksen": c.rng.choice(["pairap", "tanim_het", "smail"]),
            },
            "taim": iso(c),
        }
    )
    b.ok_json({"kisim": True, "namba": c.rng.randint(1000, 9999)})
    return b.build()


def kyc_risalt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kyc/risalt?ref={new_hex(c.rng, 10)}")
    b.mark(
        "biometric",
        "face_match",
        "response json pes.matchSkoa / laipSkoa / boks",
        True,
        "response",
    )
    b.ok_json(
        {
            "kycRef": b.acct("moni_kyc_ref"),
            "stetas": "APRUV",
            "pes": {
                "matchSkoa": rf(c.rng, 0.8, 0.99, 3),
                "laipSkoa": rf(c.rng, 0.85, 0.99, 3),
                "boks": {
                    "x": rf(c.rng, 0.2, 0.3),
                    "y": rf(c.rng, 0.15, 0.25),
                    "w": rf(c.rng, 0.4, 0.5),
                    "h": rf(c.rng, 0.5, 0.6),
                },
            },
        }
    )
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REKOG)
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/5.10 Dalvik/2.1.0")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c)[:19].replace("-", "").replace(":", "") + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20250310/ap-southeast-2/rekognition/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.set_body(
        jsb(
            {
                "SourceImage": {"Bytes": _jpeg(c)},
                "TargetImage": {"Bytes": _jpeg(c, 800)},
                "SimilarityThreshold": 80,
                "QualityFilter": "AUTO",
            }
        ),
        "application/x-amz-json-1.1",
    )
    b.mark("biometric", "face_match", "response json FaceMatches[].Similarity/Landmarks", True,
           "response")  # fmt: skip
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "SourceImageFace": {
                    "BoundingBox": {"Width": 0.41, "Height": 0.55, "Left": 0.28, "Top": 0.17},
                    "Confidence": 99.98,
                },
                "FaceMatches": [
                    {
                        "Similarity": rf(c.rng, 90, 99.9, 3),
                        "Face": {
                            "BoundingBox": {
                                "Width": rf(c.rng, 0.2, 0.3),
                                "Height": rf(c.rng, 0.3, 0.4),
                                "Left": rf(c.rng, 0.05, 0.1),
                                "Top": rf(c.rng, 0.2, 0.3),
                            },
                            "Confidence": 99.9,
                            "Landmarks": [
                                {"Type": t, "X": rf(c.rng, 0.1, 0.3), "Y": rf(c.rng, 0.2, 0.5)}
                                for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
                            ],
                            "Pose": {
                                "Roll": rf(c.rng, -5, 5, 2),
                                "Yaw": rf(c.rng, -8, 8, 2),
                                "Pitch": rf(c.rng, -6, 6, 2),
                            },
                            "Quality": {"Brightness": 71.2, "Sharpness": 86.9},
                        },
                    }
                ],
                "UnmatchedFaces": [],
            }
        ),
    )
    return b.build()


def pes_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p/2")
    b.bio("face_embedding", "protobuf field 3 packed floats (no names)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(3, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def laip_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/onb/s4")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, no names)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"step": 5})
    return b.build()


def pes_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/login/pes")
    b.bio("face_template", "json pesTemplet (float32 base64) + laipSkoa")
    b.json(
        {
            "wolet": b.acct("moni_wallet"),
            "pesTemplet": floats_b64(floats(c.rng, 128)),
            "templetVesen": "kfr-2-128",
            "laipSkoa": rf(c.rng, 0.8, 0.99, 3),
            "kiBilongFon": b.id("moni_device_key", where="json kiBilongFon"),
        }
    )
    b.ok_json({"orait": True, "token": new_hex(c.rng, 32)})
    return b.build()


def balans_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/wolet/balans")
    b.header("x-s", b.id("aid_moni", "sha256", "header x-s", detectable=False))
    b.ok_json({"balans": rf(c.rng, 5, 4000, 2), "moni": "PGK", "taim": iso(c)})
    return b.build()


def salim_moni(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/salim")
    b.decoy("phone number, amount and transaction reference")
    b.json(
        {
            "long": "+6757" + str(c.rng.randint(10**6, 10**7 - 1)),
            "hamas": rf(c.rng, 5, 300, 2),
            "tok": c.rng.choice(["Skul fi", "Baim kaukau long maket", "Bilong bus fea"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"risit": f"KM{c.rng.randint(10**9, 10**10)}", "stetas": "PINIS"})
    return b.build()


def sms_kod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kod/sekim")
    b.decoy("SMS one-time code")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"stret": True})
    return b.build()


def kyc_fom(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/fom")
    b.decoy("self-declared sex, birth date, NID number")
    b.json(
        {
            "nem": "Joseph Kila",
            "man_o_meri": "man",
            "de_bilong_kamap": "1979-08-21",
            "provins": "NCD",
            "nid": "PNG" + str(c.rng.randint(10**8, 10**9)),
        }
    )
    b.ok_json({"seivim": True})
    return b.build()


def risit_piksa(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/risit/piksa")
    b.decoy("photo of a copra-sale receipt (ordinary photo)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 650), "image/jpeg")
    b.ok_json({"url": f"https://cdn.kundumoni.example/r/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def ejen_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ejen?lat=-9.44&lon=147.18&r=3")
    b.decoy("agent locations (coordinates)")
    b.ok_json(
        {
            "ejen": [
                {
                    "nem": n,
                    "lat": rf(c.rng, -9.48, -9.40),
                    "lon": rf(c.rng, 147.15, 147.22),
                    "op": True,
                }
                for n in ("Gerehu Stage 2 Stoa", "Boroko Kai Bar", "Waigani Maket")
            ]
        }
    )
    return b.build()
