"""Grunnur banki: a Faroese bank app with MitID-style app login by face
verification (the father's Galaxy S24 in Tórshavn).

Login computes a face template on the phone (`andlitsmynstur`, 512 float32
in base64) and sends it with the liveness score (`lívsroynd`); enrolment
(`andlit/innskriva`) sends the float vector. Onboarding compares the selfie
with the passport photo through AWS Rekognition `CompareFaces` (the answer
carries face landmarks and pose) and `DetectFaces` with all attributes (age
range, gender, emotions estimated from the face). Newer builds send the
template as protobuf packed floats under a nameless field, or post the
liveness frames as nameless multipart parts. Exchange rates (`kursir`),
transfers, the KYC form's self-declared gender (`kyn`), the avatar upload,
and the passport's data page sent to a document check (no face analysis)
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, rf, rid, ua

API = "https://app.grunnurbanki.example"
REK = "https://rekognition.eu-west-1.amazonaws.com/"
UA = ua("GrunnurBanki", "5.9.1", "papi")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "grunnurbanki", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng) + ":" + new_hex(c.rng, 16)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def skraset_eind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/eind/skraset")
    b.decoy("andlitslykil_virkin: true (a flag, no biometric data)")
    b.json(
        {
            "eindId": b.id("aid_banki", where="json eindId"),
            "eindLykil": b.id("banki_device_key", where="json eindLykil (device key)"),
            "slag": "SM-S921B",
            "rootað": False,
            "andlitslykil_virkin": True,
        }
    )
    b.ok_json({"skrásett": True, "sms": True})
    return b.build()


def innrita_andlit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/innrita/andlit")
    b.bio("face_template", "json andlitsmynstur (512 float32 base64) + lívsroynd")
    b.json(
        {
            "brúkari": b.acct("banki_user"),
            "andlitsmynstur": floats_b64(floats(c.rng, 512)),
            "myndil": "gb-face-2.1",
            "lívsroynd": rf(c.rng, 0.86, 0.99, 3),
            "tíð": iso(c),
        }
    )
    b.ok_json({"góðkent": True, "líkleiki": rf(c.rng, 0.8, 0.99, 3), "lykil": new_hex(c.rng, 32)})
    return b.build()


def innskriva_andlit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/andlit/innskriva")
    b.bio("face_embedding", "json andlit.vektorur (256 floats)")
    b.json(
        {
            "brúkari": b.acct("banki_user"),
            "andlit": {"vektorur": floats(c.rng, 256), "myndil": "gb-face-2.1"},
            "eindLykil": b.id("banki_device_key", where="json eindLykil"),
        }
    )
    b.ok_json({"innskrivað": True})
    return b.build()


def rek_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241207T101500Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA"
        + new_hex(c.rng, 16).upper()
        + "/20241207/eu-west-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date;"
        "x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    b.decoy("SigV4 signature (hex)")
    b.bio("face_image", "json SourceImage.Bytes/TargetImage.Bytes (selfie vs passport)")
    b.set_body(
        (
            '{"SourceImage":{"Bytes":"'
            + _jpeg(c)
            + '"},"TargetImage":{"Bytes":"'
            + _jpeg(c, 500)
            + '"},"SimilarityThreshold":90,"QualityFilter":"AUTO"}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.mark(
        "biometric",
        "face_match_result",
        "response json FaceMatches[].Face.Landmarks/Pose",
        True,
        "response",
    )
    box = {"Width": rf(c.rng, 0.3, 0.5), "Height": rf(c.rng, 0.4, 0.6), "Left": 0.27, "Top": 0.2}
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceMatches":[{"Similarity":'
            + str(rf(c.rng, 95, 99.9, 3))
            + ',"Face":{"BoundingBox":'
            + _compact(box)
            + ',"Confidence":99.99,"Landmarks":['
            + ",".join(
                '{"Type":"'
                + t
                + '","X":'
                + str(rf(c.rng, 0.3, 0.7))
                + ',"Y":'
                + str(rf(c.rng, 0.3, 0.7))
                + "}"
                for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
            )
            + '],"Pose":{"Roll":'
            + str(rf(c.rng, -5, 5, 2))
            + ',"Yaw":'
            + str(rf(c.rng, -8, 8, 2))
            + ',"Pitch":'
            + str(rf(c.rng, -6, 6, 2))
            + '}}}],"UnmatchedFaces":[],"SourceImageFace":{"BoundingBox":'
            + _compact(box)
            + ',"Confidence":99.98}}'
        ).encode(),
        headers=[("x-amzn-requestid", rid(c.rng))],
    )
    return b.build()


def _compact(d: dict[str, float]) -> str:
    return "{" + ",".join(f'"{k}":{v}' for k, v in d.items()) + "}"


def rek_detect(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("x-amz-target", "RekognitionService.DetectFaces")
    b.header("x-amz-date", "20241207T101502Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Signature=" + new_hex(c.rng, 64))
    b.bio("face_image", "json Image.Bytes (selfie) with Attributes ALL")
    b.set_body(
        ('{"Image":{"Bytes":"' + _jpeg(c) + '"},"Attributes":["ALL"]}').encode(),
        "application/x-amz-json-1.1",
    )
    b.mark(
        "biometric",
        "face_analysis",
        "response json FaceDetails[].AgeRange/Gender/Emotions (estimated from the face)",
        True,
        "response",
    )
    lo = c.rng.randint(42, 50)
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceDetails":[{"AgeRange":{"Low":'
            + str(lo)
            + ',"High":'
            + str(lo + 8)
            + '},"Gender":{"Value":"Male","Confidence":99.2},"Emotions":[{"Type":"CALM",'
            '"Confidence":' + str(rf(c.rng, 80, 99, 2)) + '}],"EyesOpen":{"Value":true},'
            '"Pose":{"Yaw":' + str(rf(c.rng, -9, 9, 2)) + ',"Pitch":1.2,"Roll":-0.4},'
            '"Quality":{"Brightness":' + str(rf(c.rng, 60, 90, 2)) + ',"Sharpness":92.2}}]}'
        ).encode(),
    )
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/r")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 12))
        + pb_bytes(2, b"2.1")
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok") + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/o/s4")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames, nameless)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"stig": 5})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kontur")
    b.header("x-d", b.id("aid_banki", "sha256", "header x-d", detectable=False))
    b.ok_json(
        {
            "kontur": [
                {
                    "iban": "FO97 9181 " + str(c.rng.randint(10**5, 10**6)) + " 1234",
                    "gjaldoyra": "DKK",
                    "saldo": rf(c.rng, 100, 80000, 2),
                }
            ]
        }
    )
    return b.build()


def kursir(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursir")
    b.ok_json(
        {"dagur": iso(c)[:10], "kursir": {"EUR": 7.46, "ISK": rf(c.rng, 0.05, 0.055), "NOK": 0.63}}
    )
    return b.build()


def flyting(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/flytingar")
    b.decoy("account numbers, payment reference and idempotency key")
    b.json(
        {
            "frá": "FO97" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "til": "GL89" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "upphædd": rf(c.rng, 100, 3000, 2),
            "tekstur": "Til Aviaaja í Nuuk",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"støða": "VIÐGJØRT", "id": "GF" + str(c.rng.randint(10**9, 10**10))})
    return b.build()


def kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kunda/upplysingar")
    b.decoy("self-declared gender (kyn) and birth date on the KYC form")
    b.json(
        {
            "navn": "Rógvi Joensen",
            "kyn": "kallur",
            "føðingardagur": "1976-03-02",
            "bústaður": "Dalavegur 12, Tórshavn",
            "p_tal": "020376-" + str(c.rng.randint(100, 999)),
        }
    )
    b.ok_json({"goymt": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/mynd")
    b.decoy("profile picture upload (not sent to a face service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.grunnurbanki.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def skjal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kunda/skjal")
    b.decoy("passport data page to an MRZ / document check (no face analysis requested)")
    b.json({"slag": "pass_mrz", "mynd": _jpeg(c, 800), "síða": "data"})
    b.ok_json({"mrz_ok": True, "gildir_til": "2031-05-01"})
    return b.build()
