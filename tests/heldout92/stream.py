"""His own video-streaming app ("KykNou", in-house backend, a Showmax-like SVOD):
playback heartbeats, resume points, the continue-watching rail, batched watch
logs, and device registration (Firebase Installations, then the app's own
device binding with ANDROID_ID for the DRM device limit).

Firebase Installations request after firebase-android-sdk
firebase-installations/.../FirebaseInstallationServiceClient.java
(POST v1/projects/{project}/installations, body fid / appId / authVersion
"FIS_v2" / sdkVersion). Decoys: catalogue pages, artwork, search results.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.kyknou.co.za"
UA = ua("KykNou", "4.2.0")
TITLES = [
    ("ep-skeem-s3e4", "Skeemsaam S3 E4", 1440),
    ("mv-tsotsi", "Tsotsi", 5640),
    ("ep-trackers-s1e2", "Trackers S1 E2", 3300),
    ("ep-kyknet-rugby-r5", "Currie Cup R5", 6900),
    ("ep-shaka-ilembe-e7", "Shaka iLembe E7", 2820),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kyknou", method, API + path)
    b.header("user-agent", UA)
    b.header("x-kyk-user", c.phone.stream_user)
    return b


def heartbeat(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/playback/v1/heartbeat")
    b.view("json:contentId+positionSec")
    b.json(
        {
            "sessionId": rid(c.rng),
            "contentId": cid,
            "positionSec": c.rng.randint(10, dur),
            "durationSec": dur,
            "state": c.rng.choice(["playing", "paused"]),
            "bitrateKbps": c.rng.choice([1800, 3500, 6000]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"/me/bookmarks/{cid}")
    b.view("url:bookmarks/{contentId}+json:resumeAt")
    b.json({"resumeAt": c.rng.randint(60, dur), "completed": False, "updatedAt": iso(c)})
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/me/rails/continue-watching")
    b.view("response:json:items[].progress", direction="response")
    items = [
        {"contentId": cid, "title": t, "progress": round(c.rng.random(), 3), "lastWatched": iso(c)}
        for cid, t, _ in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"rail": "continue_watching", "items": items})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/analytics/v2/watch-events")
    b.view("gzip:json:events[].contentId+watchedSec")
    events = []
    for cid, _, dur in c.rng.sample(TITLES, 2):
        events.append({"e": "play_start", "contentId": cid, "at": iso(c)})
        events.append({"e": "play_stop", "contentId": cid, "watchedSec": c.rng.randint(30, dur)})
    b.json({"events": events, "appVersion": "4.2.0"}, "gzip")
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/b")
    b.view("opaque:encrypted blob under d", detectable=False)
    blob = bytes(c.rng.randrange(256) for _ in range(180))
    b.json({"v": 3, "d": b64(blob)})
    b.no_content()
    return b.build()


def fis(c: Context) -> Flow:
    b = FB(
        c, "firebase", "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kyknou-prod/installations",
    )  # fmt: skip
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "za.co.kyknou")
    b.other_id("stream_fid", "json:fid")
    b.json(
        {
            "fid": c.phone.stream_fid,
            "appId": "1:48213377112:android:5e2f1a9c0b7d3e44",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/48213377112/installations/" + c.phone.stream_fid})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/me/devices")
    b.json(
        {
            "deviceId": b.id("aid_stream", where="json:deviceId"),
            "deviceName": "Galaxy XCover7",
            "drm": "widevine-L1",
        }
    )
    b.ok_json({"slots": 4, "used": 2})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/catalogue/v1/home")
    b.decoy("catalogue rails with content ids and durations: what is offered, not watched")
    rows = [
        {"contentId": cid, "title": t, "durationSec": d, "rating": "13LV"} for cid, t, d in TITLES
    ]
    b.ok_json({"rails": [{"name": "Trending in SA", "items": rows}]})
    return b.build()


def artwork(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "kyknou", "GET", f"https://img.kyknou.co.za/art/{cid}/16x9_w640.jpg")
    b.decoy("poster artwork download for a title")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 600))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/search")
    b.param("q", c.rng.choice(["rugby", "shaka", "comedy", "trackers"]))
    b.decoy("search results page: titles offered, nothing watched")
    b.ok_json({"hits": [{"contentId": cid, "title": t} for cid, t, _ in TITLES[:3]]})
    return b.build()


def kyk_geskiedenis(c: Context) -> Flow:
    b = _b(c, "POST", "/af/v1/kykgeskiedenis")
    b.view("json:kykGeskiedenis[].titelId+gekykSekondes (Afrikaans keys)")
    rows = [
        {"titelId": cid, "gekykSekondes": c.rng.randint(60, d), "klaar": c.rng.random() < 0.3}
        for cid, _, d in c.rng.sample(TITLES, 2)
    ]
    b.json({"kykGeskiedenis": rows, "profiel": "hoof"})
    b.no_content()
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "kyknou", "POST", "https://drm.kyknou.co.za/widevine/license")
    b.header("user-agent", UA)
    b.header("x-kyk-device-id", b.id("aid_stream", where="header:x-kyk-device-id"))
    b.set_body(bytes(c.rng.randrange(256) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.randrange(256) for _ in range(200)))
    return b.build()
