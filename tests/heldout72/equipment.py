"""The school's interactive whiteboard (a Promethean-style ActivPanel) and the
document camera (an IPEVO-style USB/Wi-Fi visualiser): shared room equipment
the district owns. Their serials and MACs are decoys; the camera's frames are
worksheets and science specimens, not faces. In-house formats (the vendors'
cloud APIs are not public); key names follow their consoles' labels.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import iso, mac, ms, new, pts, rf, rid, ua

BOARD = "https://panel-mgmt.example-board.com"
CAM = "https://cloud.example-doccam.com"


def _panel(c: Context) -> dict:
    r = c.rng
    return {
        "panelSerial": "AP7-B75" + new_digits(r, 6),
        "macAddress": mac(r, "00:1E:C0"),
        "room": "114",
        "firmware": "3.2.11",
        "ownerOrg": "Cedar Ridge HS",
    }


def panel_status(c: Context) -> Flow:
    b = new(c, "board", "GET", f"{BOARD}/v2/panels/room/114", ua("ActivCast", "4410"))
    b.ok_json(
        {"panel": _panel(c), "online": True, "input": "HDMI2", "volume": c.rng.randint(10, 60)}
    )
    b.decoy("classroom whiteboard's serial and MAC: the school's shared panel")
    return b.build()


def cast_pair(c: Context) -> Flow:
    r = c.rng
    b = new(c, "board", "POST", f"{BOARD}/v2/cast/sessions", ua("ActivCast", "4410"))
    b.json(
        {
            "pairingCode": new_digits(r, 6),
            "target": _panel(c),
            "resolution": "1920x1080",
            "sessionNonce": rid(r),
        }
    )
    b.ok_json({"sessionId": rid(r), "expiresIn": 3600})
    b.decoy("screen-cast pairing to the room's shared panel (its serial/MAC, a pairing code)")
    return b.build()


def ink_strokes(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "board",
        "POST",
        f"{BOARD}/v2/flipcharts/{new_hex(r, 10)}/strokes",
        ua("ActivCast", "4410"),
    )
    b.json(
        {
            "pageIndex": r.randint(0, 12),
            "tool": r.choice(["pen", "highlighter"]),
            "color": "#" + new_hex(r, 6),
            "width": r.choice([2, 4, 8]),
            "points": pts(r, r.randint(20, 60), 1920, 1080),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("ink stroke coordinates on a flipchart page (a point list, not a face)")
    return b.build()


def camera_register(c: Context) -> Flow:
    r = c.rng
    b = new(c, "doccam", "POST", f"{CAM}/api/v1/cameras/checkin", ua("VisualizerHub", "221"))
    b.json(
        {
            "cameraSerial": "VZ-R" + new_digits(r, 8),
            "wifiMac": mac(r, "A0:CC:2B", upper=False),
            "model": "VZ-R",
            "fw": "1.7.3",
            "assetTag": "CRHS-" + new_digits(r, 5),
            "assignedRoom": "114",
            "sharedBy": ["113", "114", "115"],
        }
    )
    b.ok_json({"registered": True})
    b.decoy("document camera serial/MAC shared by three rooms (school equipment)")
    return b.build()


def camera_frame(c: Context) -> Flow:
    r = c.rng
    bnd = "Boundary-" + new_hex(r, 16).upper()
    meta = {
        "captureMode": r.choice(["worksheet", "specimen", "book page"]),
        "autoFocus": True,
        "rotation": r.choice([0, 90, 180]),
        "crop": [rf(r, 0, 0.1), rf(r, 0, 0.1), rf(r, 0.9, 1), rf(r, 0.9, 1)],
    }
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("frame", "capture.jpg", "image/jpeg", fake_jpeg(r.randint(0, 10**9), 1500)),
        ],
    )
    b = new(c, "doccam", "POST", f"{CAM}/api/v1/captures", ua("VisualizerHub", "221"))
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"captureId": rid(r), "url": f"{CAM}/c/{new_hex(r, 12)}.jpg"})
    b.decoy("document-camera capture of a worksheet (to the school's own service, no face API)")
    return b.build()


def annotate_ocr(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "doccam",
        "POST",
        "https://vision.googleapis.com/v1/images:annotate",
        ua("VisualizerHub", "221"),
    )
    b.json(
        {
            "requests": [
                {
                    "image": {"content": b64(fake_jpeg(r.randint(0, 10**9), 600))},
                    "features": [{"type": "DOCUMENT_TEXT_DETECTION"}],
                    "imageContext": {"languageHints": ["en", "es"]},
                }
            ]
        }
    )
    b.ok_json(
        {"responses": [{"fullTextAnnotation": {"text": "Name: ____  Date: ____\n1. 3/4 + 1/8 ="}}]}
    )
    b.decoy("worksheet OCR via Cloud Vision DOCUMENT_TEXT_DETECTION (text, not face detection)")
    return b.build()


def board_log(c: Context) -> Flow:
    r = c.rng
    b = new(c, "board", "POST", f"{BOARD}/v2/telemetry", ua("ActivCast", "4410"))
    b.json(
        {
            "events": [
                {"name": e, "at": iso(c), "panel": "AP7-B75" + new_digits(r, 6)}
                for e in r.sample(["wake", "input_switch", "annotate", "timer_start", "sleep"], 3)
            ],
            "traceId": new_hex(r, 32),
        }
    )
    b.no_content()
    b.decoy("whiteboard usage telemetry naming the shared panel's serial")
    return b.build()
