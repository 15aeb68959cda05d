"""Minpo Catchup: the commercial broadcasters' joint catch-up TV portal (fictional
backend on *.example; the real one's team writes romaji keys mixed with English).

Sensitive: the player's heartbeat (`saisei_ichi` position, `shichou_jikan` watched
seconds per episode), the `視聴履歴` list the server returns, and a compact beacon
that gzips rows under `d`. Not sensitive: the ranking rail (`ninki` = what all
viewers watch, an aggregate), the episode catalogue, HLS manifests, thumbnails.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.minpo-catchup.example"
UA = ua("MinpoCatchup", "7.31.0")
BANGUMI = [
    "ドラマ『海街の灯』第5話",
    "バラエティ『週末ぶらり旅』",
    "アニメ『月光の剣士』#12",
    "報道特番 2024",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "minpo-catchup", method, url)
    b.header("user-agent", UA)
    b.header("x-minpo-user", b.acct("catchup_user"))
    return b


def tanmatsu_touroku(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tanmatsu/touroku")
    b.json(
        {
            "tanmatsu_id": b.id("aid_catchup", where="json tanmatsu_id"),
            "koukoku_id": b.id("gaid", where="json koukoku_id"),
            "kishu": "XQ-DQ44",
            "os_ver": "14",
        }
    )
    b.ok_json({"kekka": "OK", "session": rid(c.rng)})
    return b.build()


def saisei_heartbeat(c: Context, event: str = "heartbeat") -> Flow:
    b = _b(c, "POST", f"{API}/v3/saisei/log")
    b.view("json episode_id + saisei_ichi / shichou_jikan")
    total = c.rng.randint(1400, 3300)
    pos = c.rng.randint(10, total)
    b.json(
        {
            "tanmatsu_id": b.id("aid_catchup", where="json tanmatsu_id"),
            "event": event,
            "episode_id": f"ep{c.rng.randint(10**7, 10**8)}",
            "bangumi_mei": c.rng.choice(BANGUMI),
            "saisei_ichi": pos,
            "shichou_jikan": min(pos, c.rng.randint(30, 600)),
            "sou_jikan": total,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def shichou_rireki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mypage/rireki?limit=20")
    b.view("response json 視聴履歴[] (番組, 再生位置, 視聴日時)", direction="response")
    b.ok_json(
        {
            "視聴履歴": [
                {
                    "番組": c.rng.choice(BANGUMI),
                    "エピソードID": f"ep{c.rng.randint(10**7, 10**8)}",
                    "再生位置": c.rng.randint(30, 3000),
                    "視聴日時": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def compact_beacon(c: Context) -> Flow:
    """Rows [episode, position, ts] gzipped and base64'd under `d`: nothing readable."""
    b = _b(c, "POST", f"{API}/b/1")
    b.view("form d (gzip+base64 rows)", detectable=False)
    rows = [[c.rng.randint(10**7, 10**8), c.rng.randint(10, 3000), ms(c)] for _ in range(3)]
    b.form([("d", b64(gz(jsb(rows)))), ("v", "2")])
    b.no_content()
    return b.build()


def ninki_ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ranking/ninki?genre=drama")
    b.decoy("人気ランキング: counts over all viewers (aggregate), not one person's history")
    b.ok_json(
        {
            "ninki": [
                {"rank": i + 1, "bangumi_mei": t, "saisei_kaisu": c.rng.randint(10**4, 10**6)}
                for i, t in enumerate(BANGUMI)
            ]
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/series/{c.rng.randint(1000, 9999)}/episodes")
    b.decoy("episode catalogue with durations and broadcast times (content metadata)")
    b.ok_json(
        {
            "episodes": [
                {
                    "episode_id": f"ep{c.rng.randint(10**7, 10**8)}",
                    "sou_jikan": 2760,
                    "housou_bi": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "minpo-catchup",
        "GET",
        f"https://vod.minpo-catchup.example/hls/ep{c.rng.randint(10**7, 10**8)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:6\n720p/index.m3u8\n")
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "minpo-catchup",
        "GET",
        f"https://img.minpo-catchup.example/thumb/{c.rng.randint(10**5, 10**6)}_w640.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
