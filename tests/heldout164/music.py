"""Yinlang Music (音浪音乐): streaming music with a Tencent Beacon analytics SDK.

Listening is reported as a play record (`tingge_jilu`: song id, 播放时长
`bofang_shichang`, 完整播放) and answered as 最近播放 (recently played); an older
module batches plays as numbered columns (`{"1":..,"2":..}`), which no name
explains. 听歌识曲 (song recognition) sends an audio fingerprint of the music
playing nearby, not of a voice: not biometric. Charts are aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://u.yinlangmusic.example"
UA = ua("YinlangMusic", "13.2.1")
SONGS = [
    ("晴天", "周杰伦"),
    ("成都", "赵雷"),
    ("夜空中最亮的星", "逃跑计划"),
    ("稻香", "周杰伦"),
    ("孤勇者", "陈奕迅"),
    ("上海滩", "叶丽仪"),
]


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "yinlang", method, url)
    b.header("user-agent", UA)
    if ids:
        b.header("x-qimei36", b.id("music_qimei", where="header x-qimei36"))
    b.header("cookie", f"uin={b.acct('music_uid')}; ct=11")
    return b


def _song(c: Context) -> tuple[int, str, str]:
    name, singer = c.rng.choice(SONGS)
    return c.rng.randint(100000, 999999), name, singer


def play_record(c: Context) -> Flow:
    sid, name, singer = _song(c)
    b = _b(c, "POST", f"{API}/cgi-bin/musicu.fcg?_webcgikey=tingge_jilu")
    b.view("json tingge_jilu.songid + bofang_shichang")
    total = c.rng.randint(180, 320)
    played = c.rng.randint(10, total)
    b.json(
        {
            "comm": {"ct": 11, "cv": 13020100, "guid": b.id("aid_music", where="json comm.guid")},
            "tingge_jilu": {
                "songid": sid,
                "geming": name,
                "geshou": singer,
                "bofang_shichang": played,
                "gequ_shichang": total,
                "wanzheng_bofang": int(played == total),
                "laiyuan": c.rng.choice(["meiri_tuijian", "wode_shoucang", "sousuo"]),
                "kaishi_shijian": ms(c),
            },
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def recent_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cgi-bin/musicu.fcg?_webcgikey=zuijin_bofang")
    b.view("response json zuijin_bofang[] with tingguo_shijian", direction="response")
    rows = []
    for _ in range(c.rng.randint(4, 8)):
        sid, name, singer = _song(c)
        rows.append({"songid": sid, "geming": name, "geshou": singer, "tingguo_shijian": iso(c)})
    b.ok_json({"code": 0, "zuijin_bofang": rows})
    return b.build()


def play_columns(c: Context) -> Flow:
    """Old stats module: rows of numbered columns (song, seconds, ts, source)."""
    b = _b(c, "POST", f"{API}/stat/v1/r", ids=False)
    b.view("json d[] rows under numeric keys 1..4", detectable=False)
    rows = [
        {"1": _song(c)[0], "2": c.rng.randint(10, 300), "3": ms(c), "4": c.rng.randint(1, 9)}
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"v": 2, "d": rows}, "gzip")
    b.no_content()
    return b.build()


def recognise_song(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/shibie/v2/tinggeshiqu")
    b.decoy("song-recognition audio fingerprint of nearby music: no voice, no speaker model")
    b.json(
        {
            "zhiwen": new_hex(c.rng, 256),
            "caiyanglv": 8000,
            "shichang_ms": c.rng.randint(4000, 10000),
        }
    )
    sid, name, singer = _song(c)
    b.ok_json({"songid": sid, "geming": name, "geshou": singer, "pianyi_ms": 61000})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cgi-bin/musicu.fcg?_webcgikey=reget_bang", ids=False)
    b.decoy("热歌榜 chart: play counts over all listeners")
    b.ok_json(
        {
            "bang": [
                {"songid": sid, "geming": n, "bofang_cishu": c.rng.randint(10**6, 10**8)}
                for sid, n, _ in (_song(c) for _ in range(10))
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, name, _ = _song(c)
    b = _b(c, "GET", f"{API}/lyric/fcgi-bin/fcg_query_lyric_new.fcg?songmid={sid}", ids=False)
    b.decoy("lyrics with [mm:ss] time tags (content)")
    b.ok_json({"lyric": f"[00:12.30]{name}\n[00:18.72]...\n", "trans": ""})
    return b.build()


def song_url(c: Context) -> Flow:
    sid, _, _ = _song(c)
    b = FB(c, "yinlang", "GET", f"https://isure.yinlangmusic.example/C400{sid}.m4a")
    b.header("user-agent", UA)
    b.param("vkey", new_hex(c.rng, 64).upper())
    b.param("fromtag", "66")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x1cftypM4A " + bytes(200))
    return b.build()


def equaliser(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cgi-bin/musicu.fcg?_webcgikey=yinxiao", ids=False)
    b.json({"yinxiao": "chaoji_zhongdiyin", "zengyi": [rf(c.rng, -6, 6, 1) for _ in range(10)]})
    b.ok_json({"code": 0})
    return b.build()
