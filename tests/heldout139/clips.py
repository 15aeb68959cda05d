"""LuotClip: a short-video app. Device registration hands out a device id and an
install id; the feed is content; the batched watch events (`xem_video` with
play time and completion) are viewing history; its newer builds encrypt the
event batch (AES-looking blob under `data`), which nothing readable describes.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, builder, ms, rid, ua

API = "https://api16.luotclip.example"
LOG = "https://log.luotclip.example"
UA = ua("LuotClip", "31.2.4")


def _b(c: Context, method: str, url: str, signed: bool = True) -> FB:
    b = builder(c, "luotclip", method, url, UA)
    if signed:
        b.param("device_id", b.id("clip_did", where="query device_id"))
        b.param("iid", b.id("clip_iid", where="query iid"))
        b.param("app_language", "vi")
        b.param("region", "VN")
    return b


def _vid(c: Context) -> str:
    return str(c.rng.randint(7 * 10**18, 8 * 10**18))


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/service/2/device_register/", signed=False)
    did = b.id("clip_did", where="response json device_id", direction="response")
    iid = b.id("clip_iid", where="response json install_id", direction="response")
    b.json(
        {
            "header": {
                "openudid": b.id("aid_clip", where="json header.openudid"),
                "google_aid": b.id("gaid", where="json header.google_aid"),
                "device_model": "SM-S911B",
                "os_version": "13",
                "timezone": 7,
                "carrier": "Viettel",
            }
        }
    )
    b.ok_json({"device_id": int(did), "install_id": int(iid), "new_user": 0})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aweme/v1/feed/?type=0&count=6")
    b.decoy("feed of clip ids with durations and like counts (content)")
    b.ok_json(
        {
            "aweme_list": [
                {
                    "aweme_id": _vid(c),
                    "desc": "#xuhuong #hanoi",
                    "duration": c.rng.randint(8000, 60000),
                    "digg_count": c.rng.randint(10, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def watch_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/service/2/app_log/")
    b.view("json su_kien[xem_video].thoi_gian_phat + xem_het")
    b.json(
        {
            "su_kien": [
                {
                    "event": "xem_video",
                    "video_id": _vid(c),
                    "thoi_gian_phat": c.rng.randint(1000, 60000),
                    "xem_het": c.rng.random() < 0.4,
                    "tu_trang": "de_xuat",
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.ok_json({"e": 0})
    return b.build()


def encrypted_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/service/2/app_log/?tt_data=a")
    b.view("body data = AES-encrypted event batch (watch events)", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(c.rng.randint(300, 700))
    b.json({"magic": 3735928559, "data": b64(blob)})
    b.ok_json({"e": 0})
    return b.build()


def comment_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aweme/v2/comment/list/?aweme_id={_vid(c)}&cursor=0")
    b.decoy("comments with timestamps and request log id")
    b.ok_json(
        {
            "comments": [
                {"cid": _vid(c), "text": "hay quá", "create_time": ms(c) // 1000} for _ in range(4)
            ],
            "log_pb": {"impr_id": rid(c.rng).replace("-", "")},
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aweme/v1/hot/search/list/")
    b.decoy("trending searches with view counts (aggregate)")
    b.ok_json(
        {
            "data": [
                {"word": w, "hot_value": c.rng.randint(10**4, 10**7)}
                for w in ("bún chả", "SEA Games", "Sơn Tùng", "mưa Hà Nội")
            ]
        }
    )
    return b.build()
