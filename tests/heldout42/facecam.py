"""An AR face-filter camera app for kids (fictional "Tiergesicht", backend
`api.tiergesicht-example.com`) on the kids' tablet.

- MediaPipe Face Landmarker results as the app sends them on for "filter
  tuning": 468 normalised landmarks and the 52 blendshape categories
  (`faceBlendshapes[].categories[].categoryName/score`, names such as
  `eyeBlinkLeft`, `jawOpen`, `mouthSmileRight`), per the MediaPipe Face
  Landmarker guide (ai.google.dev/edge/mediapipe/solutions/vision/face_landmarker).
- Face++ Detect API: multipart POST to `api-us.faceplusplus.com/facepp/v3/detect`
  with `api_key`, `api_secret`, `image_file`, `return_landmark`,
  `return_attributes=gender,age,emotion,headpose` (Face++ API reference,
  "Detect API"); the app then stores the attributes on its own backend.
- ARCore Augmented Faces mesh vertices (468 x 3 float32) in a protobuf with
  no names; an encrypted face payload. Both labelled not signature-detectable.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, rf, tab_ua

APP = "https://api.tiergesicht-example.com/v2"
UA = tab_ua("Tiergesicht", "1.19.4")
SHAPES = [
    "_neutral",
    "browDownLeft",
    "browDownRight",
    "browInnerUp",
    "cheekPuff",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeWideLeft",
    "eyeWideRight",
    "jawOpen",
    "mouthFunnel",
    "mouthPucker",
    "mouthSmileLeft",
    "mouthSmileRight",
    "noseSneerLeft",
    "tongueOut",
]
FILTERS = ["fuchs", "panda", "einhorn", "pinguin", "dino"]


def _app(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-installation-id", b.id("cam_install", where="header.x-installation-id"))


def landmarks(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "POST", f"{APP}/filter/tuning")
    _app(b)
    pts = [
        [rf(c.rng, 0.2, 0.8, 5), rf(c.rng, 0.15, 0.85, 5), rf(c.rng, -0.08, 0.08, 5)]
        for _ in range(468)
    ]
    b.json({"filter": c.rng.choice(FILTERS), "faceLandmarks": [pts], "imageSize": [1280, 800]})
    b.bio("face_landmarks", "body.faceLandmarks[0] (468-point face mesh)")
    b.no_content()
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "POST", f"{APP}/filter/ausdruck")
    _app(b)
    cats = [
        {"index": i, "categoryName": n, "score": rf(c.rng, 0, 1, 6)} for i, n in enumerate(SHAPES)
    ]
    b.json(
        {
            "filter": c.rng.choice(FILTERS),
            "frame": c.rng.randint(1, 9000),
            "faceBlendshapes": [{"categories": cats, "headIndex": 0}],
        }
    )
    b.bio("blendshapes", "body.faceBlendshapes[].categories (expression weights)")
    b.no_content()
    return b.build()


def facepp_detect(c: Context) -> Flow:
    bd = "----TiergesichtBoundary" + new_hex(c.rng, 12)
    b = FB(c, "faceplusplus", "POST", "https://api-us.faceplusplus.com/facepp/v3/detect")
    parts = [
        ("api_key", None, None, b"tg" + new_hex(c.rng, 30).encode()),
        ("api_secret", None, None, new_hex(c.rng, 32).encode()),
        ("return_landmark", None, None, b"2"),
        ("return_attributes", None, None, b"gender,age,emotion,headpose"),
        ("image_file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1200)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "body.image_file (image to a face-analysis API)")
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{new_hex(c.rng, 8)}",
            "faces": [{"face_token": new_hex(c.rng, 32)}],
        }
    )
    return b.build()


def facepp_results(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "POST", f"{APP}/profil/gesicht")
    _app(b)
    b.json(
        {
            "androidId": b.id("aid_cam", where="body.androidId"),
            "faces": [
                {
                    "attributes": {
                        "age": {"value": c.rng.randint(4, 11)},
                        "gender": {"value": c.rng.choice(["Female", "Male"])},
                        "emotion": {
                            "happiness": rf(c.rng, 0, 100, 3),
                            "surprise": rf(c.rng, 0, 100, 3),
                        },
                        "headpose": {
                            "yaw_angle": rf(c.rng, -20, 20, 3),
                            "pitch_angle": rf(c.rng, -15, 15, 3),
                            "roll_angle": rf(c.rng, -10, 10, 3),
                        },
                    }
                }
            ],
        }
    )
    b.bio("face_attributes", "body.faces[].attributes (Face++ analysis sent on)")
    b.no_content()
    return b.build()


def mesh_protobuf(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "POST", f"{APP}/sync/m")
    _app(b)
    verts = [round(c.rng.gauss(0, 0.05), 5) for _ in range(468 * 3)]
    body = pb_varint(1, c.rng.randint(1, 9000)) + pb_packed_floats(2, verts) + pb_bytes(3, "fuchs")
    b.set_body(body, "application/x-protobuf")
    b.bio("face_mesh", "body.field2 (packed float32 mesh vertices, no names)", detectable=False)
    b.no_content()
    return b.build()


def encrypted_face(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "POST", f"{APP}/sync/e")
    _app(b)
    b.json({"k": new_hex(c.rng, 16), "p": b64(bytes(c.rng.getrandbits(8) for _ in range(600)))})
    b.bio("face_template", "body.p (AES-encrypted face template)", detectable=False)
    b.no_content()
    return b.build()


def sticker_catalogue(c: Context) -> Flow:
    b = FB(c, "tiergesicht", "GET", f"{APP}/filter/katalog")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "filter": [
                {
                    "id": f,
                    "vorschau": f"https://cdn.tiergesicht-example.com/{f}.webp",
                    "ankerpunkte": ["nase", "stirn", "kinn"],
                }
                for f in FILTERS
            ]
        }
    )
    b.decoy("filter catalogue naming face anchor points")
    return b.build()


def gallery_upload(c: Context) -> Flow:
    bd = "----TiergesichtBoundary" + new_hex(c.rng, 12)
    b = FB(c, "tiergesicht", "POST", f"{APP}/galerie/hochladen")
    _app(b)
    parts = [
        ("album", None, None, b"familie"),
        ("foto", "IMG_2025.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"fotoId": new_hex(c.rng, 10)})
    b.decoy("photo upload to a family album (no face analysis)")
    return b.build()
