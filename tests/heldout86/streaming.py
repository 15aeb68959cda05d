"""Her own streaming app ("Visione+", in-house backend): watch heartbeats, resume
points, a batched watch log with Italian keys, the continue-watching rail and an
encrypted beacon (viewing_history), plus AppsFlyer's launch event with the GAID
(advertiserId) and its own uid (AppsFlyer Android SDK v6: POST
launches.appsflyer.com/api/v6.x/androidevent?app_id=..&buildnumber=.., JSON
with advertiserId, uid, af_timestamp, brand, model) and the Firebase
Installations registration (firebaseinstallations.googleapis.com/v1/projects/
{p}/installations with fid, appId, authVersion FIS_v2, sdkVersion).
Decoys: catalogue, thumbnails, trailer segments, search.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms, req_id
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, ua

API = "https://api.visioneplus.it"
TITLES = [
    ("vp-serie-1021", "La Porta Rossa"),
    ("vp-film-2203", "Il Faro"),
    ("vp-serie-0877", "Il Commissario"),
    ("vp-doc-3310", "Mare Nostrum"),
]
UA = ua("VisionePlus", "8.3.1")


def _api(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "visioneplus", method, f"{API}{path}", params)
    b.header("user-agent", UA)
    b.header("x-vp-user", c.phone.stream_user)
    return b


def heartbeat(c: Context) -> Flow:
    cid, _t = c.rng.choice(TITLES)
    b = _api(c, "POST", "/playback/v1/heartbeat")
    b.json(
        {
            "contentId": cid,
            "episodeId": f"{cid}-e{c.rng.randint(1, 10)}",
            "event": "heartbeat",
            "positionSec": c.rng.randint(30, 3000),
            "bitrateKbps": 4500,
            "ts": ms(c),
        }
    )
    b.view("body.json.positionSec")
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    cid, _t = c.rng.choice(TITLES)
    b = _api(c, "PUT", f"/me/resume-points/{cid}")
    b.json(
        {"offsetMs": c.rng.randint(10**5, 5 * 10**6), "durationMs": 5400000, "updatedAt": iso(c)}
    )
    b.view("body.json.offsetMs")
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _api(c, "POST", "/v2/storico/visualizzazioni")
    rows = [
        {
            "titoloId": cid,
            "titolo": t,
            "inizio": iso(c),
            "secondiVisti": c.rng.randint(60, 3000),
            "completato": c.rng.random() < 0.3,
        }
        for cid, t in c.rng.sample(TITLES, 2)
    ]
    b.json({"visualizzazioni": rows}, "gzip")
    b.view("body.json.visualizzazioni")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _api(c, "GET", "/me/continue-watching", [("limit", "10")])
    rows = [
        {
            "contentId": cid,
            "title": t,
            "progress": round(c.rng.random(), 2),
            "lastWatchedAt": iso(c),
        }
        for cid, t in TITLES
    ]
    b.ok_json({"items": rows})
    b.view("response.json.items", direction="response")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _api(c, "POST", "/t/b")
    blob = bytes(c.rng.getrandbits(8) for _ in range(96))
    b.form([("d", b64(blob)), ("v", "3")])
    b.view("body.form.d (AES-encrypted playback beacon)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _api(c, "GET", "/catalog/v3/rails", [("page", "home"), ("lang", "it")])
    rails = [
        {
            "rail": "Novità",
            "items": [
                {"id": cid, "title": t, "durationMin": c.rng.randint(40, 120)} for cid, t in TITLES
            ],
        }
    ]
    b.respond(200, "application/json", jsb(rails), "gzip")
    b.decoy("catalogue rails with durations")
    return b.build()


def thumbnail(c: Context) -> Flow:
    cid, _t = c.rng.choice(TITLES)
    b = FB(c, "visioneplus", "GET", f"https://img.visioneplus.it/{cid}/poster_480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400))
    b.decoy("poster thumbnail fetch")
    return b.build()


def trailer_segment(c: Context) -> Flow:
    cid, _t = c.rng.choice(TITLES)
    url = f"https://vod.visioneplus.it/trailer/{cid}/720p/seg_{c.rng.randint(1, 40):03d}.m4s"
    b = FB(c, "visioneplus", "GET", url)
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(500)))
    b.decoy("trailer video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["commissario", "faro", "documentari mare"])
    b = _api(c, "GET", "/search", [("q", q), ("rid", req_id(c.rng))])
    b.ok_json({"results": [{"id": TITLES[0][0], "score": 0.82}]})
    b.decoy("search results")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.14/androidevent"
    params = [("app_id", "it.visioneplus.app"), ("buildnumber", "6.14.2")]
    b = FB(c, "appsflyer", "POST", url, params)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)")
    doc = {
        "advertiserId": b.id("gaid", where="body.json.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "af_timestamp": str(ms(c)),
        "brand": "samsung",
        "model": "SM-S921B",
        "lang_code": "it",
        "counter": str(c.rng.randint(2, 40)),
    }
    b.other_id("af_uid", "body.json.uid")
    b.json(doc)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/visioneplus-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + req_id(c.rng).replace("-", "")[:33])
    b.other_id("stream_fid", "body.json.fid")
    b.other_id("stream_fid", "response.json.name", direction="response")
    b.json(
        {
            "fid": c.phone.stream_fid,
            "appId": "1:4410293:android:9a1b2c3d",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/4410293/installations/" + c.phone.stream_fid})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _api(c, "POST", "/me/devices")
    b.json(
        {
            "deviceId": b.id("aid_stream", where="body.json.deviceId"),
            "name": "Galaxy S24",
            "platform": "android",
            "drm": "widevine-L1",
        }
    )
    b.ok_json({"slots": 4, "used": 2})
    return b.build()
