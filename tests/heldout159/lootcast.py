"""Lootcast: a game-streaming app on the teen's iPhone and on the family PS5, with
Twitch streams embedded.

Twitch's Spade analytics takes a `data=` form field holding base64 of a JSON array
of events; the player's `minute-watched` event names the channel, the minutes and the
player's `device_id`. Base64 is a transport encoding here, not a cipher: an engineer
decodes it and reads `minute-watched`, so it is labelled readable. The PS5 app links
the console (serial, MAC) and reports playback position of VODs; an older console
build sends rows under `w`. Stream manifests, chat, clips and the directory are not
sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, bearer, ios_ua, iso, ms, rid

API = "https://api.lootcast.example"
PS5_UA = "Lootcast/4.2.0 (PlayStation 5; PS5 09.60)"
CHANNELS = ["xqc", "kaicenat", "tarik", "ludwig", "valkyrae", "pokimane"]
GAMES = ["VALORANT", "Fortnite", "Minecraft", "NHL 25", "Just Chatting"]


def spade_minute(c: Context) -> Flow:
    b = FB(c, "twitch-spade", "POST", "https://spade.twitch.tv/track")
    b.header("user-agent", ios_ua("Lootcast", "4.2.0"))
    b.view("form data = base64 json [{event: minute-watched, properties.channel, minutes_logged}]")
    did = b.id("twitch_device", where="form data (base64 json) properties.device_id")
    events = [
        {
            "event": "minute-watched",
            "properties": {
                "channel": c.rng.choice(CHANNELS),
                "game": c.rng.choice(GAMES),
                "minutes_logged": c.rng.randint(1, 90),
                "player": "embed",
                "live": True,
                "device_id": did,
                "client_time": int(c.now),
            },
        }
    ]
    b.form([("data", b64(js(events)))])
    b.respond(204, None)
    return b.build()


def spade_pageview(c: Context) -> Flow:
    b = FB(c, "twitch-spade", "POST", "https://spade.twitch.tv/track")
    b.header("user-agent", ios_ua("Lootcast", "4.2.0"))
    did = b.id("twitch_device", where="form data (base64 json) properties.device_id")
    events = [
        {
            "event": "pageview",
            "properties": {"location": "directory", "device_id": did, "client_time": int(c.now)},
        }
    ]
    b.form([("data", b64(js(events)))])
    b.respond(204, None)
    return b.build()


def link_console(c: Context) -> Flow:
    b = FB(c, "lootcast-ps5", "POST", f"{API}/v1/consoles/link")
    b.header("user-agent", PS5_UA)
    b.header("authorization", bearer(c.rng))
    b.json(
        {
            "platform": "ps5",
            "consoleSerial": b.id("ps5_serial", where="json consoleSerial"),
            "wifiMac": b.id("ps5_mac", where="json wifiMac"),
            "firmware": "09.60.00.04",
            "linkCode": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"linked": True, "household": "hh_" + new_hex(c.rng, 10)})
    return b.build()


def vod_position(c: Context) -> Flow:
    b = FB(c, "lootcast-ps5", "PUT", f"{API}/v1/me/vods/{c.rng.randint(10**9, 10**10)}/position")
    b.header("user-agent", PS5_UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-console-serial", b.id("ps5_serial", where="header x-console-serial"))
    b.view("json playbackPositionSec (VOD on PS5)")
    b.json(
        {
            "playbackPositionSec": c.rng.randint(60, 14000),
            "channel": c.rng.choice(CHANNELS),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def console_rows(c: Context) -> Flow:
    """Old PS5 build: [vod, seconds, ts] rows under `w`, MAC md5 under `h`."""
    b = FB(c, "lootcast-ps5", "POST", f"{API}/q")
    b.header("user-agent", "Lootcast/3.9.1 (PlayStation 5)")
    b.view("json w[] rows [vod, seconds, ts]", detectable=False)
    h = b.id("ps5_mac", "md5", "json h (md5 of MAC)", detectable=False)
    rows = [[c.rng.randint(10**9, 10**10), c.rng.randint(30, 9000), ms(c)] for _ in range(3)]
    b.json({"h": h, "w": rows})
    b.no_content()
    return b.build()


def hls_usher(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = FB(
        c,
        "twitch-usher",
        "GET",
        f"https://usher.ttvnw.net/api/channel/hls/{ch}.m3u8"
        f"?allow_source=true&p={c.rng.randint(10**5, 10**6)}",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=6000000,RESOLUTION=1920x1080\nchunked.m3u8\n",
    )
    return b.build()


def directory(c: Context) -> Flow:
    b = FB(c, "lootcast", "GET", f"{API}/v1/directory/live?lang=en&first=20")
    b.header("user-agent", ios_ua("Lootcast", "4.2.0"))
    b.decoy("live directory with viewer counts (aggregate, not a person's history)")
    b.ok_json(
        {
            "streams": [
                {
                    "channel": ch,
                    "game": c.rng.choice(GAMES),
                    "viewerCount": c.rng.randint(500, 90000),
                    "startedAt": iso(c),
                }
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def chat_send(c: Context) -> Flow:
    b = FB(c, "lootcast", "POST", f"{API}/v1/chat/{c.rng.choice(CHANNELS)}/messages")
    b.header("user-agent", ios_ua("Lootcast", "4.2.0"))
    b.json({"text": c.rng.choice(["W stream", "KEKW", "gg"]), "nonce": rid(c.rng)})
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = FB(c, "lootcast-ps5", "POST", f"{API}/v1/overlay/telemetry")
    b.header("user-agent", PS5_UA)
    b.decoy("in-game camera yaw/pitch/roll and positions (not a face)")
    b.json(
        {
            "camera": {
                "yaw": round(c.rng.uniform(-180, 180), 2),
                "pitch": round(c.rng.uniform(-89, 89), 2),
                "roll": 0.0,
            },
            "playerPos": [round(c.rng.uniform(-500, 500), 1) for _ in range(3)],
            "fps": c.rng.choice([60, 120]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()
