"""Lark TV: a commercial broadcaster's streaming app with server-side ad insertion.

Ads are stitched into the stream by Google's Dynamic Ad Insertion; the app fires
the ad beacons itself. Playback analytics go to Conviva (its documented
`CwsSessionHb` heartbeat with the playhead `pht` and asset name `an`) and to the
broadcaster's own event service; installs are attributed through Adjust
(form-encoded `gps_adid`, the server hands back its `adid`).

Label decision: an ad quartile beacon says an ad creative reached 50% of its
run; it names no programme and is ad-delivery measurement, so it is labelled a
decoy. The broadcaster's own beacon relay, which adds the programme's
production id and playhead, is viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

EVENTS = "https://events.larktv.example"
CONTENT = "https://content.larktv.example"
DAI = "https://dai.google.com"
PUBADS = "https://pubads.g.doubleclick.net"
CONVIVA = "https://larktv.cws.conviva.com"
ADJUST = "https://app.adjust.com"
UA = ua("LarkTV", "24.46.1")
SHOWS = [
    ("2/7011/0042#001", "Emmerdale", "Episode 10042"),
    ("10/3378/0007#001", "Love Island: All Stars", "Series 1 Episode 7"),
    ("1/0694/3311#002", "Coronation Street", "Episode 11311"),
    ("10/2101/0003#001", "Mr Bates vs The Post Office", "Episode 3"),
    ("2/5522/0015#001", "Taskmaster", "Series 17 Episode 5"),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def playback_event(c: Context) -> Flow:
    b = _b(c, "larktv", "POST", f"{EVENTS}/v1/playback")
    prod, brand, ep = c.rng.choice(SHOWS)
    kind = c.rng.choice(["playbackProgress", "playbackProgress", "playbackStart", "playbackPause"])
    b.view(f"json eventName={kind} productionId + positionMs")
    b.json(
        {
            "eventName": kind,
            "productionId": prod,
            "programmeTitle": brand,
            "episodeTitle": ep,
            "positionMs": c.rng.randint(0, 2_700_000),
            "isLive": False,
            "viewerId": b.acct("lark_user"),
            "androidId": b.id("aid_lark", where="json androidId"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def conviva_heartbeat(c: Context) -> Flow:
    b = _b(c, "conviva", "POST", f"{CONVIVA}/0/wsg")
    prod, brand, ep = c.rng.choice(SHOWS)
    b.view("json t=CwsSessionHb an (asset name) + pht (playhead)")
    clid = b.id("lark_conviva_cid", where="json clid (Conviva client id)", detectable=False)
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.LarkTV",
            "clid": clid,
            "sid": c.rng.randint(10**8, 2**31),
            "seq": c.rng.randint(1, 90),
            "st": c.rng.randint(1000, 3_000_000),
            "pht": c.rng.randint(0, 2_700_000),
            "an": f"{brand} - {ep}",
            "tags": {"c3.cm.id": prod, "c3.cm.channel": "ITV1", "contentType": "VOD"},
            "pj": {"ps": 3, "br": 4200},
        }
    )
    b.ok_json({"t": "CwsSessionHbResponse", "hbi": 20, "seq": 1})
    return b.build()


def dai_stream(c: Context) -> Flow:
    """Stream creation: a fetch of a stitched stream; carries the GAID as `rdid`."""
    prod, brand, _ = c.rng.choice(SHOWS)
    b = _b(c, "ima-dai", "POST", f"{DAI}/ondemand/dash/content/2548831/vid/{prod[:9]}/streams")
    b.decoy("DAI stream request with cust_params series name: fetching a stream, not a report")
    b.form(
        [
            ("cust_params", urlencode([("series", brand), ("pos", "pre")])),
            ("rdid", b.id("gaid", where="form rdid")),
            ("idtype", "adid"),
            ("is_lat", "0"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
        ]
    )
    sid = rid(c.rng)
    b.ok_json(
        {
            "stream_id": sid,
            "stream_manifest": f"{DAI}/ondemand/dash/content/2548831/stream/{sid}/manifest.mpd",
        }
    )
    return b.build()


def ad_quartile_beacon(c: Context) -> Flow:
    q = c.rng.choice(["videoimpression", "videoquartile1", "videomidpoint", "videocomplete"])
    b = _b(
        c,
        "ima-dai",
        "GET",
        f"{PUBADS}/pagead/interaction/?ai=B{new_hex(c.rng, 30)}"
        f"&sigh={new_hex(c.rng, 11)}&label={q}",
    )
    b.decoy("SSAI ad beacon: an ad creative's delivery measurement, no programme named")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def ssai_relay(c: Context) -> Flow:
    """The broadcaster's own copy of each ad beacon, with the programme and playhead."""
    prod, _, _ = c.rng.choice(SHOWS)
    params = [
        ("evt", c.rng.choice(["adBreakStart", "adBreakEnd"])),
        ("productionId", prod),
        ("contentPositionSec", str(c.rng.randint(0, 2700))),
        ("breakIdx", str(c.rng.randint(0, 4))),
        ("ts", str(ms(c))),
    ]
    b = _b(c, "larktv", "GET", f"{EVENTS}/ssai/beacon?" + urlencode(params))
    b.view("query productionId + contentPositionSec")
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _b(c, "adjust", "POST", f"{ADJUST}/session")
    b.header("client-sdk", "android4.38.5")
    b.form(
        [
            ("app_token", "3qv1mq2ktf5s"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("created_at", iso(c).replace("Z", "Z+0000")),
            ("session_count", str(c.rng.randint(2, 80))),
            ("environment", "production"),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("country", "GB"),
            ("language", "en"),
        ]
    )
    adid = b.id("lark_adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    """Adjust event with the id packed into partner params as one opaque token."""
    b = _b(c, "adjust", "POST", f"{ADJUST}/event")
    b.header("client-sdk", "android4.38.5")
    token = b.id("aid_lark", "sha1", "form partner_params.k (sha1 under opaque key)", False)
    b.form(
        [
            ("app_token", "3qv1mq2ktf5s"),
            ("event_token", c.rng.choice(["x7hq2e", "b2kzta"])),
            ("partner_params", js({"k": token, "tier": "free"})),
            ("environment", "production"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def rail(c: Context) -> Flow:
    b = _b(c, "larktv", "GET", f"{CONTENT}/v2/collections/because-you-watched?platform=android")
    b.decoy("recommendation rail titled 'because you watched' (a recommendation, not a history)")
    b.ok_json(
        {
            "title": "Because you watched Emmerdale",
            "items": [
                {"productionId": p, "title": t, "image": f"{p[:6]}.jpg"} for p, t, _ in SHOWS
            ],
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["corrie", "love island", "taskmaster", "vera"])
    b = _b(c, "larktv", "GET", f"{CONTENT}/v2/search?q={q.replace(' ', '+')}")
    b.ok_json({"results": [{"productionId": p, "title": t} for p, t, _ in SHOWS[:3]]})
    return b.build()
