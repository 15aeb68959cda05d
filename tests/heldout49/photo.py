"""A photo editor: beauty sliders applied to landscapes, filter catalogue; its
"auto-retouch" calls Face++ Detect with a portrait and sends the returned
facial landmarks to its own backend.

Face++ Detect API: POST https://api-us.faceplusplus.com/facepp/v3/detect,
multipart `api_key`, `api_secret`, `image_file`, `return_landmark`,
`return_attributes` (console.faceplusplus.com/documents/5679127).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, rid, ua

API = "https://api.surafilter.example"


def sliders(c: Context) -> Flow:
    b = FB(c, "sura", "POST", API + "/v1/edits")
    b.header("user-agent", ua("SuraFilter", "6.0.2"))
    b.json(
        {
            "scene": c.rng.choice(["landscape", "desert_dunes", "nile_sunset", "savanna"]),
            "adjust": {
                "smooth": c.rng.randint(0, 100),
                "whiten": c.rng.randint(0, 100),
                "slim": c.rng.randint(0, 100),
                "eye_enlarge": c.rng.randint(0, 100),
            },
            "filter": c.rng.choice(["Siwa", "Lamu", "Jeddah"]),
        }
    )
    b.decoy("beauty-slider values (smooth/whiten/eye_enlarge) used on a landscape: no face data")
    b.ok_json({"edit_id": rid(c.rng)})
    return b.build()


def filters(c: Context) -> Flow:
    b = FB(c, "sura", "GET", API + "/v1/filters?page=" + str(c.rng.randint(1, 5)))
    b.header("user-agent", ua("SuraFilter", "6.0.2"))
    b.decoy("filter catalogue with preview thumbnails (some show model faces): a fetch")
    b.ok_json(
        {
            "filters": [
                {
                    "name": f"F{i}",
                    "lut": [round(c.rng.random(), 3) for _ in range(9)],
                    "preview": f"https://cdn.surafilter.example/p/{i}.jpg",
                }
                for i in range(6)
            ]
        }
    )
    return b.build()


def facepp_detect(c: Context) -> Flow:
    b = FB(c, "faceplusplus", "POST", "https://api-us.faceplusplus.com/facepp/v3/detect")
    b.header("user-agent", "okhttp/4.12.0")
    bound = rid(c.rng)
    body = multipart(
        bound,
        [
            ("api_key", None, None, b"Xk2" + rid(c.rng)[:20].encode()),
            ("api_secret", None, None, rid(c.rng)[:24].encode()),
            ("return_landmark", None, None, b"2"),
            ("return_attributes", None, None, b"gender,age,beauty,skinstatus"),
            ("image_file", "portrait.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.bio("face_image", "multipart:image_file to Face++ detect with return_landmark")
    b.ok_json(
        {
            "request_id": rid(c.rng),
            "faces": [{"face_token": rid(c.rng).replace("-", "")}],
            "time_used": c.rng.randint(50, 300),
        }
    )
    return b.build()


def retouch_landmarks(c: Context) -> Flow:
    b = FB(c, "sura", "POST", API + "/v1/retouch")
    b.header("user-agent", ua("SuraFilter", "6.0.2"))
    cx, cy = c.rng.uniform(200, 400), c.rng.uniform(200, 400)
    names = [
        "left_eye_center",
        "right_eye_center",
        "nose_tip",
        "mouth_left_corner",
        "mouth_right_corner",
        "contour_chin",
    ]
    b.json(
        {
            "face_landmark": {
                n: {"x": round(cx + c.rng.gauss(0, 40), 1), "y": round(cy + c.rng.gauss(0, 50), 1)}
                for n in names
            },
            "strength": c.rng.randint(10, 90),
        }
    )
    b.bio("face_landmarks", "json:face_landmark{left_eye_center,nose_tip,...}")
    b.ok_json({"job": rid(c.rng)})
    return b.build()
