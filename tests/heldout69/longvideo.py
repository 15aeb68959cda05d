"""A long-video streaming app (iQIYI / Youku / Tencent Video-like, "Qiyu Video").

Its own backend names things in pinyin (guankan = watch, bofang = play, jindu =
progress, shichang = duration, xubo = resume), in Chinese characters and in
short codes; analytics go to Sensors Data and Tencent Beacon (see sdks.py).
The in-house formats are modelled on how such apps are described in public
reverse-engineering write-ups, not copied from any one app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from . import sdks
from .phone import FB, ms, rid, ua

API = "https://api.qiyu-video.cn"
UA = ua("QiyuVideo", "15.3.0")


def _tvid(c: Context) -> str:
    return str(c.rng.randint(10**14, 10**15 - 1))


def _base(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-qy-uid", b.acct("video_uid"))


def watch_log(c: Context) -> Flow:
    b = FB(c, "qiyu", "POST", f"{API}/jilu/v3/guankan/shangbao")
    _base(b)
    oaid = b.id("oaid", where="body:shebei.oaid")
    aid = b.id("aid_video", where="body:shebei.androidId")
    dur = c.rng.choice([1380, 2460, 2700, 5400])
    b.json(
        {
            "yonghu_id": b.acct("video_uid"),
            "jiemu_id": _tvid(c),
            "juji": c.rng.randint(1, 40),
            "bofang_jindu": c.rng.randint(60, dur),
            "zong_shichang": dur,
            "guankan_shichang": c.rng.randint(30, 900),
            "qingxidu": "1080P",
            "kaishi_shijian": ms(c) - 600000,
            "shebei": {"oaid": oaid, "androidId": aid, "xinghao": c.phone.model},
        }
    )
    b.view("body:bofang_jindu/guankan_shichang")
    b.ok_json({"code": "A00000", "msg": "成功"})
    return b.build()


def resume_point(c: Context) -> Flow:
    b = FB(c, "qiyu", "PUT", f"{API}/v2/xubo/jilu")
    _base(b)
    b.json(
        {
            "节目ID": _tvid(c),
            "剧集": c.rng.randint(1, 36),
            "播放进度": c.rng.randint(10, 2600),
            "总时长": 2700,
            "更新时间": ms(c),
            "终端": "android_phone",
        }
    )
    b.view("body:播放进度")
    b.ok_json({"code": "A00000"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = FB(
        c,
        "qiyu",
        "GET",
        f"{API}/xintiao",
        [
            ("jiemu", _tvid(c)),
            ("jindu", str(c.rng.randint(10, 2700))),
            ("shichang", "60"),
            ("shebei_id", c.phone.qyid),
            ("t", str(ms(c))),
        ],
    )
    b.other_id("qyid", "query:shebei_id")
    _base(b)
    b.view("query:jiemu/jindu/shichang")
    b.no_content()
    return b.build()


def heartbeat_terse(c: Context) -> Flow:
    """A pingback with two-letter keys: what it is shows nowhere."""
    b = FB(
        c,
        "qiyu",
        "GET",
        "https://msg.qiyu-video.cn/v5/pb",
        [
            ("t", "2"),
            ("ct", "hb"),
            ("a", _tvid(c)),
            ("pt", str(c.rng.randint(10, 2700))),
            ("ht", "120"),
            ("u", c.phone.qyid),
            ("rn", str(c.rng.randint(10**6, 10**7))),
        ],
    )
    b.other_id("qyid", "query:u", detectable=False)
    b.view("query:a/pt/ht", detectable=False)
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = FB(c, "qiyu", "GET", f"{API}/v1/jixu_guankan", [("page", "1"), ("size", "20")])
    _base(b)
    items = [
        {
            "jiemu_id": _tvid(c),
            "mingcheng": c.rng.choice(["庆余年 第二季", "繁花", "漫长的季节", "狂飙", "三体"]),
            "juji": c.rng.randint(1, 30),
            "jindu_miao": c.rng.randint(60, 2600),
            "zuihou_guankan": ms(c) - c.rng.randint(10**6, 10**9),
        }
        for _ in range(6)
    ]
    b.ok_json({"code": "A00000", "data": {"jixu_guankan_liebiao": items}})
    b.view("response:data.jixu_guankan_liebiao[].jindu_miao", direction="response")
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    b = FB(c, "qiyu", "POST", "https://msg.qiyu-video.cn/v7/mbd")
    b.header("user-agent", UA)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(200, 480)))
    b.form([("d", b64(blob)), ("k", "3"), ("v", "7")])
    b.view("body:d (AES play log)", detectable=False)
    b.no_content()
    return b.build()


def sa_play(c: Context) -> Flow:
    ev = {
        "event": "videoPlayEnd",
        "props": {
            "video_id": _tvid(c),
            "episode_no": c.rng.randint(1, 30),
            "play_duration": c.rng.randint(20, 2700),
            "progress_sec": c.rng.randint(20, 2700),
            "channel_name": "电视剧",
        },
    }
    return sdks.sensors(c, "qiyu.datasink.sensorsdata.cn", "aid_video", [ev], views=True)


def sa_pages(c: Context) -> Flow:
    evs = [
        {"event": "$AppViewScreen", "props": {"$screen_name": "HomeActivity", "$title": "推荐"}},
        {"event": "$AppClick", "props": {"$element_content": "电视剧"}},
    ]
    return sdks.sensors(c, "qiyu.datasink.sensorsdata.cn", "aid_video", evs, views=False)


def beacon_play(c: Context) -> Flow:
    return sdks.beacon(c, "0AND0QIYU7Y2K1", "play_end", "aid_video", views=True)


def catalogue(c: Context) -> Flow:
    b = FB(c, "qiyu", "GET", f"{API}/v1/pindao/juji", [("album", _tvid(c))])
    _base(b)
    eps = [
        {
            "juji": i + 1,
            "jiemu_id": _tvid(c),
            "shichang": c.rng.randint(2400, 2800),
            "biaoti": f"第{i + 1}集",
        }
        for i in range(12)
    ]
    b.ok_json({"code": "A00000", "data": {"liebiao": eps, "zongshu": 36}})
    b.decoy("episode list with durations (catalogue fetch)")
    return b.build()


def danmaku(c: Context) -> Flow:
    b = FB(
        c,
        "qiyu",
        "GET",
        f"https://cmts.qiyu-video.cn/bullet/{_tvid(c)}_300_{c.rng.randint(1, 9)}.z",
    )
    b.header("user-agent", UA)
    rows = [
        {
            "t": c.rng.randint(0, 300),
            "c": c.rng.choice(["哈哈哈", "前方高能", "好看", "名场面"]),
            "id": rid(c.rng),
        }
        for _ in range(10)
    ]
    b.ok_json({"bullets": rows})
    b.decoy("bullet comments with playback timestamps (content fetch)")
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c,
        "qiyu",
        "GET",
        f"https://pic{c.rng.randint(1, 9)}.qiyupic.cn/image/{rid(c.rng)}_480_270.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600))
    b.decoy("poster thumbnail")
    return b.build()


def search(c: Context) -> Flow:
    b = FB(
        c, "qiyu", "GET", f"{API}/v2/sousuo", [("kw", c.rng.choice(["庆余年", "甄嬛传", "纪录片"]))]
    )
    _base(b)
    b.ok_json(
        {"code": "A00000", "data": [{"jiemu_id": _tvid(c), "shichang": 2700} for _ in range(5)]}
    )
    b.decoy("search results")
    return b.build()
