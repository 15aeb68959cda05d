"""Northlight+: the manager's own streaming app (French and English catalogue).

Playback reports content id with position and watched seconds; the home screen's
"Reprendre / Continue watching" rail comes back with positions (a response
viewing history); a batched beacon packs events into a base64 blob. AppsFlyer
gets the advertising id and ANDROID_ID at launch. The catalogue, manifests,
thumbnails and the "Top 10 in Canada" rail are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, ms, rf, rid, ua

API = "https://api.northlightplus.example"
UA = ua("NorthlightPlus", "6.2.0")
TITLES = ["nl-ep-40211", "nl-mv-8830", "nl-ep-51007", "nl-ep-51008", "nl-mv-1175"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "northlight", method, url)
    b.header("user-agent", UA)
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=ca.northlight.plus",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911W Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_stream", where="json android_id"),
            "uid": b.id("stream_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "brand": "samsung",
            "model": "SM-S911W",
            "counter": str(c.rng.randint(2, 90)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/me/progress/{c.rng.choice(TITLES)}")
    b.view("path /me/progress/{id} + json positionSec, watchedSec")
    dur = c.rng.randint(1300, 6800)
    b.json(
        {
            "positionSec": c.rng.randint(0, dur),
            "durationSec": dur,
            "watchedSec": c.rng.randint(30, 900),
            "profile": "main",
            "lang": c.rng.choice(["fr-CA", "en-CA"]),
        }
    )
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/playback/heartbeat")
    b.view("json event=heartbeat, contentId, positionMs")
    b.json(
        {
            "event": c.rng.choice(["heartbeat", "pause", "resume", "ended"]),
            "contentId": c.rng.choice(TITLES),
            "positionMs": c.rng.randint(0, 5_000_000),
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/rails/continue-watching?locale=fr-CA")
    b.view("response json items[].contentId with progressPct", direction="response")
    b.ok_json(
        {
            "title": "Reprendre l'écoute",
            "items": [
                {
                    "contentId": t,
                    "progressPct": rf(c.rng, 0.05, 0.95, 2),
                    "lastWatchedAt": ms(c) - c.rng.randint(1, 9) * 86400000,
                }
                for t in TITLES[:3]
            ],
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json p (gzip+base64 of playback events)", detectable=False)
    events = [{"c": c.rng.choice(TITLES), "o": c.rng.randint(0, 4000)} for _ in range(4)]
    b.json({"p": b64(gz(jsb(events)))})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogue/rails?locale=en-CA&page=1")
    b.decoy("catalogue and Top-10 rails: aggregates, not the user's history")
    b.ok_json(
        {
            "rails": [
                {
                    "id": "top10-ca",
                    "title": "Top 10 in Canada",
                    "items": [
                        {
                            "contentId": f"nl-mv-{c.rng.randint(1000, 9999)}",
                            "rank": i + 1,
                            "viewsLast7d": c.rng.randint(10**4, 10**6),
                        }
                        for i in range(10)
                    ],
                },
                {
                    "id": "nouveautes",
                    "title": "Nouveautés",
                    "items": [f"nl-ep-{c.rng.randint(10000, 99999)}" for _ in range(8)],
                },
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"https://vod.northlightplus.example/hls/{c.rng.choice(TITLES)}/master.m3u8")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080\n1080p.m3u8\n",
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.northlightplus.example/{c.rng.choice(TITLES)}/poster_w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()
