"""ShopEye: the shop's security cameras and NVR (cloud relay at shopeye.example).

Cameras and the NVR belong to the business: their serials and MACs are no
device of the tester. Motion and person events carry body bounding boxes. The
entrance camera's "face capture" events carry a face crop and face attributes
(age range, gender, mask) of whoever walked in: biometric data (of visitors).
Label choice: reviewing recorded CCTV footage (a position in a recording) is a
security review of the business's own cameras, not a report of what a person
watched as media, so playback positions here are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, mac_of, ms, rf, rid, ua

API = "https://relay.shopeye.example"
UA = ua("ShopEye", "5.0.7")
CAMS = ["entrance", "counter", "workbench", "back-door"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "shopeye", method, url)
    b.header("user-agent", UA)
    b.header("x-session", rid(c.rng).replace("-", ""))
    return b


def events(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/events?since={ms(c) - 3600000}")
    b.decoy("motion/person events with body boxes from the shop's cameras (business equipment)")
    b.ok_json(
        {
            "events": [
                {
                    "camera": c.rng.choice(CAMS),
                    "type": c.rng.choice(["motion", "person", "line_cross"]),
                    "box": [c.rng.randint(0, 900), c.rng.randint(0, 500), 180, 420],
                    "at": iso(c),
                }
                for _ in range(c.rng.randint(3, 9))
            ]
        }
    )
    return b.build()


def nvr_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nvr/status")
    b.decoy("the shop's NVR and cameras: serials and MACs of business equipment")
    b.ok_json(
        {
            "nvr": {
                "serial": f"DS-7608NXI{c.rng.randint(10**8, 10**9)}",
                "mac": mac_of(c.rng, "BC:AD:28"),
                "hddFreeGb": c.rng.randint(50, 900),
            },
            "channels": [
                {
                    "name": n,
                    "serial": f"G{c.rng.randint(10**7, 10**8)}",
                    "mac": mac_of(c.rng, "44:19:B6"),
                    "online": True,
                }
                for n in CAMS
            ],
        }
    )
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cameras/{c.rng.choice(CAMS)}/snapshot.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def playback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/playback/seek")
    b.decoy("seeking in the shop's CCTV recording: a security review, not media viewing")
    b.json(
        {
            "camera": c.rng.choice(CAMS),
            "recordingId": rid(c.rng),
            "positionSec": c.rng.randint(0, 3600),
            "speed": c.rng.choice([1, 2, 4]),
        }
    )
    b.ok_json({"url": f"rtsp://relay.shopeye.example/pb/{rid(c.rng)}"})
    return b.build()


def face_capture(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/events/face-capture?camera=entrance&limit=3")
    b.bio("face_image", "response json faces[].faceCrop (base64 JPEG of a visitor's face)")
    b.bio("face_attributes", "response json faces[].attributes (age range, gender from face)")
    b.ok_json(
        {
            "faces": [
                {
                    "at": iso(c),
                    "faceCrop": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
                    "attributes": {
                        "ageRange": c.rng.choice(["18-25", "26-35", "36-50", "50+"]),
                        "gender": c.rng.choice(["male", "female"]),
                        "mask": False,
                        "faceQuality": rf(c.rng, 0.5, 1.0, 2),
                    },
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    return b.build()
