"""The family's Huawei Vision smart screen, through its companion (phone) app
and its own calls. Its content recognition (ACR) posts audio/video fingerprints
with what was matched (channel, programme, seconds) keyed by the screen's
serial and MAC; a binary ACR batch is opaque. The phone's smart-home app lists
and pairs the screen (serial, MAC, a device uid). Remote keypresses, weather
widget and the app store are decoys.

The ACR backend here is a fictional regional provider (no public API exists to
copy); the screen ids follow what the Huawei AI Life app shows the user (SN, MAC).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid, ua, ua_tv

ACR = "https://acr.mena-tvsense.com"
HOME = "https://smarthome.visionlink-app.com"
PROGRAMMES = [
    ("MBC1", "ذا فويس"),
    ("ROTANA-DRAMA", "مسلسل الليل"),
    ("SSC1", "دوري روشن"),
    ("CBC", "معكم منى الشاذلي"),
]


def acr_report(c: Context) -> Flow:
    b = FB(c, "vision_acr", "POST", f"{ACR}/v2/acr/matches")
    b.header("User-Agent", ua_tv("TvSenseAgent", "2.4.0"))
    ch, prog = c.rng.choice(PROGRAMMES)
    b.view("body.matches")
    body = {
        "deviceSn": b.id("screen_serial", where="body.deviceSn"),
        "mac": b.id("screen_mac", where="body.mac") if c.rng.random() < 0.5 else None,
        "matches": [
            {
                "channel": ch,
                "programme": prog,
                "startTs": ms(c) - 600000,
                "durationSec": c.rng.randint(30, 900),
                "confidence": rf(c.rng, 0.8, 1.0, 3),
            }
        ],
        "fingerprints": [new_hex(c.rng, 16) for _ in range(4)],
    }
    b.json({k: v for k, v in body.items() if v is not None})
    b.ok_json({"ack": True})
    return b.build()


def acr_binary(c: Context) -> Flow:
    b = FB(c, "vision_acr", "POST", f"{ACR}/v2/ingest")
    b.header("User-Agent", ua_tv("TvSenseAgent", "2.4.0"))
    b.view("binary fingerprint batch", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(600)), "application/octet-stream")
    b.no_content()
    return b.build()


def tv_watch_stats(c: Context) -> Flow:
    b = FB(c, "vision_home", "POST", f"{HOME}/api/tv/usage")
    b.header("User-Agent", ua_tv("VisionHome", "12.0.3"))
    ch, prog = c.rng.choice(PROGRAMMES)
    b.view("body.watchRecords")
    b.json(
        {
            "sn": b.id("screen_serial", where="body.sn"),
            "watchRecords": [{"channel": ch, "title": prog, "watchMinutes": c.rng.randint(5, 120)}],
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_list(c: Context) -> Flow:
    b = FB(c, "vision_home", "GET", f"{HOME}/api/devices")
    b.header("User-Agent", ua("VisionHome", "12.0.3"))
    b.other_id("screen_duid", "response.devices[0].devId", direction="response")
    dev = {
        "devId": c.phone.screen_duid,
        "name": "شاشة الصالة",
        "sn": b.id("screen_serial", where="response.devices[0].sn", direction="response"),
        "macAddress": b.id(
            "screen_mac", where="response.devices[0].macAddress", direction="response"
        ),
        "model": "HD65KUNLUN",
    }
    b.ok_json({"devices": [dev], "requestId": rid(c.rng)})
    return b.build()


def pair_screen(c: Context) -> Flow:
    b = FB(c, "vision_home", "POST", f"{HOME}/api/devices/bind")
    b.header("User-Agent", ua("VisionHome", "12.0.3"))
    b.json(
        {
            "sn": b.id("screen_serial", where="body.sn"),
            "mac": b.id("screen_mac", how="nosep", where="body.mac"),
            "pinCode": "4821",
            "phoneOdid": b.id("odid", where="body.phoneOdid"),
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "vision_home", "POST", f"{HOME}/api/remote/key")
    b.decoy("remote-control keypress")
    b.json(
        {
            "key": c.rng.choice(["VOL_UP", "OK", "BACK", "RIGHT", "HOME"]),
            "seq": c.rng.randint(1, 999),
        }
    )
    b.no_content()
    return b.build()


def weather_widget(c: Context) -> Flow:
    b = FB(
        c,
        "vision_home",
        "GET",
        "https://weather.visionlink-app.com/v1/forecast",
        [("city", c.rng.choice(["Riyadh", "Dubai", "Cairo"]))],
    )
    b.decoy("weather forecast series")
    b.ok_json({"hourly": [rf(c.rng, 18, 38, 1) for _ in range(24)]})
    return b.build()


def app_store(c: Context) -> Flow:
    b = FB(
        c,
        "vision_home",
        "GET",
        "https://appgallery-tv.visionlink-app.com/v1/apps/top",
        [("region", "SA")],
    )
    b.header("User-Agent", ua_tv("AppGalleryTV", "11.1"))
    b.decoy("TV app store top list")
    b.ok_json({"apps": ["Shahid", "OSN+", "YouTube", "Netflix"]})
    return b.build()


def screen_status(c: Context) -> Flow:
    """The screen's status, addressed by its serial in the URL path."""
    b = FB(c, "vision_home", "GET", HOME)
    sn = b.id("screen_serial", where="url.path /api/devices/{sn}/status")
    b.base = f"{HOME}/api/devices/{sn}/status"
    b.header("User-Agent", ua("VisionHome", "12.0.3"))
    b.ok_json({"online": True, "volume": c.rng.randint(0, 40), "input": "HDMI1"})
    return b.build()
