"""A super-app with mini-programs (in-house backend "haobang"): order progress,
coupons marked "viewed", red-packet countdowns, and face payment (刷脸支付).

Device registration follows the OceanEngine / Chinese ad-attribution device
parameters (imei md5, oaid, androidid md5: x-rush/AdsAdmin
OceanEngineAndroid.php) and Baidu Tieba's OAID struct {v, sc, sup,
isTrackLimited} (HuanCheng65/TiebaLite models/OAID.kt). Face payment: a
liveness-checked face image sent to the payment backend (real WeChat Pay /
Alipay face pay does this inside their own SDK; key names here are our own).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import mk, ms, rid

API = "https://mp.haobang-app.cn"
APP = "HaoBang"


def order_progress(c: Context) -> Flow:
    b = mk(c, "haobang", "GET", f"{API}/miniapp/wx3f9a/order/progress", APP, "8.0.49")
    b.decoy("mini-program delivery progress (jindu %, stages): order tracking, not media watched")
    b.param("order_no", "DD" + str(c.rng.randint(10**15, 10**16)))
    b.ok_json(
        {
            "jindu": c.rng.randint(0, 100),
            "stages": ["已接单", "配送中", "已送达"],
            "eta_sec": c.rng.randint(60, 1800),
            "rider": {"lat": 25.04, "lng": 121.56},
        }
    )
    return b.build()


def coupons_viewed(c: Context) -> Flow:
    b = mk(c, "haobang", "POST", f"{API}/miniapp/coupon/mark", APP, "8.0.49")
    b.decoy("coupons marked 已浏览/viewed with view counts: coupon impressions, no media history")
    b.json(
        {
            "action": "viewed",
            "yiliulan": True,
            "coupons": [
                {
                    "couponId": f"CP{c.rng.randint(10**7, 10**8)}",
                    "viewCount": c.rng.randint(1, 9),
                    "lastViewedAt": ms(c) - c.rng.randint(0, 10**6),
                }
                for _ in range(3)
            ],
        }
    )
    b.ok_json({"ret": 0})
    return b.build()


def red_packet_timer(c: Context) -> Flow:
    b = mk(c, "haobang", "GET", f"{API}/hongbao/countdown", APP, "8.0.49")
    b.decoy("red-packet countdown timer and watch-to-unlock seconds: a promo timer")
    b.ok_json(
        {
            "hongbao_daojishi": c.rng.randint(0, 600),
            "watch_seconds_needed": 15,
            "amount_fen": c.rng.randint(1, 888),
            "trace_id": rid(c.rng),
        }
    )
    return b.build()


def mini_search(c: Context) -> Flow:
    b = mk(c, "haobang", "GET", f"{API}/search/miniapp", APP, "8.0.49")
    b.decoy("search results for a face-mask shop mini-program")
    b.param("q", c.rng.choice(["口罩", "人脸识别门禁", "face mask", "หน้ากากอนามัย"]))
    b.ok_json({"items": [{"appid": "wx" + new_hex(c.rng, 16), "title": "防疫口罩商城"}]})
    return b.build()


def device_register(c: Context) -> Flow:
    b = mk(c, "haobang", "POST", f"{API}/device/register", APP, "8.0.49")
    b.json(
        {
            "androidid": b.id("aid_super", "md5", "json androidid (md5)"),
            "oaid": {
                "v": b.id("oaid", where="json oaid.v"),
                "sc": 0,
                "sup": 1,
                "isTrackLimited": 0,
            },
            "did": b.id("super_did", where="json did"),
            "model": "23124RA7EO",
            "os": 0,
        }
    )
    b.ok_json({"ret": 0, "uid": b.acct("super_user")})
    return b.build()


def face_pay(c: Context) -> Flow:
    b = mk(c, "haobang", "POST", f"{API}/pay/facepay/verify", APP, "8.0.49")
    b.bio("face_image", "json faceImage (base64 JPEG) + livenessScore in face pay verify")
    img = b64(fake_jpeg(c.rng.randint(0, 10**9), 700))
    b.json(
        {
            "scene": "shualian_zhifu",
            "faceImage": img,
            "livenessScore": round(c.rng.uniform(0.9, 1), 3),
            "faceRect": [c.rng.randint(80, 140), c.rng.randint(90, 160), 220, 260],
            "amount": c.rng.randint(100, 9000),
            "req_id": rid(c.rng),
        }
    )
    b.ok_json({"ret": 0, "match": True})
    return b.build()


def face_pay_opaque(c: Context) -> Flow:
    b = mk(c, "haobang", "POST", f"{API}/pay/fp/v2", APP, "8.0.49")
    b.bio(
        "face_image", "json d: AES-encrypted face capture under a meaningless key", detectable=False
    )
    b.json(
        {
            "d": b64(bytes(c.rng.getrandbits(8) for _ in range(420))),
            "k": new_hex(c.rng, 32),
            "t": ms(c),
        }
    )
    b.ok_json({"ret": 0})
    return b.build()
