"""A live-stream shopping app ("gouwu"): most-watched stream rankings, viewer
counts and catalogue pages (decoys), a rare personal watch history of the
live rooms the user watched (true viewing history), and its ad SDK.

The ad conversion call carries the OceanEngine-style device parameters
(oaid, androidid md5, imei md5: x-rush/AdsAdmin OceanEngineAndroid.php).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import mk, ms, rid

API = "https://live.gouwu-shop.com"
APP = "GouWu"


def ranking(c: Context) -> Flow:
    b = mk(c, "gouwu", "GET", f"{API}/live/rank/hot", APP, "11.2.0")
    b.decoy("most-watched live streams ranking with viewer counts (guankan_renshu / 观看人数)")
    b.ok_json(
        {
            "list": [
                {
                    "roomId": new_digits(c.rng, 12),
                    "title": "直播好物",
                    "guankan_renshu": c.rng.randint(10**3, 10**6),
                    "观看人数": c.rng.randint(10**3, 10**6),
                    "mostWatched": i == 0,
                }
                for i in range(5)
            ]
        }
    )
    return b.build()


def room_stats(c: Context) -> Flow:
    b = mk(c, "gouwu", "GET", f"{API}/live/room/stats", APP, "11.2.0")
    b.decoy("a room's public viewer count and watch time totals (all viewers)")
    b.param("room_id", new_digits(c.rng, 12))
    b.ok_json(
        {
            "online": c.rng.randint(100, 50000),
            "totalWatchMinutes": c.rng.randint(10**4, 10**7),
            "likes": c.rng.randint(0, 10**6),
        }
    )
    return b.build()


def product(c: Context) -> Flow:
    b = mk(c, "gouwu", "GET", f"{API}/item/detail", APP, "11.2.0")
    b.decoy("catalogue page with price series and view count")
    b.param("item_id", new_digits(c.rng, 14))
    b.ok_json(
        {
            "price_history": [c.rng.randint(99, 399) for _ in range(30)],
            "views": c.rng.randint(0, 10**5),
        }
    )
    return b.build()


def live_watch_log(c: Context) -> Flow:
    b = mk(c, "gouwu", "POST", f"{API}/live/user/watch_log", APP, "11.2.0")
    b.view("json watch_log[] of live rooms the user watched, with watch_duration")
    b.json(
        {
            "uid": b.acct("shop_user"),
            "watch_log": [
                {
                    "room_id": new_digits(c.rng, 12),
                    "anchor": "小美直播间",
                    "enter_ts": ms(c) - 600000,
                    "watch_duration": c.rng.randint(30, 1800),
                }
                for _ in range(2)
            ],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def ad_convert(c: Context) -> Flow:
    b = mk(c, "oceanengine", "GET", "https://ad.oceanengine.com/track/activate/")
    b.param("callback", new_hex(c.rng, 32))
    b.param("oaid", b.id("oaid", where="query oaid"))
    b.param("androidid", b.id("aid_shop", "md5", "query androidid (md5)"))
    b.param("os", "0")
    b.param("event_type", "0")
    b.param("conv_time", str(ms(c) // 1000))
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def shop_device(c: Context) -> Flow:
    b = mk(c, "gouwu", "POST", f"{API}/mtop/device/report", APP, "11.2.0")
    b.header("x-udid", b.id("shop_udid", where="header x-udid"))
    b.json({"gaid": b.id("gaid", where="json gaid"), "trace": rid(c.rng)})
    b.ok_json({"ok": 1})
    return b.build()


def shop_opaque(c: Context) -> Flow:
    b = mk(c, "gouwu", "POST", f"{API}/mtop/s", APP, "11.2.0")
    b.id_raw("aid_shop", "aes", "json x: encrypted device blob", detectable=False)
    b.json({"x": new_hex(c.rng, 96), "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()
