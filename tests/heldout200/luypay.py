"""LuyPay: a Cambodian e-wallet with face login and ID-card selfie KYC (the
father's Samsung in Phnom Penh).

Keys are romanised Khmer mixed with English (`muk` = face, `rup` = picture,
`atta_ban` = national ID card, `phnheu` = send, `samatol` = balance, `phet` =
sex, `thngai_kamnaet` = birth date). KYC compares the selfie with the ID card's
photo through Amazon Rekognition: JSON 1.1 calls signed with SigV4 and named by
`X-Amz-Target` (`RekognitionService.CompareFaces` with `SourceImage.Bytes` and
`TargetImage.Bytes`, `RekognitionService.DetectFaces` with `Image.Bytes`,
https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html).
The same Rekognition account reads electricity bills with `DetectText` (no
face). Face login sends a JPEG with a liveness score; a newer build sends a
512-float face template as protobuf; the liveness step uploads frames as
nameless multipart parts. Device binding sends the ANDROID_ID, the wallet's
device key and the advertising id (the fraud engine collects it). Exchange
rates, transfers, KHQR payments, the self-declared sex on the KYC form and the
profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.luypay.example"
REK = "https://rekognition.ap-southeast-1.amazonaws.com/"
UA = ua("LuyPay", "2.14.0", "pa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "luypay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _rek(c: Context, target: str) -> FB:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/4.19 Dalvik/2.1.0")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20241201T" + str(c.rng.randint(100000, 235959)) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA" + new_hex(c.rng, 16).upper() + "/20241201/"
        "ap-southeast-1/rekognition/aws4_request, SignedHeaders=content-type;host;"
        f"x-amz-date;x-amz-target, Signature={new_hex(c.rng, 64)}",
    )
    b.header("x-amz-security-token", b64(new_hex(c.rng, 60)))
    return b


def _box(c: Context) -> dict[str, float]:
    return {
        "Width": rf(c.rng, 0.3, 0.5),
        "Height": rf(c.rng, 0.4, 0.6),
        "Left": rf(c.rng, 0.2, 0.3),
        "Top": rf(c.rng, 0.1, 0.2),
    }


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/opakar/phjoap")
    b.json(
        {
            "androidId": b.id("aid_prak", where="json androidId"),
            "deviceKey": b.id("prak_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_pa", where="json advertisingId"),
            "model": "SM-A155F",
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"phjoap": True, "otp_phnheu": True})
    return b.build()


def rek_compare(c: Context) -> Flow:
    b = _rek(c, "CompareFaces")
    b.bio("face_image", "json SourceImage.Bytes + TargetImage.Bytes (CompareFaces)")
    b.set_body(
        (
            '{"SimilarityThreshold":90.0,"SourceImage":{"Bytes":"'
            + _jpeg(c)
            + '"},"TargetImage":{"Bytes":"'
            + _jpeg(c, 500)
            + '"},"QualityFilter":"AUTO"}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceMatches":[{"Similarity":'
            + str(rf(c.rng, 91, 99.9, 3))
            + ',"Face":{"BoundingBox":'
            + str(_box(c)).replace("'", '"')
            + ',"Confidence":99.98}}],"SourceImageFace":{"Confidence":99.99},"UnmatchedFaces":[]}'
        ).encode(),
    )
    return b.build()


def rek_detect_faces(c: Context) -> Flow:
    b = _rek(c, "DetectFaces")
    b.bio("face_image", "json Image.Bytes (DetectFaces on the selfie)")
    b.set_body(
        ('{"Attributes":["DEFAULT"],"Image":{"Bytes":"' + _jpeg(c) + '"}}').encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceDetails":[{"BoundingBox":'
            + str(_box(c)).replace("'", '"')
            + ',"Pose":{"Roll":1.2,"Yaw":-3.4,"Pitch":2.1},"Quality":{"Brightness":81.2,'
            '"Sharpness":92.1},"Confidence":99.97}]}'
        ).encode(),
    )
    return b.build()


def rek_detect_text(c: Context) -> Flow:
    b = _rek(c, "DetectText")
    b.decoy("Rekognition DetectText on an electricity bill photo (no face)")
    b.set_body(
        ('{"Image":{"Bytes":"' + _jpeg(c, 600) + '"}}').encode(), "application/x-amz-json-1.1"
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"TextDetections":[{"DetectedText":"EDC","Type":"LINE","Confidence":98.1},'
            '{"DetectedText":"' + str(c.rng.randint(100000, 999999)) + ' KWH",'
            '"Type":"LINE","Confidence":95.4}]}'
        ).encode(),
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/chol/muk")
    b.bio("face_image", "json face.rup (JPEG data URI) + liveness")
    b.json(
        {
            "user": b.acct("prak_user"),
            "face": {
                "rup": "data:image/jpeg;base64," + _jpeg(c),
                "liveness": rf(c.rng, 0.86, 0.99, 3),
            },
            "pel": iso(c),
        }
    )
    b.ok_json({"trimtrov": True, "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/c")
    b.bio("face_template", "protobuf field 3 packed floats (512)", detectable=False)
    body = (
        pb_bytes(1, b"".join([b"PC", new_hex(c.rng, 8).encode()]))
        + pb_varint(2, 4)
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def kyc_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/rup")
    b.bio("face_image", "multipart part selfie (face photo for KYC)")
    boundary = rid(c.rng)
    parts = [
        ("atta_ban_mukh", "atta_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("user", None, None, b.acct("prak_user").encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"kyc": "kampung_pinit"})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/onb/l2")
    b.bio("face_image", "multipart parts p1..p3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"chumhean": 4})
    return b.build()


def samatol_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-d' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/samatol")
    b.header("x-d", b.id("aid_prak", "sha256", "header x-d", detectable=False))
    b.ok_json(
        {
            "kaboup": [
                {"rubiyaban": "USD", "samatol": rf(c.rng, 10, 3000, 2)},
                {"rubiyaban": "KHR", "samatol": c.rng.randint(10000, 4000000)},
            ]
        }
    )
    return b.build()


def atra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/atra-bdou-prak")
    b.ok_json(
        {
            "thngai": iso(c)[:10],
            "USD_KHR": {"tinh": c.rng.randint(4080, 4110), "luk": c.rng.randint(4050, 4090)},
            "THB_KHR": 118,
        }
    )
    return b.build()


def phnheu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/phnheu-prak")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "pi_kaboup": "0" + str(c.rng.randint(10**8, 10**9)),
            "tov_kaboup": "0" + str(c.rng.randint(10**8, 10**9)),
            "chamnuon": rf(c.rng, 5, 300, 2),
            "rubiyaban": "USD",
            "kamnot_samkal": "ផ្ញើឲ្យកូនស្រី",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"LP{c.rng.randint(10**11, 10**12)}", "status": "PENDING"})
    return b.build()


def khqr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/khqr/bong")
    b.decoy("KHQR merchant string with merchant id and CRC")
    mid = str(c.rng.randint(10**9, 10**10))
    b.json(
        {
            "khqr": "00020101021229180014psar_thmei@aclb5204599953038405802KH5913PSAR THMEI "
            f"SHOP6010PHNOM PENH9917001317{mid}6304{new_hex(c.rng, 4).upper()}",
            "chamnuon": c.rng.randint(4000, 80000),
            "rubiyaban": "KHR",
        }
    )
    b.ok_json({"reference": f"KQ{c.rng.randint(10**9, 10**10)}", "status": "SUCCESS"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/pormean")
    b.decoy("self-declared sex (phet) and birth date")
    b.json(
        {
            "neam": "សុខ",
            "trokol": "ចាន់",
            "phet": "proh",
            "thngai_kamnaet": "1969-05-21",
            "khaet": "Phnom Penh",
            "atta_ban_lekh": str(c.rng.randint(10**8, 10**9)),
        }
    )
    b.ok_json({"roksa": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/rup")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.luypay.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/phtiat")
    b.json({"lekh_kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"trimtrov": True})
    return b.build()
