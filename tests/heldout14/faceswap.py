"""Morphly, a face-swap / face-ageing fun app: selfies go to Face++ for
detection and merging, the landmarks it returns are sent to the app's own
renderer, ageing jobs and a look-alike search run on the app's backend.

Face++ (Megvii) API reference: `POST https://api-us.faceplusplus.com/facepp/v3/detect`
(multipart or form: `api_key`, `api_secret`, `image_file` | `image_base64` |
`image_url`, `return_landmark` 0/1/2, `return_attributes` e.g.
gender,age,smiling,headpose,emotion) answering `faces[{face_token,
face_rectangle{top,left,width,height}, landmark{<name>{x,y}}}]`; Merge Face
`POST /imagepp/v1/mergeface` (`template_url`, `template_rectangle`,
`merge_base64`, `merge_rate`). Morphly's own API (api/render.morphly.app) is
made up.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, rf, rid, ua

FPP = "https://api-us.faceplusplus.com"
API = "https://api.morphly.app"
UA = ua("Morphly", "4.2.0")
KEY, SECRET = "Xk3vQ9pLr2Tn8Wm4Yb6Hc1Zd5Fg7Js0A", "m2Pq8Rt4Vx6Zb1Nc3Ld5Fh7Jk9Gs0Wy"
LM = [
    "contour_chin",
    "left_eye_center",
    "right_eye_center",
    "nose_tip",
    "mouth_left_corner",
    "mouth_right_corner",
    "left_eyebrow_left_corner",
    "right_eyebrow_right_corner",
]
TEMPLATES = ["viking_01", "astronaut_02", "renaissance_05", "superhero_03"]


def _img(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), c.rng.randint(900, 1600))


def _landmarks(c: Context) -> dict[str, dict[str, int]]:
    return {n: {"x": c.rng.randint(150, 500), "y": c.rng.randint(150, 560)} for n in LM}


def _rect(c: Context) -> dict[str, int]:
    return {
        "top": c.rng.randint(80, 200),
        "left": c.rng.randint(90, 220),
        "width": 260,
        "height": 260,
    }


def _fpp_answer(b: FB, c: Context) -> None:
    face = {
        "face_token": rid(c.rng).replace("-", ""),
        "face_rectangle": _rect(c),
        "landmark": _landmarks(c),
    }
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "time_used": c.rng.randint(80, 400),
            "faces": [face],
            "image_id": rid(c.rng)[:22],
            "face_num": 1,
        }
    )


def fpp_detect(c: Context) -> Flow:
    b = FB(c, "faceplusplus", "POST", f"{FPP}/facepp/v3/detect", http_version="HTTP/1.1")
    b.header("user-agent", "okhttp/4.11.0")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("api_key", None, None, KEY.encode()),
            ("api_secret", None, None, SECRET.encode()),
            ("return_landmark", None, None, b"1"),
            ("return_attributes", None, None, b"gender,age,smiling,headpose,emotion"),
            ("image_file", "selfie.jpg", "image/jpeg", _img(c)),
        ],
    )
    b.bio("face_image", "multipart image_file to facepp/v3/detect")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    _fpp_answer(b, c)
    return b.build()


def fpp_detect_b64(c: Context) -> Flow:
    b = FB(c, "faceplusplus", "POST", f"{FPP}/facepp/v3/detect", http_version="HTTP/1.1")
    b.header("user-agent", "okhttp/4.11.0")
    b.bio("face_image", "form image_base64 to facepp/v3/detect")
    b.form(
        [
            ("api_key", KEY),
            ("api_secret", SECRET),
            ("return_landmark", "2"),
            ("image_base64", b64(_img(c))),
        ]
    )
    _fpp_answer(b, c)
    return b.build()


def fpp_merge(c: Context) -> Flow:
    b = FB(c, "faceplusplus", "POST", f"{FPP}/imagepp/v1/mergeface", http_version="HTTP/1.1")
    b.header("user-agent", "okhttp/4.11.0")
    t = c.rng.choice(TEMPLATES)
    r = _rect(c)
    b.bio("face_image", "form merge_base64 (selfie) to imagepp/v1/mergeface")
    b.form(
        [
            ("api_key", KEY),
            ("api_secret", SECRET),
            ("template_url", f"https://cdn.morphly.app/templates/{t}.jpg"),
            ("template_rectangle", f"{r['top']},{r['left']},{r['width']},{r['height']}"),
            ("merge_base64", b64(_img(c))),
            ("merge_rate", str(c.rng.choice([40, 50, 70]))),
        ]
    )
    b.ok_json({"request_id": rid(c.rng), "result": b64(_img(c)[:300]), "time_used": 812})
    return b.build()


def _own(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-morphly-did", b.id("face_install", where="header:x-morphly-did"))


def render_swap(c: Context) -> Flow:
    b = FB(c, "morphly", "POST", "https://render.morphly.app/v1/swap")
    _own(b, c)
    b.bio("landmarks", "body.source.landmarks (Face++ landmarks sent on)")
    b.json(
        {
            "templateId": c.rng.choice(TEMPLATES),
            "source": {
                "faceToken": rid(c.rng).replace("-", ""),
                "rect": _rect(c),
                "landmarks": _landmarks(c),
            },
            "blend": rf(c.rng, 0.4, 0.9, 2),
        }
    )
    b.ok_json({"jobId": rid(c.rng), "eta": 4})
    return b.build()


def aging_job(c: Context) -> Flow:
    b = FB(c, "morphly", "POST", f"{API}/v2/aging/jobs")
    _own(b, c)
    boundary = "morphly-" + rid(c.rng)[:13]
    body = multipart(
        boundary,
        [
            ("targetAge", None, None, str(c.rng.choice([10, 60, 70, 80])).encode()),
            ("selfie", "IMG_cam.jpg", "image/jpeg", _img(c)),
        ],
    )
    b.bio("face_image", "multipart selfie to /v2/aging/jobs")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"jobId": rid(c.rng), "status": "queued"})
    return b.build()


def lookalike(c: Context) -> Flow:
    b = FB(c, "morphly", "POST", f"{API}/v2/lookalike/search")
    _own(b, c)
    b.param("android_id", b.id("aid_face", where="query.android_id"))
    b.bio("embedding", "body.faceVector (float32 base64)")
    b.json({"faceVector": floats_b64(floats(c.rng, 128)), "dim": 128, "topK": 5})
    b.ok_json({"matches": [{"celebrity": "c_" + rid(c.rng)[:6], "sim": rf(c.rng, 0.5, 0.9, 3)}]})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = FB(c, "morphly", "POST", f"{API}/v2/x")
    b.header("user-agent", UA)
    b.bio("landmarks", "body protobuf field 2 packed floats (no names)", detectable=False)
    body = pb_bytes(1, rid(c.rng)) + pb_packed_floats(2, [rf(c.rng, 0, 640, 1) for _ in range(106)])
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def result_image(c: Context) -> Flow:
    b = FB(c, "morphly", "GET", f"https://cdn.morphly.app/results/{rid(c.rng)}.jpg")
    b.header("user-agent", UA)
    b.decoy("generated image download")
    b.respond(200, "image/jpeg", _img(c))
    return b.build()


def templates(c: Context) -> Flow:
    b = FB(c, "morphly", "GET", f"{API}/v2/templates", [("category", "trending")])
    b.header("user-agent", UA)
    b.decoy("face template catalogue (names, thumbnails)")
    b.ok_json(
        {
            "templates": [
                {"id": t, "thumb": f"https://cdn.morphly.app/templates/{t}_s.jpg", "faces": 1}
                for t in TEMPLATES
            ]
        }
    )
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "morphly", "GET", f"{API}/v2/blog/how-face-ageing-works")
    b.header("user-agent", UA)
    b.decoy("article about face ageing and facial landmarks")
    b.ok_json(
        {
            "title": "How face ageing works",
            "body": "Our models look at facial landmarks such as "
            "the eyes and the jawline and predict how skin and face shape change with age.",
        }
    )
    return b.build()
