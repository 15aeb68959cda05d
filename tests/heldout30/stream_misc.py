"""LakornPlus (see stream.py): device registration and the ordinary catalogue,
guide, poster, segment and search traffic that looks like viewing but is not."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz

from .phone import FB
from .stream import API, TITLES, UA, _hdr


def device_register(c: Context) -> Flow:
    b = FB(c, "lakornplus", "POST", f"{API}/v1/device/register")
    _hdr(b, c)
    b.header("x-device-id", b.id("aid_stream", where="header x-device-id"))
    b.json(
        {
            "deviceUuid": b.id("stream_device_uuid", where="body deviceUuid"),
            "adId": b.id("gaid", where="body adId"),
            "manufacturer": "OPPO",
            "model": "CPH2603",
            "os": "ColorOS 14",
        }
    )
    b.ok_json({"registered": True, "region": c.rng.choice(["TH", "PH"])})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "lakornplus", "GET", f"{API}/v1/home", [("lang", c.rng.choice(["th", "tl", "en"]))])
    _hdr(b, c)
    rails = [
        {
            "rail": "มาแรง",
            "items": [
                {"id": c.rng.randint(10000, 99999), "title": t, "duration": 2820, "episodes": 40}
                for t, _ in TITLES[:4]
            ],
        }
    ]
    b.ok_json({"rails": rails})
    b.decoy("catalogue rail: titles, durations, episode counts (no user history)")
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c, "lakornplus", "GET", f"{API}/v1/live/epg", [("channel", "ch3"), ("date", "2025-03-14")]
    )
    _hdr(b, c)
    slots = [
        {"start": f"{h:02d}:00", "title": c.rng.choice(TITLES)[0], "lengthMin": 60}
        for h in range(18, 23)
    ]
    b.ok_json({"channel": "ch3", "schedule": slots})
    b.decoy("live TV programme guide: titles with start times, nobody's viewing")
    return b.build()


def thumb(c: Context) -> Flow:
    cid = c.rng.randint(10000, 99999)
    b = FB(c, "lakornplus", "GET", f"https://img.lakornplus.tv/poster/{cid}_720x1080.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(cid, 600))
    b.decoy("poster image fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid, n = c.rng.randint(10000, 99999), c.rng.randint(1, 700)
    b = FB(c, "lakornplus", "GET", f"https://vod.lakornplus.tv/hls/{cid}/1080p/seg_{n:05d}.ts")
    b.header("user-agent", UA)
    b.respond(200, "video/mp2t", gz(str(n).encode() * 40))
    b.decoy("video segment fetch (content url, not a report)")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ลิขิตรัก", "kdrama", "Linlang", "มวยไทย"])
    b = FB(c, "lakornplus", "GET", f"{API}/v1/search", [("q", q), ("page", "1")])
    _hdr(b, c)
    b.ok_json(
        {
            "q": q,
            "results": [{"id": c.rng.randint(10000, 99999), "title": t} for t, _ in TITLES[:3]],
        }
    )
    b.decoy("search results")
    return b.build()
