"""Marquee+: the big streaming service with profiles, on the iPhone, the iPad and the
Fire TV stick.

The player posts bookmark heartbeats (title, profile, position) and the home
screen fetches a continue-watching row; both are viewing history. Conviva's
heartbeat (`cws.conviva.com/0/wsg`, with `clid`, `sid`, `pht` playhead and the
asset name under `an`) and Mux Data beacons (`litix.io`) report the same
sessions. Manifests, artwork, the "Top 10 in the U.S. today" rail and search
results are catalogue, not history. The Fire TV app sends Amazon's advertising
id to Amazon's ad server with each SSAI break.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.marqueeplus.example"
UA = ios_ua("MarqueePlus", "24.38.0")
UA_IPAD = ios_ua("MarqueePlus", "24.38.0", "iPad14,1")
TITLES = [
    ("ttl-8841", "The Last Cul-de-Sac", "S2E4"),
    ("ttl-1290", "Lake Erie Mysteries", "S1E7"),
    ("ttl-5512", "Kitchen Nightmares: Midwest", "S5E1"),
    ("ttl-0917", "Bluey", "S3E22"),
    ("ttl-3320", "Dune: Part Two", "movie"),
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "marquee", method, url)
    b.header("user-agent", UA_IPAD if ipad else UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)).rstrip("="))
    return b


def bookmark(c: Context) -> Flow:
    ipad = c.rng.random() < 0.4
    b = _b(c, "POST", f"{API}/playback/v2/bookmarks", ipad)
    tid, _, ep = c.rng.choice(TITLES)
    b.view("json titleId + positionSeconds + profileId (player bookmark)")
    b.header(
        "x-device-id", b.id("idfv_ipad" if ipad else "idfv_stream", where="header x-device-id")
    )
    b.json(
        {
            "profileId": b.acct("stream_profile"),
            "titleId": tid,
            "episode": ep,
            "positionSeconds": c.rng.randint(30, 3000),
            "runtimeSeconds": 3120,
            "playbackSessionId": rid(c.rng),
            "event": c.rng.choice(["HEARTBEAT", "PAUSE", "STOP", "HEARTBEAT"]),
            "clientTime": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/content/v4/rows/continue-watching?profileId=" + b64(c.rng.randbytes(6))
    )
    b.view("response json items[] (title, progressPercent, lastWatched)", direction="response")
    b.ok_json(
        {
            "rowType": "CONTINUE_WATCHING",
            "items": [
                {
                    "titleId": t,
                    "title": n,
                    "episode": e,
                    "progressPercent": c.rng.randint(3, 97),
                    "lastWatched": iso(c),
                }
                for t, n, e in c.rng.sample(TITLES, 3)
            ],
        }
    )
    return b.build()


def conviva_hb(c: Context) -> Flow:
    b = FB(c, "conviva", "POST", "https://marquee.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    tid, name, ep = c.rng.choice(TITLES)
    b.view("json an (asset name) + pht (playhead ms) + evs (play state)")
    b.json(
        {
            "clid": b.id("conviva_clid", where="json clid (Conviva client id)"),
            "sid": c.rng.randint(1, 40),
            "seq": c.rng.randint(1, 400),
            "st": ms(c),
            "an": f"{name} {ep}",
            "pht": c.rng.randint(10_000, 3_000_000),
            "cl": 3120000,
            "ps": 3,
            "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}, "old": {"ps": 6}}],
            "tags": {"contentId": tid, "contentType": "VOD"},
            "cid": "c3.Marquee",
            "pm": "iOS",
        }
    )
    b.ok_json({"clid": "", "slg": False})
    return b.build()


def mux_beacon(c: Context) -> Flow:
    """Mux Data beacons shorten keys; the video title and view events still read."""
    b = FB(c, "mux", "POST", "https://img.litix.io/")
    b.header("user-agent", UA)
    tid, name, _ = c.rng.choice(TITLES)
    b.view("json events[] video_id + video_title + player_playhead_time")
    b.json(
        {
            "transmission_timestamp": ms(c),
            "rtt_ms": c.rng.randint(20, 90),
            "events": [
                {
                    "e": c.rng.choice(["viewstart", "playing", "pause", "viewend"]),
                    "video_id": tid,
                    "video_title": name,
                    "player_playhead_time": c.rng.randint(0, 3_000_000),
                    "view_id": rid(c.rng),
                    "viewer_user_id": "anon",
                    "env_key": "mx" + rid(c.rng)[:8],
                    "player_software_name": "AVPlayer",
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def firetv_ad_break(c: Context) -> Flow:
    b = FB(c, "amazon-ads", "GET", "https://aax-us-east.amazon-adsystem.com/e/msdk/ads")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 9; AFTKA Build/PS7624.3337N)")
    b.param("idfa", b.id("fire_afai", where="query idfa (Amazon advertising id)"))
    b.param("oo", "false")
    b.param(
        "dinfo",
        '{"dsn":"'
        + b.id("fire_serial", where="query dinfo.dsn (Fire TV serial)")
        + '","model":"AFTKA","make":"Amazon"}',
    )
    b.param("sz", "1920x1080")
    b.param("slotType", "midroll")
    b.ok_json({"ads": [{"creativeId": str(c.rng.randint(10**8, 10**9)), "duration": 30}]})
    return b.build()


def firetv_progress_opaque(c: Context) -> Flow:
    """The Fire TV build's telemetry: gzip then base64 under `d`; nothing reads."""
    b = FB(c, "marquee-firetv", "POST", f"{API}/t/1")
    b.header("user-agent", "MarqueePlusFireTV/7.2.0 (Linux; Android 9; AFTKA)")
    b.view("json d = base64(gzip(title, position)) (opaque)", detectable=False)
    tid, _, _ = c.rng.choice(TITLES)
    inner = {"t": tid, "p": c.rng.randint(10, 3000), "s": ms(c)}
    b.json({"d": b64(gz(jsb(inner))), "k": 7})
    b.no_content()
    return b.build()


def manifest(c: Context) -> Flow:
    tid, _, _ = c.rng.choice(TITLES)
    b = _b(
        c,
        "GET",
        f"https://vod-cdn.marqueeplus.example/{tid}/hls/master.m3u8?token={rid(c.rng)[:8]}",
    )
    b.decoy("stream manifest fetch (content, not a report of watching)")
    lines = ["#EXTM3U", "#EXT-X-VERSION:6"]
    for bw, res in ((800000, "640x360"), (2400000, "1280x720"), (6000000, "1920x1080")):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}", f"{res}/index.m3u8"]
    b.respond(200, "application/vnd.apple.mpegurl", "\n".join(lines).encode())
    return b.build()


def top10_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/content/v4/rows/top-10-us-today")
    b.decoy("Top 10 rail with hours viewed across all members (aggregate, not one person)")
    b.ok_json(
        {
            "rowType": "TOP_10",
            "items": [
                {
                    "rank": i + 1,
                    "titleId": t,
                    "title": n,
                    "hoursViewedThisWeek": c.rng.randint(10**6, 10**8),
                }
                for i, (t, n, _) in enumerate(TITLES)
            ],
        }
    )
    return b.build()


def artwork(c: Context) -> Flow:
    tid, _, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"https://art.marqueeplus.example/{tid}/boxart/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["cleveland", "bluey", "true crime", "dune"])
    b = _b(c, "GET", f"{API}/search/v2?q={q}&profileId=kids0")
    b.decoy("search results with titles and runtimes (catalogue)")
    b.ok_json(
        {
            "results": [
                {
                    "titleId": t,
                    "title": n,
                    "runtimeMinutes": c.rng.randint(22, 160),
                    "matchScore": rf(c.rng, 0.4, 0.99, 2),
                }
                for t, n, _ in TITLES[:3]
            ]
        }
    )
    return b.build()


def profiles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/profiles")
    b.ok_json(
        {
            "accountId": b.acct("stream_account"),
            "profiles": [
                {"profileId": b.acct("stream_profile"), "name": "Jen", "maturity": "TV-MA"},
                {"profileId": "prof_kids01", "name": "Kids", "maturity": "TV-Y7"},
            ],
        }
    )
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/v1/register")
    b.json(
        {
            "deviceKey": b.id("stream_device_key", where="json deviceKey (install key)"),
            "vendorId": b.id("idfv_stream", where="json vendorId"),
            "advertisingId": b.id("idfa", where="json advertisingId"),
            "model": "iPhone15,4",
            "osVersion": "17.5.1",
        }
    )
    b.ok_json({"registered": True, "maxStreams": 4})
    return b.build()
