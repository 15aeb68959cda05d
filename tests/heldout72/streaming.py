"""The teacher's own streaming app (fictional "Marquee+"): the few TRUE viewing
history flows of the set (Adobe Media Edge session start and pings, resume
points, a watch-log batch, the continue-watching row, one encrypted beacon),
among catalogue, artwork, search, FairPlay licence and manifest decoys.

Sources: Adobe Experience Platform Media Edge API (`POST
https://edge.adobedc.net/ee/va/v1/sessionStart?configId=...`, events[].xdm with
eventType `media.sessionStart` / `media.ping`, mediaCollection.sessionDetails
{name, friendlyName, length, contentType, playerName, show, season, episode},
mediaCollection.playhead, mediaCollection.sessionID;
experienceleague.adobe.com media-edge-apis). The app's own API is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import iso, new, rid, ua

API = "https://api.example-marquee.com"
AGENT = ua("Marquee", "6.14.0")
EDGE = "https://edge.adobedc.net/ee/va/v1"
SHOWS = [
    ("Abbott Elementary", 3, 7, 1290),
    ("The Great British Baking Show", 11, 4, 3480),
    ("Ted Lasso", 2, 9, 2700),
    ("Only Murders in the Building", 1, 5, 1920),
    ("Bluey", 3, 21, 420),
]


def _show(c: Context) -> tuple[str, int, int, int]:
    return c.rng.choice(SHOWS)


def edge_start(c: Context) -> Flow:
    r = c.rng
    show, season, ep, length = _show(c)
    b = new(c, "adobe", "POST", f"{EDGE}/sessionStart", AGENT, [("configId", rid(r))])
    b.json(
        {
            "events": [
                {
                    "xdm": {
                        "eventType": "media.sessionStart",
                        "timestamp": iso(c),
                        "mediaCollection": {
                            "playhead": r.choice([0, r.randint(60, length // 2)]),
                            "sessionDetails": {
                                "name": "ep-" + new_hex(r, 8),
                                "friendlyName": f"{show} S{season}E{ep}",
                                "length": length,
                                "contentType": "VOD",
                                "playerName": "AVPlayer",
                                "channel": "Marquee+",
                                "show": show,
                                "season": str(season),
                                "episode": str(ep),
                                "hasResume": True,
                            },
                        },
                    }
                }
            ]
        }
    )
    b.view("body.events[0].xdm.mediaCollection.sessionDetails")
    b.ok_json(
        {
            "requestId": rid(r),
            "handle": [
                {"type": "media-analytics:new-session", "payload": [{"sessionId": new_hex(r, 64)}]}
            ],
        }
    )
    return b.build()


def edge_ping(c: Context) -> Flow:
    r = c.rng
    b = new(c, "adobe", "POST", f"{EDGE}/ping", AGENT, [("configId", rid(r))])
    b.json(
        {
            "events": [
                {
                    "xdm": {
                        "eventType": "media.ping",
                        "timestamp": iso(c),
                        "mediaCollection": {
                            "sessionID": new_hex(r, 64),
                            "playhead": r.randint(10, 3000),
                        },
                    }
                }
            ]
        }
    )
    b.view("body.events[0].xdm.mediaCollection.playhead")
    b.no_content()
    return b.build()


def bookmark(c: Context) -> Flow:
    r = c.rng
    show, season, ep, length = _show(c)
    b = new(
        c,
        "marquee",
        "PUT",
        f"{API}/v2/profiles/{c.phone.stream_profile}/bookmarks/ep-{new_hex(r, 8)}",
        AGENT,
    )
    body = {
        "series": show,
        "season": season,
        "episode": ep,
        "positionSec": r.randint(30, length),
        "durationSec": length,
        "updatedAt": iso(c),
        "completed": False,
    }
    if r.random() < 0.5:
        body["deviceVendorId"] = b.id("idfv_stream", where="body.deviceVendorId")
    b.json(body)
    b.view("body.positionSec")
    b.no_content()
    return b.build()


def history_batch(c: Context) -> Flow:
    r = c.rng
    b = new(c, "marquee", "POST", f"{API}/v2/history/events", AGENT)
    rows = []
    for _ in range(r.randint(1, 4)):
        show, season, ep, length = _show(c)
        rows.append(
            {
                "title": f"{show} S{season}E{ep}",
                "contentId": "ep-" + new_hex(r, 8),
                "startedAt": iso(c),
                "secondsWatched": r.randint(60, length),
                "percentComplete": round(r.random(), 2),
            }
        )
    b.json({"profile": c.phone.stream_profile, "watchLog": rows})
    b.view("body.watchLog")
    b.ok_json({"stored": len(rows)})
    return b.build()


def continue_watching(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "marquee",
        "GET",
        f"{API}/v2/profiles/{c.phone.stream_profile}/rows/continue-watching",
        AGENT,
    )
    b.ok_json(
        {
            "items": [
                {
                    "title": s,
                    "season": se,
                    "episode": e,
                    "progressSec": r.randint(60, ln),
                    "runtimeSec": ln,
                    "lastWatched": iso(c),
                }
                for s, se, e, ln in r.sample(SHOWS, 3)
            ]
        }
    )
    b.view("response.items", direction="response")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    r = c.rng
    b = new(c, "marquee", "POST", "https://t.example-marquee.com/b", AGENT)
    b.header("x-k", new_hex(r, 16))
    b.set_body(b64(bytes(r.getrandbits(8) for _ in range(240))).encode(), "text/plain")
    b.view("body (AES-encrypted playback beacon)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    r = c.rng
    b = new(c, "marquee", "POST", f"{API}/v2/devices", AGENT)
    b.json(
        {
            "deviceId": b.id("idfv_stream", where="body.deviceId"),
            "installId": c.phone.stream_install,
            "platform": "iPadOS",
            "model": "iPad13,16",
            "name": "iPad",
            "hdcp": "2.2",
        }
    )
    b.other_id("stream_install", "body.installId")
    b.ok_json({"registered": True, "maxStreams": 4, "nonce": new_hex(r, 16)})
    return b.build()
