"""Цæй: the webcam site of a mountain resort above Vladikavkaz (Tsey / Mamison),
opened in the browser on Alan's phone.

Everything here is ordinary: snapshots and live HLS segments of the slope
cameras (video fetches, "watch live"), the cameras' pan / tilt / zoom preset
positions (camera pose, not a person's), a timelapse with its duration,
lift and snow status, and the aggregate number of viewers of each camera.
No identifiers: the site uses a session cookie with a random id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid

SITE = "https://webcam.cey-resort.example"
UA = (
    "Mozilla/5.0 (Linux; Android 14; 23124RA7EO) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.6778.81 Mobile Safari/537.36"
)
CAMS = ["skazka-lift", "cey-glacier", "mamison-top", "buron-valley"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cey-webcam", method, url)
    b.header("user-agent", UA)
    b.header("cookie", f"sess={new_hex(c.rng, 24)}; lang=os")
    return b


def snapshot(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = _b(c, "GET", f"{SITE}/snap/{cam}/latest.jpg?t={int(c.now)}")
    b.decoy("webcam snapshot (mountain slope image)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def live_segment(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = _b(
        c,
        "GET",
        f"https://stream.cey-resort.example/live/{cam}/seg_{c.rng.randint(1000, 99999)}.ts",
    )
    b.decoy("live webcam HLS segment (watch live)")
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def cam_presets(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = _b(c, "GET", f"{SITE}/api/cams/{cam}/presets")
    b.decoy("PTZ camera preset positions (camera pose)")
    b.ok_json(
        {
            "cam": cam,
            "presets": [
                {
                    "name": n,
                    "position": {
                        "pan": rf(c.rng, -170, 170, 1),
                        "tilt": rf(c.rng, -30, 10, 1),
                        "zoom": rf(c.rng, 1, 12, 1),
                    },
                    "dwell": 20,
                }
                for n in ("трассæ", "хох", "лифт")
            ],
        }
    )
    return b.build()


def viewers(c: Context) -> Flow:
    b = _b(c, "GET", f"{SITE}/api/cams/viewers")
    b.decoy("aggregate viewer counts per camera (watching now)")
    b.ok_json({"watching": {cam: c.rng.randint(3, 900) for cam in CAMS}, "at": iso(c)})
    return b.build()


def timelapse(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = _b(c, "GET", f"{SITE}/api/timelapse/{cam}?day=yesterday")
    b.ok_json({"url": f"/tl/{cam}/{new_hex(c.rng, 10)}.mp4", "duration": 45, "frames": 1440})
    return b.build()


def lifts(c: Context) -> Flow:
    b = _b(c, "GET", f"{SITE}/api/lifts")
    b.ok_json(
        {
            "lifts": [
                {"nom": n, "status": c.rng.choice(["open", "closed", "wind"])}
                for n in ("Сказка", "Цæй-1", "Цæй-2")
            ],
            "snow_cm": c.rng.randint(20, 180),
            "temp": rf(c.rng, -18, 3, 1),
        }
    )
    return b.build()


def yandex_metrika_web(c: Context) -> Flow:
    """Web counter hit with a page URL (a page view, not a play)."""
    b = _b(c, "GET", "https://mc.yandex.ru/watch/93817264")
    b.decoy("web counter page view; 'watch' is the endpoint's name")
    b.param("page-url", f"{SITE}/cams/{c.rng.choice(CAMS)}")
    b.param("rn", str(c.rng.randint(10**5, 10**6)))
    b.param("wmode", "7")
    b.param("browser-info", f"pv:1:ti:1:rqnl:1:st:{int(c.now)}:u:{new_hex(c.rng, 10)}")
    b.header("x-request-id", rid(c.rng))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()
