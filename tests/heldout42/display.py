"""The Echo Show 8-like smart display (Fire OS): registration, device metrics,
Amazon ads in a kids' game, Prime Video-style usage beacons and a Kids+-style
activity report for the parents' dashboard.

- Device registration `POST api.amazon.de/auth/register` with
  `registration_data.device_serial` / `device_type` (as alexapy and other
  Alexa clients send it; e.g. custom-components/alexa_media_player, alexapy).
- Amazon Mobile Ads / DTB SDK device data: `sha1_mac`, `sha1_serial`,
  `sha1_udid` / `badUdid`, the Fire advertising id under `idfa` and opt-out
  `oo` (fields of com.amazon.device.ads.DeviceInfo / DtbDeviceData in
  decompiled SDKs).
- Prime Video `GET /cdp/usage/UpdateStream?asin=&event=&timecode=&deviceID=
  &deviceTypeID=` (as the Kodi add-on plugin.video.amazon-test calls it).
- The metrics batch and the activity report bodies are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, fire_ua, iso, ms, rid

DTYPE = "A1Z88NGR2BK6A2"
TITLES = [
    ("B0C1KIDS01", "Peppa Wutz"),
    ("B0C1KIDS02", "Paw Patrol"),
    ("B0C1KIDS03", "Bluey"),
    ("B0C1KIDS04", "Biene Maja"),
    ("B0C1KIDS05", "Heidi"),
]


def register(c: Context) -> Flow:
    b = FB(c, "fire-os", "POST", "https://api.amazon.de/auth/register")
    b.header("user-agent", fire_ua("AmazonWebView/MAPClient", "6.0"))
    b.json(
        {
            "requested_extensions": ["device_info", "customer_info"],
            "registration_data": {
                "domain": "Device",
                "device_type": DTYPE,
                "device_serial": b.id("show_dsn", where="body.registration_data.device_serial"),
                "app_name": "Fire OS",
                "os_version": "7.5.7.4",
                "software_version": "7657",
            },
            "requested_token_type": ["bearer", "mac_dms"],
        }
    )
    b.ok_json(
        {
            "response": {
                "success": {"tokens": {"bearer": {"access_token": "Atna|" + new_hex(c.rng, 40)}}}
            }
        }
    )
    return b.build()


def metrics(c: Context) -> Flow:
    b = FB(c, "fire-os", "POST", "https://device-metrics-us.amazon.com/metricsBatch")
    b.header("user-agent", fire_ua("DeviceMetrics", "3.1"))
    b.header("x-amzn-requestid", rid(c.rng))
    batch = {
        "deviceSerialNumber": b.id("show_dsn", where="body.deviceSerialNumber"),
        "deviceType": DTYPE,
        "softwareVersion": "7657",
        "metrics": [
            {"program": "WifiService", "source": "rssi", "value": c.rng.randint(-80, -30)},
            {"program": "Power", "source": "uptimeMin", "value": c.rng.randint(10, 9000)},
        ],
    }
    if c.rng.random() < 0.5:
        batch["wifiMacAddress"] = b.id("show_mac", how="upper", where="body.wifiMacAddress")
    b.json(batch, encoding="gzip")
    b.no_content()
    return b.build()


def aps_ad(c: Context) -> Flow:
    b = FB(c, "amazon-ads", "GET", "https://aax-eu.amazon-adsystem.com/e/msdk/ads")
    dinfo = {
        "make": "Amazon",
        "model": "AEOCN",
        "os": "Android",
        "osVersion": "9",
        "sha1_mac": b.id("show_mac", how="sha1", where="query.dinfo.sha1_mac"),
        "sha1_serial": b.id("show_dsn", how="sha1", where="query.dinfo.sha1_serial"),
        "badUdid": "true",
        "screenSize": "1280x800",
        "connectionType": "Wifi",
    }
    b.params += [
        ("appId", new_hex(c.rng, 32)),
        ("dinfo", js(dinfo)),
        ("idfa", b.id("fire_adid", where="query.idfa")),
        ("oo", "false"),
        ("slots", js([{"sz": "320x50", "slot": "1"}])),
        ("coppa", "1"),
    ]
    b.header("user-agent", fire_ua("Dalvik", "2.1.0"))
    b.ok_json(
        {
            "ads": [],
            "instrPixelURL": f"https://aax-eu.amazon-adsystem.com/x/px/{new_hex(c.rng, 20)}",
        }
    )
    return b.build()


def update_stream(c: Context) -> Flow:
    asin, _ = c.rng.choice(TITLES)
    b = FB(c, "prime-video-kids", "GET", "https://atv-ps-eu.amazon.de/cdp/usage/UpdateStream")
    b.params += [
        ("asin", asin),
        ("event", c.rng.choice(["START", "PLAY", "STOP"])),
        ("timecode", str(c.rng.randint(0, 1500))),
        ("timecodeChangeTime", iso(c)),
        ("deviceTypeID", DTYPE),
        ("deviceID", b.id("show_dsn", where="query.deviceID")),
        ("marketplaceID", "A1PA6795UKMFR9"),
        ("userWatchSessionId", rid(c.rng)),
    ]
    b.header("user-agent", fire_ua("PrimeVideo", "3.0.371"))
    b.view("query.asin+event+timecode (playback usage beacon)")
    b.ok_json({"callbackIntervalInSeconds": 60})
    return b.build()


def kids_activity(c: Context) -> Flow:
    b = FB(c, "kids-plus", "POST", "https://kids-activity.amazon.de/v2/activity/upload")
    b.header("user-agent", fire_ua("KidsPlusActivity", "2.4"))
    b.header("x-amz-device-serial", b.id("show_dsn", where="header.x-amz-device-serial"))
    items = []
    for _ in range(c.rng.randint(2, 6)):
        asin, title = c.rng.choice(TITLES)
        items.append(
            {
                "titleAsin": asin,
                "title": title,
                "contentType": c.rng.choice(["VIDEO", "AUDIBLE"]),
                "secondsUsed": c.rng.randint(60, 1800),
                "lastUsed": ms(c) - c.rng.randint(0, 9) * 3600000,
            }
        )
    b.json({"childProfile": "kid-1", "usage": items})
    b.view("body.usage[].titleAsin+secondsUsed (activity report: watched/listened)")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "prime-video-kids", "GET", "https://atv-ps-eu.amazon.de/cdp/catalog/Browse")
    b.params += [
        ("firmware", "1"),
        ("deviceTypeID", DTYPE),
        ("ContentType", "TVEpisode"),
        ("Kids", "true"),
    ]
    b.ok_json(
        {
            "titles": [
                {"asin": a, "title": t, "runtimeSec": c.rng.randint(400, 1500)} for a, t in TITLES
            ]
        }
    )
    b.decoy("catalogue browse with runtimes")
    return b.build()
