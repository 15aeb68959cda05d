"""Strathflix: the manager's personal streaming app (evenings at home).

Its backend keeps a resume point per title (`resumePoint` in seconds), the
player posts heartbeats with `playhead`, the home screen answers with the
"Continue watching" rail, and a compact QoE beacon packs [title, playhead,
ts] rows gzipped in base64 under `q`. Firebase Installations registers the
app (`fid`) and AppsFlyer reports launches with the GAID and ANDROID_ID.
Catalogue, search results, DRM licences and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.strathflix.example"
UA = ua("Strathflix", "8.14.0")
TITLES = [
    ("tt_s01e03_shetland", "Shetland S1:E3", 3480),
    ("tt_mv_trainspotting", "Trainspotting", 5640),
    ("tt_s02e05_guilt", "Guilt S2:E5", 3300),
    ("tt_s01e01_succession", "Succession S1:E1", 3900),
    ("tt_mv_local_hero", "Local Hero", 6660),
]


def _b(c: Context, method: str, url: str, with_id: bool = True) -> FB:
    b = FB(c, "strathflix", method, url)
    b.header("user-agent", UA)
    b.header("x-sf-profile", b.acct("stream_user"))
    if with_id:
        b.header("x-sf-device", b.id("aid_stream", where="header x-sf-device"))
    return b


def resume_point(c: Context) -> Flow:
    tid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"{API}/v2/me/resume/{tid}")
    b.view("json resumePoint / titleId (personal streaming)")
    b.json({"titleId": tid, "resumePoint": c.rng.randint(60, dur), "runtime": dur, "at": iso(c)})
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    tid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/v2/playback/heartbeat")
    b.view("json playhead with player state (personal streaming)")
    b.json(
        {
            "session": rid(c.rng),
            "contentId": tid,
            "playhead": c.rng.randint(0, dur),
            "state": c.rng.choice(["playing", "paused", "buffering"]),
            "bitrateKbps": c.rng.choice([2400, 4800, 7800]),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/rails/continue-watching")
    b.view("response continueWatching[] with progress", direction="response")
    b.ok_json(
        {
            "rail": "continueWatching",
            "items": [
                {
                    "titleId": t,
                    "title": n,
                    "progressPct": c.rng.randint(3, 97),
                    "lastWatched": iso(c),
                }
                for t, n, _ in c.rng.sample(TITLES, 3)
            ],
        }
    )
    return b.build()


def qoe_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b", with_id=False)
    rows = [[t, c.rng.randint(0, d), ms(c)] for t, _, d in c.rng.sample(TITLES, 2)]
    b.view("gzip+base64 blob under q ([title, playhead, ts] rows)", detectable=False)
    b.form([("q", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/browse/home?rows=trending,new,scottish", with_id=False)
    b.decoy("catalogue rails: trending titles with runtimes (no person's viewing)")
    b.ok_json(
        {
            "rows": [
                {
                    "id": r,
                    "items": [
                        {"titleId": t, "title": n, "runtime": d}
                        for t, n, d in c.rng.sample(TITLES, 3)
                    ],
                }
                for r in ("trending", "new", "scottish")
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ken loach", "scottish noir", "bill forsyth"])
    b = _b(c, "GET", f"{API}/v2/search?q={q.replace(' ', '+')}", with_id=False)
    b.decoy("search results")
    b.ok_json(
        {"query": q, "hits": [{"titleId": t, "score": c.rng.random()} for t, _, _ in TITLES[:3]]}
    )
    return b.build()


def hls(c: Context) -> Flow:
    tid, _, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "strathflix",
        "GET",
        f"https://vod.strathflix.example/{tid}/1080p/seg{c.rng.randint(1, 900):04d}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/strathflix-prod/installations",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.header("x-goog-api-key", "AIzaSyD1s7rAthFl1x-kEy000000000000000")
    b.json(
        {
            "fid": b.id("stream_fid", where="json fid"),
            "appId": "1:556102839114:android:3c1f0e9a77b2d4e1",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/556102839114/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.strathflix.app&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    body = {
        "uid": b.id("stream_af_uid", where="json uid"),
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "android_id": b.id("aid_stream", where="json android_id"),
        "app_id": "com.strathflix.app",
        "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
        "counter": str(c.rng.randint(2, 400)),
        "model": "SM-S911B",
        "brand": "samsung",
        "lang": "English",
        "country": "GB",
    }
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()
