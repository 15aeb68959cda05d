"""The guide's own listening and watching: an Arabic streaming app ("Fawanees+",
in-house backend, fictional) with heartbeats, resume points and a
continue-watching row, and Pocket Casts for podcasts (sync API
`api.pocketcasts.com/sync/update_episode` with uuid, podcast, position,
duration, status 1/2/3 as in the open-source Android client's
EpisodeSyncRequest, github.com/Automattic/pocket-casts-android).

Truly sensitive (viewing_history), with decoys beside them: the catalogue,
trending counts over all viewers, HLS segments and the podcast's up-next queue.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

TV = "https://api.fawanees-plus.com"
PC = "https://api.pocketcasts.com"
SHOWS = [("s-1187", "El Hashashin"), ("s-0934", "Grand Hotel"), ("s-2210", "Gaafar El Omda")]


def _tv(c: Context, method: str, path: str, dev: bool = False) -> FB:
    b = FB(c, "fawanees", method, TV + path)
    b.header("user-agent", ua("FawaneesPlus", "7.3.0"))
    b.header("x-profile", b.acct("stream_user"))
    if dev:
        b.header("x-device-id", b.id("aid_stream", where="header x-device-id"))
    return b


def heartbeat(c: Context) -> Flow:
    show, _ = c.rng.choice(SHOWS)
    dur = c.rng.randint(2400, 3300)
    b = _tv(c, "POST", "/v2/playback/heartbeat", dev=c.rng.random() < 0.4)
    b.view("body: contentId/episode with positionSec, watchedSec, event heartbeat")
    b.json(
        {
            "contentId": show,
            "episode": c.rng.randint(1, 30),
            "event": c.rng.choice(["heartbeat", "heartbeat", "pause", "stop"]),
            "positionSec": c.rng.randint(0, dur),
            "durationSec": dur,
            "watchedSec": 30,
            "sessionId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def resume_sync(c: Context) -> Flow:
    b = _tv(c, "PUT", "/v2/me/resume-points")
    b.view("body: nuqtat_isti2naf items with assetId, resumeAtSec, lastWatched")
    b.json(
        {
            "nuqtat_isti2naf": [
                {
                    "assetId": f"{s}-e{c.rng.randint(1, 30)}",
                    "resumeAtSec": c.rng.randint(60, 3000),
                    "lastWatched": iso(c),
                }
                for s, _ in SHOWS[: c.rng.randint(1, 3)]
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _tv(c, "GET", "/v2/me/rails/continue-watching")
    b.view("response: continueWatching rail with progress per show", direction="response")
    b.ok_json(
        {
            "rail": "continueWatching",
            "items": [
                {
                    "showId": s,
                    "title": t,
                    "progress": round(c.rng.random(), 2),
                    "episode": c.rng.randint(1, 30),
                }
                for s, t in SHOWS
            ],
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _tv(c, "POST", "/v2/qoe/b")
    b.view("body: AES blob 'p' holding the playback events; nothing readable", detectable=False)
    b.json(
        {"v": 3, "k": new_hex(c.rng, 8), "p": b64(bytes(c.rng.getrandbits(8) for _ in range(180)))}
    )
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _tv(c, "POST", "/v2/devices")
    aid = b.id("aid_stream", where="body androidId")
    b.other_id("stream_install", "body installationId")
    b.json(
        {
            "androidId": aid,
            "installationId": c.phone.stream_install,
            "model": "SM-A556B",
            "drm": "L1",
        }
    )
    b.ok_json({"registered": True, "maxStreams": 2})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _tv(c, "GET", f"/v2/catalogue/rails?page={c.rng.randint(1, 5)}&lang=ar")
    b.decoy("catalogue page with trending viewCount over all viewers")
    b.ok_json(
        {
            "rails": [
                {"id": s, "title": t, "viewCount": c.rng.randint(10**4, 10**7)} for s, t in SHOWS
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "fawanees-cdn",
        "GET",
        f"https://vod.fawanees-cdn.com/{new_hex(c.rng, 12)}/720/seg_{c.rng.randint(1, 600)}.ts",
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def _pc(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pocketcasts", method, PC + path)
    b.header("user-agent", "Pocket Casts/7.62 (Android 14)")
    b.header("authorization", "Bearer " + b.acct("pod_token"))
    return b


def pc_update_episode(c: Context) -> Flow:
    b = _pc(c, "POST", "/sync/update_episode")
    b.view("body: episode uuid, podcast, position, duration, status (listen progress)")
    b.json(
        {
            "uuid": new_uuid(c.rng),
            "podcast": new_uuid(c.rng),
            "position": c.rng.randint(0, 3600),
            "duration": 3600,
            "status": c.rng.choice([2, 2, 3]),
        }
    )
    b.ok_json({})
    return b.build()


def pc_history(c: Context) -> Flow:
    b = _pc(c, "POST", "/user/history")
    b.view("response: listening history episodes with playedUpTo", direction="response")
    b.json({"version": "1"})
    b.ok_json(
        {
            "episodes": [
                {
                    "uuid": new_uuid(c.rng),
                    "podcastUuid": new_uuid(c.rng),
                    "playedUpTo": c.rng.randint(1, 3600),
                    "playingStatus": 2,
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def music_plays(c: Context) -> Flow:
    b = FB(c, "nagham", "POST", "https://api.nagham-music.com/v1/me/plays")
    b.header("user-agent", ua("Nagham", "4.1.7"))
    b.view("body: esma3at (listens) trackId, msPlayed, endedAt")
    dev = b.id("aid_pod", where="body jihaz.android_id")
    b.json(
        {
            "esma3at": [
                {
                    "trackId": f"tr{c.rng.randint(10**6, 10**7)}",
                    "msPlayed": c.rng.randint(20000, 300000),
                    "endedAt": ms(c),
                }
                for _ in range(c.rng.randint(1, 6))
            ],
            "jihaz": {"android_id": dev, "os": "14"},
        }
    )
    b.no_content()
    return b.build()


def pc_up_next(c: Context) -> Flow:
    b = _pc(c, "POST", "/up_next/list")
    b.decoy("up-next queue: episodes queued, not yet played")
    b.json({"version": 2, "model": "SM-A556B"})
    b.ok_json({"episodes": [{"uuid": new_uuid(c.rng), "title": "Ep."} for _ in range(4)]})
    return b.build()
