"""Ordinary iPadOS background traffic: nothing sensitive, plenty of look-alikes.

Captive-portal check, Apple asset and software-update catalogue checks, MET
Norway weather (api.met.no locationforecast 2.0 `lat` / `lon` query and a
`timeseries` of coordinates / numbers), OpenStreetMap tiles, Google Fonts, a
crash report full of addresses and a build UUID, feature flags with hashes.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import fb, iso, rf, rid, ua


def captive(c: Context) -> Flow:
    b = fb(c, "ipados", "GET", "http://captive.apple.com/hotspot-detect.html", http="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.100.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def gdmf(c: Context) -> Flow:
    b = fb(c, "ipados", "GET", "https://gdmf.apple.com/v2/pmv")
    b.header("user-agent", "com.apple.Preferences/1 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.ok_json(
        {
            "PublicAssetSets": {
                "iOS": [
                    {
                        "ProductVersion": "17.5.1",
                        "Build": "21F90",
                        "SupportedDevices": ["iPad13,18", "iPad13,19"],
                    }
                ]
            }
        }
    )
    b.decoy("software-update catalogue with device model names")
    return b.build()


def mesu(c: Context) -> Flow:
    url = "https://mesu.apple.com/assets/com_apple_MobileAsset_SoftwareUpdate/com_apple_MobileAsset_SoftwareUpdate.xml"
    b = fb(c, "ipados", "GET", url)
    b.header("user-agent", "MobileAsset/1.0")
    plist = f"<plist><dict><key>Hash</key><string>{new_hex(c.rng, 40)}</string></dict></plist>"
    b.respond(200, "application/xml", plist.encode())
    b.decoy("asset catalogue hash")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 59.85, 59.98, 2), rf(c.rng, 10.6, 10.9, 2)
    b = fb(
        c,
        "weather",
        "GET",
        f"https://api.met.no/weatherapi/locationforecast/2.0/compact?lat={lat}&lon={lon}",
    )
    b.header("user-agent", ua("WeatherWidget", "iPadOS 17.5.1", "9"))
    series = [
        {
            "time": iso(c),
            "data": {
                "instant": {
                    "details": {
                        "air_temperature": rf(c.rng, -5, 22, 1),
                        "wind_speed": rf(c.rng, 0, 12, 1),
                    }
                }
            },
        }
        for _ in range(6)
    ]
    b.ok_json(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat, 23]},
            "properties": {"timeseries": series},
        }
    )
    b.decoy("coordinates and numeric weather series")
    return b.build()


def tile(c: Context) -> Flow:
    z = 15
    x, y = 17360 + c.rng.randint(0, 30), 9530 + c.rng.randint(0, 30)
    b = fb(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Pagecraft", "iPadOS 17.5.1", "880"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("map tile")
    return b.build()


def fonts(c: Context) -> Flow:
    b = fb(
        c,
        "fonts",
        "GET",
        f"https://fonts.gstatic.com/s/nunito/v26/XRXV3I6Li01BKof{new_hex(c.rng, 6)}.woff2",
    )
    b.header("user-agent", ua("Stillwater", "iPadOS 17.5.1", "1903"))
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def crash_report(c: Context) -> Flow:
    b = fb(c, "crash", "POST", "https://crash.owletreads.com/api/v1/reports")
    b.header("user-agent", ua("OwletReads", "iPadOS 17.5.1", "412"))
    frames = [
        {"addr": "0x" + new_hex(c.rng, 12), "sym": s}
        for s in ("objc_msgSend", "-[OWLPageView layoutSubviews]", "CA::Layer::layout_if_needed")
    ]
    b.json(
        {
            "event_id": new_hex(c.rng, 32),
            "build_uuid": rid(c.rng).upper(),
            "os": "iPadOS 17.5.1",
            "model": "iPad13,18",
            "exception": {"type": "EXC_BAD_ACCESS", "frames": frames},
            "timestamp": iso(c),
        },
        "gzip",
    )
    b.decoy("crash report: event id, dSYM build UUID, addresses")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def flags(c: Context) -> Flow:
    app = c.rng.choice(["owletreads", "glimmercall", "pagecraft", "stillwater"])
    b = fb(
        c,
        "flags",
        "GET",
        f"https://flags.{app}.com/v1/flags?platform=ipados&v={c.rng.randint(100, 999)}",
    )
    b.header("user-agent", ua(app, "iPadOS 17.5.1"))
    b.header("if-none-match", f'"{new_hex(c.rng, 32)}"')
    b.ok_json(
        {
            "flags": {
                "new_onboarding": c.rng.random() < 0.5,
                "rollout_bucket": c.rng.randint(0, 99),
            },
            "hash": new_hex(c.rng, 40),
            "requestId": rid(c.rng),
        }
    )
    b.decoy("feature flags with hashes and request id")
    return b.build()


def app_icon(c: Context) -> Flow:
    shard = f"Purple{c.rng.randint(100, 221)}/v4/{new_hex(c.rng, 2)}/{new_hex(c.rng, 2)}"
    icon = "AppIcon-0-0-1x_U007emarketing-0-7-0-85-220.png/230x0w.webp"
    b = fb(c, "appstore", "GET", f"https://is1-ssl.mzstatic.com/image/thumb/{shard}/{icon}")
    b.header("user-agent", "AppStore/3.0 iOS/17.5.1 model/iPad13,18")
    b.respond(200, "image/webp", fake_jpeg(c.rng.randint(0, 10**6), 200))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    gdmf,
    mesu,
    weather,
    weather,
    tile,
    tile,
    fonts,
    crash_report,
    flags,
    flags,
    app_icon,
]
