"""The TV itself: FAST channels (Samsung TV Plus-like), content recognition and
Samsung Ads, all as the Tizen firmware and its web apps send them.

FAST telemetry: channel tune / watch-time events keyed by TIFA. Samsung's AdInfo
API documents TIFA as the TV's advertising id and `isLATEnabled()` as its LAT
flag (developer.samsung.com, AdInfo API); Samsung Ads VAST requests carry it as
`ifa` with `ifa_type=tifa` (IAB "Guidelines for IFA on OTT platforms" names
`tifa` as Samsung's ifa_type). ACR: the "Viewing Information Services" client
posts fingerprint matches to samsungacr.com hosts (hostnames from public
Pi-hole / blocklist discussions of Samsung TVs). Decoys: EPG grid, logos.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_msg, pb_varint

from .phone import FB, TV_UA, iso, ms, rid

FAST = "https://tvplus-log.samsungcloudsolution.com"
CHANNELS = [("ES1000012", "Cine Clásico"), ("PT3100007", "Novelas PT"), ("AR2200041", "Fútbol+")]


def tune_event(c: Context) -> Flow:
    """Channel-watch event: channel, programme and seconds watched, keyed by TIFA."""
    ch, name = c.rng.choice(CHANNELS)
    b = FB(c, "tvplus", "POST", f"{FAST}/v1/events/batch")
    b.header("user-agent", TV_UA)
    events = [
        {
            "eventType": c.rng.choice(["CHANNEL_TUNE", "WATCH_TIME"]),
            "channelId": ch,
            "channelName": name,
            "programTitle": c.rng.choice(["Noche de estreno", "Laços de Família", "Clásico"]),
            "watchDurationSec": c.rng.randint(30, 1800),
            "ts": ms(c) - i * 60000,
        }
        for i in range(c.rng.randint(1, 4))
    ]
    body = {
        "tifa": b.id("tifa", where="json:tifa"),
        "lat": False,
        "country": c.rng.choice(["ES", "PT", "AR"]),
        "events": events,
    }
    b.view("json:events[].channelId+watchDurationSec")
    b.json(body, "gzip")
    b.no_content()
    return b.build()


def acr_match(c: Context) -> Flow:
    """ACR: what is on screen (linear or HDMI), as the recogniser matched it."""
    b = FB(c, "acr", "POST", "https://acr-eu-prd.samsungacr.com/acr/v3/match/report")
    b.header("user-agent", "SamsungACR/4.2 Tizen/7.0")
    body = {
        "duid": b.id("tv_duid", where="json:duid"),
        "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
        "matches": [
            {
                "contentId": f"tms:EP0{c.rng.randint(10000000, 99999999)}",
                "offsetMs": c.rng.randint(0, 3_000_000),
                "detectedAt": iso(c),
            }
        ],
    }
    b.view("json:matches[].contentId+offsetMs")
    b.json(body)
    b.ok_json({"next": 15})
    return b.build()


def acr_fingerprint_opaque(c: Context) -> Flow:
    """Raw audio/video fingerprints in protobuf under numbered fields: nothing says so."""
    b = FB(c, "acr", "POST", "https://acr-eu-prd.samsungacr.com/acr/v3/fp")
    b.header("user-agent", "SamsungACR/4.2 Tizen/7.0")
    hashes = b"".join(pb_varint(1, c.rng.getrandbits(32)) for _ in range(24))
    body = pb_varint(1, 3) + pb_msg(2, [hashes]) + pb_varint(3, ms(c))
    b.view("protobuf:2 (fingerprint hashes)", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def samsung_ads_vast(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = FB(c, "samsung_ads", "GET", "https://ads.samsungads.com/vast/v4")
    b.params = [
        ("ifa", b.id("tifa", where="query:ifa")),
        ("ifa_type", "tifa"),
        ("lmt", "0"),
        ("dnt", "0"),
        ("channel", ch),
        ("pod", "midroll"),
        ("cb", str(c.rng.getrandbits(40))),
    ]
    b.header("user-agent", TV_UA)
    b.respond(200, "application/xml", b'<VAST version="4.0"><Ad id="1"/></VAST>')
    return b.build()


def samsung_ads_pixel(c: Context) -> Flow:
    b = FB(c, "samsung_ads", "GET", "https://t.samsungads.com/imp")
    b.params = [
        ("adid", str(c.rng.randint(10**8, 10**9))),
        ("tifa", b.id("tifa", how="upper", where="query:tifa")),
        ("model", "QE65QN90CATXXC"),
    ]
    b.header("user-agent", TV_UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = FB(c, "tizen", "GET", "https://osb-v2.samsungcloudsolution.com/fw/check")
    b.params = [
        ("model", "QE65QN90CATXXC"),
        ("serial", b.id("tv_serial", where="query:serial")),
        ("fw", "T-PTMFDEUC-1230.1"),
    ]
    b.header("user-agent", TV_UA)
    b.ok_json({"update": False, "sha256": rid(c.rng).replace("-", "") * 2})
    b.decoy("firmware sha256 hash in the response")
    return b.build()


def tv_heartbeat_opaque(c: Context) -> Flow:
    """A device ping under meaningless keys: the MAC sits in `k2` without a name."""
    b = FB(c, "tizen", "POST", "https://osb-v2.samsungcloudsolution.com/hb")
    b.header("user-agent", TV_UA)
    b.form(
        [
            ("k1", "QN90C"),
            ("k2", b.id("tv_mac", how="nosep", where="form:k2", detectable=False)),
            ("k3", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c,
        "tvplus",
        "GET",
        "https://tvplus-cdn.samsungcloudsolution.com/epg/v2/grid",
        [("region", c.rng.choice(["ES", "PT", "AR"])), ("hours", "6")],
    )
    b.header("user-agent", TV_UA)
    b.decoy("EPG grid: channel ids and programme times, nothing watched")
    grid = [
        {
            "channelId": ch,
            "programs": [{"title": n, "start": ms(c) + k * 1800000} for k in range(3)],
        }
        for ch, n in CHANNELS
    ]
    b.ok_json({"grid": grid})
    return b.build()


def logo(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = FB(c, "tvplus", "GET", f"https://tvplus-cdn.samsungcloudsolution.com/logo/{ch}.jpg")
    b.header("user-agent", TV_UA)
    b.decoy("channel logo")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    return b.build()
