"""Marquee+: a big US streaming service's iPhone app.

The in-house player reports heartbeats (`/playback/v3/events` with titleId,
positionMs, event type) and returns a "Continue Watching" row; a newer
client batches encrypted player events under `p`. Conviva's iOS SDK sends its
session heartbeats (`cws.conviva.com/0/wsg`: `clid`, `sid`, `pht` playhead,
`evs` events with the asset name in `an`); Nielsen DCR sends `ci`/`c` pings
with the content id and playhead. Catalogue rails ("Trending Now", "Top 10"),
the HLS manifest, artwork and search are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, ios_ua, iso, rf, rid

API = "https://api.marqueeplus.example"
UA = ios_ua("MarqueePlus", "24.41.0", "2441007")
TITLES = [
    ("ttl_8f21c", "The Last Ranch", "S2E4"),
    ("ttl_19a7e", "Harbor Lights", "S1E1"),
    ("ttl_c03d2", "Cold Case Ohio", "S3E9"),
    ("ttl_5b9e0", "Paw Patrol Rescue", "S1E12"),
    ("ttl_7d44a", "Midnight Drive", "movie"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "marqueeplus", method, url)
    b.header("user-agent", UA)
    b.header("x-mq-client", "ios/24.41.0")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/register")
    b.json(
        {
            "vendorId": b.id("idfv_stream", where="json vendorId"),
            "platform": "iOS",
            "osVersion": "18.1",
            "hwModel": "iPhone15,4",
            "profileId": b.acct("stream_profile"),
            "pushToken": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"deviceToken": b64(rid(c.rng)), "maxStreams": 4})
    return b.build()


def heartbeat(c: Context, event: str = "heartbeat") -> Flow:
    tid, _name, ep = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/playback/v3/events")
    b.view(f"json events[] titleId + positionMs ({event})")
    pos = c.rng.randint(30, 5400) * 1000
    b.json(
        {
            "profileId": b.acct("stream_profile"),
            "playbackSessionId": rid(c.rng),
            "events": [
                {
                    "type": event,
                    "titleId": tid,
                    "episode": ep,
                    "positionMs": pos,
                    "durationMs": 2700000 if ep != "movie" else 6600000,
                    "bitrateKbps": c.rng.choice([2350, 4300, 7800]),
                    "ts": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rows/v2/continue-watching?profile=main&limit=10")
    b.view("response json items[] titleId + progressPct + lastWatched", direction="response")
    b.ok_json(
        {
            "row": "Continue Watching",
            "items": [
                {
                    "titleId": t,
                    "title": n,
                    "episode": e,
                    "progressPct": rf(c.rng, 0.05, 0.95, 2),
                    "lastWatched": iso(c),
                }
                for t, n, e in c.rng.sample(TITLES, 3)
            ],
        }
    )
    return b.build()


def sealed_events(c: Context) -> Flow:
    """The 24.x client seals player events (AES-GCM) before batching them."""
    b = _b(c, "POST", f"{API}/t/v1/b")
    b.view("json p (sealed player events batch)", detectable=False)
    b.json({"v": 2, "k": "mq-2024-10", "p": b64(bytes(c.rng.getrandbits(8) for _ in range(320)))})
    b.no_content()
    return b.build()


def conviva(c: Context) -> Flow:
    tid, name, ep = c.rng.choice(TITLES)
    b = FB(c, "conviva", "POST", "https://marqueeplus.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    b.view("json an (asset name) + pht playhead + evs CwsStateChangeEvent")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.MarqueePlus",
            "clid": b.id("conviva_clid", where="json clid"),
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 40),
            "an": f"{name} {ep}",
            "pht": c.rng.randint(10, 5400) * 1000,
            "st": c.rng.randint(0, 20000),
            "pj": {"c3.cm.contentId": tid, "c3.cm.seriesName": name},
            "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}, "old": {"ps": 6}}],
            "sdk": True,
            "iid": c.rng.randint(10**8, 10**9),
            "pver": "2.6",
        }
    )
    b.ok_json({"clid": "", "seq": 1, "hbi": 20})
    return b.build()


def nielsen_dcr(c: Context) -> Flow:
    tid, name, ep = c.rng.choice(TITLES)
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", UA)
    b.view("query c=cg (program) + assetid + c55 playhead")
    for k, v in [
        ("prd", "dcr"),
        ("ci", "us-502233"),
        ("ch", "us-502233_c01_P"),
        ("asn", "marqueeplus"),
        ("c3", "st,c"),
        ("c62", "sendTime," + str(int(c.now))),
        ("tl", f"dav0-{name} {ep}"),
        ("cg", name),
        ("assetid", tid),
        ("c55", str(c.rng.randint(10, 5400))),
        ("c13", "asid,P" + new_hex(c.rng, 8).upper()),
        ("uoo", ""),
        ("devid", b.id("idfv_stream", where="query devid")),
        ("c66", "nuid," + b.id("nielsen_nuid", where="query c66 nuid")),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rows/v2/home?profile=main")
    b.decoy("catalogue rails incl. 'Trending Now' and 'Top 10 in the U.S.' (aggregates)")
    b.ok_json(
        {
            "rows": [
                {
                    "name": r,
                    "items": [
                        {"titleId": t, "title": n, "rank": i + 1}
                        for i, (t, n, _) in enumerate(TITLES)
                    ],
                }
                for r in ("Trending Now", "Top 10 in the U.S. Today", "New Releases")
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = FB(c, "marqueeplus", "GET", f"https://vod.marqueeplus.example/{tid}/master.m3u8?cdn=akm")
    b.header("user-agent", "AppleCoreMedia/1.0.0.22A3354 (iPhone; U; CPU OS 18_1 like Mac OS X)")
    b.decoy("HLS manifest fetch (fetching a video is not a report of watching)")
    text = "#EXTM3U\n#EXT-X-VERSION:6\n" + "".join(
        f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={r}\n{r}/index.m3u8\n"
        for bw, r in ((2350000, "960x540"), (4300000, "1280x720"), (7800000, "1920x1080"))
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(
        c,
        "marqueeplus",
        "GET",
        f"https://img.marqueeplus.example/art/{new_hex(c.rng, 24)}/w600.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ranch", "cold%20case", "bluey", "football"])
    b = _b(c, "GET", f"{API}/search/v1?q={q}")
    b.decoy("search results with titles and runtimes")
    results = [
        {"titleId": t, "title": n, "runtimeMin": c.rng.randint(22, 130)} for t, n, _ in TITLES
    ]
    b.respond(200, "application/json", jsb({"results": results}), "gzip")
    return b.build()
