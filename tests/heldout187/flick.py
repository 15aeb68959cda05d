"""Flickbox: the technician's own streaming app (flickbox.example) with AppsFlyer.

Progress heartbeats (title, position, duration) and the continue-watching rail
are her viewing history; an older player build sends its heartbeat as a
gzip+base64 blob under `e`. Home rails, manifests and segments are content
fetches, and the "Top 10 in Australia" rail is an aggregate over all viewers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.flickbox.example"
UA = ua("Flickbox", "9.14.0")
TITLES = [
    ("fb-88121", "Bluey S3E4"),
    ("fb-40917", "Mystery Road: Origin E2"),
    ("fb-11230", "Gruen S15E7"),
    ("fb-77004", "The Newsreader S2E1"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "flickbox", method, url)
    b.header("user-agent", UA)
    b.header("x-profile", b.acct("flick_profile"))
    return b


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/home?region=AU")
    b.decoy("home rails incl. Top 10 in Australia: catalogue and an all-viewer aggregate")
    b.ok_json(
        {
            "rails": [
                {
                    "id": "top10_au",
                    "items": [{"id": t, "rank": i + 1} for i, (t, _) in enumerate(TITLES)],
                },
                {"id": "new", "items": [{"id": t, "title": n} for t, n in TITLES]},
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = _b(c, "GET", f"https://cdn.flickbox.example/{tid}/master.m3u8")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5000000\n1080p.m3u8\n",
    )
    return b.build()


def segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.flickbox.example/seg/{new_hex(c.rng, 16)}/{c.rng.randint(1, 900)}.ts",
    )
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def progress(c: Context) -> Flow:
    tid, title = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"{API}/v4/playback/progress")
    b.view("json titleId + positionMs + durationMs")
    dur = c.rng.randint(20, 60) * 60000
    b.json(
        {
            "titleId": tid,
            "title": title,
            "positionMs": c.rng.randint(0, dur),
            "durationMs": dur,
            "event": c.rng.choice(["heartbeat", "pause", "stop"]),
            "sentAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/me/continue-watching")
    b.view("response json continueWatching[] with progress", direction="response")
    b.ok_json(
        {
            "continueWatching": [
                {
                    "titleId": t,
                    "title": n,
                    "progressPct": c.rng.randint(5, 95),
                    "lastWatchedAt": iso(c),
                }
                for t, n in TITLES[: c.rng.randint(2, 4)]
            ]
        }
    )
    return b.build()


def legacy_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json e (gzip+base64 of title, position)", detectable=False)
    inner = {"a": c.rng.choice(TITLES)[0], "b": c.rng.randint(0, 3600), "c": ms(c)}
    b.json({"e": b64(gz(jsb(inner)))})
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=com.flickbox.au",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("flick_af_uid", where="json uid"),
            "android_id": b.id("aid_flick", where="json android_id"),
            "eventName": "af_app_opened",
            "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
            "brand": "samsung",
            "model": "SM-S911B",
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok", "requestId": rid(c.rng)})
    return b.build()
