"""Snipz: the teen's short-video app (iPhone) with AR face lenses built on Snap's
Camera Kit.

The feed reports watch time per clip (`watchTimeMs`, `loopCount`, `completionRate`)
and keeps a "recently watched" list. Lens sessions run on the phone; the app's
"Lens Studio creator insights" ships the tracked face mesh (468 vertices) and
ARKit-style blendshapes for "lens quality" research, and a newer build sends the same
mesh gzipped and base64-wrapped under `d`. The lens catalogue, clip uploads, comments
and trending rails are ordinary.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.biometric import BLENDSHAPES
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4, js, multipart

from .phone import FB, bearer, ios_ua, iso, mesh, ms, rf, rid

API = "https://api.snipz.example"
UA = ios_ua("Snipz", "31.4.0", "31400")
CREATORS = ["@jaydenskates", "@poutine.queen", "@yvr.eats", "@leafsnation", "@mtl.dance"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "snipz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if device:
        b.header("x-snipz-device-id", b.id("idfv_snipz", where="header x-snipz-device-id"))
    return b


def _clip(c: Context) -> str:
    return f"7{c.rng.randint(10**17, 10**18 - 1)}"


def watch_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/feed/impressions")
    b.view("json events[].watchTimeMs per clipId")
    events = []
    for _ in range(c.rng.randint(2, 6)):
        dur = c.rng.randint(6000, 60000)
        events.append(
            {
                "clipId": _clip(c),
                "author": c.rng.choice(CREATORS),
                "watchTimeMs": c.rng.randint(800, dur),
                "durationMs": dur,
                "loopCount": c.rng.randint(0, 3),
                "completionRate": rf(c.rng, 0, 1, 2),
                "swipedAwayAt": iso(c),
            }
        )
    b.json({"session": rid(c.rng), "feed": "for_you", "events": events})
    b.ok_json({"ack": len(events)})
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/history?type=watched&limit=20")
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {"clipId": _clip(c), "author": c.rng.choice(CREATORS), "watchedAt": iso(c)}
                for _ in range(6)
            ],
            "cursor": new_hex(c.rng, 12),
        }
    )
    return b.build()


def lens_insights(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lens/insights")
    b.bio("face_mesh", "json faceTracking.meshVertices (468 x,y,z)")
    b.bio("blendshapes", "json faceTracking.blendshapes")
    b.json(
        {
            "lensId": f"lens_{c.rng.randint(10**5, 10**6)}",
            "sessionMs": c.rng.randint(2000, 40000),
            "faceTracking": {
                "meshVertices": mesh(c.rng),
                "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLENDSHAPES},
                "trackingConfidence": rf(c.rng, 0.6, 1, 2),
            },
            "fps": c.rng.choice([30, 60]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lens_insights_packed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/li")
    b.bio("face_mesh", "json d (base64 of gzip of the mesh json)", detectable=False)
    inner = js({"m": mesh(c.rng), "b": [rf(c.rng, 0, 1, 3) for _ in BLENDSHAPES]}).encode()
    blob = base64.b64encode(gzip.compress(inner, mtime=0)).decode()
    b.json({"v": 4, "d": blob, "t": ms(c)})
    b.no_content()
    return b.build()


def lens_catalog(c: Context) -> Flow:
    b = FB(
        c,
        "camerakit",
        "GET",
        "https://camera-kit-api.snapar.com/com.snap.camerakit.v3.Lenses/groups/featured",
    )
    b.header("user-agent", "CameraKit/1.31.0 iOS")
    b.header("x-snap-api-token", "eyJ" + new_hex(c.rng, 40))
    b.decoy("lens catalogue: lens ids, icons, 'face' in lens names (content fetch)")
    b.ok_json(
        {
            "lenses": [
                {
                    "id": str(c.rng.randint(10**10, 10**11)),
                    "name": n,
                    "iconUrl": f"https://lens-storage.snapar.com/{new_hex(c.rng, 16)}.png",
                    "facePreference": "FRONT",
                }
                for n in ("Face Glitter", "Puppy Face", "Maple Leaf Crown", "Big Mouth")
            ]
        }
    )
    return b.build()


def lens_metric(c: Context) -> Flow:
    b = FB(
        c,
        "camerakit",
        "POST",
        "https://camera-kit-api.snapar.com/com.snap.camerakit.v3.Metrics/metrics/operational",
    )
    b.header("user-agent", "CameraKit/1.31.0 iOS")
    b.decoy("lens render timings and camera facing (no face data)")
    b.json(
        {
            "metrics": [
                {"name": "lens_apply_latency_ms", "value": c.rng.randint(40, 400)},
                {"name": "frame_render_p95_ms", "value": rf(c.rng, 8, 33, 1)},
            ],
            "cameraFacing": "front",
        }
    )
    b.no_content()
    return b.build()


def upload_clip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/clips/upload", device=False)
    boundary = "Boundary-" + rid(c.rng).upper()
    body = multipart(
        boundary,
        [
            ("caption", None, None, b"first day of grade 11 lol #toronto"),
            ("video", "clip.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"clipId": _clip(c), "status": "processing"})
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/discover/trending?region=CA", device=False)
    b.decoy("trending clips with view counts (aggregate, not a person's history)")
    b.ok_json(
        {
            "items": [
                {
                    "clipId": _clip(c),
                    "views": c.rng.randint(10**4, 10**7),
                    "avgWatchPct": rf(c.rng, 20, 90, 1),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def comment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/clips/{_clip(c)}/comments", device=False)
    b.json(
        {
            "text": c.rng.choice(["no wayyy 😭", "this is so real", "bestie ate"]),
            "nonce": rid(c.rng),
        }
    )
    b.ok_json({"commentId": c.rng.randint(10**9, 10**10)})
    return b.build()
