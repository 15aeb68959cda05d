"""Ordinary background traffic of the phone: nothing sensitive, many look-alikes.

Connectivity checks (Android's generate_204), OxygenOS update checks, MET Norway
weather (api.met.no locationforecast 2.0 takes lat/lon in the query, as its
documentation says), map tiles, Sentry envelopes (event_id / trace_id), feature
flags, a currency price series and NTP-over-HTTPS time. Request ids, trace ids,
hashes of assets and coordinate lists: none identifies the phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, dalvik, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(c, "oxygenos", "POST", "https://component-ota-eu.allawnos.com/update/v6")
    b.header("user-agent", ua("OTA", "14.1.0"))
    b.json(
        {
            "mode": 0,
            "otaVersion": "CPH2493_11.F.17_3170_202405212224",
            "romVersion": "CPH2493_14.0.0.700(EX01)",
            "language": c.rng.choice(["da-DK", "is-IS", "sk-SK"]),
            "components": [{"componentName": "my_manifest", "componentVersion": "5.4.2"}],
            "time": ms(c),
        }
    )
    b.ok_json({"responseCode": 2004, "body": None, "requestId": rid(c.rng)})
    b.decoy("request id")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(55.68, 12.57), (64.14, -21.94), (48.15, 17.11)])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.met.no/weatherapi/locationforecast/2.0/compact",
        [("lat", f"{lat:.2f}"), ("lon", f"{lon:.2f}")],
    )
    b.header("user-agent", "VeðurApp/3.2 github.com/example/vedur")
    temps = [rf(c.rng, -4, 12, 1) for _ in range(24)]
    b.ok_json({"type": "Feature", "geometry": {"coordinates": [lon, lat, 12]}, "temps": temps})
    b.decoy("coordinates and temperature series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8700, 9100), c.rng.randint(5000, 5400)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("ParcelMap", "1.4"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(c.rng, 120)))
    return b.build()


def route_polyline(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://router.project-osrm.org/route/v1/driving")
    pts = [[rf(c.rng, 12.4, 12.7, 5), rf(c.rng, 55.6, 55.8, 5)] for _ in range(12)]
    b.json({"coordinates": pts, "overview": "full", "steps": False})
    b.ok_json({"code": "Ok", "routes": [{"distance": rf(c.rng, 800, 9000, 1)}]})
    b.decoy("coordinate list")
    return b.build()


def sentry(c: Context) -> Flow:
    key = "6c1f0e2d9b8a4e7f8a1b2c3d4e5f6a7b"
    b = FB(c, "sentry", "POST", "https://o44721.ingest.sentry.io/api/5981234/envelope/")
    b.header("x-sentry-auth", f"Sentry sentry_version=7,sentry_key={key}")
    eid = new_hex(c.rng, 32)
    head = {"event_id": eid, "sent_at": iso(c), "trace": {"trace_id": new_hex(c.rng, 32)}}
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "contexts": {"os": {"name": "Android", "version": "14"}, "device": {"family": "CPH2493"}},
    }
    body = b"\n".join([jsb(head), jsb({"type": "event"}), jsb(event)])
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("event id and trace id")
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://cdn.growthbook.io/api/features/sdk-Xq8Lm2PzA1")
    b.header("user-agent", "okhttp/4.12.0")
    b.ok_json(
        {"features": {"new_player": {"defaultValue": c.rng.random() < 0.5}}, "dateUpdated": iso(c)}
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    pair = c.rng.choice(["EURDKK", "EURISK", "DKKISK"])
    b = FB(c, "bank", "GET", f"https://api.example-fx.eu/v2/series/{pair}", [("days", "30")])
    b.ok_json({"pair": pair, "values": [rf(c.rng, 7.4, 7.5, 5) for _ in range(30)]})
    b.decoy("price series")
    return b.build()


def cdn_image(c: Context) -> Flow:
    h = new_hex(c.rng, 40)
    b = FB(c, "cdn", "GET", f"https://images.example-cdn.net/w_480/{h}.jpg")
    b.header("user-agent", dalvik())
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400))
    b.decoy("content hash in path")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/", http_version="HTTP/1.1")
    b.respond(200, "text/plain", str(ms(c)).encode())
    return b.build()


BENIGN = [generate_204, ota_check, weather, map_tile, route_polyline, sentry, feature_flags]
BENIGN += [fx_series, cdn_image, time_sync, cdn_image, generate_204]
