"""Ordinary background traffic of the iPhone: OS checks, weather, maps, transit,
crash reports and feature flags. None of it is sensitive; much of it carries
look-alikes (trace ids, request ids, coordinate lists, numeric series, hashes).

Sources: Apple captive-portal probe (captive.apple.com/hotspot-detect.html);
Buienradar's public JSON feed (data.buienradar.nl/2.0/feed/json); the Sentry
envelope format (develop.sentry.dev/sdk/envelopes: header line with event_id
and sent_at, item header, event JSON with contexts.trace.trace_id / span_id);
MeteoSwiss app forecast endpoint shape (plz, graph.precipitation10m series) as
community clients document it; Apple Maps tile hosts (gspe*-ssl.ls.apple.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua


def captive(c: Context) -> Flow:
    b = FB(
        c,
        "apple-captive",
        "GET",
        "http://captive.apple.com/hotspot-detect.html",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.100.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def buienradar(c: Context) -> Flow:
    b = FB(c, "buienradar", "GET", "https://data.buienradar.nl/2.0/feed/json")
    b.header("user-agent", ua("Dienstrooster", "5.2.1"))
    st = [
        {
            "stationid": 6260 + i,
            "stationname": n,
            "lat": rf(c.rng, 51.0, 53.2, 2),
            "lon": rf(c.rng, 3.6, 7.0, 2),
            "temperature": rf(c.rng, 2, 14, 1),
            "humidity": c.rng.randint(60, 99),
            "windgusts": rf(c.rng, 1, 19, 1),
        }
        for i, n in enumerate(
            ["Meetstation De Bilt", "Meetstation Schiphol", "Meetstation Vlissingen"]
        )
    ]
    b.ok_json({"actual": {"stationmeasurements": st, "sunrise": iso(c)}, "forecast": {}})
    b.decoy("weather station coordinates and measurement series")
    return b.build()


def meteoswiss(c: Context) -> Flow:
    plz = c.rng.choice(["800100", "300000", "400100", "120100"])
    b = FB(c, "meteoswiss", "GET", f"https://app-prod-ws.meteoswiss-app.ch/v1/plzDetail?plz={plz}")
    b.header("user-agent", "MeteoSwissApp-3.1.2-ios")
    series = [round(max(0.0, c.rng.gauss(0.2, 0.5)), 1) for _ in range(36)]
    b.ok_json(
        {
            "graph": {
                "start": ms(c),
                "precipitation10m": series,
                "temperatureMean1h": [rf(c.rng, -2, 9, 1) for _ in range(24)],
            }
        }
    )
    b.decoy("precipitation and temperature numeric series")
    return b.build()


def maps_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(16780, 16900), c.rng.randint(10700, 10820)
    url = (
        f"https://gspe19-ssl.ls.apple.com/tile.vf?style=20&size=2&scale=3&z={z}&x={x}&y={y}&v=2412"
    )
    b = FB(c, "apple-maps", "GET", url)
    b.header("user-agent", "geod/1 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.respond(
        200, "application/vnd.apple.vectortile", bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    """A handled-error event of one of the apps (trace ids, breadcrumbs, no user ids)."""
    app = c.rng.choice(["Dienstrooster", "KluisApp", "Stadsgids"])
    event_id = new_hex(c.rng, 32)
    header = js(
        {
            "event_id": event_id,
            "sent_at": iso(c),
            "sdk": {"name": "sentry.cocoa", "version": "8.29.0"},
        }
    )
    event = {
        "event_id": event_id,
        "timestamp": ms(c) / 1000,
        "platform": "cocoa",
        "level": "error",
        "release": f"nl.example.{app.lower()}@5.2.1+412",
        "exception": {"values": [{"type": "NSURLErrorDomain", "value": "Code=-1001 timed out"}]},
        "contexts": {
            "trace": {
                "trace_id": new_hex(c.rng, 32),
                "span_id": new_hex(c.rng, 16),
                "op": "ui.load",
            },
            "os": {"name": "iOS", "version": "17.5.1"},
            "device": {"family": "iOS", "model": "iPhone15,4"},
        },
        "breadcrumbs": [
            {"category": "http", "data": {"url": "/api/v2/roster", "status_code": 504}}
        ],
    }
    body = "\n".join([header, js({"type": "event"}), js(event)]).encode()
    b = FB(c, "sentry", "POST", "https://o447951.ingest.sentry.io/api/5522718/envelope/")
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("Sentry event_id / trace_id / span_id hex strings")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://config.stadsgids.example.ch/v1/flags?platform=ios&build=288")
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {
            "flags": {"newMapPins": True, "offlineTours": c.rng.random() < 0.5, "audioBitrate": 96},
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags with request id and etag hash")
    return b.build()


def transit(c: Context) -> Flow:
    stn = c.rng.choice(["8400058", "8400530", "8400621"])
    b = FB(
        c,
        "ns-reisinfo",
        "GET",
        f"https://gateway.apiportal.ns.nl/reisinformatie-api/api/v2/departures?uicCode={stn}&maxJourneys=10",
    )
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    deps = [
        {
            "direction": c.rng.choice(["Utrecht Centraal", "Zwolle", "Roosendaal"]),
            "plannedDateTime": iso(c),
            "plannedTrack": str(c.rng.randint(1, 20)),
            "product": {"number": str(c.rng.randint(1000, 9999)), "categoryCode": "IC"},
            "trainCategory": "IC",
            "cancelled": False,
        }
        for _ in range(4)
    ]
    b.ok_json({"payload": {"source": "PPV", "departures": deps}})
    b.decoy("train numbers and station UIC codes")
    return b.build()


BENIGN = [captive, buienradar, meteoswiss, maps_tile, maps_tile, sentry, flags, transit]
