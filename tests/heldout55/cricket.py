"""GullyScore, a live cricket score app with match highlights (in-house
api.gullyscore.com, video on its own CDN) and Firebase.

Most of its traffic is scores: ball-by-ball timelines with over numbers and
ball durations, "most watched" highlight lists with public view counts,
thumbnails and HLS segments. Its own watch log, the live-stream heartbeat and
the continue-watching list are the user's viewing history. Firebase
Installations API: POST firebaseinstallations.googleapis.com/v1/projects/
{project}/installations with fid, appId, authVersion FIS_v2, sdkVersion
(firebase-android-sdk, FirebaseInstallationServiceClient). Other keys are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gullyscore.com"
UA = ua("GullyScore", "5.9.0")
TEAMS = ["CSK", "MI", "RCB", "KKR", "SL", "IND", "Jaffna Kings", "Colombo Strikers"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gullyscore", method, API + path)
    b.header("user-agent", UA)
    return b


def _match(c: Context) -> str:
    return str(c.rng.randint(80000, 89999))


def _video(c: Context) -> dict[str, object]:
    a, h = c.rng.sample(TEAMS, 2)
    return {"vid": "hl_" + new_digits(c.rng, 7), "title": f"{a} vs {h}: all sixes", "len": 240}


def commentary(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/match/{_match(c)}/commentary")
    b.param("inn", str(c.rng.randint(1, 2)))
    balls = []
    for i in range(12):
        over = 14 + i // 6
        balls.append(
            {
                "ov": f"{over}.{i % 6 + 1}",
                "r": c.rng.choice([0, 0, 1, 1, 2, 4, 6]),
                "ball_dur_s": rf(c.rng, 28, 75, 1),
                "speed_kph": rf(c.rng, 118, 148, 1),
                "ts": ms(c) - (12 - i) * 40000,
            }
        )
    b.ok_json({"balls": balls, "crr": rf(c.rng, 6, 11, 2), "rrr": rf(c.rng, 6, 14, 2)})
    b.decoy("ball-by-ball timeline (overs, ball durations, timestamps): scores, not viewing")
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/live/score")
    b.param("ids", ",".join(_match(c) for _ in range(3)))
    b.ok_json({"m": [{"t1": "CSK", "s1": "184/6 (20)", "t2": "MI", "s2": "97/3 (11.2)"}]})
    b.decoy("live score poll: match ids and scores")
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/videos/most-watched")
    b.param("window", c.rng.choice(["24h", "7d"]))
    vids = [dict(_video(c), views=c.rng.randint(10**4, 5 * 10**6)) for _ in range(8)]
    for v in vids:
        v["watch_hours"] = c.rng.randint(100, 90000)
    b.ok_json({"videos": vids})
    b.decoy("'most watched' highlight list with public view counts / watch hours: catalogue")
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c, "gullyscore", "GET", f"https://img.gullyscore.com/thumb/hl_{new_digits(c.rng, 7)}.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("highlight thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    seg = f"https://vod.gullyscore.com/hl/{new_hex(c.rng, 10)}/720p/seg_{c.rng.randint(1, 60)}.ts"
    b = FB(c, "gullyscore", "GET", seg)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.getrandbits(32), 900))
    b.decoy("HLS segment fetch of a highlight: a video fetch, not a watch report")
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/user/video/watchlog")
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        v = _video(c)
        sec = c.rng.randint(10, 240)
        rows.append(dict(v, watched_sec=sec, completed=sec > 220, at=iso(c)))
    b.json({"watched": rows, "src": "highlights_tab"})
    b.view("body.watched[] (video id, title, seconds watched)")
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/live/hb")
    b.json(
        {
            "stream_id": "ls_" + _match(c),
            "match": f"{c.rng.choice(TEAMS)} v {c.rng.choice(TEAMS)}",
            "position_sec": c.rng.randint(60, 12000),
            "state": "playing",
            "bitrate_kbps": c.rng.choice([800, 1500, 2800]),
            "hb_seq": c.rng.randint(1, 400),
        }
    )
    b.view("body (live stream heartbeat: stream, playback position)")
    b.ok_json({"ok": 1})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/user/continue-watching")
    items = [dict(_video(c), resume_at_sec=c.rng.randint(5, 230)) for _ in range(4)]
    b.ok_json({"continue_watching": items})
    b.view("response.continue_watching[] (the user's partly watched videos)", direction="response")
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/t/b")
    b.form([("p", b64(bytes(c.rng.getrandbits(8) for _ in range(150)))), ("v", "2")])
    b.view("form.p (obfuscated playback beacon)", detectable=False)
    b.no_content()
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/gullyscore-prod/installations"
    b = FB(c, "gullyscore:firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "com.gullyscore.live")
    b.json(
        {
            "fid": b.id("fid_cric", where="body.fid"),
            "appId": "1:804211337:android:" + new_hex(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/804211337/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/device")
    b.json(
        {
            "udid": b.id("cric_device", where="body.udid"),
            "gaid": b.id("gaid", where="body.gaid"),
            "push": c.phone.fcm,
            "fav_team": c.rng.choice(TEAMS),
        }
    )
    b.ok_json({"ok": True, "trace": rid(c.rng)})
    return b.build()


def device_prefs(c: Context) -> Flow:
    """Notification preferences keyed by the app's device id in the URL path."""
    b = _b(c, "PUT", API)
    udid = b.id("cric_device", where="path segment /v3/device/{udid}/alerts")
    b.base = f"{API}/v3/device/{udid}/alerts"
    b.json({"wickets": True, "fifties": c.rng.random() < 0.5, "teams": ["CSK", "SL"]})
    b.no_content()
    return b.build()
