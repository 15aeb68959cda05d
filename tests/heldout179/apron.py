"""The apron's CCTV analytics: vehicle and crowd counts, stand occupancy,
PPE (hi-vis) detection, and the safety-zone alerts the supervisor app shows.

All ordinary: counts over everyone (a crowd count per zone counts heads, it
keeps no face), vehicle tracks with bounding boxes and headings, a worker's
body keypoints for a PPE check (no face), camera pan / tilt / zoom, and the
cameras' serials (the airport's).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, fleet_mac, iso, rf, rid, stand

VA = "https://analytics.apron-cctv.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cctv", method, url)
    b.header("user-agent", "Rampeleder/4.12.1")
    b.header("x-trace-id", new_hex(c.rng, 32))
    return b


def vehicle_counts(c: Context) -> Flow:
    b = _b(c, "GET", f"{VA}/api/counts/vehicles?zone=apron-east&bucket=5m")
    b.decoy("vehicle counts per class per 5 minutes")
    b.ok_json(
        {
            "buckets": [
                {
                    "t": iso(c),
                    "tug": c.rng.randint(0, 8),
                    "beltLoader": c.rng.randint(0, 6),
                    "fuelTruck": c.rng.randint(0, 3),
                    "bus": c.rng.randint(0, 4),
                }
                for _ in range(12)
            ]
        }
    )
    return b.build()


def crowd_density(c: Context) -> Flow:
    b = _b(c, "GET", f"{VA}/api/counts/people?zone=pier-D")
    b.decoy("people counted per zone from head detection: an aggregate, no face data kept")
    b.ok_json(
        {
            "zones": [
                {
                    "zone": f"D-gate-{i}",
                    "personCount": c.rng.randint(0, 140),
                    "facesDetected": c.rng.randint(0, 90),
                    "densityPerM2": rf(c.rng, 0, 2.5, 2),
                }
                for i in range(1, 9)
            ]
        }
    )
    return b.build()


def vehicle_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{VA}/api/tracks?stand={stand(c.rng)}")
    b.decoy("vehicle tracks: boxes, headings, speeds")
    b.ok_json(
        {
            "tracks": [
                {
                    "trackId": c.rng.randint(1000, 9999),
                    "class": c.rng.choice(["tug", "catering", "pax_bus"]),
                    "bbox": [c.rng.randint(0, 1800) for _ in range(4)],
                    "headingDeg": rf(c.rng, 0, 360, 1),
                    "speedKmh": rf(c.rng, 0, 30, 1),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ppe_alert(c: Context) -> Flow:
    b = _b(c, "GET", f"{VA}/api/alerts?type=ppe&since=15m")
    b.decoy("body keypoints of a worker without hi-vis: pose without a face")
    b.ok_json(
        {
            "alerts": [
                {
                    "alertId": rid(c.rng),
                    "camera": f"CAM-APR-{c.rng.randint(1, 60):03d}",
                    "missing": "hi_vis_vest",
                    "bodyKeypoints": {
                        k: [c.rng.randint(0, 1920), c.rng.randint(0, 1080)]
                        for k in ("left_shoulder", "right_shoulder", "left_hip", "right_hip")
                    },
                }
            ]
        }
    )
    return b.build()


def camera_ptz(c: Context) -> Flow:
    b = _b(c, "POST", f"{VA}/api/cameras/CAM-APR-{c.rng.randint(1, 60):03d}/ptz")
    b.decoy("camera pan/tilt/zoom and the camera's serial and MAC: airport equipment")
    b.json(
        {
            "pan": rf(c.rng, -180, 180, 1),
            "tilt": rf(c.rng, -90, 10, 1),
            "zoom": rf(c.rng, 1, 30, 1),
            "cameraSerial": "AXIS-" + new_hex(c.rng, 12).upper(),
            "cameraMac": fleet_mac(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def zone_breach(c: Context) -> Flow:
    b = _b(c, "GET", f"{VA}/api/alerts?type=zone&stand={stand(c.rng)}")
    b.ok_json({"alerts": [], "checkedAt": iso(c)})
    return b.build()


def incident_review(c: Context) -> Flow:
    """She scrubs a CCTV recording to find a ground-damage incident.

    Ambiguous, chosen as not viewing history: the position is an investigation
    bookmark in the airport's surveillance recording (like an editor's timeline),
    not a person's choice of something to watch or listen to.
    """
    b = _b(c, "POST", f"{VA}/api/recordings/CAM-APR-{c.rng.randint(1, 60):03d}/bookmarks")
    b.decoy("CCTV incident review bookmark (camera, recording offset): evidence, not viewing")
    b.json(
        {
            "incident": f"GD-{c.rng.randint(1000, 9999)}",
            "recordingStart": iso(c),
            "offsetSec": c.rng.randint(0, 3600),
            "playbackRate": c.rng.choice([1, 2, 4]),
            "note": c.rng.choice(["slepebil treffer dør", "kjøretøy uten vakt", "FOD på stand"]),
        }
    )
    b.ok_json({"bookmarkId": rid(c.rng)})
    return b.build()
