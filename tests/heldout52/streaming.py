"""Beebview (a UK public-service player, phone and TV) and Eire Player (an Irish
broadcaster's player), with Kantar audience measurement.

Kantar's SpringStreams beacons go to `<site>.2cnt.net` with the parameters in
the path (`j0=,,,;+,key=value;+,...`): `stream` (content path), `pst` (play
states), `dur`, and the sensor's own `uid` (its install id, opaque key).
The players' own heartbeat and resume APIs are in-house, key names our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

SHOWS = ["m001x2k9", "p0h7qz31", "m001wq4d", "b006m86d", "m001z0pb"]
EIRE = ["10002291-00-0003", "10001873-00-0012", "10002410-00-0001"]


def heartbeat(c: Context) -> Flow:
    b = FB(c, "beebview", "POST", "https://hb.beebview.example.co.uk/v2/heartbeat")
    b.view("body.playback")
    b.json(
        {
            "playback": {
                "versionPid": c.rng.choice(SHOWS),
                "position": c.rng.randint(0, 3500),
                "state": "playing",
                "bitrate": 5070,
            },
            "deviceId": b.id("aid_view", where="body.deviceId"),
            "hbInterval": 30,
            "sentAt": iso(c),
        }
    )
    b.header("user-agent", ua("Beebview", "4.160.0"))
    b.no_content()
    return b.build()


def kantar(c: Context) -> Flow:
    b = FB(c, "kantar", "GET", "https://beebview.2cnt.net/")
    show = c.rng.choice(SHOWS)
    start = c.rng.randint(0, 2000)
    uid = b.id("kantar_uid", where="path.uid", detectable=False)
    b.view("path.stream+pst")
    pst = f",,{start}+{start + 60}+{int(c.now):x};+"
    b.base += (
        f"j0=,,,;+,cp=beebview/android;+,stream=od/iplayer/{show};+,pst={pst}"
        f",dur=3540;+,uid={uid};+,sx=1096;+,sy=2560;+,vt=60;+"
    )
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def resume_sync(c: Context) -> Flow:
    b = FB(c, "beebview", "PUT", "https://user.beebview.example.co.uk/v1/resume-points")
    b.view("body.resumePoints")
    b.json(
        {
            "resumePoints": [
                {"episodeId": s, "offsetSecs": c.rng.randint(60, 3000), "watchedAt": iso(c)}
                for s in c.rng.sample(SHOWS, 2)
            ],
            "profile": b.acct("view_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tv_continue(c: Context) -> Flow:
    b = FB(c, "beebview-tv", "GET", "https://user.beebview.example.co.uk/v1/continue-watching")
    b.header("x-device", b.id("tv_serial", where="header.x-device", detectable=False))
    b.header("user-agent", ua("BeebviewTV", "2.41.0", tv=True))
    b.view("response.items", direction="response")
    items = [{"episode": s, "progressPct": c.rng.randint(3, 95)} for s in SHOWS[:3]]
    b.ok_json({"items": items})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = FB(c, "beebview", "POST", "https://hb.beebview.example.co.uk/s")
    b.view("body.p (b64 blob)", detectable=False)
    blob = bytes(c.rng.randrange(256) for _ in range(96))
    b.form([("v", "3"), ("p", b64(blob))])
    b.no_content()
    return b.build()


def eire_watchlog(c: Context) -> Flow:
    b = FB(c, "eire", "POST", "https://api.eireplayer.example.ie/stair/feachana")
    b.view("body.stairFeachana")
    b.json(
        {
            "stairFeachana": [
                {
                    "programmeId": c.rng.choice(EIRE),
                    "positionSec": c.rng.randint(0, 2700),
                    "am": iso(c),
                }
            ],
            "gleas": b.id("aid_eire", where="body.gleas", detectable=False),
        }
    )
    b.ok_json({"stadas": "ok"})
    return b.build()


def eire_ga4(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.view("body.events[video_progress]")
    # Relabelled by the lead after scoring: the issue names Firebase/GA4 app-instance
    # ids as device ids; its writer sent `app_instance_id` without labelling it.
    b.other_id("ga4_app_instance_id", "body.app_instance_id")
    b.json(
        {
            "events": [
                {
                    "name": "video_progress",
                    "params": {"video_title": "Nationwide", "video_percent": 50, "ts": ms(c)},
                }
            ],
            "app_instance_id": rid(c.rng).replace("-", ""),
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "beebview", "GET", "https://ibl.beebview.example.co.uk/v1/categories/drama")
    b.decoy("catalogue page: programme ids without any play event")
    b.ok_json({"elements": [{"id": s, "title": "Drama", "image": f"{s}.jpg"} for s in SHOWS]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "beebview",
        "GET",
        f"https://ichef.beebview.example.co.uk/images/{c.rng.choice(SHOWS)}.jpg",
    )
    b.decoy("programme thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 400))
    return b.build()


def search(c: Context) -> Flow:
    b = FB(c, "beebview", "GET", "https://search.beebview.example.co.uk/v2/search")
    b.param("q", c.rng.choice(["eastenders", "match of the day", "line of duty"]))
    b.decoy("search query and results")
    b.ok_json({"results": [{"id": s} for s in SHOWS[:3]]})
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    b = FB(
        c, "beebview", "GET", f"https://vod.cdn.example.net/dash/{c.rng.choice(SHOWS)}/seg-{n}.m4s"
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/iso.segment", bytes(c.rng.randrange(256) for _ in range(300)))
    return b.build()


VIEW = [
    heartbeat,
    kantar,
    resume_sync,
    eire_watchlog,
    heartbeat,
    tv_continue,
    opaque_stats,
    eire_ga4,
]
BENIGN = [catalogue, thumbnail, search, segment, segment]
