"""The OTT app's ordinary pages: the catalogue tray, video segments from its
CDN and live-cricket scorecards (decoys: ids, thumbnails, numeric series)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .ott import API, MATCHES, TITLES, _b
from .phone import FB, rf, rid


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cms/v2/trays/home", [("lang", "hi"), ("page", "1")])
    b.decoy("catalogue tray: content ids and thumbnails")
    b.ok_json(
        {
            "trays": [
                {
                    "title": "Trending",
                    "items": [
                        {
                            "contentId": t[0],
                            "title": t[1],
                            "thumb": f"https://img.streamveda.in/{new_hex(c.rng, 16)}.jpg",
                        }
                        for t in TITLES
                    ],
                }
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://vod.svcdn.in/{new_hex(c.rng, 12)}/1080p/seg_{c.rng.randint(1, 900)}.m4s",
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def scorecard(c: Context) -> Flow:
    match, _ = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"https://sports.streamveda.in/v1/score/{match}")
    b.decoy("run-rate series and ball ids")
    b.ok_json(
        {
            "matchId": match,
            "runRate": [rf(c.rng, 4, 12, 2) for _ in range(20)],
            "lastBall": {"id": rid(c.rng), "runs": c.rng.randint(0, 6)},
        }
    )
    return b.build()
