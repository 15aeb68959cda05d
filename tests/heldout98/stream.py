"""Her own streaming app (in-house API) and the festival's online screener room.

Truly sensitive: her watch log, resume points and screener heartbeats (Segment
video spec: `Video Content Playing` with `session_id`, `content_asset_id`,
`position`, `total_length`; segment.com/docs/connections/spec/video), plus an
encrypted beacon whose payload nobody can read (labelled, not detectable).
Device ids: Adjust iOS session (form body `idfa`, `idfv`, `ios_uuid`, `app_token`,
`created_at`; help.adjust.com device-identifiers, tweaselORG/TrackHAR adjust.ts).
Decoys: catalogue, artwork, trailer segments, search, recommendations.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.cinemood-example.kr"
SCR = "https://screeners.seaside-filmfest.kr"
UA = ua("Cinemood", "7.3.0")
TITLES = ["cm_88213", "cm_10452", "cm_77310", "cm_45021", "cm_90044", "cm_31877"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cinemood", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def watch_event(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/me/watch-events")
    b.view("body.events[].positionSec/watchedSec")
    dur = c.rng.randint(4000, 9000)
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "userNo": b.acct("stream_user"),
            "events": [
                {
                    "contentId": c.rng.choice(TITLES),
                    "type": c.rng.choice(["heartbeat", "pause", "stop"]),
                    "positionSec": pos,
                    "durationSec": dur,
                    "watchedSec": c.rng.randint(10, pos + 10),
                    "at": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/me/resume/" + c.rng.choice(TITLES))
    b.view("body.resumePositionMs (path: content id)")
    b.json({"resumePositionMs": c.rng.randint(0, 7_000_000), "episode": 1, "updatedAt": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def screener_segment(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("authorization", "Basic " + b64(new_hex(c.rng, 32) + ":"))
    b.view("body.batch[].properties (Video Content Playing)")
    dur = c.rng.randint(5000, 8000)
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": c.rng.choice(["Video Content Playing", "Video Content Completed"]),
                    "userId": b.acct("fest_user"),
                    "properties": {
                        "session_id": new_hex(c.rng, 12),
                        "content_asset_id": "SCR-" + new_digits(c.rng, 4),
                        "title": "Screener: The Salt Road",
                        "position": c.rng.randint(0, dur),
                        "total_length": dur,
                        "livestream": False,
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


def screener_progress(c: Context) -> Flow:
    b = FB(c, "screeners", "POST", SCR + "/api/viewer/progress")
    b.view("body.seconds_watched/last_position for a screener she watched")
    b.form(
        [
            ("film", "SCR-" + new_digits(c.rng, 4)),
            ("last_position", str(c.rng.randint(0, 7000))),
            ("seconds_watched", str(c.rng.randint(30, 7000))),
            ("viewer", b.acct("fest_user")),
        ]
    )
    b.ok_json({"remainingViews": c.rng.randint(0, 2)})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/b")
    b.view("body.d (AES-encrypted playback beacon)", detectable=False)
    b.json({"v": 3, "d": b64(new_hex(c.rng, 96).encode())})
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "ios5.0.0")
    b.other_id("adjust_uuid", "body.ios_uuid")
    pairs = [
        ("app_token", new_hex(c.rng, 12)),
        ("idfa", b.id("idfa", where="body.idfa")),
        ("idfv", b.id("idfv_stream", where="body.idfv")),
        ("ios_uuid", c.phone.adjust_uuid),
        ("created_at", iso(c).replace("Z", "+0900")),
        ("session_count", str(c.rng.randint(2, 90))),
        ("device_name", "iPhone16,1"),
        ("os_version", "17.5"),
    ]
    b.form(pairs)
    b.ok_json({"adid": new_hex(c.rng, 32)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/catalogue/rows?region=KR")
    b.decoy("catalogue rows: content ids with runtimes and ratings")
    b.ok_json(
        {
            "rows": [
                {"id": t, "runtimeMin": c.rng.randint(80, 150), "rating": c.rng.randint(60, 99)}
                for t in TITLES
            ]
        }
    )
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(
        c,
        "cinemood",
        "GET",
        "https://img.cinemood-example.kr/poster/" + c.rng.choice(TITLES) + "_w342.jpg",
    )
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    return b.build()


def trailer_segment(c: Context) -> Flow:
    n = c.rng.randint(1, 40)
    b = FB(
        c, "cinemood", "GET", f"https://vod.cinemood-example.kr/trl/{new_hex(c.rng, 8)}/seg_{n}.m4s"
    )
    b.decoy("trailer video segment fetch")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.getrandbits(32), 900))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/search?q=" + c.rng.choice(["hong+sangsoo", "koreeda", "busan"]))
    b.decoy("search results with content ids")
    b.ok_json({"hits": [{"id": t, "score": round(c.rng.random(), 3)} for t in TITLES[:4]]})
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/reco/similar/" + c.rng.choice(TITLES))
    b.decoy("similar-titles list for a title page")
    b.ok_json(
        {"items": [{"id": t, "why": "same director"} for t in TITLES[2:]], "t": new_uuid(c.rng)}
    )
    return b.build()
