"""Her own streaming app (fictional "SahraPlay"): the truly sensitive viewing
history of this set (heartbeats, resume points, continue watching), among
many catalogue, artwork, search and trailer-segment decoys.

The heartbeat follows the common OTT pattern (a periodic POST with the asset,
the playhead and the event, as in Bitmovin/Conviva-style analytics and the
SCTE/DASH-IF "playback session" ideas); the key names are the app's own, some
Arabizi ("mushahada" = viewing). The app's device registration sends the IDFV
under `X-Device-Id`, as many iOS apps do with `identifierForVendor`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.sahraplay.example"
IMG = "https://img.sahraplay-cdn.example"
VOD = "https://vod.sahraplay-cdn.example"
UA = ua("SahraPlay", "8.2", "310")
SHOWS = [("s1093", "Sahara Nights", 2700), ("m5521", "The Long Layover", 6100),
         ("s2210", "Pearl Divers", 2900), ("m0877", "Falcon Crest Doha", 5600)]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahraplay", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def heartbeat(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", API + "/playback/v2/heartbeat")
    b.json(
        {
            "profileId": b.acct("stream_user"),
            "contentId": cid,
            "title": title,
            "event": c.rng.choice(["play", "heartbeat", "heartbeat", "pause", "stop"]),
            "positionSec": c.rng.randint(0, dur),
            "durationSec": dur,
            "ts": ms(c),
        }
    )
    b.view("json contentId/positionSec heartbeat")
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(SHOWS)
    b = _b(c, "PUT", f"{API}/users/{c.phone.stream_user}/resume/{cid}")
    b.header("x-device-id", b.id("idfv_stream", where="header x-device-id"))
    b.json({"mushahada_mawqi3": c.rng.randint(60, dur), "updatedAt": iso(c), "completed": False})
    b.view("path resume/{contentId} with playhead")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", API + "/rails/v1/continue-watching")
    rows = [
        {"contentId": cid, "title": t, "progressPct": c.rng.randint(5, 95), "lastWatched": iso(c)}
        for cid, t, _ in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"rail": "continueWatching", "items": rows})
    b.view("response continue-watching rail", direction="response")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", API + "/b/v1")
    b.json({"v": 3, "k": "ev", "p": b64(new_hex(c.rng, 120))})
    b.view("base64 blob under 'p' (encrypted player beacon)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", API + "/devices/v1/register")
    b.json(
        {
            "deviceId": b.id("idfv_stream", where="json deviceId"),
            "installId": c.phone.stream_device,
            "platform": "ios",
            "model": c.phone.model,
        }
    )
    b.other_id("stream_device", "json installId")
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", API + "/catalog/v1/home")
    b.param("region", c.rng.choice(["QA", "SG"]))
    items = [
        {"contentId": cid, "title": t, "runtimeSec": d, "rating": "PG-13"} for cid, t, d in SHOWS
    ]
    b.ok_json({"rails": [{"id": "trending", "items": items}, {"id": "new", "items": items[:2]}]})
    b.decoy("catalogue rails with contentIds and runtimes (nothing watched)")
    return b.build()


def artwork(c: Context) -> Flow:
    cid = c.rng.choice(SHOWS)[0]
    b = FB(c, "sahraplay", "GET", f"{IMG}/art/{cid}/poster_480x720.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 700))
    b.decoy("poster artwork fetch")
    return b.build()


def trailer_segment(c: Context) -> Flow:
    cid = c.rng.choice(SHOWS)[0]
    b = FB(c, "sahraplay", "GET", f"{VOD}/trailers/{cid}/720p/seg_{c.rng.randint(1, 30):05d}.m4s")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X)")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**6), 900))
    b.decoy("autoplay trailer video segment (a fetch, not a watch log)")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", API + "/search/v1")
    b.param("q", c.rng.choice(["face off", "watchmen", "the voice", "airport"]))
    b.ok_json({"results": [{"contentId": cid, "title": t} for cid, t, _ in SHOWS[:2]]})
    b.decoy("search query and results")
    return b.build()
