"""Loopline TV: a free ad-supported (FAST) channel app on the Fire TV.

Modelled on Pluto TV's public stitcher URLs (the query parameters `advertisingId`,
`deviceId`, `deviceMake`, `deviceModel`, `deviceType`, `deviceDNT`, `is_lat`,
`rdid`, `appName`, `sid`, as in matthuisman/slyguy.addons
slyguy.pluto.tv.provider/resources/lib/constants.py and the yt-dlp / streamlink
Pluto extractors): the Fire TV app fills them with the real Amazon Advertising ID
and its install id. Its own analytics (watch events, resume points) are
in-house JSON with this app's own key names. Ad quartile beacons follow VAST 4
tracking events with the IAB IFA macros (`ifa`, `ifa_type=afai` for Amazon).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, fire_ua, iso, ms, rid

API = "https://api.loopline.tv"
CHANNELS = [
    ("5f8ed1ff5c39700007e2204a", "crime-drama-classics", "Crime Drama Classics"),
    ("61a4b8e2c2f6a1000755d0c1", "retro-game-shows", "Retro Game Shows"),
    ("60d9a1b35e0f3e0007b9f00d", "nature-hd", "Nature HD"),
    ("62c1d7a0a3b4f200076f1a22", "anime-all-day", "Anime All Day"),
    ("5e2f9b7a1c6b9e0009a0c311", "westerns", "Westerns"),
]
EPISODES = ["Case of the Silent Pier", "Double or Nothing 1984", "Tundra Wolves", "Episode 12"]


def _chan(c: Context) -> tuple[str, str, str]:
    return c.rng.choice(CHANNELS)


def stitcher_master(c: Context) -> Flow:
    """The HLS master playlist with server-side ad insertion (a video fetch, not history)."""
    cid = _chan(c)[0]
    b = FB(
        c, "loopline", "GET", f"https://stitch.loopline.tv/v2/stitch/hls/channel/{cid}/master.m3u8"
    )
    b.param("advertisingId", b.id("fire_adid", where="query:advertisingId"))
    b.param("appName", "firetv")
    b.param("appVersion", "5.41.0-0b1c2d3")
    b.param("deviceDNT", "0")
    b.param("deviceId", b.id("fast_client", where="query:deviceId"))
    b.param("deviceMake", "amazon")
    b.param("deviceModel", "AFTKRT")
    b.param("deviceType", "firetv")
    b.param("deviceVersion", "8.1.0.3")
    b.param("is_lat", "0")
    if c.rng.random() < 0.5:
        b.param("rdid", b.id("fire_adid", where="query:rdid"))
    b.param("serverSideAds", "true")
    b.param("sid", rid(c.rng))
    b.header("user-agent", fire_ua("ExoPlayerLib/2.19.1"))
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n")
    return b.build()


def watch_event(c: Context) -> Flow:
    cid, slug, name = _chan(c)
    b = FB(c, "loopline", "POST", "https://events.loopline.tv/v1/track")
    ev = {
        "name": c.rng.choice(["channel_watched", "episode_watched", "watch_segment"]),
        "ts": iso(c),
        "props": {
            "channelId": cid,
            "channelSlug": slug,
            "channelName": name,
            "episodeName": c.rng.choice(EPISODES),
            "secondsWatched": c.rng.randint(30, 1800),
            "playheadSec": c.rng.randint(0, 2600),
            "entryPoint": c.rng.choice(["guide", "home_rail", "last_watched"]),
        },
    }
    b.view("body:events[].props.channelId+secondsWatched")
    body: dict[str, object] = {"events": [ev], "userId": b.acct("fast_user")}
    if c.rng.random() < 0.5:
        body["deviceId"] = b.id("fast_client", where="body:deviceId")
    else:  # the same id under a key that does not say what it is
        body["clientID"] = b.id("fast_client", where="body:clientID", detectable=False)
    b.header("user-agent", fire_ua("LooplineTV/5.41.0"))
    b.json(body, encoding="gzip" if c.rng.random() < 0.5 else None)
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    ep = new_hex(c.rng, 24)
    b = FB(c, "loopline", "PUT", f"{API}/v3/me/resume-points/{ep}")
    dur = c.rng.randint(1300, 5400)
    b.view("path:resume-points/{episodeId}+body:offsetSeconds")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.json({"offsetSeconds": c.rng.randint(10, dur), "durationSeconds": dur, "completed": False})
    b.ok_json({"ok": True, "updatedAt": iso(c)})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """Watch events batched, XOR-scrambled and base64'd by the app's own code."""
    b = FB(c, "loopline", "POST", "https://events.loopline.tv/v1/b")
    blob = bytes(x ^ 0x5A for x in jsb({"c": _chan(c)[0], "w": c.rng.randint(30, 900)}))
    b.view("body:scrambled base64 batch", detectable=False)
    b.set_body(b64(blob).encode(), "text/plain; charset=utf-8")
    b.no_content()
    return b.build()


def ad_quartile(c: Context) -> Flow:
    """A VAST tracking event of a stitched ad (an ad event, not what the viewer watched)."""
    b = FB(c, "loopline-ads", "GET", "https://track.loopline-ads.com/v1/vast/ev")
    b.param("e", c.rng.choice(["impression", "start", "firstQuartile", "midpoint", "complete"]))
    b.param("crid", "cr_" + new_hex(c.rng, 10))
    b.param("pod", str(c.rng.randint(1, 4)))
    b.param("ifa", b.id("fire_adid", where="query:ifa"))
    b.param("ifa_type", "afai")
    b.param("lmt", "0")
    b.param("app_bundle", "com.loopline.firetv")
    b.param("cb", str(ms(c)))
    b.header("user-agent", fire_ua())
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def guide(c: Context) -> Flow:
    b = FB(c, "loopline", "GET", f"{API}/v2/guide/timelines")
    b.param("start", iso(c))
    b.param("duration", "240")
    b.param("channelIds", ",".join(ch[0] for ch in CHANNELS[:3]))
    b.decoy("EPG timelines (schedule with start/stop), not watch history")
    rows = [
        {"channelId": ch[0], "timelines": [{"start": iso(c), "stop": iso(c), "title": t}]}
        for ch, t in zip(CHANNELS, EPISODES, strict=False)
    ]
    b.ok_json({"data": rows})
    return b.build()


def channel_art(c: Context) -> Flow:
    cid = _chan(c)[0]
    b = FB(c, "loopline", "GET", f"https://images.loopline.tv/channels/{cid}/colorLogoPNG.png")
    b.param("w", "360")
    b.decoy("channel artwork fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def search(c: Context) -> Flow:
    b = FB(c, "loopline", "GET", f"{API}/v3/search")
    b.param("q", c.rng.choice(["westerns", "cooking", "true crime", "cartoons"]))
    b.param("limit", "24")
    b.decoy("search query and results, not watch history")
    b.ok_json({"results": [{"id": new_hex(c.rng, 24), "type": "series"} for _ in range(3)]})
    return b.build()
