"""PitchPass, a sports-league streaming app: Adobe Media Analytics, watch history, live heartbeats.

Sources: Adobe Media Collection API (experienceleague.adobe.com, media-analytics
mc-api-overview and streaming media parameters): POST {uri}/api/v1/sessions with
{"playerTime": {"playhead", "ts"}, "eventType": "sessionStart", "params": {"media.id",
"media.name", "media.length", "media.contentType", "media.playerName", "media.channel",
"analytics.reportSuite", "analytics.trackingServer", "visitor.marketingCloudOrgId",
"visitor.marketingCloudUserId"}}, then /api/v1/sessions/{id}/events with play / ping /
pauseStart / sessionComplete. The history and live-heartbeat endpoints are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

HB = "https://pitchpass.hb-api.omtrdc.net/api/v1/sessions"
API = "https://api.pitchpass.tv/v1"
UA = ua("PitchPass", "11.3.0", "11300")


def _b(c: Context, method: str, url: str, sdk: str = "pitchpass") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def _match(c: Context) -> tuple[str, str]:
    home, away = c.rng.sample(
        ["Rovers", "United", "Athletic", "Wanderers", "City", "Harbour FC"], 2
    )
    return f"m{c.rng.randint(10**6, 10**7)}", f"{home} v {away} - Full Match"


def adobe_start(c: Context) -> Flow:
    b = _b(c, "POST", HB, "adobe")
    mid, name = _match(c)
    params = {
        "media.id": mid,
        "media.name": name,
        "media.length": 5400,
        "media.contentType": c.rng.choice(["vod", "live"]),
        "media.playerName": "AVPlayer",
        "media.channel": "league-tv",
        "media.sdkVersion": "3.0.1",
        "analytics.reportSuite": "pitchpassprod",
        "analytics.trackingServer": "pitchpass.sc.omtrdc.net",
        "analytics.enableSSL": True,
        "visitor.marketingCloudOrgId": "A1B2C3D4E5F6@AdobeOrg",
        "visitor.marketingCloudUserId": b.id(
            "adobe_ecid", where="body params.visitor.marketingCloudUserId", detectable=False
        ),
    }
    b.json(
        {
            "playerTime": {"playhead": 0, "ts": ms(c)},
            "eventType": "sessionStart",
            "params": params,
            "customMetadata": {
                "competition": "Premier Division",
                "round": str(c.rng.randint(1, 38)),
            },
        }
    )
    b.view("body eventType=sessionStart params.media.id/media.name")
    b.respond(201, None, headers=[("location", f"/api/v1/sessions/{b64(rid(c.rng))[:40]}")])
    return b.build()


def adobe_event(c: Context, kind: str = "ping") -> Flow:
    b = _b(c, "POST", f"{HB}/{b64(rid(c.rng))[:40]}/events", "adobe")
    b.json({"playerTime": {"playhead": c.rng.randint(10, 5400), "ts": ms(c)}, "eventType": kind})
    b.view(f"body eventType={kind} playerTime.playhead (Adobe media heartbeat)")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/me/watch-history")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        mid, name = _match(c)
        rows.append(
            {
                "contentId": mid,
                "title": name,
                "positionSec": c.rng.randint(60, 5400),
                "watchedAt": iso(c),
                "completed": c.rng.random() < 0.3,
            }
        )
    b.json({"items": rows, "profile": c.phone.league_user})
    b.view("body items[].contentId positionSec watchedAt")
    b.ok_json({"ok": True})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/heartbeat")
    b.header("x-pp-vendor-id", b.id("idfv_league", where="header x-pp-vendor-id"))
    mid, _ = _match(c)
    b.form(
        [
            ("stream", mid),
            ("pos", str(c.rng.randint(0, 6000))),
            ("bitrate", str(c.rng.choice([2800, 4500, 7800]))),
            ("ts", str(ms(c))),
        ]
    )
    b.view("form stream/pos live heartbeat")
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/b.gif")
    b.param("d", b64(bytes(c.rng.randrange(256) for _ in range(90))))
    b.view("query d (encrypted playback beacon)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fixtures")
    b.param("round", str(c.rng.randint(1, 38)))
    b.decoy("fixture list and live scores")
    b.ok_json(
        {
            "fixtures": [
                {
                    "id": _match(c)[0],
                    "kickoff": iso(c),
                    "score": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    mid, seg = _match(c)[0], c.rng.randint(1, 900)
    b = _b(c, "GET", f"https://vod.pitchpass-cdn.net/hls/{mid}/1080p/seg_{seg:05d}.ts")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**6), 600))
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/register")
    b.json(
        {
            "identifierForVendor": b.id("idfv_league", where="body identifierForVendor"),
            "advertisingIdentifier": b.id("idfa", where="body advertisingIdentifier"),
            "att": "authorized",
            "bitrateCap": rf(c.rng, 3, 8, 1),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
