"""Cutroom: a video editor syncing projects to its cloud (decoys throughout).

In-house backend: timelines with clip in/out points, a playhead, export
progress series, auto-reframe keyframes (a crop window per keyframe following
the subject, no face geometry), and clip hashes for de-duplication.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.cutroom.app"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cutroom", method, API + path)
    b.header("user-agent", ua("Cutroom", "5502"))
    b.header("x-request-id", rid(c.rng))
    return b


def timeline(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/projects/{rid(c.rng)}/timeline")
    clips, t = [], 0.0
    for i in range(c.rng.randint(4, 9)):
        inp = rf(c.rng, 0, 30, 3)
        out = round(inp + c.rng.uniform(1.5, 12), 3)
        clips.append(
            {
                "clipId": f"clip_{i}",
                "sourceIn": inp,
                "sourceOut": out,
                "timelineStart": round(t, 3),
                "track": "V1",
                "speed": 1.0,
            }
        )
        t += out - inp
    b.json(
        {
            "timeline": {
                "fps": 29.97,
                "durationSec": round(t, 3),
                "playheadSec": rf(c.rng, 0, t, 3),
                "clips": clips,
            },
            "savedAt": iso(c),
        },
        encoding="gzip",
    )
    b.decoy("editor timeline: clip in/out points, playhead, durations (own edit, not viewing)")
    b.ok_json({"revision": c.rng.randint(10, 900)})
    return b.build()


def export_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/exports/progress")
    b.json(
        {
            "exportId": rid(c.rng),
            "preset": "4K HEVC",
            "progress": [rf(c.rng, 0, 1, 2) for _ in range(10)],
            "elapsedSec": c.rng.randint(5, 400),
            "etaSec": c.rng.randint(5, 600),
        }
    )
    b.decoy("export progress series and timings")
    b.no_content()
    return b.build()


def reframe(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/ai/auto-reframe")
    keys = [{"t": i * 0.5, "crop": [rf(c.rng, 0.1, 0.4), 0.0, 0.5625, 1.0]} for i in range(12)]
    b.json({"aspect": "9:16", "subjectTracking": "saliency", "keyframes": keys})
    b.decoy("auto-reframe: one crop window per keyframe following the subject, no landmarks")
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def media_hashes(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/media/dedupe")
    b.json(
        {
            "assets": [
                {
                    "sha256": rid(c.rng).replace("-", "") * 2,
                    "bytes": c.rng.randint(10**6, 10**9),
                    "durationSec": rf(c.rng, 2, 600, 2),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("sha256 hashes and sizes of the creator's clips")
    b.ok_json({"missing": []})
    return b.build()


def proxy_upload(c: Context) -> Flow:
    b = FB(c, "cutroom-upload", "PUT", f"https://upload.cutroom.app/proxy/{rid(c.rng)}.mp4")
    b.set_body(b"\x00\x00\x00\x20ftypisom" + rid(c.rng).encode() * 8, "video/mp4")
    b.decoy("low-res proxy clip upload for cloud editing (the creator's own footage)")
    b.respond(200, None)
    return b.build()
