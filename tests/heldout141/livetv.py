"""OhioLive TV: a live TV streaming app (local channels, news, sports) on the Galaxy.

Streams are stitched server-side: the app asks Google's IMA DAI for a stream
(documented ad parameters `rdid`, `idtype`, `is_lat`), Nielsen DCR pings carry
the programme and the hashed device id (`c9=devid,…`), and the app's own tuning
log says which channel was tuned when and for how long (viewing history). The
EPG grid and the stitched HLS playlist with SCTE-35 cue tags are not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.ohiolive.example"
UA = android_ua("OhioLive", "5.12.2")
CHANNELS = [("WEWS", "5"), ("WBNS", "10"), ("WCPO", "9"), ("WJW", "8"), ("ESPN", "206")]
SHOWS = ["News 5 at 6", "10TV News HD", "Good Morning Cincinnati", "Fox 8 News in the Morning"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ohiolive", method, url)
    b.header("user-agent", UA)
    return b


def dai_stream(c: Context) -> Flow:
    key = c.rng.choice(["sN_IYUG8STe1ZzhIIE_ksA", "c-rArva4ShKVIAkNfy6HUQ"])
    b = FB(c, "ima-dai", "POST", f"https://dai.google.com/linear/v1/hls/event/{key}/stream")
    b.header("user-agent", UA)
    b.form(
        [
            ("rdid", b.id("gaid", where="form rdid")),
            ("idtype", "adid"),
            ("is_lat", "0"),
            ("an", "com.example.ohiolive"),
            ("msid", "com.example.ohiolive"),
            ("cust_params", "station=wews&dma=510&daypart=evening"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
        ]
    )
    b.decoy("stream request for a live event asset key (fetching a stream, not history)")
    b.ok_json(
        {
            "stream_id": rid(c.rng),
            "stream_manifest": f"https://dai.google.com/linear/hls/pa/event/{key}/stream/x/master.m3u8",
        }
    )
    return b.build()


def nielsen_dcr(c: Context) -> Flow:
    call, _ = c.rng.choice(CHANNELS)
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", UA)
    b.view("query c-params tl/segA programme + vtoff offset (Nielsen DCR codes)", detectable=False)
    devid = b.id("gaid", "sha256", "query c9=devid,<sha256(advertising id)>")
    for k, v in [
        ("prd", "dcr"),
        ("ci", "us-204" + str(c.rng.randint(100, 999))),
        ("ch", call),
        ("asn", "ohiolive"),
        ("tl", "dav0-" + c.rng.choice(SHOWS)),
        ("segA", c.rng.choice(SHOWS)),
        ("segB", call),
        ("c3", "st,c"),
        ("c7", "osgrp,ANDROID"),
        ("c8", "devgrp,PHN"),
        ("c9", "devid," + devid),
        ("c10", "plt,MBL"),
        ("c13", "asid,P" + rid(c.rng)[:8].upper()),
        ("vtoff", str(c.rng.randint(0, 1800))),
        ("rnd", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/telemetry/tuning")
    b.view("json tuneEvents[] (channelCallSign, tunedAt, watchSeconds)")
    b.header("x-android-id", b.id("aid_live", where="header x-android-id"))
    b.json(
        {
            "tuneEvents": [
                {
                    "channelCallSign": call,
                    "virtualChannel": num,
                    "program": c.rng.choice(SHOWS),
                    "tunedAt": iso(c),
                    "watchSeconds": c.rng.randint(15, 2400),
                }
                for call, num in c.rng.sample(CHANNELS, c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def tuning_protobuf(c: Context) -> Flow:
    """The same log from the older player: protobuf rows with numeric fields only."""
    b = _b(c, "POST", f"{API}/v1/t")
    b.view("protobuf rows (field 1 station code, 2 epoch, 3 seconds)", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_varint(1, c.rng.randint(1, 80)),
                pb_varint(2, int(c.now)),
                pb_varint(3, c.rng.randint(10, 3000)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(b"".join(rows) + pb_bytes(9, "5.12.2"), "application/x-protobuf")
    b.no_content()
    return b.build()


def epg_grid(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/guide?zip=44114&hours=4")
    b.decoy("EPG grid with start times and durations (schedule, not history)")
    b.ok_json(
        {
            "channels": [
                {
                    "callSign": call,
                    "number": num,
                    "airings": [
                        {"title": s, "startTime": iso(c), "durationMinutes": 30} for s in SHOWS[:2]
                    ],
                }
                for call, num in CHANNELS
            ]
        }
    )
    return b.build()


def ssai_playlist(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://dai.google.com/linear/hls/pa/event/sN_IYUG8STe1ZzhIIE_ksA/stream/{rid(c.rng)}/variant/2400.m3u8",
    )
    b.decoy("stitched HLS playlist with SCTE-35 cues and segment offsets")
    sequence = c.rng.randint(1000, 9000)
    body = f"#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:{sequence}\n"
    body += (
        "#EXT-X-CUE-OUT:30.000\n#EXTINF:6.006,\nad/seg1.ts\n#EXT-X-CUE-IN\n#EXTINF:6.006,\nseg.ts\n"
    )
    b.respond(200, "application/x-mpegURL", body.encode())
    return b.build()


def location_check(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v1/geo/market?lat=41.4{c.rng.randint(10, 99)}&lon=-81.6{c.rng.randint(10, 99)}",
    )
    b.decoy("coordinates for the local-market (DMA) check")
    b.ok_json({"dma": 510, "market": "Cleveland-Akron (Canton)", "blackout": False})
    return b.build()
