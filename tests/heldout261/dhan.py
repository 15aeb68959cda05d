"""Dhan Bhoral (ধন ভঁৰাল): an Assam-based lending and savings fintech with video KYC
(the daughter's vivo in Guwahati).

First-party keys are Assamese, in native script (`মুখ` = face, `মিল` = match,
`জীৱন্ততা` = liveness, `যন্ত্ৰ` = device, `চিনাকি` = identifier) or
romanised. Onboarding runs HyperVerge's face APIs from the phone
(`/v2.0/checkLiveness` with a multipart `image`, `/v1/photo/verifyPair` with
`selfie` and `id`; headers appId, appKey, transactionId) and, for re-KYC,
AWS Rekognition (`RekognitionService.DetectFaces` with Attributes ALL, whose
answer holds AgeRange, Gender, Emotions, Pose and Landmarks, and
`CompareFaces` with base64 `Bytes`). The video-KYC call uploads a face crop
and match score to the fintech, and frames as nameless multipart parts.
AppsFlyer sees launches and loan events (advertiserId, uid, android_id).
The fintech's device fingerprint rides in an unnamed header on video-KYC
frames and loan status.
The PAN form (self-declared gender), the EMI calculator, the address-proof
upload and the credit score are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://app.dhanbhoral.example"
HV = "https://ind-faceid.hyperverge.co"
UA = ua("DhanBhoral", "4.1.7", "jiyori")
AF = "api/v6.13/androidevent?app_id=com.dhanbhoral.app&buildnumber=6.13.0"


def _b(c: Context, method: str, url: str, fp: bool = False) -> FB:
    b = FB(c, "dhanbhoral", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if fp:
        b.header("x-d", b.id("dhan_fingerprint", where="header x-d", detectable=False))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jontro/panjiyon")
    b.json(
        {
            "যন্ত্ৰ_চিনাকি": b.id("aid_dhan", where="json যন্ত্ৰ_চিনাকি (ANDROID_ID)"),
            "device_fingerprint": b.id("dhan_fingerprint", where="json device_fingerprint"),
            "মডেল": "V2250",
            "ভাষা": "as",
        }
    )
    b.ok_json({"সফল": True})
    return b.build()


def _af_body(b: FB, c: Context, event: str | None) -> dict:
    body = {
        "advertiserId": b.id("gaid_jiyori", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("dhan_af_uid", where="json uid"),
        "android_id": b.id("aid_dhan", where="json android_id"),
        "appsflyerKey": "qZ8wK3vTn2RyHp6L",
        "af_timestamp": str(ms(c)),
        "brand": "vivo",
        "model": "V2250",
        "sdk": "34",
        "lang_code": "as",
        "country": "IN",
        "operator": "airtel",
        "counter": str(c.rng.randint(2, 60)),
        "installDate": "2024-10-03_081245+0530",
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js({"af_revenue": 0, "loan_type": "personal", "step": 3})
    return body


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", f"https://launches.appsflyer.com/{AF}")
    b.header("user-agent", dalvik_ua())
    b.json(_af_body(b, c, None))
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", f"https://inapps.appsflyer.com/{AF}")
    b.header("user-agent", dalvik_ua())
    b.json(_af_body(b, c, "loan_application_submitted"))
    b.ok_json({"ok": True})
    return b.build()


def dalvik_ua() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; V2250 Build/UP1A.231005.007)"


def _hv(c: Context, path: str) -> FB:
    b = FB(c, "hyperverge", "POST", f"{HV}/{path}")
    b.header("user-agent", UA)
    b.header("appid", "dhb7q2")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", rid(c.rng))
    return b


def hv_liveness(c: Context) -> Flow:
    b = _hv(c, "v2.0/checkLiveness")
    b.bio("face_image", "multipart image (HyperVerge checkLiveness selfie)")
    bd = "----hv" + new_hex(c.rng, 16)
    parts = [("image", "selfie.jpg", "image/jpeg", _jpeg(c)), ("returnUrl", None, None, b"no")]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "details": {"liveFace": {"value": "yes", "confidence": "high"}},
                "summary": {"action": "pass"},
            },
        }
    )
    return b.build()


def hv_verify_pair(c: Context) -> Flow:
    b = _hv(c, "v1/photo/verifyPair")
    b.bio("face_image", "multipart selfie + id (HyperVerge verifyPair face match)")
    bd = "----hv" + new_hex(c.rng, 16)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ("id", "aadhaar_front.jpg", "image/jpeg", _jpeg(c, 900)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "match": "yes",
                "match-score": c.rng.randint(80, 99),
                "to-be-reviewed": "no",
            },
        }
    )
    return b.build()


def _rek(c: Context, target: str) -> FB:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.ap-south-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-android/2.77.0 Linux/6.1 Dalvik/2.1.0")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20241201T0930" + str(c.rng.randint(10, 59)) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA5XQ2EXAMPLE/20241201/ap-south-1/rekognition/"
        f"aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature={new_hex(c.rng, 64)}",
    )
    return b


def rekognition_detect(c: Context) -> Flow:
    b = _rek(c, "DetectFaces")
    b.bio("face_image", "json Image.Bytes (DetectFaces, Attributes ALL)")
    b.bio("face_analysis", "response FaceDetails (AgeRange, Gender, Emotions, Landmarks)")
    b.carriers[-1].direction = "response"
    b.json(
        {"Image": {"Bytes": b64(_jpeg(c))}, "Attributes": ["ALL"]},
        ctype="application/x-amz-json-1.1",
    )
    lm = [
        {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
    ]
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "FaceDetails": [
                    {
                        "BoundingBox": {"Width": 0.41, "Height": 0.55, "Left": 0.29, "Top": 0.18},
                        "AgeRange": {"Low": 19, "High": 27},
                        "Gender": {"Value": "Female", "Confidence": rf(c.rng, 95, 99.9, 2)},
                        "Emotions": [{"Type": "CALM", "Confidence": rf(c.rng, 70, 99, 2)}],
                        "Landmarks": lm,
                        "Pose": {
                            "Roll": rf(c.rng, -5, 5, 2),
                            "Yaw": rf(c.rng, -9, 9, 2),
                            "Pitch": 2.1,
                        },
                        "Confidence": 99.98,
                    }
                ]
            }
        ).encode(),
        headers=[("x-amzn-requestid", rid(c.rng))],
    )
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = _rek(c, "CompareFaces")
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(_jpeg(c))},
            "TargetImage": {"Bytes": b64(_jpeg(c, 900))},
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {"FaceMatches": [{"Similarity": rf(c.rng, 91, 99.9, 3)}], "UnmatchedFaces": []}
        ).encode(),
    )
    return b.build()


def vkyc_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/vkyc/mukh-mil")
    b.bio("face_image", "json মুখৰ_ছবি (face crop) + মুখ_মিল score + জীৱন্ততা")
    b.json(
        {
            "অধিবেশন": rid(c.rng),
            "মুখৰ_ছবি": b64(_jpeg(c, 500)),
            "মুখ_মিল": rf(c.rng, 0.8, 0.99, 3),
            "জীৱন্ততা": rf(c.rng, 0.85, 0.99, 3),
            "সময়": iso(c),
        }
    )
    b.ok_json({"ফলাফল": "উত্তীৰ্ণ", "এজেণ্ট": "AG-" + str(c.rng.randint(100, 999))})
    return b.build()


def vkyc_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/vk/f", fp=True)
    b.bio("face_image", "multipart parts f0..f2 (video-KYC frames, nameless)", detectable=False)
    bd = rid(c.rng)
    parts = [(f"f{i}", f"{i}", "application/octet-stream", _jpeg(c, 500)) for i in range(3)]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"n": 3})
    return b.build()


def pan_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/pan")
    b.decoy("self-declared gender and PAN number")
    b.json(
        {
            "নাম": "জিয়ৰী মহান্তি",
            "লিংগ": "মহিলা",
            "জন্ম_তাৰিখ": "2001-08-19",
            "pan": "CQ" + "PM" + "M" + str(c.rng.randint(1000, 9999)) + "K",
        }
    )
    b.ok_json({"সংৰক্ষিত": True})
    return b.build()


def emi(c: Context) -> Flow:
    amt = c.rng.choice([20000, 50000, 100000])
    b = _b(c, "GET", f"{API}/v1/emi?dhan={amt}&mah={c.rng.choice([6, 12, 24])}")
    b.ok_json({"emi": rf(c.rng, 900, 9000, 2), "sud": 14.5})
    return b.build()


def address_proof(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/thikona")
    b.decoy("address-proof document upload (electricity bill, no face)")
    bd = rid(c.rng)
    parts = [
        ("bill", "apdcl_bill.jpg", "image/jpeg", _jpeg(c, 800)),
        ("type", None, None, b"APDCL"),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"গৃহীত": True})
    return b.build()


def credit_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/credit")
    b.decoy("credit bureau reference number")
    b.ok_json(
        {"score": c.rng.randint(640, 790), "bureau_ref": f"CIR{c.rng.randint(10**9, 10**10)}"}
    )
    return b.build()


def loan_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/loan/{ms(c) % 10**7}", fp=True)
    b.decoy("loan order number")
    b.ok_json({"অৱস্থা": "অনুমোদিত", "ৰাশি": 50000})
    return b.build()
