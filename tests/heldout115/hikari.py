"""Hikari Stream (iPhone): a big Japanese video service for anime and dramas.

The in-house player reports 再生位置 (play position) in kanji keys; the
continue-watching shelf answers with 視聴履歴 rows (viewing history in the
response); a batched beacon hides rows behind gzip+base64 under `d`.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, jsb

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.hikari-stream.example"
UA = ios_ua("HikariStream", "6.12.0")
TITLES = ["葬送の旅人", "呪術廻戦", "silent 〜僕らの冬〜", "ハイキュー!!", "鬼滅の刃 遊郭編"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hikari", method, url)
    b.header("user-agent", UA)
    b.header("x-hikari-member", b.acct("hikari_member"))
    return b


def play_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/player/v3/saisei_jokyo")
    b.header("x-device-idfv", b.id("idfv_hikari", where="header x-device-idfv"))
    b.view("json 作品ID + 再生位置秒 + イベント")
    total = c.rng.randint(1400, 3300)
    b.json(
        {
            "作品ID": f"SID{c.rng.randint(10000, 99999)}",
            "話数": c.rng.randint(1, 24),
            "タイトル": c.rng.choice(TITLES),
            "イベント": c.rng.choice(["再生", "一時停止", "ハートビート", "完了"]),
            "再生位置秒": c.rng.randint(0, total),
            "総尺秒": total,
            "送信時刻": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mypage/v2/shichou_rireki?limit=10")
    b.view("response json 視聴履歴[].視聴位置", direction="response")
    b.ok_json(
        {
            "視聴履歴": [
                {
                    "作品ID": f"SID{c.rng.randint(10000, 99999)}",
                    "タイトル": c.rng.choice(TITLES),
                    "視聴位置": c.rng.randint(60, 2800),
                    "最終視聴日時": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b/v1")
    rows = [[c.rng.randint(10000, 99999), c.rng.randint(0, 3000), ms(c)] for _ in range(3)]
    b.view("form d (gzip+base64 rows of title, seconds, time)", detectable=False)
    blob = base64.b64encode(gz(jsb({"r": rows}))).decode()
    b.form([("d", blob), ("v", "3")])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalog/v2/genre/anime?sort=人気順")
    b.decoy("catalogue rail and ranking (人気順): everyone's popularity, not this viewer's")
    b.ok_json(
        {
            "ランキング": [
                {"順位": i + 1, "作品ID": f"SID{c.rng.randint(10000, 99999)}", "タイトル": t}
                for i, t in enumerate(TITLES)
            ],
            "総再生数": c.rng.randint(10**6, 10**8),
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "hikari", "GET", f"https://vod.hikari-stream.example/hls/{rid(c.rng)}/master.m3u8")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.decoy("stream manifest fetch (fetching is not viewing history)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1920x1080\n1080p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/search/v1?q=じゅじゅつ&page=1")
    b.decoy("search results with durations")
    b.ok_json({"結果": [{"作品ID": f"SID{c.rng.randint(10000, 99999)}", "尺": 1440}]})
    return b.build()
