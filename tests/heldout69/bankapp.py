"""The payment app's own backend ("Jinyun Pay"): an on-device face template, the
liveness key points, a sealed risk package, its device report, and decoys
(trade list, exchange-rate series, a profile form with self-declared gender).
The cloud face APIs it calls are in bank.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64

from .phone import FB, floats, ms, points, ua

API = "https://mapi.jinyunpay.com.cn"
UA = ua("JinyunPay", "8.6.0")


def face_template(c: Context) -> Flow:
    b = FB(c, "jinyun", "POST", f"{API}/auth/face/template/bind")
    b.header("user-agent", UA)
    b.json(
        {
            "userNo": b.acct("bank_uid"),
            "renlian_tezheng": floats_b64(floats(c.rng, 128)),
            "tezheng_banben": "jyface-v5",
            "dim": 128,
            "ts": ms(c),
        }
    )
    b.bio("embedding", "body:renlian_tezheng")
    b.ok_json({"code": "0000"})
    return b.build()


def liveness_points(c: Context) -> Flow:
    b = FB(c, "jinyun", "POST", f"{API}/auth/huoti/report")
    b.header("user-agent", UA)
    b.json(
        {
            "actions": ["blink", "open_mouth", "turn_left"],
            "passed": True,
            "faceKeyPoints106": points(c.rng, 106),
            "yaw": 3.1,
            "quality": 0.93,
        }
    )
    b.bio("landmarks", "body:faceKeyPoints106")
    b.ok_json({"code": "0000"})
    return b.build()


def sealed_face(c: Context) -> Flow:
    b = FB(c, "jinyun", "POST", f"{API}/risk/v2/collect")
    b.header("user-agent", UA)
    b.json(
        {
            "sdkData": b64(bytes(c.rng.getrandbits(8) for _ in range(700))),
            "ver": 5,
            "scene": "transfer",
        }
    )
    b.bio("face_liveness_result", "body:sdkData (encrypted)", detectable=False)
    b.ok_json({"code": "0000"})
    return b.build()


def device_fp(c: Context) -> Flow:
    b = FB(c, "jinyun", "POST", f"{API}/risk/device/report")
    b.header("user-agent", UA)
    b.json(
        {
            "androidId": b.id("aid_bank", where="body:androidId"),
            "oaid": b.id("oaid", where="body:oaid"),
            "dfp": b.id("aid_bank", how="sha256", where="body:dfp", detectable=False),
            "root": False,
            "emulator": False,
            "brand": "Xiaomi",
        }
    )
    b.ok_json({"code": "0000", "riskLevel": "LOW"})
    return b.build()


def transactions(c: Context) -> Flow:
    b = FB(c, "jinyun", "GET", f"{API}/trade/list", [("page", "1"), ("month", "2024-11")])
    b.header("user-agent", UA)
    rows = [
        {
            "tradeNo": f"2024{c.rng.randint(10**15, 10**16)}",
            "amount": round(c.rng.uniform(1, 999), 2),
            "merchant": c.rng.choice(["美团外卖", "滴滴出行", "盒马鲜生"]),
        }
        for _ in range(8)
    ]
    b.ok_json({"code": "0000", "data": rows})
    b.decoy("transaction list (trade numbers, amounts)")
    return b.build()


def fx_series(c: Context) -> Flow:
    b = FB(c, "jinyun", "GET", f"{API}/market/fx/kline", [("pair", "USDCNY"), ("period", "1d")])
    b.header("user-agent", UA)
    b.ok_json({"code": "0000", "points": [round(7.1 + c.rng.gauss(0, 0.02), 4) for _ in range(60)]})
    b.decoy("exchange-rate series")
    return b.build()


def signup_profile(c: Context) -> Flow:
    b = FB(c, "jinyun", "POST", f"{API}/user/profile")
    b.header("user-agent", UA)
    b.json(
        {"nickname": "小陈", "性别": c.rng.choice(["男", "女"]), "birthYear": 1992, "city": "杭州"}
    )
    b.decoy("self-declared gender on a profile form")
    b.ok_json({"code": "0000"})
    return b.build()
