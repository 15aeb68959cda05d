"""An anime streaming app whose in-house backend uses kanji / kana key names
(端末ID = terminal id, 作品ID = title id, 話数 = episode number, 再生位置 =
playback position, つづきから = continue from). Ad networks used in Japan
(nend, AppLovin, i-mobile, FIVE) are in adsdk.py. Fictional host names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.animebox.jp"
WORKS = ["葬送の冒険者", "呪術学園", "宇宙兄弟たち", "ぼっちロック", "推しの星"]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("AnimeBox", "5.2.0"))


def shichou(ctx: Context) -> Flow:
    b = FB(ctx, "anime", "POST", f"{API}/api/shichou-log")
    _hdr(b)
    b.json(
        {
            "端末ID": ctx.phone.anime_install,  # type: ignore[attr-defined]
            "作品ID": "w" + new_digits(ctx.rng, 5),
            "作品名": ctx.rng.choice(WORKS),
            "話数": ctx.rng.randint(1, 24),
            "再生位置": ctx.rng.randint(0, 1420),
            "視聴完了": ctx.rng.random() < 0.4,
            "送信日時": iso(ctx),
        }
    )
    b.other_id("anime_install", "body.端末ID")
    b.view("body{作品ID,話数,再生位置}")
    b.ok_json({"結果": "成功"})
    return b.build()


def tsudukikara(ctx: Context) -> Flow:
    b = FB(ctx, "anime", "GET", f"{API}/api/mylist/tsuzukikara", [("件数", "10")])
    _hdr(b)
    rows = [
        {
            "作品ID": "w" + new_digits(ctx.rng, 5),
            "作品名": w,
            "話数": ctx.rng.randint(1, 24),
            "再生位置": ctx.rng.randint(0, 1420),
        }
        for w in ctx.rng.sample(WORKS, 3)
    ]
    b.view("response.つづきから[]", direction="response")
    b.ok_json({"つづきから": rows})
    return b.build()


def episodes(ctx: Context) -> Flow:
    b = FB(ctx, "anime", "GET", f"{API}/api/works/w{new_digits(ctx.rng, 5)}/episodes")
    _hdr(b)
    b.decoy("episode list with durations")
    eps = [
        {"話数": i, "尺": 1420, "サムネ": f"https://img.animebox.jp/{new_hex(ctx.rng, 8)}.jpg"}
        for i in range(1, 5)
    ]
    b.ok_json({"episodes": eps})
    return b.build()


def vote(ctx: Context) -> Flow:
    b = FB(ctx, "anime", "POST", f"{API}/api/ninki/vote")
    _hdr(b)
    b.json({"キャラID": "c" + new_digits(ctx.rng, 4), "票": 1, "t": ms(ctx)})
    b.decoy("character popularity vote")
    b.ok_json({"順位": ctx.rng.randint(1, 50), "票数": ctx.rng.randint(100, 90000)})
    return b.build()


def manga_page(ctx: Context) -> Flow:
    url = f"https://img.animebox.jp/manga/{new_hex(ctx.rng, 10)}/{ctx.rng.randint(1, 200)}.webp"
    b = FB(ctx, "anime", "GET", url)
    b.decoy("manga page image fetch")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(60))
    return b.build()


def trace(ctx: Context) -> Flow:
    b = FB(ctx, "anime", "POST", f"{API}/api/trace")
    b.json(
        {"traceId": rid(ctx.rng), "spanId": new_hex(ctx.rng, 16), "ms": ctx.rng.randint(20, 900)}
    )
    b.decoy("trace and span ids")
    b.no_content()
    return b.build()
