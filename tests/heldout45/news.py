"""A news portal (Yahoo! News / Naver-like): rankings, articles, thumbnails,
and a video player whose playback heartbeats ARE viewing history.

Decoys: "most viewed" (アクセスランキング / 많이 본 뉴스) rankings with view
counts, article pages (one about face recognition at airports), thumbnails.
Positives: the player's heartbeats and the watched-videos sync (own backend,
key names of my own: the content id with position and watched seconds).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, iso, ms, ua

API = "https://api.nyusu-hub.example"
UA = ua("NyusuHub", "9100")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "news", method, API + path)
    b.header("user-agent", UA)
    return b


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/ranking/access")
    b.param("cat", c.rng.choice(["domestic", "world", "it", "entertainment"]))
    b.ok_json(
        {
            "title": c.rng.choice(["アクセスランキング", "많이 본 뉴스"]),
            "items": [
                {
                    "rank": i + 1,
                    "article_id": f"a{c.rng.randint(10**7, 10**8)}",
                    "view_count": c.rng.randint(10**4, 10**6),
                    "comment_count": c.rng.randint(0, 3000),
                    "thumb": f"https://img.nyusu-hub.example/t/{c.rng.randint(1, 10**6)}.jpg",
                }
                for i in range(10)
            ],
        }
    )
    b.decoy("'most viewed' ranking with view counts (other people's, aggregated)")
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/articles/a{c.rng.randint(10**7, 10**8)}")
    title = c.rng.choice(
        [
            "空港の顔認証ゲート、来月から全国に拡大",
            "Face ID 대신 얼굴 인식 결제 확대",
            "Nhận diện khuôn mặt tại sân bay Tân Sơn Nhất",
            "日銀、金融政策を据え置き",
        ]
    )
    b.ok_json(
        {
            "headline": title,
            "body": title + "。" * 3,
            "tags": ["face recognition", "biometrics"],
            "published": iso(c),
            "read_time_sec": c.rng.randint(60, 400),
        }
    )
    b.decoy("article (possibly about face recognition) fetched: text, no user data")
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "news",
        "GET",
        f"https://img.nyusu-hub.example/v/{c.rng.randint(1, 10**6)}/poster_480.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 800))
    b.decoy("video thumbnail image fetch")
    return b.build()


def _vid(c: Context) -> str:
    return f"v{c.rng.randint(10**6, 10**7)}"


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/video/playlog/heartbeat")
    dur = c.rng.randint(60, 900)
    b.json(
        {
            "video_id": _vid(c),
            "event": c.rng.choice(["play", "heartbeat", "heartbeat", "pause"]),
            "playhead_sec": c.rng.randint(0, dur),
            "duration_sec": dur,
            "watched_sec": c.rng.randint(5, 60),
            "autoplay": False,
            "ts": ms(c),
        }
    )
    b.view("json:video_id+playhead_sec")
    b.no_content()
    return b.build()


def watched_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/me/video/shichou-rireki")  # 視聴履歴 = viewing history
    b.json(
        {
            "rireki": [
                {
                    "video_id": _vid(c),
                    "saigo_ichi_sec": c.rng.randint(0, 600),
                    "shichou_nichiji": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.view("json:rireki[].video_id+shichou_nichiji")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/b")
    inner = jsb({"v": _vid(c), "p": c.rng.randint(0, 600), "t": ms(c)})
    b.json({"d": b64(bytes(x ^ 0x5A for x in inner)), "k": 3})
    b.view("json:d (xor-obfuscated playback beacon)", detectable=False)
    b.no_content()
    return b.build()
