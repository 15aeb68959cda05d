"""Ordinary iOS background traffic in Germany and the Netherlands: none of it sensitive.

Sources: Apple's captive-portal probe (captive.apple.com/hotspot-detect.html);
the DWD WarnWetter app API (app-prod-ws.warnwetter.de/v30/stationOverviewExtended,
used by open-source DWD clients); Buienradar's public JSON feed
(data.buienradar.nl/2.0/feed/json); OSM raster tiles; the Sentry envelope
endpoint (/api/<project>/envelope/, sentry-cocoa); an in-house feature-flag
service. Look-alikes: trace and event ids, experiment buckets that are hashes,
coordinate and rain-forecast series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.100.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def dwd_weather(c: Context) -> Flow:
    station = c.rng.choice(["10400", "10513", "10147", "H744"])
    url = "https://app-prod-ws.warnwetter.de/v30/stationOverviewExtended"
    b = FB(c, "dwd", "GET", url, [("stationIds", station)])
    b.header("user-agent", ua("WarnWetter", "4.9.1"))
    start = ms(c) // 3600000 * 3600000
    temps = [round(c.rng.uniform(2, 11) * 10) for _ in range(24)]
    b.ok_json(
        {
            station: {
                "forecast1": {
                    "stationId": station,
                    "start": start,
                    "timeStep": 3600000,
                    "temperature": temps,
                }
            }
        }
    )
    b.decoy("hourly temperature series of a weather station: numeric series, no person")
    return b.build()


def buienradar(c: Context) -> Flow:
    b = FB(c, "buienradar", "GET", "https://data.buienradar.nl/2.0/feed/json")
    b.header("user-agent", ua("Buienradar", "7.3.0"))
    stations = [
        {
            "stationid": 6200 + i,
            "lat": rf(c.rng, 51.0, 53.4, 2),
            "lon": rf(c.rng, 3.5, 7.1, 2),
            "temperature": rf(c.rng, 1, 12, 1),
        }
        for i in range(6)
    ]
    b.ok_json({"actual": {"stationmeasurements": stations}})
    b.decoy("weather station coordinate list: coordinates of stations, not of the phone")
    return b.build()


def osm_tile(c: Context) -> Flow:
    z = 13
    x, y = c.rng.randint(4200, 4300), c.rng.randint(2680, 2760)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Rheinblick", "6.12.0"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_envelope(c: Context) -> Flow:
    url = "https://o447951.ingest.sentry.io/api/5522712/envelope/"
    b = FB(c, "sentry", "POST", url)
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.cocoa/8.29.0,"
        "sentry_key=" + new_hex(c.rng, 32),
    )
    event_id = new_hex(c.rng, 32)
    head = {
        "event_id": event_id,
        "sent_at": iso(c),
        "trace": {
            "trace_id": new_hex(c.rng, 32),
            "public_key": new_hex(c.rng, 32),
            "release": "de.rheinblick.app@6.12.0+812",
            "sample_rate": "0.1",
        },
    }
    item = {"type": "transaction"}
    payload = {
        "event_id": event_id,
        "transaction": "ArticleViewController",
        "contexts": {
            "trace": {
                "span_id": new_hex(c.rng, 16),
                "op": "ui.load",
                "trace_id": head["trace"]["trace_id"],
            }
        },
        "spans": [
            {"op": "http.client", "description": "GET /api/artikel", "span_id": new_hex(c.rng, 16)}
        ],
    }
    body = "\n".join([js(head), js(item), js(payload)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("Sentry event/trace/span ids: request-scoped, identify no device")
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://config.rheinblick-medien.de/v2/flags",
        [("platform", "ios"), ("appVersion", "6.12.0")],
    )
    b.header("user-agent", ua("Rheinblick", "6.12.0"))
    b.ok_json(
        {
            "flags": {"paywall_v3": True, "video_autoplay": False, "liveblog_push": True},
            "experiments": [
                {
                    "key": "teaser_layout",
                    "bucket": new_hex(c.rng, 40),
                    "variant": c.rng.choice(["A", "B"]),
                }
            ],
            "requestId": rid(c.rng),
        }
    )
    b.decoy("experiment bucket is a hash of the experiment key, requestId per request")
    return b.build()


def ns_trip(c: Context) -> Flow:
    url = "https://gateway.apiportal.ns.nl/reisinformatie-api/api/v3/trips"
    b = FB(c, "ns", "GET", url, [("fromStation", "ASD"), ("toStation", "UT")])
    b.header("user-agent", ua("NS", "5.44"))
    legs = [
        {
            "origin": {"lat": rf(c.rng, 52.0, 52.4), "lng": rf(c.rng, 4.8, 5.2)},
            "plannedDurationInMinutes": c.rng.randint(20, 40),
            "stops": [[rf(c.rng, 52.0, 52.4), rf(c.rng, 4.8, 5.2)] for _ in range(5)],
        }
    ]
    b.ok_json({"trips": [{"uid": "arnu|fromStation=8400058|toStation=8400621", "legs": legs}]})
    b.decoy("timetable trip with stop coordinates and a trip uid: no person, no device")
    return b.build()


BENIGN = [captive, dwd_weather, buienradar, osm_tile, sentry_envelope, feature_flags, ns_trip]
