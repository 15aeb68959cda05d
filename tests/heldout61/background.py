"""Ordinary background traffic of the set-61 phone and TV box: connectivity
checks, time, weather, map tiles, crash reports, remote config, news and a
recommender's item vectors. Nothing here is sensitive; much of it looks it
(request ids, hashes, float vectors, coordinate lists, an article about faces).
Sentry's envelope format: develop.sentry.dev/sdk/envelopes (header line, item
header line, payload).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, box_ua, floats, iso, ms, rf, rid

BENIGN_HOSTS = ["connectivitycheck.platform.hicloud.com", "connectivitycheck.gstatic.com"]


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "os",
        "GET",
        f"http://{ctx.rng.choice(BENIGN_HOSTS)}/generate_204",
        http_version="HTTP/1.1",
    )
    b.respond(204, None)
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "os", "GET", "https://time.hihonorcloud-example.com/v1/now")
    b.ok_json({"epochMs": ms(ctx), "tz": "Asia/Qatar"})
    return b.build()


def weather(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 24.2, 41.1, 3), rf(ctx.rng, 28.9, 55.5, 3)
    b = FB(
        ctx,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")],
    )
    b.ok_json({"hourly": {"temperature_2m": [rf(ctx.rng, 18, 44, 1) for _ in range(24)]}})
    b.decoy("weather series for coordinates")
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 14, ctx.rng.randint(10000, 11000), ctx.rng.randint(6000, 7000)
    b = FB(ctx, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(120))
    )
    return b.build()


def sentry(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o44812.ingest.sentry.io/api/5521/envelope/")
    ev = {
        "event_id": new_hex(ctx.rng, 32),
        "level": "error",
        "platform": "java",
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "FaceDetector not ready"}]
        },
        "contexts": {
            "device": {"model": "BVL-N49", "brand": "HONOR"},
            "trace": {"trace_id": new_hex(ctx.rng, 32)},
        },
    }
    head = js({"event_id": ev["event_id"], "sent_at": iso(ctx)})
    body = "\n".join([head, js({"type": "event"}), js(ev)]) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("crash report mentioning a face detector, trace ids")
    b.ok_json({"id": ev["event_id"]})
    return b.build()


def remote_config(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/48112/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appId": "1:48112:android:9c1e",
            "appVersion": "3.8.0",
            "languageCode": "ar-AE",
            "countryCode": "AE",
            "sdkVersion": "21.6.0",
            "timeZone": "Asia/Dubai",
        }
    )
    b.ok_json(
        {"entries": {"face_login_enabled": "true", "ramadan_theme": "false"}, "state": "UPDATE"}
    )
    b.decoy("feature flags naming face login")
    return b.build()


def news_article(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "news",
        "GET",
        "https://news.gulf-example.com/api/article/" + str(ctx.rng.randint(10**5, 10**6)),
    )
    b.ok_json(
        {
            "title": "UAE rolls out facial recognition at airports",
            "body": "Passengers at DXB can now use face "
            "biometrics and smart gates; voice biometrics next...",
            "views": ctx.rng.randint(100, 90000),
        }
    )
    b.decoy("news article about face and voice biometrics")
    return b.build()


def rec_vectors(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "recs",
        "GET",
        "https://recs.shopdoha-example.qa/v1/items/similar",
        [("sku", str(ctx.rng.randint(10**6, 10**7)))],
    )
    b.ok_json(
        {
            "items": [
                {
                    "sku": ctx.rng.randint(10**6, 10**7),
                    "vec": floats(ctx.rng, 32),
                    "price": rf(ctx.rng, 10, 900, 2),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("product embedding vectors (no face context)")
    return b.build()


def cdn_image(ctx: Context) -> Flow:
    b = FB(ctx, "cdn", "GET", f"https://static.cdn-example.net/img/{new_hex(ctx.rng, 40)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 400))
    b.decoy("content-hash image url")
    return b.build()


def box_ntp_config(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "os",
        "GET",
        "https://android.clients.google.com/checkin/config",
        [("req", rid(ctx.rng))],
    )
    b.header("user-agent", box_ua("AndroidTV", "12"))
    b.ok_json({"ntp": "time.android.com", "interval": 86400})
    return b.build()


def game_camera(ctx: Context) -> Flow:
    b = FB(ctx, "game", "POST", "https://telemetry.desertdrift-example.com/v1/replay")
    b.json(
        {
            "cam": [
                {"yaw": rf(ctx.rng, -180, 180, 2), "pitch": rf(ctx.rng, -30, 30, 2), "roll": 0.0}
                for _ in range(10)
            ],
            "lap_ms": ctx.rng.randint(60000, 90000),
        }
    )
    b.decoy("racing game camera yaw/pitch")
    b.no_content()
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    weather,
    map_tile,
    sentry,
    remote_config,
    news_article,
    rec_vectors,
    cdn_image,
    box_ntp_config,
    game_camera,
    generate_204,
    map_tile,
]
