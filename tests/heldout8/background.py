"""Ordinary background traffic of the iPhone: captive-portal and update checks,
OCSP, weather, map tiles and routes, feature flags, crash reports and fonts.
None of it is sensitive; much of it looks like it could be (request ids, trace
ids, hashes, coordinate lists, numeric series, device model strings)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, cfnet, iso, rf, rid


def _b(c: Context, method: str, url: str, ua: str = "") -> FB:
    b = FB(c, "ios", method, url)
    b.header("user-agent", ua or "CaptiveNetworkSupport-491.0.1 wispr")
    return b


def captive(c: Context) -> Flow:
    b = _b(c, "GET", "http://captive.apple.com/hotspot-detect.html")
    b.http_version = "HTTP/1.1"
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def ocsp(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"http://ocsp.apple.com/ocsp03-apevsrsa2g101/ME4wTKADAgEAMEUwQzBBMAkGBSsOAwIaBQAEFN{rid(c.rng)[:8]}",
        "com.apple.trustd/3.0",
    )
    b.http_version = "HTTP/1.1"
    b.decoy("OCSP request: certificate serial and issuer hashes")
    b.respond(200, "application/ocsp-response", bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://gdmf.apple.com/v2/assets",
        "com.apple.MobileAsset.SoftwareUpdate/1 CFNetwork/1494.0.7 Darwin/23.4.0",
    )
    b.decoy("software-update asset query: model and build, a session nonce")
    b.json(
        {
            "ClientVersion": 2,
            "AssetType": "com.apple.MobileAsset.SoftwareUpdate",
            "ProductType": "iPhone15,4",
            "ProductVersion": "17.4.1",
            "BuildVersion": "21E236",
            "Nonce": b64(rid(c.rng)),
        }
    )
    b.respond(200, "application/json", b'{"Assets":[]}')
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.open-meteo.com/v1/forecast", cfnet("Weer", "611"))
    for k, v in [
        ("latitude", "52.09"),
        ("longitude", "5.12"),
        ("hourly", "temperature_2m,precipitation"),
    ]:
        b.param(k, v)
    b.decoy("weather series for a city")
    b.ok_json(
        {
            "hourly": {
                "temperature_2m": [rf(c.rng, 2, 14, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 2, 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8400, 8440), c.rng.randint(5380, 5400)
    b = _b(
        c,
        "GET",
        f"https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf",
        "MapboxMaps/11.2.0",
    )
    b.param("access_token", "pk.eyJ1Ijoid2VlciIsImEiOiJjbHQ" + rid(c.rng)[:10])
    b.decoy("map tile")
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def route(c: Context) -> Flow:
    b = _b(
        c, "POST", "https://api.mapbox.com/directions/v5/mapbox/cycling", "MapboxNavigation/3.0.0"
    )
    b.decoy("route coordinate list")
    pts = [
        [rf(c.rng, 5.08, 5.16, 5), rf(c.rng, 52.06, 52.11, 5)] for _ in range(c.rng.randint(2, 6))
    ]
    b.form(
        [
            ("coordinates", ";".join(f"{x},{y}" for x, y in pts)),
            ("geometries", "polyline6"),
            ("access_token", "pk.eyJ1Ijoid2VlciJ9." + rid(c.rng)[:12]),
        ]
    )
    b.ok_json(
        {"routes": [{"distance": rf(c.rng, 800, 9000, 1), "duration": rf(c.rng, 200, 2400, 1)}]}
    )
    return b.build()


def flags(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn-global.configcat.com/configuration-files/{rid(c.rng)[:22]}/config_v6.json",
        "ConfigCat-Swift/m-11.0.0",
    )
    b.decoy("feature-flag file with an etag")
    b.respond(
        200,
        "application/json",
        b'{"f":{"newOnboarding":{"v":{"b":true}}},"p":{"u":"https://cdn-global.configcat.com","r":0}}',
        headers=[("etag", '"' + rid(c.rng) + '"')],
    )
    return b.build()


def crash_report(c: Context) -> Flow:
    b = _b(
        c, "POST", "https://o448112.ingest.sentry.io/api/5529311/envelope/", "sentry.cocoa/8.21.0"
    )
    b.decoy("crash envelope: event id, trace id, device model, stack addresses")
    eid = rid(c.rng).replace("-", "")
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "trace": {"trace_id": rid(c.rng).replace("-", ""), "public_key": "a1b2c3"},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "cocoa",
        "release": "app@2.1.0",
        "contexts": {
            "device": {"model": "iPhone15,4", "family": "iOS", "memory_size": 6014119936},
            "os": {"name": "iOS", "version": "17.4.1", "build": "21E236"},
        },
        "exception": {
            "values": [
                {
                    "type": "EXC_BAD_ACCESS",
                    "stacktrace": {
                        "frames": [
                            {"instruction_addr": hex(c.rng.randint(2**32, 2**36))} for _ in range(4)
                        ]
                    },
                }
            ]
        },
    }
    body = "\n".join([js(head), js({"type": "event"}), js(event)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def font(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
        cfnet("Parlo", "8804"),
    )
    b.decoy("web font")
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN = [captive, ocsp, update_check, weather, map_tile, route, flags, crash_report, font]
