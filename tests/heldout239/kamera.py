"""Studio cameras: Panasonic-style PTZ heads on the studio network, and the
auto-tracking server that follows presenters by face detection.

Remote operation uses the camera CGI (`/cgi-bin/aw_ptz?cmd=%23APC...&res=1`
for pan / tilt, `/cgi-bin/aw_cam?cmd=...` for camera settings; replies like
`aPC80008000`). The tracking server's web API reports each camera's tracking
state with the framing box of the detected subject (`ramme` x/y/w/h in pixels
and a detection confidence): a box for framing, no face template, landmarks or
analysis of the face. The camera info page lists the camera's MAC and serial:
the studio's equipment, not the engineer's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import EB, iso, rf

TRACK = "https://autotracking.studio.fjordkringkasting.example"
KAMERAER = {
    1: ("10.20.4.11", "AW-UE150", "DKA1400231"),
    2: ("10.20.4.12", "AW-UE150", "DKA1400232"),
    3: ("10.20.4.13", "AW-UE100", "DKB0900118"),
    4: ("10.20.4.14", "AW-UE100", "DKB0900121"),
}


def _mac(cam: int) -> str:
    return f"20:C6:EB:3A:1{cam}:5{cam}"


def _cam(c: Context) -> tuple[int, str]:
    n = c.rng.randint(1, 4)
    return n, KAMERAER[n][0]


def _cgi(c: Context, path: str, cmd: str, reply: str) -> Flow:
    _n, ip = _cam(c)
    b = EB(
        c, "ptz-cgi", "GET", f"http://{ip}/cgi-bin/{path}?cmd={cmd}&res=1", http_version="HTTP/1.1"
    )
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.respond(200, "text/plain", reply.encode())
    return b.build()


def pan_tilt(c: Context) -> Flow:
    pan, tilt = c.rng.randint(0x2D09, 0xD2F5), c.rng.randint(0x5555, 0x8E38)
    return _cgi(c, "aw_ptz", f"%23APC{pan:04X}{tilt:04X}", f"aPC{pan:04X}{tilt:04X}")


def zoom(c: Context) -> Flow:
    z = c.rng.randint(0x555, 0xFFF)
    return _cgi(c, "aw_ptz", f"%23AXZ{z:03X}", f"axz{z:03X}")


def preset(c: Context) -> Flow:
    p = c.rng.randint(0, 20)
    return _cgi(c, "aw_ptz", f"%23R{p:02d}", f"s{p:02d}")


def iris(c: Context) -> Flow:
    v = c.rng.randint(0x555, 0xFFF)
    return _cgi(c, "aw_ptz", f"%23AXI{v:03X}", f"axi{v:03X}")


def tracking_status(c: Context) -> Flow:
    n, _ip = _cam(c)
    b = EB(c, "autotracking", "GET", f"{TRACK}/api/tracking/status?id={n}")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.decoy("face-detection framing box for auto-tracking (not a face template or analysis)")
    w = c.rng.randint(180, 420)
    b.ok_json(
        {
            "id": n,
            "process": "start",
            "detection": "auto",
            "target": {
                "type": "face",
                "ramme": {
                    "x": c.rng.randint(200, 1500),
                    "y": c.rng.randint(100, 600),
                    "w": w,
                    "h": int(w * 1.2),
                },
                "confidence": rf(c.rng, 0.6, 0.99, 2),
                "lost": False,
            },
            "composition": c.rng.choice(["bust", "waist", "full"]),
            "ts": iso(c),
        }
    )
    return b.build()


def tracking_control(c: Context) -> Flow:
    n, _ip = _cam(c)
    b = EB(c, "autotracking", "POST", f"{TRACK}/api/tracking/control")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.json({"id": n, "enable": c.rng.choice(["on", "off"])})
    b.ok_json({"result": "ack"})
    return b.build()


def tracking_area(c: Context) -> Flow:
    n, _ip = _cam(c)
    b = EB(c, "autotracking", "POST", f"{TRACK}/api/tracking/area")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.decoy("tracking / masking rectangles in picture coordinates")
    b.json(
        {
            "id": n,
            "trackingArea": [c.rng.randint(0, 300), c.rng.randint(0, 200), 1620, 880],
            "maskAreas": [[c.rng.randint(1500, 1800), 0, 1920, 200]],
        }
    )
    b.ok_json({"result": "ack"})
    return b.build()


def camera_info(c: Context) -> Flow:
    n, ip = _cam(c)
    model, serial = KAMERAER[n][1], KAMERAER[n][2]
    b = EB(c, "ptz-cgi", "GET", f"http://{ip}/live/camdata.html", http_version="HTTP/1.1")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.decoy("studio camera's MAC address and serial (the broadcaster's equipment)")
    body = (
        f"TITLE={model}\r\nOSJ:55:0\r\nSerial No.:{serial}\r\nMAC Address:{_mac(n)}\r\n"
        f"Version:{c.rng.choice(['2.60', '2.73'])}\r\nFirmware:{new_hex(c.rng, 8).upper()}\r\n"
    )
    b.respond(200, "text/plain", body.encode())
    return b.build()
