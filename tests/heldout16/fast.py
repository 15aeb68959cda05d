"""Driftline: a FAST-channels app on the TV (Pluto TV / Samsung TV Plus style).

Real formats: the Pluto TV boot and stitcher query parameters (advertisingId,
deviceId, deviceMake, deviceDNT, is_lat, clientID, appName; seen in
matthuisman/slyguy.addons `slyguy.pluto.tv.provider/resources/lib/constants.py`
and 3052/media `blog/pluto-raa/readme.md`), Google Ad Manager VAST tag
parameters for CTV (`rdid`, `idtype=adid`, `is_lat`, `correlator`, `vpos`;
Google Ad Manager help "VAST ad tag URL parameters"), IAB "Guidelines for IFA
on OTT platforms" macros (`ifa`, `ifa_type`) on impression beacons. The
channel tune-in telemetry is the app's own backend.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, tv_ua

SDK = "driftline"
UA = tv_ua("Driftline", "5.41.0")
SLUGS = [
    "crime-drama-247",
    "retro-sitcoms",
    "nature-hd",
    "anime-all-day",
    "true-crime-files",
    "cooking-channel-free",
    "classic-westerns",
    "news-now",
]


def _chan(ctx: Context) -> tuple[str, str]:
    i = ctx.rng.randrange(len(SLUGS))
    return "5f" + "".join(ctx.rng.choice("0123456789abcdef") for _ in range(22)), SLUGS[i]


def boot(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", "https://boot.driftline.tv/v4/start")
    b.param("appName", "androidtv")
    b.param("appVersion", "5.41.0-b2279")
    b.param("clientID", b.id("fast_client", where="query.clientID", detectable=False))
    b.param("clientModelNumber", "KD-55X85K")
    b.param("deviceMake", "Sony")
    b.param("deviceModel", "BRAVIA 4K VH2")
    b.param("deviceType", "android-tv")
    b.param("deviceDNT", "0")
    b.param("advertisingId", b.id("tv_adid", where="query.advertisingId"))
    b.header("user-agent", UA)
    b.ok_json(
        {"sessionToken": "eyJ" + b64(rid(ctx.rng))[:40], "stitcherParams": "sid=" + rid(ctx.rng)}
    )
    return b.build()


def stitcher(ctx: Context) -> Flow:
    cid, _ = _chan(ctx)
    url = f"https://stitcher.driftline.tv/v2/stitch/hls/channel/{cid}/master.m3u8"
    b = FB(ctx, SDK, "GET", url)
    b.param("advertisingId", b.id("tv_adid", where="query.advertisingId"))
    b.param("deviceId", b.id("aid_fast", where="query.deviceId"))
    for k, v in [
        ("deviceMake", "Sony"),
        ("deviceType", "android-tv"),
        ("deviceDNT", "false"),
        ("is_lat", "0"),
        ("appName", "androidtv"),
        ("sid", rid(ctx.rng)),
    ]:
        b.param(k, v)
    b.header("user-agent", UA)
    b.respond(
        200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\nvariant_1080.m3u8\n"
    )
    return b.build()


def tune_in(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://events.driftline.tv/v2/tunein")
    cid, slug = _chan(ctx)
    prev, _ = _chan(ctx)
    events = [
        {
            "type": "channel_tune_in",
            "channelId": cid,
            "channelSlug": slug,
            "tunedInAt": iso(ctx),
            "durationSec": ctx.rng.randint(40, 3600),
            "previousChannelId": prev,
            "entryPoint": ctx.rng.choice(["guide", "ch_up", "home_row"]),
        }
    ]
    b.view("body.events[].channelSlug/durationSec")
    dev = {"deviceId": b.id("aid_fast", where="body.device.deviceId"), "make": "Sony"}
    b.header("user-agent", UA)
    b.json({"events": events, "device": dev, "sentAt": ms(ctx)})
    b.no_content()
    return b.build()


def watch_batch(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://events.driftline.tv/v2/watch-sessions/batch")
    rows = []
    for _ in range(ctx.rng.randint(2, 5)):
        _, slug = _chan(ctx)
        rows.append(
            {
                "ch": slug,
                "ep": "ep_" + rid(ctx.rng)[:8],
                "start": ms(ctx) - 600000,
                "watched_s": ctx.rng.randint(30, 2400),
                "complete": ctx.rng.random() < 0.3,
            }
        )
    b.view("body.watchSessions[]")
    b.header("user-agent", UA)
    b.json({"watchSessions": rows, "appVersion": "5.41.0"}, encoding="gzip")
    b.no_content()
    return b.build()


def gam_ad_request(ctx: Context) -> Flow:
    _, slug = _chan(ctx)
    b = FB(ctx, SDK, "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21775744923/driftline_ctv/midroll"),
        ("sz", "1920x1080"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("env", "vp"),
        ("vpos", "midroll"),
        ("unviewed_position_start", "1"),
        ("correlator", str(ctx.rng.randint(10**12, 10**13))),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("tv_adid", where="query.rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("cust_params", f"genre={slug.split('-')[0]}&platform=googletv")
    b.header("user-agent", UA)
    b.respond(200, "text/xml", b'<?xml version="1.0"?><VAST version="4.0"></VAST>')
    return b.build()


def ad_impression(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", "https://trk.driftline-ads.tv/v1/imp")
    b.param("cr", str(ctx.rng.randint(100000, 999999)))
    b.param("ifa", b.id("tv_adid", where="query.ifa"))
    b.param("ifa_type", "aaid")
    b.param("did", b.id("tv_wifi_mac", "md5_of_nosep", where="query.did"))
    b.param("q", ctx.rng.choice(["start", "firstQuartile", "midpoint", "complete"]))
    b.param("cb", str(ms(ctx)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def opaque_events(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://events.driftline.tv/v2/e")
    raw = b.id_raw("aid_fast", "custom_b64", where="body.p (obfuscated)")
    b.view("body.p (obfuscated tune-in log)", detectable=False)
    blob = encode(raw + "|" + rid(ctx.rng) + "|" + str(ctx.rng.randint(1, 9999)), "custom_b64")
    b.json({"v": 3, "p": blob, "k": rf(ctx.rng, 0, 1, 6)})
    b.no_content()
    return b.build()


def guide(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", "https://api.driftline.tv/v2/guide")
    b.param("start", iso(ctx))
    b.param("duration", "240")
    b.decoy("EPG guide fetch (catalogue, no history)")
    tl = [
        {
            "channelSlug": s,
            "timelines": [
                {
                    "title": "Episode " + str(ctx.rng.randint(1, 40)),
                    "start": iso(ctx),
                    "stop": iso(ctx),
                }
            ],
        }
        for s in SLUGS[:4]
    ]
    b.ok_json({"data": tl})
    return b.build()


def segment(ctx: Context) -> Flow:
    cid, _ = _chan(ctx)
    b = FB(
        ctx,
        SDK,
        "GET",
        f"https://cdn-hls.driftline.tv/{cid}/1080p/seg_{ctx.rng.randint(1000, 99999)}.ts",
    )
    b.decoy("HLS video segment fetch")
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(300)))
    return b.build()
