"""Ordinary head-unit background traffic: connectivity checks, time, weather
(MET Norway Locationforecast 2.0, which requires an identifying User-Agent),
OpenStreetMap tiles, Trafikverket traffic info (POST XML request to
/v2/data.json), Sentry crash envelopes, the car maker's OTA check and feature
flags. Nothing sensitive, but look-alikes: trace ids, build hashes, coordinate
lists, numeric series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, rf, rid


def generate_204(ctx: Context) -> Flow:
    b = FB(ctx, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.no_content()
    return b.build()


def weather(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 58.5, 60.5, 2), rf(ctx.rng, 10.5, 18.5, 2)
    url = "https://api.met.no/weatherapi/locationforecast/2.0/compact"
    b = FB(ctx, "met", "GET", url, [("lat", str(lat)), ("lon", str(lon))])
    b.header("user-agent", "NordvagnClimate/2.1 github.com/nordvagn-example")
    b.decoy("weather forecast for rounded coordinates")
    series = [{"time": iso(ctx), "air_temperature": rf(ctx.rng, -12, 8, 1)} for _ in range(6)]
    b.ok_json({"type": "Feature", "geometry": {"coordinates": [lon, lat]}, "series": series})
    return b.build()


def tile(ctx: Context) -> Flow:
    z, x, y = 14, ctx.rng.randint(8800, 9000), ctx.rng.randint(4700, 4900)
    b = FB(ctx, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(ctx.rng, 200)))
    return b.build()


def traffic(ctx: Context) -> Flow:
    b = FB(ctx, "trafikverket", "POST", "https://api.trafikinfo.trafikverket.se/v2/data.json")
    b.decoy("traffic situations query")
    xml = (
        '<REQUEST><LOGIN authenticationkey="' + new_hex(ctx.rng, 32) + '"/>'
        '<QUERY objecttype="Situation" schemaversion="1.5" limit="20"><FILTER>'
        '<WITHIN name="Deviation.Geometry.SWEREF99TM" shape="center" '
        f'value="{ctx.rng.randint(600000, 700000)} {ctx.rng.randint(6500000, 6600000)}" '
        'radius="15000"/></FILTER></QUERY></REQUEST>'
    )
    b.set_body(xml.encode(), "text/xml")
    b.ok_json({"RESPONSE": {"RESULT": [{"Situation": []}]}})
    return b.build()


def sentry(ctx: Context) -> Flow:
    eid = new_hex(ctx.rng, 32)
    url = "https://o4504.ingest.sentry.io/api/4504/envelope/"
    b = FB(ctx, "sentry", "POST", url)
    b.header("x-sentry-auth", "Sentry sentry_version=7, sentry_key=" + new_hex(ctx.rng, 32))
    b.decoy("crash report with event id and build hash")
    head = {"event_id": eid, "sent_at": iso(ctx)}
    event = {
        "event_id": eid,
        "platform": "java",
        "release": "se.stromma.auto@7.21.0+" + new_hex(ctx.rng, 8),
        "exception": {"values": [{"type": "IllegalStateException", "value": "Surface released"}]},
        "contexts": {"os": {"name": "Android", "version": "13"}},
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(event)
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def ota_check(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-ota", "GET", "https://ota.nordvagn-auto.com/v1/manifest/P2/SE")
    b.header("x-request-id", rid(ctx.rng))
    b.decoy("OTA manifest with package hashes")
    b.ok_json({"version": "P2.3.2", "sha256": new_hex(ctx.rng, 64), "sizeMb": 812})
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-flags", "GET", "https://flags.nordvagn-auto.com/v2/flags/hu")
    b.decoy("feature flags with a trace id")
    b.ok_json({"traceId": new_hex(ctx.rng, 32), "flags": {"newNav": True, "dmsV3": False}})
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "android", "GET", "https://time.android.com/")
    b.respond(200, "text/html", b"")
    return b.build()


BENIGN = [generate_204, weather, tile, tile, traffic, sentry, ota_check, flags, time_sync]
