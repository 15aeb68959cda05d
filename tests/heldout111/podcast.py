"""Podwell: a podcast app on the iPhone.

Playback sync (`/sync/v1/episodes/actions`, gpodder-style: `episode`,
`action: play`, `started`, `position`, `total`) and a listening history list
in responses; the offline queue uploads its actions as a gzip+base64 blob
under `q`. Branch's iOS SDK opens (`api2.branch.io/v1/open`: `idfv`,
`hardware_id`, `randomized_device_token`...) and IAB-style download
requests to RSS enclosures are ordinary fetches; charts are aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, ios_ua, iso, ms, rid

API = "https://sync.podwell.example"
UA = ios_ua("Podwell", "7.2", "7204")
SHOWS = [
    ("https://feeds.example-pod.com/serial", "Serial"),
    ("https://feeds.example-pod.com/hardfork", "Hard Fork"),
    ("https://feeds.example-pod.com/radioambulante", "Radio Ambulante"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "podwell", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Token " + new_hex(c.rng, 40))
    return b


def _episode(c: Context) -> tuple[str, str]:
    feed, _name = c.rng.choice(SHOWS)
    return feed, f"{feed}/ep/{c.rng.randint(100, 999)}.mp3"


def episode_actions(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/v1/episodes/actions")
    b.view("json actions[] episode + action play + position + total")
    acts = []
    for _ in range(c.rng.randint(1, 3)):
        feed, ep = _episode(c)
        total = c.rng.randint(1200, 4800)
        start = c.rng.randint(0, total - 300)
        acts.append(
            {
                "podcast": feed,
                "episode": ep,
                "action": "play",
                "timestamp": iso(c),
                "started": start,
                "position": start + c.rng.randint(30, 300),
                "total": total,
                "device": "iphone",
            }
        )
    b.json({"user": b.acct("pod_user"), "actions": acts})
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def listening_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sync/v1/history?limit=20")
    b.view("response json history[] episode + listenedAt + secondsListened", direction="response")
    b.ok_json(
        {
            "history": [
                {
                    "episode": _episode(c)[1],
                    "listenedAt": iso(c),
                    "secondsListened": c.rng.randint(60, 3600),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def offline_queue(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/v1/q")
    b.view("json q: gzip+base64 of queued play actions", detectable=False)
    _feed, ep = _episode(c)
    inner = js([[ep, "p", int(c.now), c.rng.randint(0, 3000)] for _ in range(3)])
    b.json({"q": b64(gz(inner.encode())), "n": 3})
    b.no_content()
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", UA)
    b.json(
        {
            "branch_key": "key_live_" + new_hex(c.rng, 32),
            "randomized_device_token": b.id("branch_id", where="json randomized_device_token"),
            "hardware_id": b.id("idfv_pod", where="json hardware_id"),
            "is_hardware_id_real": True,
            "ios_vendor_id": b.id("idfv_pod", where="json ios_vendor_id"),
            "brand": "Apple",
            "model": "iPhone15,4",
            "os": "iOS",
            "os_version": "18.1",
            "app_version": "7.2",
            "sdk": "ios3.6.5",
            "latd": 0,
            "uri_scheme": "podwell",
            "instrumentation": {"v1/open-qwt": "0"},
        }
    )
    b.ok_json({"session_id": str(c.rng.randint(10**17, 10**18)), "data": "{}"})
    return b.build()


def enclosure(c: Context) -> Flow:
    feed, ep = _episode(c)
    b = FB(
        c,
        "podwell",
        "GET",
        ep.replace("feeds.", "dts.") + "?aid=rss_feed&feed=" + feed.rsplit("/", 1)[1],
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.22A3354 (iPhone; U; CPU OS 18_1 like Mac OS X)")
    b.header("range", "bytes=0-1")
    b.decoy("episode audio download (a fetch; download prefixes count downloads, not listening)")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/v1/charts?country=US")
    b.decoy("top-podcast charts (aggregate)")
    b.ok_json({"chart": [{"rank": i + 1, "title": n} for i, (_, n) in enumerate(SHOWS)]})
    return b.build()


def transcript(c: Context) -> Flow:
    _feed, ep = _episode(c)
    b = _b(c, "GET", f"{API}/transcripts/v1?episode={ep}")
    b.decoy("episode transcript with timestamps (content, not a listening report)")
    b.ok_json(
        {
            "segments": [{"start": s, "end": s + 7.5, "text": "…"} for s in (0.0, 7.5, 15.0)],
            "ts": ms(c),
            "req": rid(c.rng),
        }
    )
    return b.build()


def segment_video(c: Context) -> Flow:
    """Segment's iOS SDK batch with a spec'd 'Content Playing' event."""
    _feed, ep = _episode(c)
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", UA)
    b.view("json batch[] event 'Video Content Playing' properties asset_id + position")
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": "Video Content Playing",
                    "anonymousId": b.id("segment_anon", where="json batch[].anonymousId"),
                    "userId": b.acct("pod_user"),
                    "properties": {
                        "asset_id": ep,
                        "program": "Video podcast",
                        "position": c.rng.randint(10, 3000),
                        "total_length": 3600,
                        "livestream": False,
                    },
                    "context": {
                        "device": {
                            "id": b.id("idfv_pod", where="json batch[].context.device.id"),
                            "advertisingId": b.id(
                                "idfa", where="json context.device.advertisingId"
                            ),
                            "adTrackingEnabled": True,
                            "manufacturer": "Apple",
                            "model": "iPhone15,4",
                        },
                        "library": {"name": "analytics-swift", "version": "1.5.11"},
                        "os": {"name": "iOS", "version": "18.1"},
                    },
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                }
            ],
            "sentAt": iso(c),
            "writeKey": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"success": True})
    return b.build()
