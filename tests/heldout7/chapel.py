"""Chapelcast: a church app streaming sermons (video) and sermon podcasts (audio).

Watch and listen progress goes to the app's backend; video events also go to
GA4 through the Measurement Protocol, app-stream form: `firebase_app_id` and
`api_secret` in the URL, `app_instance_id` in the JSON body, recommended video
events (`video_progress`, `video_complete` with `video_title`,
`video_percent`, `video_current_time`)
(https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events,
https://support.google.com/analytics/answer/9216061). Browsing the sermon
catalogue, fetching segments, notes and donations are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.chapelcast.org"
UA = ua("Chapelcast", "2.9.5")
TITLES = [
    "Grace in the Wilderness",
    "The Prodigal Returns",
    "Psalms for Hard Days",
    "Advent Week 2",
    "Faith and Work",
    "Sermon on the Mount pt. 3",
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:803114426931:android:b2d41e77c90a5f13&api_secret=Q9vTq2xLR1mYz0aKp3D7sg"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chapelcast", method, url)
    b.header("user-agent", UA)
    b.header("x-chapel-device-id", b.id("aid_chapel", where="header x-chapel-device-id"))
    return b


def _sermon(c: Context) -> tuple[str, str, int]:
    return f"srm_{c.rng.randint(1000, 9999)}", c.rng.choice(TITLES), c.rng.randint(1500, 4200)


def watch_progress(c: Context) -> Flow:
    sid, title, dur = _sermon(c)
    b = _b(c, "PUT", f"{API}/v1/me/progress/{sid}")
    b.view("json positionSeconds (sermon video)")
    b.json(
        {
            "sermonId": sid,
            "title": title,
            "positionSeconds": c.rng.randint(10, dur),
            "durationSeconds": dur,
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def listen_history(c: Context) -> Flow:
    sid, title, dur = _sermon(c)
    b = _b(c, "POST", f"{API}/v1/me/listens")
    b.view("json listens[] (sermon podcast)")
    b.json(
        {
            "listens": [
                {
                    "episodeId": sid,
                    "episodeTitle": title,
                    "listenedSeconds": c.rng.randint(60, dur),
                    "completed": False,
                    "listenedAt": iso(c),
                }
            ]
        }
    )
    b.ok_json({"saved": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, dur = _sermon(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("chapel_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": title,
                        "video_provider": "chapelcast",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_donation(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.json(
        {
            "app_instance_id": b.id("chapel_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "begin_checkout",
                    "params": {"currency": "USD", "value": c.rng.choice([10, 25, 50])},
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """A compact resume beacon: [kind, sermon, position, ts] rows under 'e'."""
    b = _b(c, "POST", f"{API}/t")
    b.view("json e[] rows", detectable=False)
    rows = [
        ["s", f"srm_{c.rng.randint(1000, 9999)}", c.rng.randint(10, 4000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"e": rows, "v": 2})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "chapelcast", "GET", f"{API}/v1/sermons?series=current&page=1")
    b.header("user-agent", UA)
    b.decoy("catalogue with durations (content fetch)")
    items = []
    for _ in range(8):
        sid, title, dur = _sermon(c)
        items.append(
            {
                "sermonId": sid,
                "title": title,
                "durationSeconds": dur,
                "thumbnail": f"https://img.chapelcast.org/{sid}.jpg",
            }
        )
    b.ok_json({"items": items})
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "chapelcast",
        "GET",
        f"https://stream.chapelcast.org/vod/srm_{c.rng.randint(1000, 9999)}"
        f"/720p/seg_{c.rng.randint(1, 400):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def notes(c: Context) -> Flow:
    b = FB(c, "chapelcast", "POST", f"{API}/v1/me/notes")
    b.header("user-agent", UA)
    b.json(
        {
            "sermonId": f"srm_{c.rng.randint(1000, 9999)}",
            "text": "Remember verse 12 for small group.",
            "createdAt": iso(c),
        }
    )
    b.ok_json({"noteId": rid(c.rng)})
    return b.build()


def donation(c: Context) -> Flow:
    b = FB(c, "chapelcast", "POST", f"{API}/v1/give")
    b.header("user-agent", UA)
    b.decoy("payment intent id")
    b.json({"amountCents": c.rng.choice([1000, 2500, 5000]), "fund": "general", "recurring": False})
    b.ok_json({"paymentIntent": "pi_" + new_hex(c.rng, 24), "status": "requires_confirmation"})
    return b.build()


def live_status(c: Context) -> Flow:
    b = FB(c, "chapelcast", "GET", f"{API}/v1/live/status")
    b.header("user-agent", UA)
    b.ok_json({"live": c.rng.random() < 0.3, "startsAt": iso(c), "viewers": c.rng.randint(20, 900)})
    return b.build()
