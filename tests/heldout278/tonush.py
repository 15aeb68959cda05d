"""Tonush: a Uyghur diaspora dating app on the Istanbul phone.

Profile verification is a face check: the app sends a selfie to its backend
(`chiray_tekshürüsh`, ULY keys: `selfie_resim` a data URI, `hayatliq`
liveness), the backend forwards selfie and profile photo to AWS Rekognition
`CompareFaces` (`X-Amz-Target: RekognitionService.CompareFaces`,
`SourceImage.Bytes` / `TargetImage.Bytes`; the answer holds `FaceMatches`
with `Similarity`, landmarks and pose), an older build uploads a 128-float
face vector under UEY keys (`چىراي_ۋېكتورى`), and the liveness step posts
its frames as nameless multipart parts. Profile photos put into storage
(no face analysis), the self-declared gender and birth year, distances,
likes and chats are ordinary. AppsFlyer and Meta carry the advertising id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.tonush.example"
REKOG = "https://rekognition.eu-central-1.amazonaws.com/"
UA = ua("Tonush", "3.8.1", "istanbul")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tonush", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/uskune")
    b.json(
        {
            "ornitish_id": b.id("tonush_install", where="json ornitish_id (install id)"),
            "android_id": b.id("aid_tonush", where="json android_id"),
            "modél": "Redmi Note 13",
            "til": "ug-Arab",
            "dölet": "TR",
        }
    )
    b.ok_json({"ishletkuchi": b.acct("tonush_user"), "yéngi": False})
    return b.build()


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/profil/chiray-tekshurush")
    b.bio("face_image", "json selfie_resim (face verification selfie) + hayatliq")
    b.json(
        {
            "chiray_tekshürüsh": {
                "selfie_resim": "data:image/jpeg;base64," + _jpeg(c),
                "hayatliq": rf(c.rng, 0.8, 0.99, 3),
                "hereket": c.rng.choice(["bashni_ong_terepke", "közni_yumush", "külüsh"]),
                "waqit": iso(c),
            }
        }
    )
    b.ok_json({"tekshürüldi": True, "oxshashliq": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REKOG)
    b.header("user-agent", "aws-sdk-java/2.25.11 Linux/5.15 OpenJDK_64-Bit_Server_VM/17")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250308T101244Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA" + new_hex(c.rng, 16).upper()
        + "/20250308/eu-central-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date;"
        + "x-amz-target, Signature=" + new_hex(c.rng, 64),
    )  # fmt: skip
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.json(
        {
            "SourceImage": {"Bytes": _jpeg(c)},
            "TargetImage": {"Bytes": _jpeg(c)},
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    box = {k: rf(c.rng, 0.1, 0.6, 4) for k in ("Width", "Height", "Left", "Top")}
    b.ok_json(
        {
            "SourceImageFace": {"BoundingBox": box, "Confidence": 99.98},
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 92, 99.9, 3),
                    "Face": {
                        "BoundingBox": box,
                        "Confidence": 99.9,
                        "Landmarks": [
                            {"Type": t, "X": rf(c.rng, 0.2, 0.8), "Y": rf(c.rng, 0.2, 0.8)}
                            for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
                        ],
                        "Pose": {
                            "Roll": rf(c.rng, -9, 9, 2),
                            "Yaw": rf(c.rng, -9, 9, 2),
                            "Pitch": rf(c.rng, -9, 9, 2),
                        },
                    },
                }
            ],
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def face_vector_uey(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/profil/chiray")
    b.bio("face_embedding", "json UEY key چىراي_ۋېكتورى (128 floats)")
    b.json(
        {
            "ئىشلەتكۈچى": b.acct("tonush_user"),
            "چىراي_ۋېكتورى": floats(c.rng, 128),
            "مودېل": "mobilefacenet-128",
            "ۋاقىت": iso(c),
        }
    )
    b.ok_json({"ساقلاندى": True})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/u/7")
    b.bio("face_image", "multipart parts k1..k3 (liveness frames, nameless)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"k{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"q": 1})
    return b.build()


def photo_upload(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = FB(c, "tonush", "PUT", f"https://media.tonush.example/rasimlar/{key}.jpg")
    b.header("user-agent", UA)
    b.decoy("profile photo to storage (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "image/jpeg")
    b.ok_json({"key": key, "url": f"https://cdn.tonush.example/r/{key}.jpg"})
    return b.build()


def profile_edit(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v3/profil")
    b.decoy("self-declared gender, birth year, hometown")
    b.json(
        {
            "ismi": c.rng.choice(["Dilnur", "Mukerrem", "Abdurehim", "Gülnar"]),
            "jinsi": c.rng.choice(["ayal", "er"]),
            "tughulghan_yili": c.rng.randint(1985, 2001),
            "yurti": c.rng.choice(["Ghulja", "Qeshqer", "Ürümchi", "Turpan"]),
            "qiziqish": ["muqam", "tamaq", "sayahet"],
        }
    )
    b.ok_json({"saqlandi": True})
    return b.build()


def nearby(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v3/yeqin?lat=41.0{c.rng.randint(10, 99)}&lon=28.9{c.rng.randint(10, 99)}"
    )
    b.decoy("coordinates and distances of other profiles")
    b.ok_json(
        {
            "profillar": [
                {
                    "id": new_hex(c.rng, 10),
                    "yash": c.rng.randint(24, 40),
                    "ariliq_km": rf(c.rng, 0.5, 30, 1),
                    "resim": f"https://cdn.tonush.example/r/{new_hex(c.rng, 32)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def like(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/yaqturush")
    b.json({"kimge": new_hex(c.rng, 10), "super": c.rng.random() < 0.1, "t": ms(c)})
    b.ok_json({"juplashti": c.rng.random() < 0.2})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/parang")
    b.decoy("conversation / message ids")
    b.json(
        {
            "parang_id": rid(c.rng),
            "tékist": c.rng.choice(
                ["Salam! Qandaq ehwalingiz?", "ئەسسالامۇ ئەلەيكۇم", "Ete kofe?"]
            ),
            "xet_id": rid(c.rng),
            "t": ms(c),
        }
    )
    b.ok_json({"yetküzüldi": True})
    return b.build()
