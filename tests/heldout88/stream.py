"""Her own video-streaming app ("Sahra+", in-house backend, made up) and the
streaming app's GA4 web-player events.

Truly sensitive: the watch log heartbeats (content id with position and watched
seconds), resume points, the continue-watching list, and GA4 enhanced-
measurement video events (`video_start` / `video_progress` / `video_complete`
with `video_title`, `video_current_time`, `video_percent`: support.google.com/
analytics/answer/9216061; sent to /g/collect with `en=` and `ep.` / `epn.`
params: developers.google.com/analytics/devguides/collection/protocol/ga4).
One beacon hides the same in an encrypted blob (not detectable). Decoys: the
catalogue, "trending" with view counts, thumbnails, HLS segments, the DRM
licence.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.sahraplus-example.ae"
TITLES = [
    ("ep_" + str(1000 + i), t)
    for i, t in enumerate(
        [
            "Al Hayba S2E4",
            "Jalsat Wanasa 112",
            "Kingdom of Sand S1E7",
            "Dubai Bling S2E2",
            "Rashash E5",
        ]
    )
]


def _hdr(b: FB, device: bool = False) -> None:
    b.header("user-agent", ua("SahraPlus", "8.2.0"))
    if device:  # the playback API wants the install's device id; the catalogue does not
        b.header("x-device-id", b.ctx.phone.stream_device)
        b.other_id("stream_device", "header.x-device-id")


def heartbeat(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = FB(c, "sahraplus", "POST", f"{API}/v3/playback/heartbeat")
    _hdr(b, device=True)
    pos = c.rng.randint(30, 2700)
    b.json(
        {
            "contentId": cid,
            "title": title,
            "positionSec": pos,
            "watchedSec": c.rng.randint(10, 60),
            "sessionId": rid(c.rng),
            "quality": "1080p",
            "ts": ms(c),
        }
    )
    b.view("body.json")
    b.no_content()
    return b.build()


def resume_points(c: Context) -> Flow:
    b = FB(c, "sahraplus", "PUT", f"{API}/v3/users/{c.phone.stream_user}/resume")
    _hdr(b)
    b.json(
        {
            "nuqtat_al_istinaf": [
                {"contentId": cid, "resumeAtSec": c.rng.randint(60, 2500), "updatedAt": iso(c)}
                for cid, _ in c.rng.sample(TITLES, 2)
            ]
        }
    )
    b.view("body.json.nuqtat_al_istinaf")
    b.ok_json({"saved": 2})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "sahraplus", "GET", f"{API}/v3/rails/continue-watching")
    _hdr(b)
    items = [
        {"contentId": cid, "title": t, "progressPct": c.rng.randint(5, 95), "lastWatched": iso(c)}
        for cid, t in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"rail": "continue_watching", "items": items})
    b.view("response.json.items", direction="response")
    return b.build()


def ga4_video(c: Context) -> Flow:
    _cid, title = c.rng.choice(TITLES)
    ev = c.rng.choice(["video_start", "video_progress", "video_complete"])
    params = [
        ("v", "2"),
        ("tid", "G-" + new_hex(c.rng, 10).upper()),
        ("cid", f"{c.rng.randint(10**8, 10**9)}.{int(c.now)}"),
        ("en", ev),
        ("ep.video_title", title),
        ("ep.video_provider", "sahraplus"),
        ("epn.video_current_time", str(c.rng.randint(0, 2700))),
        ("epn.video_duration", "2760"),
        ("epn.video_percent", str(c.rng.choice([10, 25, 50, 75, 100]))),
    ]
    b = FB(c, "ga4", "POST", "https://region1.google-analytics.com/g/collect", params)
    b.view("query.en+ep.video_title")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "sahraplus", "POST", f"{API}/v3/t")
    _hdr(b)
    b.json(
        {"p": b64(bytes(c.rng.getrandbits(8) for _ in range(96))), "k": 3, "s": new_hex(c.rng, 8)}
    )
    b.view("body.json.p (AES-GCM blob of the watch event)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(
        c,
        "sahraplus",
        "GET",
        f"{API}/v3/home",
        [("lang", "ar"), ("page", str(c.rng.randint(1, 4)))],
    )
    _hdr(b)
    rails = [
        {
            "rail": "trending",
            "items": [
                {
                    "contentId": cid,
                    "title": t,
                    "views": c.rng.randint(10**4, 10**7),
                    "durationSec": c.rng.randint(1500, 3200),
                }
                for cid, t in TITLES
            ],
        }
    ]
    b.ok_json({"rails": rails, "requestId": rid(c.rng)})
    b.decoy("home catalogue: trending rail with public view counts and durations")
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "sahraplus",
        "GET",
        f"https://img.sahraplus-example.ae/posters/{new_hex(c.rng, 24)}_w342.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 250))
    b.decoy("poster thumbnail fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "sahraplus",
        "GET",
        f"https://vod.sahraplus-example.ae/{cid}/1080p/seg_{c.rng.randint(1, 500):05d}.ts",
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 300))
    b.decoy("video segment fetch (fetching is not a watch report)")
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = FB(
        c,
        "sahraplus",
        "POST",
        "https://drm.sahraplus-example.ae/widevine/license",
        [("contentId", c.rng.choice(TITLES)[0]), ("ticket", new_digits(c.rng, 12))],
    )
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(120)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(80)))
    b.decoy("DRM licence request for a title")
    return b.build()
