"""Sphere360: a 360-degree video app on the Quest (in-house analytics, English).

Heartbeats every 30 s carry clip id, playhead and the viewport the wearer is
facing; a completion event closes the view; the viewport heatmap is a series of
yaw/pitch samples for the editors (where viewers looked in the sphere: a
decoy, not biometric). The install id is the app's own UUID under `installId`.
A compact protobuf heartbeat with numbered fields is opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4, pb_bytes, pb_varint

from .phone import FB, hmd_ua, ms, rf, rid

EV = "https://ev.sphere360.tv"
API = "https://api.sphere360.tv"


def _clip(c: Context) -> str:
    return "clp_" + "".join(c.rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sphere360", method, url)
    b.header("user-agent", hmd_ua("Sphere360", "2.19.4"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", EV + "/v1/hb")
    b.json(
        {
            "type": "heartbeat",
            "clip_id": _clip(c),
            "playhead_ms": c.rng.randint(0, 1_800_000),
            "duration_ms": 1_800_000,
            "interval_s": 30,
            "state": "playing",
            "viewport": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -60, 60, 1)},
            "installId": b.id("sphere_install", where="json:installId"),
            "ts": ms(c),
        }
    )
    b.view("json:clip_id+playhead_ms (heartbeat)")
    b.no_content()
    return b.build()


def view_complete(c: Context) -> Flow:
    b = _b(c, "POST", EV + "/v1/events")
    b.json(
        {
            "events": [
                {
                    "name": "video_complete",
                    "clip_id": _clip(c),
                    "watched_pct": 100,
                    "watch_time_s": c.rng.randint(200, 1800),
                    "ts": ms(c),
                },
                {"name": "video_rate", "clip_id": _clip(c), "stars": c.rng.randint(1, 5)},
            ],
            "device": {
                "install_id": b.id("sphere_install", where="json:device.install_id"),
                "android_id": b.id("aid_sphere", where="json:device.android_id"),
            },
        }
    )
    b.view("json:events[].video_complete")
    b.no_content()
    return b.build()


def heartbeat_pb(c: Context) -> Flow:
    b = _b(c, "POST", EV + "/v2/h")
    body = pb_bytes(1, _clip(c)) + pb_varint(2, c.rng.randint(0, 1_800_000)) + pb_varint(4, 30)
    b.set_body(body, "application/octet-stream")
    b.view("protobuf:1 clip + 2 playhead, no names", detectable=False)
    b.no_content()
    return b.build()


def viewport_heatmap(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/heatmap")
    samples = [[rf(c.rng, -180, 180, 1), rf(c.rng, -60, 60, 1)] for _ in range(40)]
    b.json({"clip": _clip(c), "bucket_s": 5, "yawPitch": samples})
    b.decoy("viewport yaw/pitch series of a 360 video (not biometric)")
    b.no_content()
    return b.build()


def explore(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v1/explore?region=DACH&page=" + str(c.rng.randint(1, 5)))
    b.ok_json(
        {
            "items": [
                {"clip_id": _clip(c), "title": t, "duration_s": c.rng.randint(120, 1800)}
                for t in ("Matterhorn Sunrise", "Wiener Staatsoper 360", "Bodensee Dive")
            ]
        }
    )
    b.decoy("catalogue page")
    return b.build()


def tile(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.sphere360.tv/v/{_clip(c)}/8k"
        f"/tile_{c.rng.randint(0, 23)}_{c.rng.randint(1, 400)}.mp4",
    )
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 1 << 30), 700))
    b.decoy("video tile fetch")
    return b.build()


def resume_points(c: Context) -> Flow:
    """Resume points are stored per install: the id sits in the URL path."""
    b = _b(c, "GET", API)
    inst = b.id("sphere_install", where="path:/v1/devices/{id}/resume")
    b.base = f"{API}/v1/devices/{inst}/resume"
    b.ok_json(
        {
            "resume": [
                {"clip_id": _clip(c), "playhead_ms": c.rng.randint(0, 1_800_000)} for _ in range(3)
            ]
        }
    )
    b.view("response json:resume[].clip_id+playhead_ms", direction="response")
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v1/config")
    b.ok_json({"abr": {"maxHeight": 4096}, "trace": rid(c.rng), "flags": {"spatialAudio": True}})
    b.decoy("config with trace id")
    return b.build()
