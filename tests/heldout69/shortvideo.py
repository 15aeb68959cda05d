"""A short-video app ("Kuaipai", Douyin / Kuaishou-like).

- Volcengine DataRangers AppLog SDK (github.com/volcengine/datarangers-sdk-android,
  ByteDance's AppLog): `POST /service/2/device_register/` with `magic_tag: ss_app_log`
  and a `header` (openudid = ANDROID_ID, clientudid, oaid, cdid...) answered with
  `device_id` / `install_id`; events to `/service/2/app_log/` as `event_v3` rows whose
  `params` is a JSON string; with encryption on, `?tt_data=a` and a sealed body.
- Pangle (穿山甲) ad requests (`api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/`):
  a `device` object with oaid and android_id, or `message` + `cypher` when encrypted.
- In-house Kuaishou-style form logs (`did=ANDROID_...`, `photoId`, `playDuration`) and
  a protobuf client log; an AR-sticker service that receives expression weights.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rf, rid, ua

API = "https://api.kuaipai.cn"
UA = ua("Kuaipai", "12.4.10")


def _photo(c: Context) -> str:
    return str(c.rng.randint(5 * 10**18, 9 * 10**18))


def play_stat(c: Context) -> Flow:
    dur = c.rng.randint(8000, 90000)
    q = [("mod", f"Xiaomi({c.phone.model})"), ("did", c.phone.ks_did), ("appver", "12.4.10")]
    b = FB(c, "kuaipai", "POST", f"{API}/rest/n/photo/play/stat", q)
    b.other_id("ks_did", "query:did")
    oaid = b.id("oaid", where="body:oaid")
    b.form(
        [
            ("photoId", _photo(c)),
            ("playDuration", str(c.rng.randint(500, dur))),
            ("videoDuration", str(dur)),
            ("playCount", "1"),
            ("llsid", str(c.rng.randint(10**17, 10**18))),
            ("oaid", oaid),
        ]
    )
    b.header("user-agent", UA)
    b.view("body:photoId/playDuration")
    b.ok_json({"result": 1})
    return b.build()


def client_log_pb(c: Context) -> Flow:
    """A protobuf client log: no field names, the did string carries its own prefix only."""
    b = FB(c, "kuaipai", "POST", "https://ulog.kuaipai.cn/rest/log/sdk/collect")
    b.other_id("ks_did", "body:protobuf 1", detectable=False)
    ev = pb_msg(
        3,
        [
            pb_varint(1, int(_photo(c))),
            pb_varint(2, c.rng.randint(500, 60000)),
            pb_varint(3, c.rng.randint(8000, 60000)),
            pb_varint(4, 7),
        ],
    )
    b.set_body(pb_bytes(1, c.phone.ks_did) + pb_varint(2, ms(c)) + ev, "application/x-protobuf")
    b.view("body:protobuf 3.{1,2,3}", detectable=False)
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def sticker_expression(c: Context) -> Flow:
    """An AR-sticker service that gets the user's live expression weights."""
    b = FB(c, "kuaipai", "POST", f"{API}/rest/n/magic/face/expression/report")
    names = [
        "eyeBlinkLeft",
        "eyeBlinkRight",
        "jawOpen",
        "mouthSmileLeft",
        "mouthSmileRight",
        "browInnerUp",
        "cheekPuff",
        "mouthPucker",
        "eyeWideLeft",
        "eyeWideRight",
    ]
    frames = [
        {"ts": ms(c) + 33 * i, "weights": {n: rf(c.rng, 0, 1, 3) for n in names}} for i in range(4)
    ]
    b.json({"magicFaceId": str(c.rng.randint(10**5, 10**6)), "blendShapes": frames, "faceCount": 1})
    b.bio("blendshapes", "body:blendShapes[].weights")
    b.header("user-agent", UA)
    b.ok_json({"result": 1})
    return b.build()


def feed(c: Context) -> Flow:
    b = FB(c, "kuaipai", "POST", f"{API}/rest/n/feed/hot", [("mod", f"Xiaomi({c.phone.model})")])
    b.form([("count", "6"), ("pcursor", str(c.rng.randint(1, 99))), ("source", "1")])
    b.header("user-agent", UA)
    items = [
        {
            "photoId": _photo(c),
            "duration": c.rng.randint(8000, 60000),
            "viewCount": c.rng.randint(10**3, 10**7),
            "caption": "日常vlog",
        }
        for _ in range(6)
    ]
    b.respond(200, "application/json", jsb({"result": 1, "feeds": items}))
    b.decoy("feed page with durations and view counts")
    return b.build()


def video_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "kuaipai",
        "GET",
        f"https://v{c.rng.randint(1, 6)}.kpcdn.cn/upic/{rid(c.rng)}.mp4",
        [
            ("tag", "1-1" + str(c.rng.randint(10**8, 10**9))),
            ("clientCacheKey", rid(c.rng) + ".mp4"),
        ],
    )
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 900))
    b.decoy("video segment fetch")
    return b.build()


def effect_download(c: Context) -> Flow:
    b = FB(
        c,
        "kuaipai",
        "GET",
        f"{API}/rest/n/magic/effect/resource",
        [("effectId", str(c.rng.randint(10**5, 10**6))), ("sdk", "ykit_face_tracking_3.2")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "result": 1,
            "resource": {
                "url": f"https://static.kpcdn.cn/effect/{rid(c.rng)}.zip",
                "requires": ["face_landmark_106", "face_attribute"],
                "md5": rid(c.rng).replace("-", ""),
            },
        }
    )
    b.decoy("face-sticker effect download (model names, no face data)")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "kuaipai", "GET", f"https://p{c.rng.randint(1, 5)}.kpcdn.cn/uhead/{rid(c.rng)}.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    b.decoy("cover image")
    return b.build()
