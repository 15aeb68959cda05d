"""Tingting (听听有声): audiobooks (有声书), crosstalk and podcasts, plus an e-book shelf.

Listening counts as viewing history under the issue's definition (what a person
listened to): the player reports 收听进度 with initials (`tsjd`, `tssc`), podcast
episodes with `shoutingjindu`, and the 收听历史 page answers with tracks and
positions. Reading an e-book chapter (`yuedu_jindu`) is reading, not listening:
a decoy. A lite build packs (album|track|seconds|ts) into base64 under `p`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, ua

API = "https://mobile.tingtingyousheng.example"
UA = ua("Tingting", "9.3.6")
ALBUMS = [
    ("三体 广播剧", 2881203),
    ("明朝那些事儿", 3315002),
    ("郭德纲相声精选", 1200481),
    ("凡人修仙传", 4410877),
    ("忽左忽右 播客", 5120033),
]


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "tingting", method, url)
    b.header("user-agent", UA)
    if ids:
        b.header("x-tt-udid", b.id("book_udid", where="header x-tt-udid"))
    b.header("x-tt-uid", b.acct("book_uid"))
    return b


def _track(c: Context) -> tuple[str, int, int]:
    name, album = c.rng.choice(ALBUMS)
    return name, album, album * 100 + c.rng.randint(1, 99)


def listen_progress(c: Context) -> Flow:
    _name, album, track = _track(c)
    b = _b(c, "POST", f"{API}/v1/shouting/jindu")
    b.view("form albumId/trackId + tsjd (收听进度) / tssc (收听时长)")
    b.form(
        [
            ("albumId", str(album)),
            ("trackId", str(track)),
            ("tsjd", str(c.rng.randint(10, 1800))),
            ("tssc", str(c.rng.randint(10, 900))),
            ("beisu", c.rng.choice(["1.0", "1.25", "1.5"])),
            ("ts", str(ms(c))),
            ("androidId", b.id("aid_book", where="form androidId")),
        ]
    )
    b.ok_json({"ret": 0})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/boke/shoutingjindu")
    b.view("json jiemu_id + shoutingjindu + wancheng")
    b.json(
        {
            "jiemu_id": f"ep{c.rng.randint(100000, 999999)}",
            "boke": "忽左忽右",
            "shoutingjindu": c.rng.randint(10, 5400),
            "wancheng": c.rng.random() < 0.2,
            "shijian": iso(c),
        }
    )
    b.ok_json({"ret": 0})
    return b.build()


def listen_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/shouting/lishi?pageSize=20")
    b.view("response json lishi[] with jindu", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        name, _album, track = _track(c)
        rows.append(
            {"zhuanji": name, "trackId": track, "jindu": c.rng.randint(0, 1800), "shijian": iso(c)}
        )
    b.ok_json({"ret": 0, "lishi": rows})
    return b.build()


def lite_beacon(c: Context) -> Flow:
    """The lite build: album|track|seconds|ts joined and base64'd under `p`."""
    _, album, track = _track(c)
    b = _b(c, "GET", f"{API}/x/t.gif", ids=False)
    b.view("query p = base64(album|track|seconds|ts)", detectable=False)
    b.param("p", b64(f"{album}|{track}|{c.rng.randint(10, 1800)}|{ms(c)}"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/yuedu/jindu")
    b.decoy("e-book reading progress (yuedu_jindu): reading, not watching or listening")
    b.json(
        {
            "shu_id": c.rng.randint(10000, 99999),
            "zhangjie": c.rng.randint(1, 300),
            "yuedu_jindu": round(c.rng.random(), 3),
            "shijian": iso(c),
        }
    )
    b.ok_json({"ret": 0})
    return b.build()


def album_page(c: Context) -> Flow:
    name, album, _ = _track(c)
    b = _b(c, "GET", f"{API}/v1/zhuanji/{album}/tracks?page=1", ids=False)
    b.decoy("album track list with durations and play counts (catalogue)")
    b.ok_json(
        {
            "zhuanji": name,
            "tracks": [
                {
                    "trackId": album * 100 + i,
                    "shichang": c.rng.randint(600, 1800),
                    "bofangliang": c.rng.randint(10**4, 10**7),
                }
                for i in range(1, 11)
            ],
        }
    )
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passport/v1/login/email", ids=False)
    b.json({"email": b.id("email", where="json email"), "mima": "***", "quhao": "86"})
    b.ok_json({"ret": 0, "token": b.acct("book_uid") + "." + str(ms(c))})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    _, album, track = _track(c)
    b = FB(c, "tingting", "GET", f"https://aod.tingtingcdn.example/{album}/{track}.m4a")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x1cftypM4A " + bytes(300))
    return b.build()
