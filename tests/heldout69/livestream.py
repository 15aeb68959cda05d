"""A live-streaming app ("Huyu Live", Huya / Douyu-like) with GrowingIO analytics.

Room watch heartbeats and a footprint (足迹, "zuji") sync go to its own backend;
GrowingIO 3.x custom events (sdks.growingio) carry room enter/leave with the
watch time; with encryption on the same batches are opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from . import sdks
from .phone import FB, ms, rid, ua

API = "https://api.huyu.tv"
UA = ua("HuyuLive", "7.12.0")
GIO = "a1b2c3d4e5f6"


def _room(c: Context) -> int:
    return c.rng.choice([521521, 660002, 880123, 100042, 2001357])


def watch_heartbeat(c: Context) -> Flow:
    b = FB(c, "huyu", "POST", f"{API}/live/watch/heartbeat")
    b.header("user-agent", UA)
    b.header("x-huyu-uid", b.acct("live_uid"))
    b.json(
        {
            "roomId": _room(c),
            "anchorUid": c.rng.randint(10**8, 10**9),
            "watchSeconds": 60,
            "totalWatchSeconds": c.rng.randint(60, 7200),
            "streamFormat": "flv",
            "bitrate": c.rng.choice([2000, 4000, 8000]),
            "ts": ms(c),
        }
    )
    b.view("body:roomId/totalWatchSeconds")
    b.ok_json({"code": 0, "data": {"nextInterval": 60}})
    return b.build()


def footprint(c: Context) -> Flow:
    b = FB(c, "huyu", "POST", f"{API}/user/zuji/tongbu")
    b.header("user-agent", UA)
    rows = [
        {
            "fangjian": _room(c),
            "zhubo": c.rng.choice(["大司马", "张大仙", "旭旭宝宝"]),
            "guankan_miao": c.rng.randint(30, 5000),
            "jinru_shijian": ms(c) - c.rng.randint(10**5, 10**8),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"zuji": rows, "shebei": "android"})
    b.view("body:zuji[].guankan_miao")
    b.ok_json({"code": 0})
    return b.build()


def gio_room(c: Context) -> Flow:
    ev = {
        "fields": {
            "eventName": "live_room_leave",
            "path": "/LiveRoomActivity",
            "attributes": {
                "room_id": str(_room(c)),
                "watch_duration_s": str(c.rng.randint(10, 5400)),
                "category": c.rng.choice(["王者荣耀", "英雄联盟", "户外"]),
            },
        }
    }
    return sdks.growingio(c, GIO, [ev], "aid_live", views=True)


def gio_pages(c: Context) -> Flow:
    evs = [
        {"type": "PAGE", "fields": {"path": "/MainActivity", "title": "推荐"}},
        {"type": "VIEW_CLICK", "fields": {"path": "/MainActivity", "textValue": "关注"}},
    ]
    return sdks.growingio(c, GIO, evs, "aid_live", views=False)


def gio_sealed(c: Context) -> Flow:
    return sdks.growingio_sealed(c, GIO)


def room_list(c: Context) -> Flow:
    b = FB(c, "huyu", "GET", f"{API}/live/list", [("gid", str(c.rng.randint(1, 9))), ("page", "1")])
    b.header("user-agent", UA)
    rooms = [
        {"roomId": _room(c), "online": c.rng.randint(10**3, 10**7), "title": "今晚冲分"}
        for _ in range(8)
    ]
    b.ok_json({"code": 0, "data": rooms})
    b.decoy("room list with online counts")
    return b.build()


def gift(c: Context) -> Flow:
    b = FB(c, "huyu", "POST", f"{API}/pay/gift/send")
    b.header("user-agent", UA)
    b.json(
        {
            "roomId": _room(c),
            "giftId": 4,
            "count": c.rng.randint(1, 99),
            "orderNo": f"HY{ms(c)}{c.rng.randint(1000, 9999)}",
            "traceId": rid(c.rng),
        }
    )
    b.ok_json({"code": 0, "balance": c.rng.randint(0, 9999)})
    b.decoy("gift order number / trace id")
    return b.build()


def stream(c: Context) -> Flow:
    b = FB(
        c,
        "huyu",
        "GET",
        f"https://al.flv.huyucdn.cn/src/{_room(c)}-{c.rng.randint(10**9, 10**10)}.flv",
        [("wsSecret", rid(c.rng).replace("-", "")), ("wsTime", hex(int(c.now))[2:])],
    )
    b.header("user-agent", UA)
    b.respond(200, "video/x-flv", fake_mp4(c.rng.randint(0, 10**6), 800))
    b.decoy("live stream fetch")
    return b.build()


def rank(c: Context) -> Flow:
    b = FB(c, "huyu", "GET", f"{API}/live/rank/week", [("roomId", str(_room(c)))])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "code": 0,
            "data": [
                {"nick": "用户" + str(i), "score": c.rng.randint(10, 10**6)} for i in range(10)
            ],
        }
    )
    b.decoy("contribution ranking")
    return b.build()
