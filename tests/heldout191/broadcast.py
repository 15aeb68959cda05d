"""The café's streaming rigs that broadcast its tournaments on CHZZK and Twitch,
and the stream stats customers check on the café's stream-booth dashboard.

Concurrent-viewer counts, peak viewers and total minutes watched over all
viewers are aggregates (not anybody's viewing history); encoder serials are the
café's. Match results and brackets are game data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_mp4

from .cafe import GEAR
from .phone import FB, iso, ms, rf, rid

BOOTH = "https://booth.arena-seomyeon.example"
OBS_UA = "obs-studio/30.2.3 (Windows 10.0.22631)"
CHZZK_CH = "7f3a9c51e2b84d06a1c5e9f20b7d4c38"
TWITCH_LOGIN = "arena_seomyeon"


def _rig(c: Context, method: str, url: str) -> FB:
    b = FB(c, "stream_rig", method, url, http_version="HTTP/1.1")
    b.header("user-agent", OBS_UA)
    return b


def encoder_stats(c: Context) -> Flow:
    rig = c.rng.choice(["encoder_a", "encoder_b"])
    b = _rig(c, "POST", f"{BOOTH}/api/rigs/{GEAR[rig]}/stats")
    b.decoy("stream encoder stats: bitrate, dropped frames, the café encoder's serial")
    b.json(
        {
            "encoderSerial": GEAR[rig],
            "bitrateKbps": c.rng.randint(5500, 8000),
            "droppedFrames": c.rng.randint(0, 40),
            "renderLagMs": rf(c.rng, 0.5, 9, 2),
            "scene": c.rng.choice(["메인 경기", "옵저버", "인터뷰", "대기 화면"]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def chzzk_live(c: Context) -> Flow:
    url = f"https://api.chzzk.naver.com/service/v3/channels/{CHZZK_CH}/live-detail"
    b = FB(c, "chzzk", "GET", url)
    b.header("user-agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36")
    b.decoy("concurrent viewer count of the café's tournament broadcast (aggregate)")
    b.ok_json(
        {
            "code": 200,
            "content": {
                "liveTitle": "아레나 서면 주말 발로란트 토너먼트",
                "status": "OPEN",
                "concurrentUserCount": c.rng.randint(40, 2400),
                "accumulateCount": c.rng.randint(2000, 40000),
                "openDate": iso(c),
            },
        }
    )
    return b.build()


def twitch_streams(c: Context) -> Flow:
    b = FB(c, "twitch", "GET", f"https://api.twitch.tv/helix/streams?user_login={TWITCH_LOGIN}")
    b.header("client-id", new_hex(c.rng, 30))
    b.decoy("viewer_count of the café's channel (aggregate)")
    b.ok_json(
        {
            "data": [
                {
                    "id": new_digits(c.rng, 11),
                    "user_login": TWITCH_LOGIN,
                    "game_name": "VALORANT",
                    "viewer_count": c.rng.randint(10, 900),
                    "started_at": iso(c),
                }
            ]
        }
    )
    return b.build()


def customer_stream_stats(c: Context) -> Flow:
    """A customer streaming from the booth checks their own channel's numbers."""
    b = FB(c, "stream_booth", "GET", f"{BOOTH}/api/booth/{c.rng.randint(1, 4)}/stats?range=7d")
    b.decoy("a customer's channel: avg/peak viewers and total minutes watched (aggregates)")
    b.ok_json(
        {
            "channel": c.rng.choice(["겜돌이TV", "busan_aim", "mapleqn"]),
            "avgViewers": rf(c.rng, 2, 120, 1),
            "peakViewers": c.rng.randint(5, 400),
            "totalWatchMinutes": c.rng.randint(300, 90000),
            "newFollowers": c.rng.randint(0, 80),
            "streamedMinutes": c.rng.randint(60, 2000),
        }
    )
    return b.build()


def bracket(c: Context) -> Flow:
    b = FB(c, "stream_booth", "GET", f"{BOOTH}/api/tournaments/2412-val/bracket")
    b.decoy("tournament bracket and scores (game data)")
    b.ok_json(
        {
            "rounds": [
                {"match": i, "home": f"T{i * 2}", "away": f"T{i * 2 + 1}",
                 "score": [c.rng.randint(0, 13), c.rng.randint(0, 13)]}
                for i in range(1, 5)
            ]
        }
    )  # fmt: skip
    return b.build()


def match_result(c: Context) -> Flow:
    b = _rig(c, "POST", f"{BOOTH}/api/tournaments/2412-val/results")
    b.decoy("round timeline with player positions and view angles (game data)")
    b.json(
        {
            "matchId": rid(c.rng),
            "map": c.rng.choice(["Ascent", "Bind", "Haven"]),
            "rounds": [
                {"r": r, "winner": c.rng.choice(["A", "B"]), "endMs": c.rng.randint(40000, 100000),
                 "killfeed": [{"x": rf(c.rng, 0, 1, 3), "y": rf(c.rng, 0, 1, 3),
                               "viewYaw": rf(c.rng, -180, 180, 1)} for _ in range(3)]}
                for r in range(1, 4)
            ],
        }
    )  # fmt: skip
    b.ok_json({"saved": True})
    return b.build()


def highlight_upload(c: Context) -> Flow:
    b = _rig(c, "PUT", f"{BOOTH}/api/highlights/{rid(c.rng)}.mp4")
    b.decoy("a clutch-round clip exported for the highlight reel (video file, not a watch report)")
    b.set_body(fake_mp4(c.rng.randint(0, 10**9), 1200), "video/mp4")
    b.ok_json({"stored": True, "durationSec": c.rng.randint(8, 40), "at": ms(c)})
    return b.build()
