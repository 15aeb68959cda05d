"""A karaoke scoring game ("K歌"): pitch curves and scores (decoys: a singing
pitch contour is no voiceprint), song rankings, and the user's play / sing
history (true viewing-listening history).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import mk, ms, rf

API = "https://ktv.changba-sing.cn"
APP = "ChangKTV"


def pitch_score(c: Context) -> Flow:
    b = mk(c, "ktv", "POST", f"{API}/score/submit", APP, "6.0.3")
    b.decoy("pitch curve (Hz per frame) and score of a sung song: no speaker model")
    b.json(
        {
            "songId": new_digits(c.rng, 7),
            "pitch_curve": [rf(c.rng, 110, 440, 1) for _ in range(40)],
            "yingao": [c.rng.randint(40, 80) for _ in range(20)],
            "score": c.rng.randint(60, 100),
            "combo": 12,
        }
    )
    b.ok_json({"rank": c.rng.randint(1, 999)})
    return b.build()


def song_rank(c: Context) -> Flow:
    b = mk(c, "ktv", "GET", f"{API}/chart/hot", APP, "6.0.3")
    b.decoy("hot songs chart with play counts (bofang_cishu)")
    b.ok_json(
        {
            "songs": [
                {"id": new_digits(c.rng, 7), "bofang_cishu": c.rng.randint(10**3, 10**7)}
                for _ in range(8)
            ]
        }
    )
    return b.build()


def play_history(c: Context) -> Flow:
    b = mk(c, "ktv", "POST", f"{API}/user/play_history/sync", APP, "6.0.3")
    b.view("json play_history[] songs the user played, with played_ms and finished_at")
    b.json(
        {
            "uid": b.acct("ktv_user"),
            "play_history": [
                {
                    "song_id": new_digits(c.rng, 7),
                    "title": "月亮代表我的心",
                    "played_ms": c.rng.randint(30000, 240000),
                    "finished_at": ms(c) - c.rng.randint(0, 10**6),
                }
                for _ in range(3)
            ],
            "android_id": b.id("aid_karaoke", where="json android_id"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
