"""Dramatoon: Ji-woo's webtoon-and-drama app (webtoons to read, K-dramas made
from them to stream).

Reading a webtoon episode (scroll percent, last cut) is reading, not viewing
history; the drama player's heartbeats, the "이어보기" (continue watching) answer
and the compressed playback log are. Catalogue rails and the 실시간 인기
(trending) ranking are catalogue and aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, noise, rf, ua

API = "https://api.dramatoon.example"
LOG = "https://lg.dramatoon.example"
UA = ua("Dramatoon", "7.3.1")
DRAMAS = ["연애혁명", "치즈인더트랩", "이태원 클라쓰", "마스크걸", "무빙"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dramatoon", method, url)
    b.header("user-agent", UA)
    b.header("x-dt-session", new_hex(c.rng, 32))
    return b


def _drama(c: Context) -> tuple[int, int]:
    return c.rng.randint(1000, 1999), c.rng.randint(1, 16)


def home(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/home?tab=drama")
    b.decoy("catalogue rails with episode counts and durations")
    b.ok_json(
        {
            "sections": [
                {"title": "지금 뜨는 드라마", "items": [
                    {"cntntsId": c.rng.randint(1000, 1999), "title": t,
                     "epsdCnt": 16, "runtimeSec": 3600} for t in DRAMAS]},
            ]
        }
    )  # fmt: skip
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/ranking/realtime")
    b.decoy("실시간 인기 ranking: view counts over all users (aggregate)")
    b.ok_json(
        {
            "rank": [
                {"no": i + 1, "title": t, "viewCnt": c.rng.randint(10**4, 10**6),
                 "avgWatchRate": rf(c.rng, 0.3, 0.95, 2)}
                for i, t in enumerate(DRAMAS)
            ]
        }
    )  # fmt: skip
    return b.build()


def read_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/webtoon/read")
    b.decoy("webtoon reading progress (reading, not viewing history)")
    b.json(
        {
            "titleId": c.rng.randint(700000, 799999),
            "episodeNo": c.rng.randint(1, 300),
            "scrollPercent": c.rng.randint(5, 100),
            "lastCutNo": c.rng.randint(1, 80),
            "readAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def cut_image(c: Context) -> Flow:
    title, cut = c.rng.randint(700000, 799999), c.rng.randint(1, 80)
    url = f"https://img.dramatoon.example/wt/{title}/{cut}.jpg"
    b = FB(c, "dramatoon", "GET", url)
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def manifest(c: Context) -> Flow:
    cid, ep = _drama(c)
    b = FB(c, "dramatoon", "GET", f"https://vod.dramatoon.example/{cid}/{ep}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1920x1080\n1080.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    cid, ep = _drama(c)
    b = FB(
        c,
        "dramatoon",
        "GET",
        f"https://vod.dramatoon.example/{cid}/{ep}/1080/{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@" + noise(c, 600))
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, ep = _drama(c)
    b = _b(c, "POST", f"{API}/v4/player/heartbeat")
    b.view("json cntntsId + epsdNo + playPosition (heartbeat)")
    b.json(
        {
            "cntntsId": cid,
            "epsdNo": ep,
            "playPosition": c.rng.randint(10, 3500),
            "duration": 3600,
            "evt": c.rng.choice(["HEARTBEAT", "PAUSE", "PLAY", "SEEK"]),
            "quality": "1080p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/me/continue-watching")
    b.view("response json list[].lastViewSec (이어보기)", direction="response")
    b.ok_json(
        {
            "title": "이어보기",
            "list": [
                {"cntntsId": c.rng.randint(1000, 1999), "title": t, "epsdNo": c.rng.randint(1, 16),
                 "lastViewSec": c.rng.randint(60, 3500), "viewedAt": iso(c)}
                for t in c.rng.sample(DRAMAS, 3)
            ],
        }
    )  # fmt: skip
    return b.build()


def play_log_opaque(c: Context) -> Flow:
    """The player's batch log: rows of [content, episode, position, ts], gzip + base64 in d."""
    b = _b(c, "POST", f"{LOG}/c")
    b.view("form d= base64(gzip(rows))", detectable=False)
    rows = [
        [c.rng.randint(1000, 1999), c.rng.randint(1, 16), c.rng.randint(10, 3500), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.form([("v", "3"), ("d", b64(gz(js(rows).encode())))])
    b.no_content()
    return b.build()


def episode_done(c: Context) -> Flow:
    cid, ep = _drama(c)
    b = _b(c, "POST", f"{API}/v4/player/complete")
    b.view("json vodPlayTm + completeYn (episode finished)")
    b.json({"cntntsId": cid, "epsdNo": ep, "vodPlayTm": 3600, "completeYn": "Y", "regDt": iso(c)})
    b.no_content()
    return b.build()
