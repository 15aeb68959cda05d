"""Her own streaming app (fictional "Kōwhai TV", AU/NZ), the truly sensitive part.

In-house backend: watch log, resume points, continue-watching rail. Analytics via
Segment's iOS SDK following the Segment Video Spec (segment.com/docs/connections/
spec/video: "Video Content Playing" heartbeats with asset_id, title, position,
total_length, session_id; batched to api.segment.io/v1/batch). analytics-ios
fills context.device.id with identifierForVendor (SEGAnalyticsUtils / the
device context), and anonymousId with its own per-install UUID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, rid, ua

HOST = "https://api.kowhai.example.co.nz"
SHOWS = [
    ("ep_8841", "Outrageous Fortune S2E4"),
    ("mv_1203", "Whale Rider"),
    ("ep_5520", "Wellington Paranormal S1E2"),
    ("ep_7731", "Bluey S3E12"),
    ("mv_3310", "Boy"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "stream-app", method, HOST + path)
    b.header("user-agent", ua("KowhaiTV", "9.1"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pos(c: Context) -> tuple[int, int]:
    total = c.rng.choice([1320, 2640, 5400, 6120])
    return c.rng.randint(30, total), total


def progress(c: Context) -> Flow:
    cid, _ = c.rng.choice(SHOWS)
    pos, total = _pos(c)
    b = _b(c, "PUT", f"/v2/me/progress/{cid}")
    b.json(
        {
            "contentId": cid,
            "positionSeconds": pos,
            "durationSeconds": total,
            "event": "heartbeat",
            "profileId": "p1",
            "updatedAt": iso(c),
        }
    )
    b.view("json:positionSeconds (progress heartbeat of content she is watching)")
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/me/watch-history")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        cid, title = c.rng.choice(SHOWS)
        pos, total = _pos(c)
        rows.append(
            {
                "contentId": cid,
                "title": title,
                "watchedSeconds": pos,
                "completed": pos > total * 0.9,
                "watchedAt": iso(c),
            }
        )
    b.json({"entries": rows})
    b.view("json:entries[] watch log (content, seconds watched, when)")
    b.ok_json({"stored": len(rows)})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/me/rails/continue-watching")
    items = []
    for cid, title in c.rng.sample(SHOWS, 3):
        pos, total = _pos(c)
        items.append(
            {
                "contentId": cid,
                "title": title,
                "resumePointSec": pos,
                "runtimeSec": total,
                "lastWatched": iso(c),
            }
        )
    b.ok_json({"rail": "continue_watching", "items": items})
    b.view("response json:items[].resumePointSec (her resume points)", direction="response")
    return b.build()


def segment_video(c: Context) -> Flow:
    cid, title = c.rng.choice(SHOWS)
    pos, total = _pos(c)
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", ua("KowhaiTV", "9.1"))
    b.header("authorization", "Basic " + b64("wk9xK2pLq0vR8sT1:"))
    anon = rid(c.rng)
    b.other_id("segment_anonymous_id", "json:batch[].anonymousId", detectable=False)
    ev = c.rng.choice(["Video Content Playing", "Video Playback Paused", "Video Content Completed"])
    ctx = {
        "device": {
            "id": b.id("idfv_stream", where="json:batch[].context.device.id"),
            "manufacturer": "Apple",
            "model": "iPhone15,4",
            "type": "ios",
            "adTrackingEnabled": False,
        },
        "os": {"name": "iOS", "version": "17.5.1"},
        "library": {"name": "analytics-ios", "version": "4.1.8"},
    }
    batch = [
        {
            "type": "track",
            "event": ev,
            "anonymousId": anon,
            "messageId": rid(c.rng),
            "timestamp": iso(c),
            "properties": {
                "session_id": rid(c.rng)[:12],
                "asset_id": cid,
                "title": title,
                "position": pos,
                "total_length": total,
                "livestream": False,
            },
            "context": ctx,
        }
    ]
    b.json({"batch": batch, "sentAt": iso(c), "writeKey": "wk9xK2pLq0vR8sT1"}, encoding="gzip")
    b.view("json:batch[].properties (Segment video spec event: asset_id, position)")
    b.ok_json({"success": True})
    return b.build()


def opaque_qoe(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/qoe")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(380)), "application/octet-stream")
    b.view("encrypted player QoE beacon (carries the playing content, opaque)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/catalogue/home")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Trending in Aotearoa",
                    "items": [
                        {"contentId": cid, "title": t, "durationSec": c.rng.randint(1200, 7200)}
                        for cid, t in SHOWS
                    ],
                }
            ]
        }
    )
    b.decoy("catalogue page with content ids and durations")
    return b.build()


def thumbnail(c: Context) -> Flow:
    cid, _ = c.rng.choice(SHOWS)
    b = FB(c, "stream-cdn", "GET", f"https://img.kowhai.example.co.nz/{cid}/16x9/w_480.webp")
    b.header("user-agent", ua("KowhaiTV", "9.1"))
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x01\x00\x00WEBPVP8 " + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    b.decoy("thumbnail fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid, _ = c.rng.choice(SHOWS)
    b = FB(
        c,
        "stream-cdn",
        "GET",
        f"https://vod.kowhai.example.co.nz/{cid}/1080p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; en_nz)"
    )
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.getrandbits(8) for _ in range(187)))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/search")
    b.param("q", c.rng.choice(["taika", "bluey", "rugby"]))
    b.ok_json({"results": [{"contentId": cid, "title": t} for cid, t in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()
