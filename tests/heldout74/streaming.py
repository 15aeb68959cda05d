"""The admin's own streaming app (evenings: box sets and documentaries).

An in-house backend with its own key names (watch log, resume points,
continue-watching), and Firebase Installations for the app's install id
(firebase.google.com/docs/projects/manage-installations; POST
firebaseinstallations.googleapis.com/v1/projects/{project}/installations with
fid, appId, authVersion "FIS_v2", sdkVersion, x-goog-api-key header). The watch
log, heartbeats, resume point and continue-watching list are TRUE viewing
history; one beacon ships them sealed (not detectable). Browsing traffic is in
streaming_browse.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso

API = "https://api.scannan.example/v3"  # scannán = film
TITLES = [
    ("s-ardmore-01e04", "Ardmore Bay S1E4", 2940),
    ("d-peatlands", "Peatlands", 3180),
    ("s-the-pass-02e01", "The Pass S2E1", 2700),
    ("m-lough-derg", "Lough Derg", 6120),
]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "scannan", method, f"{API}/{path}", params)
    b.header("user-agent", "Scannan/7.4.0 (Android 14; SM-S911B)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def heartbeat(c: Context) -> Flow:
    cid, name, dur = _title(c)
    b = _b(c, "PUT", "playback/heartbeat")
    body = {
        "contentId": cid,
        "title": name,
        "positionSec": c.rng.randint(0, dur),
        "durationSec": dur,
        "state": "playing",
        "playbackSessionId": new_uuid(c.rng),
    }
    if c.rng.random() < 0.4:  # the full device block rides on every few beats only
        body["device"] = {
            "androidId": b.id("aid_stream", where="body.device.androidId"),
            "installId": c.phone.stream_install,
        }
        b.other_id("stream_install", "body.device.installId")
    b.json(body)
    b.view("body: contentId + positionSec heartbeat")
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    cid, _, dur = _title(c)
    b = _b(c, "POST", f"me/resume/{cid}")
    b.json(
        {
            "pos_ms": c.rng.randint(0, dur) * 1000,
            "watched_pct": c.rng.randint(1, 99),
            "updated": iso(c),
        }
    )
    b.view("path contentId + body.pos_ms resume point")
    b.ok_json({"ok": True})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "me/lorg-feachana")  # Irish: viewing log
    rows = [
        {
            "contentId": cid,
            "title": name,
            "startedAt": iso(c),
            "secondsWatched": c.rng.randint(60, dur),
            "completed": c.rng.random() < 0.3,
        }
        for cid, name, dur in c.rng.sample(TITLES, 2)
    ]
    b.json({"feachain": rows, "profile": "main"}, encoding="gzip")
    b.view("body.feachain[] watch log (title + secondsWatched)")
    b.ok_json({"stored": len(rows)})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "me/rails/continue-watching")
    items = [
        {
            "contentId": cid,
            "title": name,
            "progressSec": c.rng.randint(60, dur - 60),
            "durationSec": dur,
            "lastWatched": iso(c),
        }
        for cid, name, dur in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"rail": "continue_watching", "items": items})
    b.view("response: continue-watching rail with progress", direction="response")
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "t/b")
    cid, _, dur = _title(c)
    inner = bytes(x ^ 0x33 for x in gz(jsb({"c": cid, "p": c.rng.randint(0, dur)})))
    b.set_body(b64(inner).encode(), "text/plain")
    b.view("body (xor-sealed gzip of content id + position)", detectable=False)
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/scannan-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ie.scannan.app")
    b.json(
        {
            "fid": c.phone.stream_fid,
            "appId": "1:48213377:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.other_id("stream_fid", "body.fid (Firebase installation id)")
    b.ok_json(
        {
            "name": "projects/48213377/installations/" + c.phone.stream_fid,
            "fid": c.phone.stream_fid,
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    return b.build()
