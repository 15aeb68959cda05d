"""Photo editor "YanJi" with face beautification.

Sources:
- Face++ Detect API v3 (Megvii): `POST https://api-cn.faceplusplus.com/facepp/v3/detect`,
  multipart `api_key`, `api_secret`, `image_file`, `return_landmark` (2 = 106 points),
  `return_attributes` (gender, age, smiling, headpose, facequality, blur, eyestatus,
  emotion, beauty, mouthstatus, eyegaze, skinstatus) (Face++ API reference).
- SenseTime SenseME / st_mobile face structs `st_mobile_106_t` (`rect`, `score`,
  `points_array`, `visibility_array`, `yaw`, `pitch`, `roll`, `eye_dist`, `ID`) and
  `st_mobile_face_t` (`face106`, `p_extra_face_points`, `extra_face_points_count`:
  106 + 134 = 240 points) as the app serialises them to its backend (the app's
  choice; the struct names are SenseTime's public headers).
- MSA OAID SDK ids (`getOAID/getVAID/getAAID`) sent by the app's own statistics.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, ms, points, rf, rid, ua

API = "https://api.yanji-photo.com"
UA = ua("YanJi", "10.2.1")


def hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-yj-uid", b.acct("photo_user"))


def facepp_detect(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "faceplusplus",
        "POST",
        "https://api-cn.faceplusplus.com/facepp/v3/detect",
        http_version="HTTP/1.1",
    )
    bnd = "----YJ" + new_hex(ctx.rng, 16)
    attrs = (
        "gender,age,smiling,headpose,facequality,blur,eyestatus,emotion,"
        "beauty,mouthstatus,eyegaze,skinstatus"
    )
    body = multipart(
        bnd,
        [
            ("api_key", None, None, new_hex(ctx.rng, 32).encode()),
            ("api_secret", None, None, new_hex(ctx.rng, 32).encode()),
            (
                "image_file",
                f"IMG_{new_digits(ctx.rng, 8)}.jpg",
                "image/jpeg",
                fake_jpeg(ctx.rng.randint(0, 1 << 30), 1400),
            ),
            ("return_landmark", None, None, b"2"),
            ("return_attributes", None, None, attrs.encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.header("user-agent", UA)
    b.bio("face_image", "body.multipart.image_file (to a face-analysis API)")
    b.ok_json(
        {
            "request_id": f"{int(ctx.now)},{rid(ctx.rng)}",
            "time_used": ctx.rng.randint(80, 300),
            "faces": [
                {
                    "face_token": new_hex(ctx.rng, 32),
                    "face_rectangle": {"top": 301, "left": 222, "width": 410, "height": 410},
                }
            ],
            "face_num": 1,
        }
    )
    return b.build()


def _face106(ctx: Context) -> dict[str, object]:
    r = ctx.rng
    return {
        "rect": {
            "left": r.randint(150, 300),
            "top": r.randint(200, 380),
            "right": r.randint(700, 860),
            "bottom": r.randint(900, 1100),
        },
        "score": rf(r, 0.9, 1.0, 4),
        "points_array": [{"x": x, "y": y} for x, y in points(r, 106)],
        "yaw": rf(r, -20, 20, 3),
        "pitch": rf(r, -15, 15, 3),
        "roll": rf(r, -8, 8, 3),
        "eye_dist": rf(r, 120, 220, 2),
        "ID": r.randint(0, 3),
    }


def landmarks_106(ctx: Context) -> Flow:
    b = FB(ctx, "yanji-api", "POST", f"{API}/v3/retouch/session")
    hdr(b)
    b.json(
        {
            "sessionId": rid(ctx.rng),
            "imageId": new_hex(ctx.rng, 24),
            "face106": [_face106(ctx)],
            "retouch": {"smooth": 0.55, "whiten": 0.3, "slimFace": 0.2, "bigEye": 0.15},
        }
    )
    b.bio("landmarks_106", "body.json.face106[].points_array")
    b.ok_json({"code": 0, "styleHint": "natural"})
    return b.build()


def landmarks_240(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "yanji-api", "POST", f"{API}/v3/retouch/dense")
    hdr(b)
    extra = [v for p in points(r, 134) for v in p]
    b.json(
        {
            "st_mobile_face": {
                "face106": _face106(ctx),
                "extra_face_points_count": 134,
                "p_extra_face_points": floats_b64(extra),
                "eyeball_contour_points_count": 0,
            },
            "imgW": 1080,
            "imgH": 1440,
            "ts": ms(ctx),
        }
    )
    b.bio(
        "landmarks_240",
        "body.json.st_mobile_face.face106.points_array+p_extra_face_points|base64f32",
    )
    b.ok_json({"code": 0})
    return b.build()


def face_shape(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "yanji-api", "POST", f"{API}/v2/style/recommend")
    hdr(b)
    b.json(
        {
            "face_shape": {
                "type": r.choice(["oval", "round", "square", "heart", "long"]),
                "jaw_width_ratio": rf(r, 0.6, 0.9),
                "cheekbone_ratio": rf(r, 0.7, 1.0),
                "chin_length_ratio": rf(r, 0.15, 0.3),
                "eye_spacing_ratio": rf(r, 0.42, 0.5),
                "face_aspect": rf(r, 1.2, 1.5),
            },
            "skin": {"tone": rf(r, 0, 1), "spots": r.randint(0, 30)},
            "age_est": r.randint(18, 45),
        }
    )
    b.bio("face_shape", "body.json.face_shape+skin+age_est")
    b.ok_json({"hairstyles": [f"hs_{i}" for i in range(4)]})
    return b.build()


def face_group_sealed(ctx: Context) -> Flow:
    """People-album grouping: a sealed face template under a one-letter key."""
    b = FB(ctx, "yanji-api", "POST", f"{API}/v1/album/g")
    hdr(b)
    b.json({"v": 3, "k": new_hex(ctx.rng, 8), "d": b64(ctx.rng.randbytes(640))})
    b.bio("face_template", "body.json.d (encrypted template)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def msa_stat(ctx: Context) -> Flow:
    b = FB(ctx, "yanji-stat", "POST", "https://stat.yanji-photo.com/collect/v2")
    b.header("user-agent", UA)
    b.json(
        {
            "ev": "app_start",
            "ts": ms(ctx),
            "ids": {
                "oaid": b.id("oaid", where="body.json.ids.oaid"),
                "vaid": b.id("vaid", where="body.json.ids.vaid"),
                "aaid": b.id("aaid_photo", where="body.json.ids.aaid"),
                "androidId": b.id("aid_photo", where="body.json.ids.androidId"),
                "installId": b.id("photo_install", where="body.json.ids.installId"),
            },
            "rom": "HyperOS",
            "ch": "xiaomi",
        }
    )
    b.no_content()
    return b.build()
