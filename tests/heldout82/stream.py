"""Her own streaming app (K-drama, teleserye and Hindi series): truly viewing history.

The app's backend (api.serye-plus.com, fictional) gets a watch heartbeat,
resume points and serves her continue-watching row; Segment receives the
Video Spec events ("Video Content Playing" with asset_id, position,
total_length; segment.com/docs/connections/spec/video/, batch API
api.segment.io/v1/batch, context.device.id per analytics-android); Firebase
Installations registers the app (POST firebaseinstallations.googleapis.com/
v1/projects/{p}/installations {fid, appId, authVersion FIS_v2}, per
firebase-android-sdk FirebaseInstallationServiceClient). One QoE beacon is
AES-encrypted (opaque). Decoys: catalogue, trailers, search, thumbnails.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.serye-plus.com"
UA = ua("SeryePlus", "7.3.0")
TITLES = [
    ("sp-10231", "Linlang S2"),
    ("sp-20877", "Panchayat S3"),
    ("sp-31554", "Queen of Tears"),
    ("sp-40912", "Can't Buy Me Love"),
    ("sp-51006", "Kota Factory S3"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "serye-plus", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    tid, name = c.rng.choice(TITLES)
    return f"{tid}-e{c.rng.randint(1, 16):02d}", name, c.rng.randint(1800, 3900)


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/playback/v2/heartbeat")
    ep, name, length = _ep(c)
    b.json(
        {
            "episode_id": ep,
            "series": name,
            "kitna_dekha_sec": c.rng.randint(30, length),
            "duration_sec": length,
            "state": "playing",
            "bitrate": 2400,
            "session": rid(c.rng),
        }
    )
    b.view("body.json.episode_id+kitna_dekha_sec")
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    b = _b(c, "PUT", f"/users/me/resume/{_ep(c)[0]}")
    b.json({"positionMs": c.rng.randint(10**5, 3 * 10**6), "watchedAt": iso(c), "completed": False})
    b.view("path.episode+body.json.positionMs")
    b.ok_json({"saved": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/users/me/rows/continue-watching")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        ep, name, length = _ep(c)
        rows.append(
            {
                "episodeId": ep,
                "title": name,
                "progressPct": c.rng.randint(5, 95),
                "lastWatched": iso(c),
                "durationSec": length,
            }
        )
    b.ok_json({"items": rows})
    b.view("response.json.items[].episodeId+progressPct", direction="response")
    return b.build()


def segment_video(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("authorization", "Basic " + b64(new_hex(c.rng, 32) + ":"))
    ep, name, length = _ep(c)
    event = c.rng.choice(
        ["Video Content Playing", "Video Content Completed", "Video Playback Paused"]
    )
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": event,
                    "userId": b.acct("stream_user"),
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                    "properties": {
                        "session_id": new_hex(c.rng, 12),
                        "asset_id": ep,
                        "program": name,
                        "position": c.rng.randint(0, length),
                        "total_length": length,
                        "livestream": False,
                    },
                    "context": {
                        "device": {
                            "id": b.id("aid_stream", where="body.json.batch[].context.device.id"),
                            "manufacturer": "samsung",
                            "model": "SM-A546E",
                        },
                        "app": {"name": "Serye+", "version": "7.3.0"},
                    },
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.view("body.json.batch[].properties.asset_id+position")
    b.ok_json({"success": True})
    return b.build()


def qoe_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/q/b")
    blob = bytes(c.rng.getrandbits(8) for _ in range(160))
    b.json({"v": 3, "k": "kid-7", "p": b64(blob)})
    b.view("body.json.p (AES-GCM blob with episode and position)", detectable=False)
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/serye-plus-prod/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.acct("stream_fid"),
            "appId": "1:402937715622:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.other_id("stream_fid", where="body.json.fid")
    b.ok_json({"name": "projects/402937715622/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/catalog/v3/home?region={c.rng.choice(['PH', 'IN'])}&page={c.rng.randint(1, 4)}"
    )
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Trending",
                    "items": [
                        {
                            "id": t,
                            "name": n,
                            "durationSec": c.rng.randint(1800, 3900),
                            "poster": f"https://img.serye-plus.com/p/{new_hex(c.rng, 10)}.jpg",
                        }
                        for t, n in TITLES
                    ],
                }
            ]
        }
    )
    b.decoy("catalogue rail with durations (not history)")
    return b.build()


def trailer(c: Context) -> Flow:
    b = FB(
        c,
        "serye-plus",
        "GET",
        f"https://vod.serye-plus.com/trailers/{c.rng.choice(TITLES)[0]}/1080/"
        f"seg{c.rng.randint(1, 40)}.m4s",
    )
    b.respond(200, "video/iso.segment", b"\x00\x00\x00\x18styp")
    b.decoy("trailer segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"/search?q={c.rng.choice(['kdrama', 'hindi+web+series', 'teleserye'])}&ts={ms(c)}",
    )
    b.ok_json({"results": [{"id": t, "title": n} for t, n in TITLES[:3]]})
    b.decoy("search results")
    return b.build()
