"""Kkumtoon: a webtoon app that also plays short animated episodes
("motion toons", 2-5 minute clips).

In-house backend (fictional hosts). Reading a still-image episode is fetched
as image strips (not logged here as viewing); the animated episodes report
playback like any video player, and the "recently viewed" shelf is synced.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua_app

API = "https://gw.kkumtoon.example.kr"
TITLES = [
    (810443, "얼굴천재"),
    (783053, "나 혼자 만렙"),
    (821110, "마음의 소리 2"),
    (799201, "외모지상주의"),
]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "kkumtoon", method, url)
    b.header("user-agent", ua_app("Kkumtoon", "3.48.0"))
    if ident:
        b.header("x-kt-udid", b.id("idfv_toon", "plain", "header x-kt-udid"))
    return b


def motion_play(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/motion/v1/play-log")
    dur = c.rng.randint(120, 300)
    b.json(
        {
            "titleNo": tid,
            "episodeNo": c.rng.randint(1, 120),
            "motion": True,
            "playedSec": c.rng.randint(5, dur),
            "totalSec": dur,
            "state": c.rng.choice(["PLAYING", "PAUSE", "END"]),
            "clientTime": ms(c),
        }
    )
    b.view("body titleNo/episodeNo + playedSec of an animated episode")
    b.no_content()
    return b.build()


def recent_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/my/v2/recently-viewed")
    rows = [
        {
            "titleNo": t,
            "lastEpisodeNo": c.rng.randint(1, 90),
            "viewedAt": iso(c),
            "motionProgress": rf(c.rng, 0, 1, 2),
        }
        for t, _ in c.rng.sample(TITLES, 3)
    ]
    b.json({"items": rows})
    b.view("body recently-viewed shelf with progress")
    b.ok_json({"synced": len(rows)})
    return b.build()


def motion_quartile(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{API}/stat/mq")
    b.param("t", str(tid))
    b.param("e", str(c.rng.randint(1, 120)))
    b.param("q", str(c.rng.choice([25, 50, 75, 100])))
    b.view("query t/e/q (title, episode, quartile reached): terse keys", detectable=False)
    b.no_content()
    return b.build()


def episode_images(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    n = c.rng.randint(1, 60)
    b = FB(c, "kkumtoon", "GET", f"https://img.kkumtoon.example.kr/{tid}/{n}/strip_{n:03d}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("webtoon strip image fetch")
    return b.build()


def title_page(c: Context) -> Flow:
    tid, name = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{API}/title/v1/{tid}?sort=desc", ident=False)
    b.ok_json(
        {
            "titleNo": tid,
            "name": name,
            "genre": ["drama"],
            "synopsis": "평범한 얼굴의 주인공이 하루아침에 얼굴이 바뀐다.",
            "episodes": [{"no": n, "starScore": rf(c.rng, 9, 10, 2)} for n in range(1, 11)],
        }
    )
    b.decoy("title page: synopsis about faces, star scores")
    return b.build()


def comments(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{API}/comment/v1/list?titleNo={tid}&page=1", ident=False)
    b.ok_json(
        {
            "comments": [
                {"id": rid(c.rng), "text": "작가님 그림체 미쳤다", "likes": c.rng.randint(0, 900)}
                for _ in range(3)
            ]
        }
    )
    b.decoy("comments")
    return b.build()


def cookie_purchase(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pay/v1/cookie/charge")
    b.json(
        {
            "product": "cookie_49",
            "price": 5900,
            "transactionId": str(c.rng.randint(10**14, 10**15)),
            "receipt": rid(c.rng),
        }
    )
    b.ok_json({"balance": c.rng.randint(0, 200)})
    return b.build()
