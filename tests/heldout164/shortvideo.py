"""Kuaipai (快拍): a short-video app whose beauty filter (美颜) runs a face tracker.

The effect engine tracks 106 face points and head pose; for "AI 特效" templates it
sends them to the effect backend (`renlian.dian106`) and, in the newer build, the
468-point mesh as an unnamed protobuf (biometric, not readable). Beauty slider
strengths (磨皮 mopi, 美白 meibai, 瘦脸 shoulian) are settings, not face data. The
"AI 漫画脸" cartoon template uploads a selfie to an image generator: a photo, but
no face-matching or liveness API, so by the issue's list it is not labelled
biometric (a judgement call, stated in the decoy). Play logs of the feed (item
id with play time) are viewing history; the feed itself is content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kuaipai.example"
LOG = "https://applog.kuaipai.example"
UA = ua("Kuaipai", "12.6.0")


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "kuaipai", method, url)
    b.header("user-agent", UA)
    if ids:
        b.param("device_id", b.id("short_did", where="query device_id"))
        b.param("iid", b.id("short_iid", where="query iid"))
    b.param("aid", "2329")
    b.param("channel", "xiaomi")
    return b


def _face_points(c: Context, n: int) -> list[list[float]]:
    cx, cy = c.rng.uniform(260, 460), c.rng.uniform(420, 700)
    return [
        [round(cx + c.rng.gauss(0, 70), 2), round(cy + c.rng.gauss(0, 90), 2)] for _ in range(n)
    ]


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/service/2/device_register/", ids=False)
    b.json(
        {
            "header": {
                "openudid": b.id("aid_short", where="json header.openudid"),
                "oaid": b.id("oaid", where="json header.oaid"),
                "device_model": "23127PN0CC",
                "device_brand": "Xiaomi",
                "os_api": 34,
                "region": "CN",
                "tz_name": "Asia/Shanghai",
            }
        }
    )
    did = b.id("short_did", where="response json device_id", direction="response")
    iid = b.id("short_iid", where="response json install_id", direction="response")
    b.ok_json({"device_id": int(did), "install_id": int(iid), "new_user": 0})
    return b.build()


def effect_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/effect/v3/ai_template/render")
    b.bio("face_landmarks", "json renlian.dian106 (106 face points) + zitai (head pose)")
    b.json(
        {
            "template_id": c.rng.choice(["tx_8812", "tx_9031", "tx_7710"]),
            "renlian": {
                "dian106": _face_points(c, 106),
                "zitai": {
                    "pitch": rf(c.rng, -15, 15, 2),
                    "yaw": rf(c.rng, -25, 25, 2),
                    "roll": rf(c.rng, -10, 10, 2),
                },
                "renlian_kuang": [c.rng.randint(150, 250), c.rng.randint(300, 400), 380, 420],
            },
            "qingqiu_id": rid(c.rng),
        }
    )
    b.ok_json({"code": 0, "result_url": f"https://p3.kuaipai.example/{new_hex(c.rng, 20)}.webp"})
    return b.build()


def mesh_protobuf(c: Context) -> Flow:
    """468 x/y/z mesh vertices, packed floats in field 3 of an unnamed message."""
    b = _b(c, "POST", f"{API}/effect/v4/tr")
    b.bio("face_mesh", "protobuf field 3: 1404 packed floats (468 x,y,z)", detectable=False)
    verts = [round(c.rng.uniform(-1, 1), 4) for _ in range(468 * 3)]
    body = pb_varint(1, c.rng.randint(1, 9)) + pb_bytes(2, new_hex(c.rng, 8))
    body += pb_packed_floats(3, verts)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def beauty_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/v1/meiyan/settings")
    b.decoy("beauty slider strengths (mopi/meibai/shoulian): settings, no face data")
    b.json(
        {
            "mopi": c.rng.randint(0, 100),
            "meibai": c.rng.randint(0, 100),
            "shoulian": c.rng.randint(0, 100),
            "dayan": c.rng.randint(0, 100),
            "lvjing": c.rng.choice(["ziran", "naiyou", "fugu"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def cartoon_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/aigc/v1/manhualian", ids=False)
    b.decoy(
        "selfie to the AI cartoon-face generator: a photo, but no face-matching or liveness "
        "API (issue definition), so not labelled biometric"
    )
    boundary = "----kp" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("style", None, None, b"ribenmanhua"),
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"task_id": rid(c.rng), "status": "queued"})
    return b.build()


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/service/2/app_log/")
    b.view("json event play_over with item_id, play_duration, percent")
    dur = c.rng.randint(8000, 60000)
    b.json(
        {
            "event": "play_over",
            "params": {
                "item_id": str(c.rng.randint(7 * 10**18, 8 * 10**18)),
                "author_id": str(c.rng.randint(10**9, 10**10)),
                "play_duration": c.rng.randint(500, dur),
                "video_duration": dur,
                "percent": c.rng.randint(1, 100),
                "enter_from": "homepage_hot",
            },
            "local_time_ms": ms(c),
        },
        "gzip",
    )
    b.ok_json({"message": "success"})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aweme/v2/feed/")
    b.decoy("feed of item ids with durations and like counts (content)")
    b.ok_json(
        {
            "aweme_list": [
                {
                    "item_id": str(c.rng.randint(7 * 10**18, 8 * 10**18)),
                    "desc": c.rng.choice(["成都火锅探店", "上海外滩夜景", "猫猫日常"]),
                    "duration": c.rng.randint(8000, 60000),
                    "digg_count": c.rng.randint(10, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def video_chunk(c: Context) -> Flow:
    b = FB(c, "kuaipai", "GET", f"https://v26.kuaipaicdn.example/{new_hex(c.rng, 32)}/video.mp4")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def upload_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/aweme/v1/create/", ids=False)
    b.decoy("publishing a clip: location name and caption")
    b.json(
        {
            "video_id": new_hex(c.rng, 32),
            "text": "今天的晚霞 #成都",
            "poi_name": "春熙路",
            "create_time": iso(c),
        }
    )
    b.ok_json({"status_code": 0})
    return b.build()
