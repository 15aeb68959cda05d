"""Kōrero Pods: a podcast app with Segment and mParticle.

Listening progress syncs to the app's API (`playedUpToSec` per episode GUID);
Segment's `/v1/batch` gets the Segment Video/Audio spec events
(`Audio Content Playing` / `Content Completed` with `position`, `anonymousId`)
and mParticle's `/v2/<key>/events` batch gets a custom event with the
`das` device application stamp. An episode download (prefix-tracked MP3 fetch)
and the RSS feed are not listening history: they fetch content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from .phone import iso, mk, ms, rid, ua

API = "https://sync.koreropods.example"
UA = ua("KoreroPods", "4.2.0")
SHOWS = [
    "The Daily Aotearoa",
    "Conversations (ABC)",
    "Stuff the British Stole",
    "Casefile",
    "Te Ao Māori News Pod",
    "Chat 10 Looks 3",
]


def sync_progress(c: Context) -> Flow:
    b = mk(c, "koreropods", "POST", f"{API}/api/2/episodes/progress", UA)
    b.header("x-install", b.id("aid_pod", where="header x-install"))
    b.view("json updates[].playedUpToSec per episode guid")
    b.json(
        {
            "updates": [
                {
                    "guid": new_uuid(c.rng),
                    "podcast": c.rng.choice(SHOWS),
                    "playedUpToSec": c.rng.randint(30, 4000),
                    "playingStatus": 2,
                    "modified": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def segment_batch(c: Context, event: str = "Audio Content Playing") -> Flow:
    b = mk(c, "segment", "POST", "https://api.segment.io/v1/batch", "analytics-android/4.11.3")
    b.header("authorization", "Basic V2FpdGFuZ2lLZXkxMjM0NTY3ODk6")
    b.view(f"json batch[].event='{event}' with properties.position")
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": event,
                    "anonymousId": b.id("segment_anon", where="json batch[].anonymousId"),
                    "properties": {
                        "content_asset_id": new_uuid(c.rng),
                        "program": c.rng.choice(SHOWS),
                        "position": c.rng.randint(10, 3600),
                        "total_length": 3600,
                        "livestream": False,
                    },
                    "context": {
                        "device": {
                            "advertisingId": b.id(
                                "gaid", where="json batch[].context.device.advertisingId"
                            ),
                            "adTrackingEnabled": True,
                        }
                    },
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def mparticle_batch(c: Context) -> Flow:
    b = mk(
        c,
        "mparticle",
        "POST",
        "https://nativesdks.mparticle.com/v2/us1-7c2e0f8a9b3d4e5f/events",
        UA,
    )
    b.json(
        {
            "dt": "h",
            "id": rid(c.rng),
            "ct": ms(c),
            "das": b.id("mparticle_das", where="json das"),
            "di": {
                "dp": "Android",
                "b": "google",
                "p": "Pixel 8a",
                "anid": b.id("aid_pod", where="json di.anid"),
                "gaid": b.id("gaid", where="json di.gaid"),
            },
            "msgs": [
                {
                    "dt": "e",
                    "n": "Subscribed to Show",
                    "et": "Other",
                    "attrs": {"show": c.rng.choice(SHOWS)},
                    "ct": ms(c),
                }
            ],
        }
    )
    b.respond(202, None)
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """Lock-screen player ping: `e` episode index, `p` seconds, `h` md5 of the ANDROID_ID."""
    b = mk(c, "koreropods", "GET", f"{API}/p.gif", UA)
    b.param("e", str(c.rng.randint(1000, 99999)))
    b.param("p", str(c.rng.randint(10, 4000)))
    b.param("h", b.id("aid_pod", "md5", "query h (md5 of ANDROID_ID)", detectable=False))
    b.view("query e + p (episode index, seconds)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def download(c: Context) -> Flow:
    b = mk(
        c,
        "koreropods",
        "GET",
        f"https://dts.podtrac.com/redirect.mp3/media.koreropods.example/{new_uuid(c.rng)}.mp3",
        UA,
    )
    b.decoy("episode download through a measurement prefix (fetching content)")
    b.respond(302, None, headers=[("location", "https://media.koreropods.example/ep.mp3")])
    return b.build()


def rss(c: Context) -> Flow:
    b = mk(c, "koreropods", "GET", "https://feeds.koreropods.example/casefile.xml", UA)
    b.respond(200, "application/rss+xml", b"<rss><channel><title>Casefile</title></channel></rss>")
    return b.build()


def top_shows(c: Context) -> Flow:
    b = mk(c, "koreropods", "GET", f"{API}/api/2/discover/top?country=au", UA)
    b.decoy("most-listened shows this week (aggregate) and recommendations")
    b.ok_json({"top": [{"title": s, "listeners": c.rng.randint(10**3, 10**6)} for s in SHOWS]})
    return b.build()
