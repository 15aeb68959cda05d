"""The CCTV app for the company's NVR (motion events, person counts, clips).

Shaped after common NVR cloud APIs (event lists with objectType "person" /
"vehicle", bounding boxes, confidence, line-crossing counters, heatmaps,
snapshot and clip URLs). The cameras do NO face analysis: person detection
boxes, counts and thumbnails of a car park are not biometric. Camera serials
and MACs are the company's cameras, not the tester's things: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, mac, ms, rf, rid

API = "https://nvr-cloud.cnoc-systems.example/api/v1"
CAMS = ["CarPark-N", "Reception", "Loading-Bay", "Yard", "Server-Room-Door"]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "nvr", method, url, params)
    b.header("user-agent", "NVRView/4.6.2 (Android 14; SM-S911B)")
    b.header("x-trace-id", rid(c.rng))
    return b


def _box(c: Context) -> dict[str, float]:
    x, y = rf(c.rng, 0, 0.8, 3), rf(c.rng, 0, 0.7, 3)
    return {"x": x, "y": y, "w": rf(c.rng, 0.05, 0.2, 3), "h": rf(c.rng, 0.1, 0.3, 3)}


def events(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/events",
        [("types", "motion,person,vehicle"), ("since", str(ms(c) - 3600000))],
    )
    rows = []
    for _ in range(c.rng.randint(4, 12)):
        kind = c.rng.choice(["motion", "person", "person", "vehicle"])
        row = {
            "eventId": new_uuid(c.rng),
            "camera": c.rng.choice(CAMS),
            "type": kind,
            "start": iso(c),
            "durationMs": c.rng.randint(800, 40000),
        }
        if kind != "motion":
            row["objects"] = [
                {
                    "objectType": kind,
                    "confidence": rf(c.rng, 0.5, 0.99, 2),
                    "bbox": _box(c),
                    "trackId": c.rng.randint(1, 999),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        rows.append(row)
    b.ok_json({"events": rows, "cursor": new_hex(c.rng, 16)})
    b.decoy("motion / person detections with bounding boxes: no face data")
    return b.build()


def people_count(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/analytics/line-crossing", [("camera", "Reception"), ("bucket", "1h")])
    b.ok_json(
        {
            "camera": "Reception",
            "buckets": [
                {"t": ms(c) - i * 3600000, "in": c.rng.randint(0, 40), "out": c.rng.randint(0, 40)}
                for i in range(12)
            ],
        }
    )
    b.decoy("people counting in/out per hour")
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/analytics/heatmap", [("camera", c.rng.choice(CAMS))])
    grid = [[c.rng.randint(0, 255) for _ in range(16)] for _ in range(9)]
    b.ok_json({"cols": 16, "rows": 9, "grid": grid})
    b.decoy("occupancy heatmap grid (a numeric matrix)")
    return b.build()


def snapshot(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = _b(
        c, "GET", f"https://nvr-cloud.cnoc-systems.example/snap/{cam}/latest.jpg", [("w", "640")]
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**9), 1500))
    b.decoy("camera snapshot download (a picture of a car park; nothing is sent)")
    return b.build()


def clip(c: Context) -> Flow:
    b = _b(c, "GET", f"https://nvr-cloud.cnoc-systems.example/clips/{new_uuid(c.rng)}.mp4")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randrange(10**9), 1800))
    b.decoy("incident clip download by the admin (security footage, not viewing history)")
    return b.build()


def playback_review(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/audit/footage-access")
    b.json(
        {
            "camera": c.rng.choice(CAMS),
            "from": iso(c),
            "reviewedSec": c.rng.randint(20, 900),
            "reason": "incident INC-" + str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"logged": True})
    b.decoy(
        "GDPR audit of footage review: camera, time range, seconds reviewed (work, not viewing)"
    )
    return b.build()


COCO = [
    "nose",
    "left_eye",
    "right_eye",
    "left_ear",
    "right_ear",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
]


def fall_alert(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/alerts/{new_uuid(c.rng)}")
    kps = [
        {
            "part": p,
            "x": rf(c.rng, 0.3, 0.7, 3),
            "y": rf(c.rng, 0.5, 0.95, 3),
            "score": rf(c.rng, 0.3, 0.95, 2),
        }
        for p in COCO
    ]
    b.ok_json(
        {
            "type": "fall_detected",
            "camera": "Loading-Bay",
            "at": iso(c),
            "pose": {"model": "movenet-lightning", "keypoints": kps},
            "snapshot": f"https://nvr-cloud.cnoc-systems.example/snap/{new_uuid(c.rng)}.jpg",
        }
    )
    b.decoy("fall alert with a 17-point BODY skeleton (COCO, incl. nose/eyes/ears): not face data")
    return b.build()


def privacy_masks(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/cameras/{c.rng.choice(CAMS)}/privacy-masks")
    b.json(
        {
            "masks": [
                {"name": n, "polygon": [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(4)]}
                for n in ("neighbour-window", "staff-lockers")
            ]
        }
    )
    b.ok_json({"ok": True})
    b.decoy("privacy-mask polygons on a camera view")
    return b.build()


def cameras(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cameras")
    cams = [
        {
            "name": n,
            "serial": "DS-2CD" + new_hex(c.rng, 9).upper(),
            "mac": mac(c.rng, "bc:ba:c2"),
            "online": True,
            "firmware": "V5.7.3",
        }
        for n in CAMS
    ]
    b.ok_json({"cameras": cams})
    b.decoy("camera inventory: company cameras' serials and MACs")
    return b.build()
