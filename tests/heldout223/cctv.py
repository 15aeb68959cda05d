"""The CCTV NVRs of the tower, viewed through the NVR maker's cloud P2P app.

NVRs are listed by their serials and MACs (the building's recorders);
motion-event thumbnails and a playback segment of a corridor camera are video
fetches, not a face sent for analysis, and the recording's timeline is the
camera's, not anyone's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rid, ua

API = "https://api.nvrcloud.example"
NVRS = [
    ("NVR-B1", "DS-7732NI-K41620230518CCRRL07742199WCVU", "24:0F:9B:51:6A:E2"),
    ("NVR-G", "DS-7732NI-K41620230518CCRRL07742205WCVU", "24:0F:9B:51:6B:04"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nvrcloud", method, url)
    b.header("user-agent", ua("NVRCloud", "6.2.1"))
    b.header("x-session", new_hex(c.rng, 32))
    return b


def nvr_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/devices")
    b.decoy("NVR serials and MACs (the building's recorders)")
    b.ok_json(
        {
            "devices": [
                {"name": n, "deviceSerial": s, "mac": m, "channels": 32, "status": 1}
                for n, s, m in NVRS
            ]
        }
    )
    return b.build()


def motion_events(c: Context) -> Flow:
    _, s, _ = c.rng.choice(NVRS)
    b = _b(c, "GET", f"{API}/v3/devices/{s}/alarms?type=motion&page=1")
    b.decoy("motion alarms with thumbnail URLs (video events)")
    b.ok_json(
        {
            "alarms": [
                {
                    "channel": c.rng.randint(1, 32),
                    "type": "motion",
                    "at": iso(c),
                    "thumb": f"https://media.nvrcloud.example/t/{new_hex(c.rng, 32)}.jpg",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"https://media.nvrcloud.example/t/{new_hex(c.rng, 32)}.jpg")
    b.decoy("camera snapshot thumbnail (a video fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def playback(c: Context) -> Flow:
    _, s, _ = c.rng.choice(NVRS)
    b = _b(
        c,
        "GET",
        f"{API}/v3/devices/{s}/playback?ch={c.rng.randint(1, 32)}&seg={c.rng.randint(1, 900)}",
    )
    b.decoy("playback segment of a camera recording")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def timeline(c: Context) -> Flow:
    _, s, _ = c.rng.choice(NVRS)
    b = _b(c, "GET", f"{API}/v3/devices/{s}/records?ch={c.rng.randint(1, 32)}&date=today")
    b.decoy("camera recording timeline (start/end per segment)")
    b.ok_json(
        {
            "records": [
                {"start": iso(c), "end": iso(c), "type": "continuous", "sizeMB": 512}
                for _ in range(3)
            ],
            "ref": rid(c.rng),
        }
    )
    return b.build()
