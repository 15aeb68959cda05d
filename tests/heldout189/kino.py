"""Kinopuls: a commercial Baltic streaming service (films, series, Russian dubs).

Its in-house team mixes English and transliterated Russian: the player posts
`prosmotr` (viewing) heartbeats with `pozitsiya_ms` and `dlitelnost_ms`, the
profile's `istoriya_prosmotrov` comes back in a response, and the device
registration for DRM seat limits sends the ANDROID_ID and a Widevine system id.
AppsFlyer measures installs (its `uid` and the advertising id). Trailers,
catalogue pages, ratings (averages over all viewers) and subtitle files are
ordinary.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kinopuls.example"
EV = "https://ev.kinopuls.example"
UA = ua("Kinopuls", "7.3.0")
TITLES = [
    ("f-20311", "Tarp mūsų"),
    ("s-1029-e04", "Ekspedicija S2E4"),
    ("f-18820", "Мастер и Маргарита"),
    ("s-877-e11", "Rīgas sargi E11"),
    ("f-19003", "Oppenheimer"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinopuls", method, url)
    b.header("user-agent", UA)
    b.header("x-profile", "prof_" + str(c.rng.randint(1, 4)))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def prosmotr_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{EV}/api/v1/prosmotr/heartbeat")
    cid, title = c.rng.choice(TITLES)
    dur = c.rng.randint(1200, 8400) * 1000
    b.view("json contentId + pozitsiya_ms + sobytie")
    b.json(
        {
            "contentId": cid,
            "nazvanie": title,
            "sobytie": c.rng.choice(["start", "pauza", "prodolzhenie", "heartbeat", "konets"]),
            "pozitsiya_ms": c.rng.randint(0, dur),
            "dlitelnost_ms": dur,
            "audio": c.rng.choice(["rus", "lit", "lav", "eng"]),
            "subtitry": c.rng.choice(["lit", "lav", None]),
            "ts": ms(c),
            "irenginys": b.id("aid_kino", where="json irenginys"),
        }
    )
    b.no_content()
    return b.build()


def istoriya(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/profile/istoriya_prosmotrov?page=1")
    b.view("response json istoriya[] (contentId, smotrel, progress)", direction="response")
    b.ok_json(
        {
            "istoriya": [
                {
                    "contentId": cid,
                    "nazvanie": t,
                    "smotrel": iso(c),
                    "progress": rf(c.rng, 0.05, 1.0, 2),
                }
                for cid, t in c.rng.sample(TITLES, 4)
            ]
        }
    )
    return b.build()


def qoe_packed(c: Context) -> Flow:
    """Player QoE + position in one gzip+base64 blob under `q` (the app's own batcher)."""
    b = _b(c, "POST", f"{EV}/q")
    b.view("json q = base64(gzip(session rows with title and position))", detectable=False)
    cid, _ = c.rng.choice(TITLES)
    rows = [[cid, c.rng.randint(0, 7200000), c.rng.randint(800, 9000), ms(c)] for _ in range(4)]
    b.json({"q": base64.b64encode(gz(js(rows).encode())).decode(), "n": 4})
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/devices/register")
    b.json(
        {
            "deviceId": b.id("aid_kino", where="json deviceId"),
            "deviceName": "Xiaomi 13T",
            "widevineSystemId": 22590,
            "securityLevel": "L1",
            "platform": "android_mobile",
        }
    )
    b.ok_json({"slot": c.rng.randint(1, 5), "maxSlots": 5, "registeredAt": iso(c)})
    return b.build()


def seat_check(c: Context) -> Flow:
    """The seat limiter pings with a SHA-1 of the device id under `s` (opaque)."""
    b = _b(c, "GET", f"{API}/api/v2/seat")
    b.param("s", b.id("aid_kino", "sha1", "query s", detectable=False))
    b.ok_json({"ok": True, "ttl": 300})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.14/androidevent")
    b.params = [("app_id", "lt.kinopuls.app"), ("buildnumber", "6.14.2")]
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kino_af_uid", where="json uid"),
            "android_id": b.id("aid_kino", where="json android_id"),
            "brand": "Xiaomi",
            "model": "23078PND5G",
            "lang": "lt",
            "country": "LT",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 40)),
            "eventName": c.rng.choice(["af_subscribe", "af_content_view", ""]),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_hashed(c: Context) -> Flow:
    """The AppsFlyer `kef` block, as it ships the advertising id's SHA-256 under a letter key."""
    b = FB(c, "appsflyer", "POST", "https://inapps.appsflyer.com/api/v6.14/androidevent")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G)")
    b.json(
        {
            "kef": {"x": b.id("gaid", "sha256", "json kef.x", detectable=False), "y": 3},
            "af_timestamp": str(ms(c)),
            "eventName": "af_purchase",
            "eventValue": js({"af_revenue": 8.99, "af_currency": "EUR"}),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/catalog/home?lang=lt")
    b.decoy("catalogue rails with content ids, durations and average ratings (aggregates)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": name,
                    "items": [
                        {"contentId": cid, "title": t, "reiting": rf(c.rng, 5, 9.5, 1)}
                        for cid, t in TITLES
                    ],
                }
                for name in ("Новинки", "Populiaru Lietuvoje", "Tev varētu patikt")
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = FB(c, "kinopuls-cdn", "GET", f"https://cdn.kinopuls.example/trailers/{cid}/master.mpd")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("trailer manifest fetch (content, not a watch report)")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"></MPD>')
    return b.build()


def subtitles(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = FB(c, "kinopuls-cdn", "GET", f"https://cdn.kinopuls.example/subs/{cid}/lit.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    cue = "00:00:01.000 --> 00:00:03.500\nLabas.\n"
    b.respond(200, "text/vtt", f"WEBVTT\n\n{cue}".encode())
    return b.build()


def license_req(c: Context) -> Flow:
    b = _b(c, "POST", "https://drm.kinopuls.example/widevine/license")
    b.decoy("DRM licence challenge: binary with a key id (no person's history)")
    b.set_body(hashlib.sha256(str(ms(c)).encode()).digest() * 6, "application/octet-stream")
    b.respond(200, "application/octet-stream", hashlib.sha512(b"lic").digest() * 4)
    return b.build()
