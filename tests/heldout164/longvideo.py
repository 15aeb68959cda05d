"""Tengyun Video (腾云视频): a long-video platform of dramas and variety shows with danmaku.

Its in-house player reports progress with pinyin keys, some spelled out
(`bofang_jindu`), some as initials (`bfjd` for 播放进度, `gksc` for 观看时长); the
history page (观看历史) answers with what was watched and how far. Danmaku (弹幕)
posts carry the video and the poster's playback second: labelled viewing history
(they say what the user was watching and where, as the player sends them), while
fetching a segment of other viewers' danmaku is content, not history. The newer
player encrypts its heartbeat (`data=` AES blob). Rails of 热播 (most played),
search results and HLS manifests are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, opaque_blob, rid, ua

API = "https://api.tengyunshipin.example"
LOG = "https://log.tengyunshipin.example"
UA = ua("TengyunVideo", "8.9.5.28710")
SHOWS = [
    ("长相思 第二季", "d8812"),
    ("繁花", "d7730"),
    ("奔跑吧 第十二季", "z5521"),
    ("庆余年 第二季", "d9014"),
    ("乘风2024", "z6617"),
    ("与凤行", "d8853"),
]


def _show(c: Context) -> tuple[str, str, int]:
    title, cid = c.rng.choice(SHOWS)
    return title, cid, c.rng.randint(1, 40)


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "tengyun", method, url)
    b.header("user-agent", UA)
    if ids:
        b.header("x-ty-guid", b.id("video_guid", where="header x-ty-guid"))
        b.header("x-ty-androidid", b.id("aid_video", where="header x-ty-androidid"))
    b.header("x-ty-uin", b.acct("video_uid"))
    return b


def play_progress(c: Context) -> Flow:
    """The player's periodic progress report, spelled out in pinyin."""
    title, cid, ep = _show(c)
    total = c.rng.randint(2400, 2900)
    b = _b(c, "POST", f"{LOG}/v3/bofang/jindu")
    b.view("json bofang_jindu / guankan_shichang with juji_id")
    b.json(
        {
            "juji_id": f"{cid}e{ep:02d}",
            "jumu": title,
            "jishu": ep,
            "bofang_jindu": c.rng.randint(30, total),
            "zong_shichang": total,
            "guankan_shichang": c.rng.randint(30, 900),
            "qingxidu": c.rng.choice(["1080p", "720p", "4k"]),
            "shijian": iso(c),
        }
    )
    b.ok_json({"code": 0, "msg": "成功"})
    return b.build()


def play_initials(c: Context) -> Flow:
    """The older SDK's compact report: pinyin initials (bfjd 播放进度, gksc 观看时长)."""
    _, cid, ep = _show(c)
    b = _b(c, "GET", f"{LOG}/p.gif", ids=False)
    b.view("query vid + bfjd (播放进度) / gksc (观看时长) / sj")
    b.param("guid", b.id("video_guid", where="query guid"))
    b.param("oaid", b.id("oaid", where="query oaid"))
    b.param("vid", f"{cid}e{ep:02d}")
    b.param("bfjd", str(c.rng.randint(10, 2700)))
    b.param("gksc", str(c.rng.randint(10, 600)))
    b.param("sj", str(ms(c)))
    b.param("sjlx", c.rng.choice(["bf", "zt", "jx", "wc"]))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/user/guankanlishi?page=1")
    b.view("response json lishi[] with jindu_miao", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        title, cid, ep = _show(c)
        rows.append(
            {
                "jumu": title,
                "cid": cid,
                "jishu": ep,
                "jindu_miao": c.rng.randint(10, 2700),
                "kanwan": c.rng.random() < 0.3,
                "zuijin_guankan": iso(c),
            }
        )
    b.ok_json({"code": 0, "lishi": rows})
    return b.build()


def danmaku_post(c: Context) -> Flow:
    _title, cid, ep = _show(c)
    b = _b(c, "POST", f"{API}/v1/danmu/fasong")
    b.view("form vid + bofang_shijian (the poster's playback second)")
    b.form(
        [
            ("vid", f"{cid}e{ep:02d}"),
            ("bofang_shijian", str(c.rng.randint(5, 2700))),
            ("neirong", c.rng.choice(["哈哈哈哈", "前方高能", "男主好帅", "泪目了", "打卡"])),
            ("yanse", "16777215"),
        ]
    )
    b.ok_json({"code": 0, "danmu_id": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def heartbeat_encrypted(c: Context) -> Flow:
    """The new player's heartbeat: AES-encrypted, only the key version readable."""
    b = _b(c, "POST", f"{LOG}/hb/v5", ids=False)
    b.view("form data (AES blob of the progress report)", detectable=False)
    b.param("kv", "7")
    b.form([("data", opaque_blob(c, c.rng.randint(160, 320)))])
    b.no_content()
    return b.build()


def danmaku_segment(c: Context) -> Flow:
    _, cid, ep = _show(c)
    seg = c.rng.randint(0, 45)
    b = _b(c, "GET", f"{API}/v1/danmu/list?vid={cid}e{ep:02d}&fenduan={seg}", ids=False)
    b.decoy("other viewers' danmaku with video times: content fetched for playback")
    b.ok_json(
        {"danmu": [{"t": seg * 60 + c.rng.randint(0, 59), "c": "哈哈哈", "p": 1} for _ in range(8)]}
    )
    return b.build()


def hot_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/pindao/rebo?channel=dianshiju")
    b.decoy("热播榜 (most-played rail): counts over all viewers")
    b.ok_json(
        {
            "rebo": [
                {"jumu": t, "cid": cid, "bofangliang": c.rng.randint(10**7, 10**9), "redu": i}
                for i, (t, cid) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    title, _, _ = _show(c)
    b = _b(c, "GET", f"{API}/v1/sousuo?kw={title[:2]}", ids=False)
    b.decoy("search results")
    b.ok_json({"jieguo": [{"jumu": t, "cid": cid} for t, cid in SHOWS[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    _, cid, ep = _show(c)
    b = FB(c, "tengyun", "GET", f"https://vod.tengyunshipin.example/{cid}/{ep}/index.m3u8")
    b.header("user-agent", "TYPlayer/3.4 ExoPlayerLib/2.19.1")
    b.param("vkey", new_hex(c.rng, 48))
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1920x1080\nhd.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "tengyun", "GET", f"https://img.tengyunshipin.example/cover/{new_hex(c.rng, 24)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def vip_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vip/xiadan", ids=False)
    b.decoy("VIP order with request id")
    b.json({"taocan": "lianxu_baoyue", "jine": 25.0, "qingqiu_id": rid(c.rng)})
    b.ok_json({"dingdan_hao": f"TY{ms(c)}{c.rng.randint(100, 999)}"})
    return b.build()
