"""A kids' streaming app (in-house backend) with Segment's video spec.

Sources: Segment Video Spec (segment.com/docs/connections/spec/video/): track
events "Video Playback Started", "Video Content Playing" (heartbeat every 10 s)
with properties session_id, asset_id, title, position, total_length, program;
analytics-swift batches to `https://api.segment.io/v1/b` with `context.device.id`
(identifierForVendor) and `anonymousId`. HLS: RFC 8216 segment fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4, pb_bytes, pb_varint

from .phone import FB, iso, new, rid, ua

API = "https://api.pipitv.example"
AGENT = ua("PipiTV", "3.8", "3804")
SHOWS = [
    ("Kiri and Lou", "s1e04", 420),
    ("Bluey", "s3e12", 470),
    ("Hairy Maclary", "e07", 300),
    ("Play School", "e221", 1500),
]


def _show(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SHOWS)


def _b(c: Context, sdk: str, method: str, path: str) -> FB:
    b = new(c, sdk, method, API + path, AGENT)
    b.header("x-profile", c.phone.kids_profile)
    return b


def segment_heartbeat(c: Context) -> Flow:
    title, ep, length = _show(c)
    b = new(c, "segment", "POST", "https://api.segment.io/v1/b", AGENT)
    b.header("authorization", "Basic " + b64("wk_pipitv_ios:"))
    pos = c.rng.randint(10, length)
    name = c.rng.choice(
        ["Video Content Playing", "Video Playback Started", "Video Content Completed"]
    )
    event = {
        "type": "track",
        "event": name,
        "messageId": rid(c.rng),
        "timestamp": iso(c),
        "anonymousId": b.id("seg_anon", where="body.batch[0].anonymousId"),
        "properties": {
            "session_id": rid(c.rng).replace("-", "")[:16],
            "asset_id": ep,
            "title": title,
            "program": title,
            "position": pos,
            "total_length": length,
            "livestream": False,
        },
        "context": {
            "device": {
                "id": b.id("idfv_kids", where="body.batch[0].context.device.id"),
                "manufacturer": "Apple",
                "model": "iPad13,18",
                "type": "ios",
            },
            "library": {"name": "analytics-swift", "version": "1.5.5"},
        },
    }
    b.json({"batch": [event], "sentAt": iso(c), "writeKey": "wk_pipitv_ios"})
    b.view("body.batch[0] Segment video event: asset_id, title, position")
    b.ok_json({"success": True})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "pipitv", "POST", f"/v2/profiles/{c.phone.kids_profile}/watchlog")
    items = []
    for _ in range(c.rng.randint(1, 3)):
        title, ep, length = _show(c)
        items.append(
            {
                "episodeId": ep,
                "seriesTitle": title,
                "secondsWatched": c.rng.randint(30, length),
                "completedPct": c.rng.randint(5, 100),
                "watchedAt": iso(c),
            }
        )
    b.json({"items": items})
    b.view("body.items[]: episodeId, secondsWatched, watchedAt")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "pipitv", "GET", "/v2/rails/continue-watching")
    rail = [
        {
            "episodeId": ep,
            "title": t,
            "resumeAtSec": c.rng.randint(20, n - 10),
            "durationSec": n,
            "lastWatched": iso(c),
        }
        for t, ep, n in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"rail": "Keep watching", "items": rail})
    b.view("response items[]: resumeAtSec, lastWatched", direction="response")
    return b.build()


def progress_put(c: Context) -> Flow:
    _title, ep, length = _show(c)
    b = _b(c, "pipitv", "PUT", f"/v2/progress/{ep}")
    b.json(
        {
            "positionMs": c.rng.randint(1, length) * 1000,
            "state": c.rng.choice(["paused", "playing", "ended"]),
        }
    )
    b.view("URL path episode id + body.positionMs (resume point)")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    _, ep, length = _show(c)
    b = _b(c, "pipitv", "POST", "/t/1")
    b.set_body(
        pb_bytes(1, ep) + pb_varint(2, c.rng.randint(1, length)) + pb_varint(3, int(c.now)),
        "application/octet-stream",
    )
    b.view("protobuf fields 1-3: episode, seconds, time (no names)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "pipitv", "GET", "/v2/rails/home")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "New this week",
                    "items": [
                        {
                            "episodeId": ep,
                            "title": t,
                            "durationSec": n,
                            "thumb": f"https://img.pipitv.example/{ep}.jpg",
                        }
                        for t, ep, n in SHOWS
                    ],
                }
            ]
        }
    )
    b.decoy("catalogue rail: episode ids and durations, nothing watched")
    return b.build()


def hls_segment(c: Context) -> Flow:
    _, ep, _ = _show(c)
    b = new(
        c,
        "pipitv-cdn",
        "GET",
        f"https://vod.pipitv.example/{ep}/720p/seg_{c.rng.randint(1, 140):05d}.ts",
        AGENT,
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**6), 800))
    b.decoy("video segment fetch (not a report of viewing)")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "pipitv", "GET", "/v2/search")
    b.param("q", c.rng.choice(["bluey", "dinosaur", "taniwha", "trucks"]))
    b.ok_json({"results": [{"episodeId": ep, "title": t} for t, ep, _ in SHOWS[:2]]})
    b.decoy("search query and results")
    return b.build()
