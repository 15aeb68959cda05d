"""Wavecast: a podcast and audiobook app that syncs play positions across devices.

- Episode actions follow the gpodder.net API (POST /api/2/episodes/{user}.json,
  a list of {podcast, episode, action: "play", timestamp, started, position,
  total, device}) that AntennaPod, Kasts and others speak
  (gpoddernet.readthedocs.io/en/latest/api/reference/events.html).
- Subscriptions: PUT-like /api/2/subscriptions/{user}/{device}.json {add, remove}.
- Mixpanel events: form `data=` base64 JSON (developer.mixpanel.com, Ingestion API).
- Search: the public iTunes Search API (itunes.apple.com/search?media=podcast).
- Audio downloads through analytics prefixes (Podtrac dts.podtrac.com/redirect.mp3/,
  Chartable chrt.fm/track/): a media fetch, not a listening report.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from . import sdks
from .phone import FB, okhttp, ua

SYNC = "https://sync.wavecast.example"
API = "https://api.wavecast.example"
UA = ua("Wavecast", "2.31.0")
SHOWS = [
    ("https://feeds.megaphone.fm/night-shift-history", "traffic.megaphone.fm"),
    ("https://feeds.simplecast.com/quiet-kitchen", "cdn.simplecast.com"),
    ("https://rss.art19.com/deep-field-astronomy", "rss.art19.com"),
    ("https://anchor.fm/s/7c1e/podcast/rss", "anchor.fm"),
]


def episode(rng: random.Random) -> dict[str, object]:
    feed, host = rng.choice(SHOWS)
    eid = new_hex(rng, 10).upper()
    return {
        "feed": feed,
        "media": f"https://{host}/{eid}.mp3",
        "guid": new_uuid(rng),
        "total": rng.randint(1200, 5400),
        "id": eid,
    }


def book(rng: random.Random) -> dict[str, object]:
    return {
        "asin": "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
        "chapters": rng.randint(12, 40),
        "length_ms": rng.randint(6, 20) * 3600_000,
    }


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def episode_actions(ctx: Context, eps: list[dict[str, object]]) -> Flow:
    user = ctx.phone.wavecast_user  # type: ignore[attr-defined]
    b = FB(ctx, "wavecast:sync", "POST", f"{SYNC}/api/2/episodes/{user}.json")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("wavecast_install", where="header:x-device-id"))
    actions = []
    for e in eps:
        start = ctx.rng.randint(0, int(e["total"]) // 2)  # type: ignore[call-overload]
        actions.append(
            {
                "podcast": e["feed"],
                "episode": e["media"],
                "guid": e["guid"],
                "action": "play",
                "timestamp": _iso(ctx.now - ctx.rng.randint(0, 3000)),
                "started": start,
                "position": start + ctx.rng.randint(30, 900),
                "total": e["total"],
                "device": "galaxy-a54",
            }
        )
    b.json(actions)
    b.mark(
        "viewing_history",
        "episode_actions_play",
        "body[]{episode,action=play,position,total,timestamp}",
        True,
    )
    b.ok_json({"timestamp": int(ctx.now), "update_urls": []})
    return b.build()


def book_position(ctx: Context, bk: dict[str, object]) -> Flow:
    b = FB(ctx, "wavecast:books", "PUT", f"{API}/v1/library/{bk['asin']}/position")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    b.json(
        {
            "position_ms": ctx.rng.randint(0, int(bk["length_ms"])),
            "chapter_index": ctx.rng.randint(0, int(bk["chapters"]) - 1),  # type: ignore[call-overload]
            "playback_rate": 1.25,
            "last_listened_at": int(ctx.now * 1000),
        }
    )
    b.mark(
        "viewing_history",
        "audiobook_position",
        "path:asin + body.position_ms,last_listened_at",
        True,
    )
    b.respond(204, None)
    return b.build()


def listen_ping_opaque(ctx: Context, e: dict[str, object]) -> Flow:
    b = FB(ctx, "wavecast:l", "GET", "https://m.wavecast.example/l")
    b.header("user-agent", UA)
    b.params += [
        ("e", str(e["id"])),
        ("p", str(ctx.rng.randint(10, 3000))),
        ("d", str(e["total"])),
        ("r", "1"),
    ]
    b.mark("viewing_history", "opaque_listen_ping", "query:e,p,d", False)
    b.respond(204, None)
    return b.build()


def mixpanel(ctx: Context, e: dict[str, object]) -> Flow:
    ev = {
        "event": "Episode Listened",
        "properties": {
            "time": int(ctx.now),
            "episode_id": e["id"],
            "show_feed": e["feed"],
            "listened_seconds": ctx.rng.randint(30, 1800),
            "episode_duration": e["total"],
            "speed": 1.0,
        },
    }
    return sdks.mixpanel_track(ctx, "wc" + new_hex(ctx.rng, 30), [ev], True)


def mixpanel_app_open(ctx: Context) -> Flow:
    ev = {"event": "App Open", "properties": {"time": int(ctx.now), "theme": "dark"}}
    return sdks.mixpanel_track(ctx, "wc" + new_hex(ctx.rng, 30), [ev], False)


def audio_ad_request(ctx: Context) -> Flow:
    b = FB(ctx, "wavecast:ads", "GET", "https://ads.wavecast.example/vast/preroll")
    b.header("user-agent", UA)
    b.params += [
        ("ifa", b.id("gaid", where="query:ifa")),
        ("ifa_type", "aaid"),
        ("lmt", "0"),
        ("slot", "pre"),
        ("dur", "30"),
        ("cb", str(ctx.rng.randint(10**8, 10**9))),
    ]
    b.respond(
        200,
        "application/xml",
        b'<VAST version="4.0"><Ad id="a1"><InLine><AdTitle>Coffee</AdTitle></InLine></Ad></VAST>',
    )
    return b.build()


# --- ordinary traffic -----------------------------------------------------------


def rss(ctx: Context) -> Flow:
    feed, _ = ctx.rng.choice(SHOWS)
    b = FB(ctx, "podcast:rss", "GET", feed, http_version="HTTP/1.1")
    b.header("user-agent", "Wavecast/2.31.0 (+https://wavecast.example)")
    b.header("if-none-match", '"' + new_hex(ctx.rng, 16) + '"')
    xml = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Show</title><item><guid>{new_uuid(ctx.rng)}</guid>'  # noqa: E501
        f'<enclosure url="https://cdn.example/{new_hex(ctx.rng, 8)}.mp3" length="31337" type="audio/mpeg"/></item></channel></rss>'  # noqa: E501
    )
    b.respond(200, "application/rss+xml", xml.encode(), "gzip")
    return b.build()


def audio_download(ctx: Context, e: dict[str, object]) -> Flow:
    media = str(e["media"]).removeprefix("https://")
    b = FB(
        ctx,
        "podcast:audio",
        "GET",
        f"https://dts.podtrac.com/redirect.mp3/chrt.fm/track/8F3A2/{media}",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Wavecast/2.31.0 ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(
        206,
        "audio/mpeg",
        b"ID3\x04\x00\x00\x00\x00\x00\x00" + new_hex(ctx.rng, 400).encode(),
        headers=[("content-range", "bytes 0-409/48211000")],
    )
    b.decoy("audio fetch through analytics prefix")
    return b.build()


def artwork(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "podcast:art",
        "GET",
        f"https://img.wavecast.example/art/{new_hex(ctx.rng, 20)}/600x600.jpg",
    )
    b.header("user-agent", okhttp())
    from tests.heldout.wire import fake_jpeg

    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(20), 300))
    return b.build()


def itunes_search(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "itunes:search",
        "GET",
        "https://itunes.apple.com/search",
        [
            ("term", ctx.rng.choice(["history", "cooking", "astronomy", "true crime"])),
            ("media", "podcast"),
            ("limit", "25"),
        ],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "resultCount": 1,
            "results": [{"collectionId": ctx.rng.randint(10**8, 10**9), "feedUrl": SHOWS[0][0]}],
        }
    )
    return b.build()


def subscriptions(ctx: Context) -> Flow:
    user = ctx.phone.wavecast_user  # type: ignore[attr-defined]
    b = FB(ctx, "wavecast:sync", "POST", f"{SYNC}/api/2/subscriptions/{user}/galaxy-a54.json")
    b.header("user-agent", UA)
    b.json({"add": [ctx.rng.choice(SHOWS)[0]], "remove": []})
    b.decoy("subscription change (feeds followed, not plays)")
    b.ok_json({"timestamp": int(ctx.now), "update_urls": []})
    return b.build()


def transcript(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "wavecast:transcript",
        "GET",
        f"{API}/v1/transcripts/{new_hex(ctx.rng, 10).upper()}.vtt",
    )
    b.header("user-agent", UA)
    b.respond(
        200,
        "text/vtt",
        b"WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nWelcome back. Today: why we see faces in clouds.\n",  # noqa: E501
    )
    b.decoy("transcript mentioning faces")
    return b.build()


def chapters(ctx: Context) -> Flow:
    b = FB(ctx, "wavecast:chapters", "GET", f"{API}/v1/chapters/{new_uuid(ctx.rng)}.json")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "version": "1.2.0",
            "chapters": [{"startTime": i * 600, "title": f"Part {i + 1}"} for i in range(5)],
        }
    )
    return b.build()
