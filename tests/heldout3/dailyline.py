"""Dailyline: a news app with video, articles in a WebView and native video.

- JW Player pings: GET {n,ihe,prd}.jwpltx.com/v1/jwplayer6/ping.gif with e (event:
  e setup, s play, t quantile), aid, id (media id), t (title), vd, q, pw, ifa, oos,
  sdk (github.com/jwplayer/ott-web-app docs/features/video-analytics.md).
- Brightcove Data Collection API v2: GET metrics.brightcove.com/v2/tracker?
  event=video_view|video_engagement|player_load&domain=videocloud&account&video&
  video_name&video_duration&range (apis.support.brightcove.com, "Overview: Data
  Collection API v2").
- GA4 (gtag in the WebView): region1.google-analytics.com/g/collect?v=2&tid&cid&en
  with ep./epn. parameters; video events video_start/video_progress/video_complete
  with video_title, video_url, video_percent, video_current_time, video_duration
  (support.google.com/analytics "Enhanced measurement events").
- Adobe Media Edge API: POST edge.adobedc.net/ee/va/v1/{sessionStart,ping}?
  configId=..., body events[].xdm.mediaCollection{sessionDetails, playhead,
  sessionID}, identityMap.ECID (experienceleague.adobe.com, Media Edge API).
"""

from __future__ import annotations

import random
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, js, jsb

from . import sdks
from .phone import FB, okhttp, ua
from .shapes import price_series

API = "https://api.dailyline.example"
UA = ua("Dailyline", "9.4.2")
WEB_UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Dailyline/9.4.2"
)
BC_ACCOUNT = "6057949416001"
TITLES = [
    "Flood defences tested",
    "Inside the night train revival",
    "Election explainer in 90 seconds",
    "The city that banned cars",
    "Why bees matter",
    "Markets close higher",
]


def video(rng: random.Random) -> dict[str, object]:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return {
        "jw": "".join(rng.choice(alnum) for _ in range(8)),
        "bc": str(rng.randint(6300000000001, 6359999999999)),
        "title": rng.choice(TITLES),
        "duration": rng.randint(45, 600),
    }


def jw_ping(ctx: Context, v: dict[str, object], event: str, native: bool) -> Flow:
    """JW ping. In the native app it carries the advertising id under `ifa`."""
    b = FB(ctx, "jwplayer", "GET", "https://ihe.jwpltx.com/v1/jwplayer6/ping.gif")
    b.header("user-agent", UA if native else WEB_UA)
    dur = int(v["duration"])  # type: ignore[call-overload]
    q = 8 if dur < 180 else (16 if dur < 300 else 32)
    params = [
        ("e", event),
        ("aid", "a17e8PTFFffxLgpVuA4vVw"),
        ("sa", str(int(ctx.now * 1000))),
        ("emi", new_hex(ctx.rng, 12)),
        ("pli", new_hex(ctx.rng, 12)),
        ("pss", "1"),
        ("id", str(v["jw"])),
        ("t", str(v["title"])),
        ("vd", str(dur)),
    ]
    if event == "t":
        params += [("q", str(q)), ("pw", str(ctx.rng.choice([16, 32, 48, 64, 96, 128])))]
    if native:
        params += [
            ("oos", "Android"),
            ("oosv", "14"),
            ("om", "SM-A546B"),
            ("sdk", "1"),
            ("av", "9.4.2"),
            ("bun", "com.dailyline.news"),
            ("ifa", b.id("gaid", where="query:ifa")),
        ]
    else:
        params += [("sdk", "0"), ("pu", f"https://www.dailyline.example/video/{v['jw']}")]
    b.params += params
    if event in ("s", "t"):
        b.mark("viewing_history", "jw_ping_play", "query:e=s|t,id,t,vd,pw (opaque keys)", False)
    else:
        b.decoy("JW setup ping: player loaded, nothing played")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!;")
    return b.build()


def brightcove(ctx: Context, v: dict[str, object], event: str) -> Flow:
    b = FB(ctx, "brightcove", "GET", "https://metrics.brightcove.com/v2/tracker")
    b.header("user-agent", UA)
    params = [
        ("event", event),
        ("domain", "videocloud"),
        ("account", BC_ACCOUNT),
        ("platform", "android-native"),
        ("platform_version", "8.4.0"),
        ("device_os", "android"),
        ("time", str(int(ctx.now * 1000))),
        ("session", new_uuid(ctx.rng)),
    ]
    if event != "player_load":
        dur = int(v["duration"])  # type: ignore[call-overload]
        params += [
            ("video", str(v["bc"])),
            ("video_name", str(v["title"])),
            ("video_duration", str(dur)),
        ]
        if event == "video_engagement":
            start = ctx.rng.randrange(0, max(10, dur - 10), 10)
            params += [("range", f"{start}..{start + 10}")]
        b.mark("viewing_history", "brightcove_" + event, "query:event,video,video_name,range", True)
    else:
        b.decoy("player_load without a video")
    b.params += params
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def ga4(ctx: Context, v: dict[str, object] | None) -> Flow:
    b = FB(ctx, "ga4", "POST", "https://region1.google-analytics.com/g/collect")
    b.header("user-agent", WEB_UA)
    b.params += [
        ("v", "2"),
        ("tid", "G-7QX2LM4PZ1"),
        ("gtm", "45je46a0v9"),
        ("_p", str(ctx.rng.randint(10**9, 10**10))),
        ("cid", b.id("ga_client_id", where="query:cid", detectable=False)),
        ("ul", "en-gb"),
        ("sr", "412x915"),
        ("sid", str(int(ctx.now))),
        ("sct", "4"),
        ("seg", "1"),
        ("dl", "https://www.dailyline.example/news/" + new_hex(ctx.rng, 8)),
    ]
    if v is None:
        b.params += [("en", "page_view"), ("dt", "Dailyline - " + ctx.rng.choice(TITLES))]
    else:
        dur = int(v["duration"])  # type: ignore[call-overload]
        pct = ctx.rng.choice([10, 25, 50, 75])
        b.params += [
            ("en", "video_progress"),
            ("ep.video_provider", "youtube"),
            ("ep.video_title", str(v["title"])),
            ("ep.video_url", f"https://www.youtube.com/watch?v={v['jw']}abc"),
            ("epn.video_percent", str(pct)),
            ("epn.video_current_time", str(dur * pct // 100)),
            ("epn.video_duration", str(dur)),
        ]
        b.mark(
            "viewing_history",
            "ga4_video_progress",
            "query:en=video_progress,ep.video_title,epn.video_current_time",
            True,
        )
    b.respond(204, None)
    return b.build()


def adobe_session_start(ctx: Context, v: dict[str, object]) -> Flow:
    b = FB(
        ctx,
        "adobe:media-edge",
        "POST",
        "https://edge.adobedc.net/ee/va/v1/sessionStart",
        [("configId", "d1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6")],
    )
    b.header("user-agent", UA)
    ev = {
        "xdm": {
            "eventType": "media.sessionStart",
            "timestamp": "2024-06-11T10:20:00.000Z",
            "identityMap": {
                "ECID": [
                    {
                        "id": b.id("adobe_ecid", where="body.events[].xdm.identityMap.ECID[].id"),
                        "primary": True,
                    }
                ]
            },
            "mediaCollection": {
                "playhead": 0,
                "sessionDetails": {
                    "name": str(v["bc"]),
                    "friendlyName": v["title"],
                    "length": v["duration"],
                    "contentType": "vod",
                    "playerName": "Dailyline Android",
                    "channel": "news",
                    "streamType": "video",
                    "appVersion": "9.4.2",
                },
            },
        }
    }
    b.json({"events": [ev]})
    b.mark(
        "viewing_history",
        "adobe_media_session_start",
        "body.events[].xdm.mediaCollection.sessionDetails",
        True,
    )
    b.ok_json(
        {
            "requestId": new_uuid(ctx.rng),
            "handle": [
                {
                    "type": "media-analytics:new-session",
                    "payload": [{"sessionId": new_hex(ctx.rng, 64)}],
                }
            ],
        }
    )
    return b.build()


def adobe_ping(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "adobe:media-edge",
        "POST",
        "https://edge.adobedc.net/ee/va/v1/ping",
        [("configId", "d1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6")],
    )
    b.header("user-agent", UA)
    b.json(
        {
            "events": [
                {
                    "xdm": {
                        "eventType": "media.ping",
                        "timestamp": "2024-06-11T10:20:10.000Z",
                        "mediaCollection": {
                            "playhead": ctx.rng.randint(10, 300),
                            "sessionID": new_hex(ctx.rng, 64),
                        },
                    }
                }
            ]
        }
    )
    b.mark(
        "viewing_history",
        "adobe_media_ping",
        "body.events[].xdm.mediaCollection.playhead (session only)",
        False,
    )
    b.respond(204, None)
    return b.build()


def watched_sync(ctx: Context, vids: list[dict[str, object]]) -> Flow:
    b = FB(ctx, "dailyline:watched", "POST", f"{API}/v4/me/watched")
    b.header("user-agent", UA)
    b.header("cookie", f"device_id={b.id('news_install', where='cookie:device_id')}; consent=1")
    b.json(
        {
            "watched": [
                {
                    "video_id": v["bc"],
                    "seconds_watched": ctx.rng.randint(5, int(v["duration"])),  # type: ignore[call-overload]
                    "watched_at": int(ctx.now) - ctx.rng.randint(0, 7200),
                }
                for v in vids
            ]
        }
    )
    b.mark(
        "viewing_history",
        "watched_videos",
        "body.watched[]{video_id,seconds_watched,watched_at}",
        True,
    )
    b.respond(204, None)
    return b.build()


def personalised_home(ctx: Context) -> Flow:
    b = FB(ctx, "dailyline:home", "GET", f"{API}/v4/home", [("edition", "uk")])
    b.header("user-agent", UA)
    b.header("x-nl-c", b.id("news_install", where="header:x-nl-c", detectable=False))
    b.ok_json(
        {
            "sections": [{"id": "top", "items": [new_hex(ctx.rng, 8) for _ in range(10)]}],
            "trace_id": new_hex(ctx.rng, 32),
        }
    )
    return b.build()


def facebook_view(ctx: Context, v: dict[str, object]) -> Flow:
    ev = [
        {
            "_eventName": "fb_mobile_content_view",
            "_logTime": int(ctx.now),
            "fb_content_type": "video",
            "fb_content_id": v["bc"],
            "fb_description": v["title"],
        }
    ]
    return sdks.facebook_activities(ctx, "3141592653", "com.dailyline.news", ev, viewing=True)


# --- ordinary traffic -----------------------------------------------------------


def article(ctx: Context) -> Flow:
    aid = new_hex(ctx.rng, 8)
    b = FB(ctx, "dailyline:article", "GET", f"{API}/v4/articles/{aid}")
    b.header("user-agent", UA)
    if ctx.rng.random() < 0.3:
        body = {
            "id": aid,
            "headline": "Regulator fines retailer over facial recognition cameras",
            "body": "The cameras matched shoppers' face templates against a watch list, computing 68 facial "  # noqa: E501
            "landmarks per face. Campaigners say faceprints are biometric data.",
            "tags": ["privacy", "biometrics", "face recognition"],
        }
        b.decoy("article about face recognition")
    else:
        body = {
            "id": aid,
            "headline": ctx.rng.choice(TITLES),
            "body": "Lorem ipsum " * 20,
            "video_id": None,
        }
    b.respond(200, "application/json", jsb(body), "gzip")
    return b.build()


def image(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "dailyline:img",
        "GET",
        f"https://img.dailyline.example/{new_hex(ctx.rng, 16)}/1200x675.jpg",
        [("q", "70")],
    )
    b.header("user-agent", okhttp())
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(24), 600))
    return b.build()


def hls(ctx: Context, v: dict[str, object]) -> Flow:
    b = FB(
        ctx,
        "brightcove:playback",
        "GET",
        f"https://edge.api.brightcove.com/playback/v1/accounts/{BC_ACCOUNT}/videos/{v['bc']}",
    )
    b.header("user-agent", UA)
    b.header("accept", "application/json;pk=BCpk" + new_hex(ctx.rng, 30))
    b.ok_json(
        {
            "id": v["bc"],
            "name": v["title"],
            "duration": int(v["duration"]) * 1000,  # type: ignore[call-overload]
            "sources": [
                {
                    "src": f"https://manifest.prod.boltdns.net/manifest/v1/hls/v4/clear/{BC_ACCOUNT}/{new_uuid(ctx.rng)}/master.m3u8"
                }
            ],
        }
    )
    b.decoy("playback API: video metadata fetch")
    return b.build()


def segment(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "brightcove:segment",
        "GET",
        f"https://bcbolt446c5271-a.akamaihd.net/media/v1/hls/v4/clear/{BC_ACCOUNT}/{new_uuid(ctx.rng)}/5s/{ctx.rng.randint(1, 60)}.ts",  # noqa: E501
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@\x11\x10" + new_hex(ctx.rng, 200).encode())
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "open-meteo",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", "51.51"),
            ("longitude", "-0.13"),
            ("hourly", "temperature_2m,precipitation"),
            ("forecast_days", "2"),
        ],
    )
    b.header("user-agent", okhttp())
    b.ok_json(
        {
            "hourly": {
                "time": [f"2024-06-11T{h:02d}:00" for h in range(24)],
                "temperature_2m": [round(14 + 5 * ctx.rng.random(), 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def markets(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "dailyline:markets",
        "GET",
        f"{API}/v4/markets/series",
        [("sym", "FTSE"), ("range", "1d")],
    )
    b.header("user-agent", UA)
    b.ok_json({"symbol": "FTSE", "points": price_series(ctx.rng, 60, 8200.0)})
    b.decoy("price series")
    return b.build()


def comments(ctx: Context) -> Flow:
    b = FB(ctx, "dailyline:comments", "POST", f"{API}/v4/articles/{new_hex(ctx.rng, 8)}/comments")
    b.header("user-agent", UA)
    b.json({"text": "Good piece.", "reply_to": None, "client_id": new_uuid(ctx.rng)})
    b.ok_json({"id": ctx.rng.randint(10**6, 10**7), "status": "pending"}, 201)
    return b.build()


def consent(ctx: Context) -> Flow:
    b = FB(ctx, "cmp", "POST", "https://cmp.dailyline.example/v2/consent")
    b.header("user-agent", WEB_UA)
    b.set_body(
        urlencode(
            [
                ("tcf", "CP" + new_hex(ctx.rng, 40).upper() + ".YAAAAAAAAAA"),
                ("gdpr", "1"),
                ("vendors", js([755, 793, 10])),
            ]
        ).encode(),
        "application/x-www-form-urlencoded",
    )
    b.ok_json({"ok": True})
    return b.build()


def liveblog(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "dailyline:live",
        "GET",
        f"{API}/v4/live/{new_hex(ctx.rng, 6)}/updates",
        [("since", str(int(ctx.now) - 60))],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {"updates": [{"id": new_uuid(ctx.rng), "text": "Polls close at 10pm.", "ts": int(ctx.now)}]}
    )
    return b.build()
