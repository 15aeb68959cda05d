"""Cinemare (fictional), the tourist's OWN streaming app: the TRULY viewing-history flows.

In-house playback heartbeats, progress syncs and the continue-watching row
(key names my own: the app's backend), Conviva session heartbeats
(`<customer>.cws.conviva.com/0/wsg`, JSON with t="CwsSessionHb", cid, clid,
sid, seq, pht playhead, an asset name, cs player state: field names from
memory of Conviva's SDK, not re-verified against its source for this set),
and an encrypted beacon nobody can read (not detectable). Device
registration sends the app's ANDROID_ID and install id. Decoys: catalogue
rows, artwork, trailer manifests, search, DRM.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.cinemare.tv"
SHOWS = [
    ("s_8812", "Las Chicas del Cable", 2940),
    ("m_1044", "Perfetti sconosciuti", 5820),
    ("s_2290", "The Night Manager", 3480),
    ("s_0913", "Gomorra", 3120),
    ("m_3001", "Volver", 7260),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cinemare", method, API + path)
    b.header("user-agent", ua("Cinemare", "11.2.0"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def heartbeat(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(SHOWS)
    pos = c.rng.randint(30, dur)
    b = _b(c, "POST", "/v1/playback/events")
    b.json(
        {
            "events": [
                {
                    "type": c.rng.choice(["heartbeat", "pause", "resume"]),
                    "contentId": cid,
                    "episodeTitle": title,
                    "positionSec": pos,
                    "durationSec": dur,
                    "watchedSec": c.rng.randint(20, 60),
                    "bitrateKbps": c.rng.choice([2400, 4300, 6000]),
                    "ts": ms(c),
                }
            ]
        }
    )
    b.view("events[].contentId/positionSec/watchedSec")
    b.no_content()
    return b.build()


def progress(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(SHOWS)
    b = _b(c, "PUT", f"/v1/me/progress/{cid}")
    b.json(
        {
            "positionMs": c.rng.randint(60, dur) * 1000,
            "durationMs": dur * 1000,
            "completed": False,
            "updatedAt": iso(c),
        }
    )
    b.view("URL content id + positionMs/durationMs")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/rows/continue-watching")
    b.view("response items[] with contentId and progress", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "contentId": cid,
                    "title": t,
                    "progress": rf(c.rng, 0.05, 0.95, 2),
                    "lastWatchedAt": iso(c),
                }
                for cid, t, _ in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def conviva_hb(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(SHOWS)
    b = FB(c, "conviva", "POST", "https://cinemare.cws.conviva.com/0/wsg")
    b.header("user-agent", ua("Cinemare", "11.2.0"))
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Cinemare",
            "clid": str(c.phone.conviva_clid),
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 40),
            "st": c.rng.randint(1000, 900000),
            "an": f"{title} [{cid}]",
            "pht": c.rng.randint(1000, dur * 1000),
            "cs": {"ps": 3, "br": 4300},
            "tags": {"contentType": "VOD", "show": title},
            "pver": "2.0",
        }
    )
    b.other_id("conviva_clid", "json clid")
    b.view("Conviva heartbeat an (asset name) + pht (playhead)")
    b.ok_json({"err": "ok", "seq": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/b")
    b.set_body(c.rng.randbytes(c.rng.randint(300, 700)), "application/octet-stream")
    b.view("AES-encrypted playback beacon (opaque)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "deviceId": b.id("aid_stream", where="json deviceId"),
            "installId": str(c.phone.stream_install),
            "model": "Pixel 9",
            "os": "Android 15",
            "drm": "widevine-L1",
        }
    )
    b.other_id("stream_install", "json installId")
    b.ok_json({"registered": True, "maxStreams": 2})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/home")
    b.param("region", c.rng.choice(["ES", "IT", "US"]))
    b.decoy("home catalogue rows with runtimes of titles on offer (not watched)")
    b.ok_json(
        {
            "rows": [
                {
                    "name": n,
                    "items": [
                        {"contentId": cid, "title": t, "runtimeSec": d}
                        for cid, t, d in c.rng.sample(SHOWS, 3)
                    ],
                }
                for n in ("Tendencias", "Novità", "Top 10")
            ]
        }
    )
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "cinemare", "GET", f"https://img.cinemare.tv/art/{new_hex(c.rng, 16)}/w780.webp")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("poster artwork download")
    b.respond(200, "image/webp", b"RIFF" + c.rng.randbytes(600))
    return b.build()


def trailer(c: Context) -> Flow:
    cid = c.rng.choice(SHOWS)[0]
    b = FB(c, "cinemare", "GET", f"https://vod.cinemare.tv/trailers/{cid}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("trailer HLS manifest fetch (a media fetch, no log)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\nv_720.m3u8\n",
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/search")
    b.param("q", c.rng.choice(["almodovar", "gomorra", "thriller", "commedia"]))
    b.decoy("catalogue search results")
    b.ok_json(
        {
            "results": [{"contentId": cid, "title": t} for cid, t, _ in SHOWS[:3]],
            "reqId": rid(c.rng),
        }
    )
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "cinemare", "POST", "https://drm.cinemare.tv/widevine/license")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.set_body(b"\x08\x01\x12" + c.rng.randbytes(400), "application/octet-stream")
    b.decoy("Widevine licence challenge (opaque DRM; a licence, not a watch log)")
    b.respond(200, "application/octet-stream", c.rng.randbytes(300))
    return b.build()
