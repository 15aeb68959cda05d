"""Ordinary background traffic of the Pixel: connectivity checks, map tiles,
crash reports, remote config, CDN images, a news article, recommendations.

Real formats: Android's captive-portal check (GET connectivitycheck.gstatic.com/
generate_204); OpenStreetMap raster tiles (tile.openstreetmap.org/{z}/{x}/{y}.png);
Sentry's envelope endpoint (POST o{org}.ingest.sentry.io/api/{project}/envelope/,
newline-separated items: envelope header with event_id and sent_at, item header,
event JSON with contexts.trace.trace_id), per Sentry's developer docs; Firebase
Remote Config fetch (POST firebaseremoteconfig.googleapis.com/v1/projects/{p}/
namespaces/firebase:fetch with appInstanceId, appInstanceIdToken, appId,
countryCode, languageCode, platformVersion, sdkVersion), per firebase-android-sdk
ConfigFetchHttpClient.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import jsb

from .phone import FB, floats, iso, rf, rid

UA = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)"


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.respond(204, None)
    b.decoy("captive-portal check")
    return b.build()


def osm_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.header("user-agent", "osmdroid/6.1.18")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(200))
    b.decoy("map tile fetch")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{new_digits(c.rng, 6)}.ingest.sentry.io/api/{new_digits(c.rng, 7)}/envelope/",
    )
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "timestamp": iso(c),
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {
                "model": "Pixel 7a",
                "manufacturer": "Google",
                "battery_level": c.rng.randint(5, 100),
            },
        },
    }
    item = jsb(event)
    lines = [
        jsb({"event_id": eid, "sent_at": iso(c)}),
        jsb({"type": "event", "length": len(item)}),
        item,
    ]
    b.set_body(b"\n".join(lines), "application/x-sentry-envelope")
    b.header("x-sentry-auth", "Sentry sentry_version=7, sentry_key=" + new_hex(c.rng, 32))
    b.ok_json({"id": eid})
    b.decoy("crash report with event, trace and span ids (no device id)")
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/4417/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.other_id("food_fid", "body appInstanceId")
    b.json(
        {
            "appInstanceId": c.phone.food_fid,
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": "1:4417:android:" + new_hex(c.rng, 16),
            "countryCode": "FI",
            "languageCode": "fi-FI",
            "platformVersion": "34",
            "sdkVersion": "21.6.0",
            "packageName": "fi.nalka.consumer",
        }
    )
    b.ok_json(
        {
            "entries": {"courier_map_v2": "true", "tip_options": "[0,1,2,3]"},
            "state": "UPDATE",
            "templateVersion": str(c.rng.randint(50, 400)),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    host = c.rng.choice(["img.kanava-tv.fi", "media.kirppis-market.se", "cdn.nalka-delivery.fi"])
    b = FB(c, "cdn", "GET", f"https://{host}/{new_hex(c.rng, 2)}/{new_hex(c.rng, 24)}_w480.jpg")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(300))
    b.decoy("thumbnail / product image fetch")
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(c, "news", "GET", f"https://api.uutiset-example.fi/v1/artikkelit/{new_digits(c.rng, 9)}")
    b.ok_json(
        {
            "otsikko": c.rng.choice(
                [
                    "Kasvojentunnistus yleistyy lentoasemilla",
                    "Ansiktsigenkänning i butiker väcker kritik",
                    "Deepfake-stemmer lurer banker",
                ]
            ),
            "ingressi": "Face recognition and voiceprints: what the new rules mean.",
            "kirjoittaja": "Toimitus",
            "julkaistu": iso(c),
            "lukuaikaMin": c.rng.randint(2, 9),
        }
    )
    b.decoy("news article about face recognition and voiceprints (text, nobody's face)")
    return b.build()


def recs(c: Context) -> Flow:
    b = FB(c, "kirppis", "POST", "https://reco.kirppis-market.se/v1/similar")
    b.json({"itemVector": floats(c.rng, 64), "k": 20, "category": "sport", "requestId": rid(c.rng)})
    b.ok_json({"items": [new_digits(c.rng, 9) for _ in range(20)]})
    b.decoy("item embedding (64 floats) for similar listings: no face context")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/", http_version="HTTP/1.1")
    b.respond(200, "text/plain", b"")
    b.decoy("time check")
    return b.build()


def play_update(c: Context) -> Flow:
    b = FB(c, "google", "POST", "https://play-fe.googleapis.com/fdfe/bulkDetails")
    b.header("x-dfe-request-params", "timeoutMs=4000")
    b.header("x-dfe-cookie", new_hex(c.rng, 40))
    b.set_body(c.rng.randbytes(120), "application/x-protobuf")
    b.respond(200, "application/x-protobuf", c.rng.randbytes(200))
    b.decoy("Play Store app-details lookup (binary, no id of the phone)")
    return b.build()


def trace_ping(c: Context) -> Flow:
    b = FB(c, "otel", "POST", "https://otel.nalka-delivery.fi/v1/traces")
    spans = [
        {
            "traceId": new_hex(c.rng, 32),
            "spanId": new_hex(c.rng, 16),
            "name": "GET /v4/ravintolat",
            "durationMs": c.rng.randint(20, 900),
        }
        for _ in range(4)
    ]
    b.json(
        {
            "resourceSpans": [
                {
                    "resource": {"service.name": "nalka-android", "session.id": new_uuid(c.rng)},
                    "spans": spans,
                }
            ]
        }
    )
    b.ok_json({"partialSuccess": {}})
    b.decoy("OpenTelemetry spans with trace/span/session ids")
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "metno",
        "GET",
        "https://api.met.no/weatherapi/locationforecast/2.0/compact",
        [("lat", str(rf(c.rng, 59.3, 63.5))), ("lon", str(rf(c.rng, 10.5, 25.5)))],
    )
    b.ok_json(
        {
            "properties": {
                "timeseries": [
                    {"time": iso(c), "air_temperature": rf(c.rng, -15, 5, 1)} for _ in range(12)
                ]
            }
        }
    )
    b.decoy("weather forecast temperature series")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, osm_tile, sentry, cdn_image, cdn_image, news_article, recs, time_sync,
    play_update, trace_ping, weather, osm_tile,
]  # fmt: skip
