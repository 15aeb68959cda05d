"""Mobil Hyzmat: the mobile operator's self-care app on the father's Samsung, with
the face-ID SIM registration (photo + face analysis).

Registration binds the SIM to the handset: the app sends the IMEI, the ANDROID_ID
and its own device key. The face-ID step uploads the selfie and the passport's
photo page as multipart; the operator's backend answers with the face analysis
(estimated age, gender, head pose, liveness, similarity). The app also calls AWS
Rekognition directly (CompareFaces with both images as bytes, DetectFaces with
its AgeRange / Gender / Emotions / Pose answer; X-Amz-Target JSON 1.1 protocol,
https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html).
A newer build sends a face template as protobuf packed floats, and the liveness
step sends nameless frames. Balance, tariffs, top-ups (order numbers), the
self-declared gender and birth date on the form and the passport's address page
(no face) are ordinary; a header `x-q` holds a SHA-1 of the IMEI.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://self.mobilhyzmat.example"
REK = "https://rekognition.eu-central-1.amazonaws.com/"
UA = ua("MobilHyzmat", "6.0.3", "kaka")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mobilhyzmat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def sim_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sim/baglamak")
    b.json(
        {
            "nomer": b.acct("msisdn"),
            "imei": b.id("imei_kaka", where="json imei"),
            "androidId": b.id("aid_operator", where="json androidId"),
            "enjamAçary": b.id("operator_device_key", where="json enjamAçary"),
            "model": "SM-A346E",
        }
    )
    b.ok_json({"baglandy": True, "smsIberildi": True})
    return b.build()


def face_id(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sim/yuz-tassyklama")
    b.bio("face_image", "multipart yüzSurat (selfie) + pasportSurat for face verification")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("nomer", None, "text/plain", b.acct("msisdn").encode()),
            ("yüzSurat", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("pasportSurat", "pasport_1.jpg", "image/jpeg", _jpeg(c, 900)),
            ("meta", None, "application/json", f'{{"wagt":"{iso(c)}","kamera":"front"}}'.encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_analysis", "response json ýüzDerňewi (age, gender, pose, liveness)")
    b.carriers[-1].direction = "response"
    b.ok_json(
        {
            "ýüzDerňewi": {
                "ýaşÇaklama": c.rng.randint(45, 60),
                "jyns": "erkek",
                "kellePozasy": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "diriDogry": rf(c.rng, 0.9, 0.99, 3),
                "meňzeşlik": rf(c.rng, 0.82, 0.98, 3),
            },
            "ýagdaý": "TASSYKLANDY",
        }
    )
    return b.build()


def _rek(c: Context, target: str) -> FB:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/4.19 Dalvik/2.1.0")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA" + new_hex(c.rng, 16).upper()
        + "/20241201/eu-central-1/rekognition/aws4_request, "
        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature="
        + new_hex(c.rng, 64),
    )  # fmt: skip
    return b


def rek_compare(c: Context) -> Flow:
    b = _rek(c, "CompareFaces")
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(_jpeg(c))},
            "TargetImage": {"Bytes": b64(_jpeg(c))},
            "SimilarityThreshold": 80,
        },
        ctype="application/x-amz-json-1.1",
    )
    box = {"Width": rf(c.rng, 0.3, 0.5), "Height": rf(c.rng, 0.4, 0.6), "Left": 0.3, "Top": 0.2}
    b.ok_json(
        {
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 90, 99.9, 3),
                    "Face": {"BoundingBox": box, "Confidence": 99.9},
                }
            ],
            "SourceImageFace": {"BoundingBox": box, "Confidence": 99.98},
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def rek_detect(c: Context) -> Flow:
    b = _rek(c, "DetectFaces")
    b.bio("face_image", "json Image.Bytes (DetectFaces)")
    b.json(
        {"Image": {"Bytes": b64(_jpeg(c))}, "Attributes": ["ALL"]},
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_analysis", "response json FaceDetails[] AgeRange/Gender/Emotions/Pose")
    b.carriers[-1].direction = "response"
    b.ok_json(
        {
            "FaceDetails": [
                {
                    "AgeRange": {"Low": 44, "High": 56},
                    "Gender": {"Value": "Male", "Confidence": rf(c.rng, 95, 99.9, 2)},
                    "Emotions": [{"Type": "CALM", "Confidence": rf(c.rng, 70, 99, 2)}],
                    "Pose": {
                        "Roll": rf(c.rng, -5, 5, 2),
                        "Yaw": rf(c.rng, -9, 9, 2),
                        "Pitch": rf(c.rng, -6, 6, 2),
                    },
                    "Landmarks": [
                        {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
                        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
                    ],
                    "Confidence": 99.99,
                }
            ]
        }
    )
    return b.build()


def face_template_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s/t")
    b.bio("face_template", "protobuf field 3 packed floats (256)", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_bytes(2, "v4")
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s/l")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, octet-stream)", detectable=False)
    boundary = rid(c.rng)
    parts = [(f"f{i}", f"{i}.bin", "application/octet-stream", _jpeg(c, 500)) for i in range(3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"d": 1})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/galyndy")
    b.header("x-q", b.id("imei_kaka", "sha1", "header x-q (sha1 of IMEI)", detectable=False))
    b.ok_json(
        {
            "galyndy": rf(c.rng, 1, 200, 2),
            "pul": "TMT",
            "internetMB": c.rng.randint(0, 20000),
            "minut": c.rng.randint(0, 500),
        }
    )
    return b.build()


def tariffs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/tarifler")
    b.ok_json(
        {
            "tarifler": [
                {"ady": n, "baha": p, "internetGB": g}
                for n, p, g in (("Bereket", 35, 5), ("Ýyldyz", 60, 12), ("Altyn", 120, 40))
            ]
        }
    )
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/hasap/doldurmak")
    b.decoy("payment order number")
    b.json(
        {
            "mukdar": c.rng.choice([10, 20, 50]),
            "kart": "**** " + str(c.rng.randint(1000, 9999)),
            "t": ms(c),
        }
    )
    b.ok_json({"sargytBelgisi": order_no(c.rng), "ýagdaý": "ÜSTÜNLIKLI"})
    return b.build()


def personal_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sim/maglumatlar")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "ady": "Merdan",
            "familiýasy": "Orazow",
            "jynsy": "E",
            "doglanSenesi": "1971-05-09",
            "pasport": "I-AŞ " + str(c.rng.randint(100000, 999999)),
            "şäher": "Aşgabat",
        }
    )
    b.ok_json({"saklandy": True})
    return b.build()


def passport_address_page(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sim/resminama")
    b.decoy("passport address page image (no face)")
    b.json({"sahypa": "ýaşaýyş-salgysy", "surat": b64(_jpeg(c, 600)), "wagt": iso(c)})
    b.ok_json({"kabul": True})
    return b.build()


def legacy_xml(c: Context) -> Flow:
    """The old USSD gateway's XML check-in: IMEI in an XML element."""
    b = _b(c, "POST", f"{API}/legacy/ussd/barla")
    imei = b.id("imei_kaka", where="xml <enjam><imei>")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<talap><nomer>{b.acct('msisdn')}</nomer>"
        f"<enjam><imei>{imei}</imei><model>SM-A346E</model></enjam>"
        f"<kod>*0800#</kod><wagt>{iso(c)}</wagt></talap>"
    )
    b.set_body(xml.encode(), "text/xml; charset=utf-8")
    b.respond(200, "text/xml; charset=utf-8", "<jogap><ýagdaý>OK</ýagdaý></jogap>".encode())
    return b.build()
