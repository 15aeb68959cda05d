"""Ordinary traffic beside the app's, full of things that look sensitive and are not.

Request ids, trace ids and order numbers (UUIDs), hashes of files and commits,
route coordinate lists (some exactly 68 or 106 points long), price series,
product embeddings of face-embedding size and unit norm, a game camera's
yaw/pitch/roll, a self-declared gender on a sign-up form, an article about
facial recognition, a profile photo put into storage, connectivity checks.
None of these flows carries a device identifier, viewing history or biometric
data; every finding on them is a false positive.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable

from .biometric import embedding
from .flowmodel import Context, Flow, FlowBuilder
from .identity import new_digits, new_hex, new_uuid
from .wire import fake_jpeg, jsb

OKHTTP = "okhttp/4.12.0"


def _fb(
    ctx: Context, sdk: str, method: str, url: str, http_version: str = "HTTP/2.0"
) -> FlowBuilder:
    fb = FlowBuilder(ctx, sdk, method, url, http_version=http_version)
    fb.header("user-agent", OKHTTP)
    fb.header("accept-encoding", "gzip")
    if ctx.rng.random() < 0.5:
        fb.header("x-request-id", new_uuid(ctx.rng))
        fb.decoy("x-request-id uuid")
    return fb


def weather(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.weather", "GET", "https://api.openweathermap.org/data/2.5/weather")
    fb.params.extend(
        [
            ("lat", "40.7128"),
            ("lon", "-74.0060"),
            ("appid", new_hex(ctx.rng, 32)),
            ("units", "metric"),
        ]
    )
    fb.decoy("api key 32 hex (md5-looking)")
    fb.respond(
        200,
        "application/json",
        jsb(
            {
                "weather": [{"main": "Clouds"}],
                "main": {"temp": round(ctx.rng.uniform(5, 25), 2)},
                "id": 5128581,
            }
        ),
        "gzip",
    )
    return fb.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 15, 9650 + ctx.rng.randint(-5, 5), 12318 + ctx.rng.randint(-5, 5)
    fb = _fb(ctx, "benign.tiles", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    fb.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + ctx.rng.randbytes(500))
    return fb.build()


def route(ctx: Context) -> Flow:
    """A walking route: a coordinate list the size of a landmark set."""
    n = ctx.rng.choice([68, 106, 57, 240])
    lat, lon = 40.71, -74.0
    coords = []
    for i in range(n):
        lat += ctx.rng.uniform(-0.0004, 0.0006)
        lon += ctx.rng.uniform(-0.0004, 0.0006) + 0.00001 * math.sin(i)
        coords.append([round(lon, 6), round(lat, 6)])
    fb = _fb(
        ctx,
        "benign.route",
        "POST",
        "https://api.openrouteservice.org/v2/directions/foot-walking/geojson",
    )
    fb.set_body(
        jsb({"coordinates": [coords[0], coords[-1]], "instructions": False}), "application/json"
    )
    body = {
        "type": "FeatureCollection",
        "features": [
            {
                "geometry": {"type": "LineString", "coordinates": coords},
                "properties": {"summary": {"distance": 2140.3}},
            }
        ],
    }
    fb.decoy(f"coordinate list of {n} points in the response")
    fb.respond(200, "application/geo+json", jsb(body), "gzip")
    return fb.build()


def track_upload(ctx: Context) -> Flow:
    """A fitness app uploads a track: x/y point pairs in the request."""
    n = ctx.rng.choice([68, 106])
    pts = [
        {"x": round(ctx.rng.uniform(0, 1000), 2), "y": round(ctx.rng.uniform(0, 1000), 2)}
        for _ in range(n)
    ]
    fb = _fb(ctx, "benign.track", "POST", "https://api.example-fitness.com/v1/activities")
    fb.set_body(
        jsb({"activity_id": new_uuid(ctx.rng), "type": "walk", "points": pts}), "application/json"
    )
    fb.decoy(f"{n} x/y points of a walking track, activity uuid")
    fb.respond(201, "application/json", jsb({"ok": True}))
    return fb.build()


def order(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.shop", "POST", "https://shop.example-store.com/api/v1/orders")
    oid = new_uuid(ctx.rng)
    fb.header("idempotency-key", new_uuid(ctx.rng))
    items = [
        {
            "sku": "SKU-" + new_digits(ctx.rng, 6),
            "qty": 1,
            "price": round(ctx.rng.uniform(3, 90), 2),
        }
        for _ in range(ctx.rng.randint(1, 4))
    ]
    fb.set_body(
        jsb({"order_id": oid, "items": items, "currency": "USD", "coupon": None}),
        "application/json",
    )
    fb.decoy("order_id / idempotency-key uuids")
    fb.respond(
        201,
        "application/json",
        jsb({"order_id": oid, "status": "created", "number": "A-" + new_digits(ctx.rng, 8)}),
    )
    return fb.build()


def prices(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.finance", "GET", "https://query1.finance.yahoo.com/v8/finance/chart/AAPL")
    fb.params.extend([("range", "1d"), ("interval", "5m")])
    p = 189.0
    closes = []
    for _ in range(78):
        p += ctx.rng.gauss(0, 0.3)
        closes.append(round(p, 4))
    body = {
        "chart": {
            "result": [{"meta": {"symbol": "AAPL"}, "indicators": {"quote": [{"close": closes}]}}]
        }
    }
    fb.decoy("price series")
    fb.respond(200, "application/json", jsb(body), "gzip")
    return fb.build()


def price_alert(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.finance", "POST", "https://alerts.example-broker.com/v1/alerts")
    series = [round(100 + ctx.rng.gauss(0, 1), 3) for _ in range(128)]
    fb.set_body(jsb({"symbol": "MSFT", "history": series, "threshold": 101.5}), "application/json")
    fb.decoy("128-value price history")
    fb.respond(200, "application/json", jsb({"id": new_uuid(ctx.rng)}))
    return fb.build()


def chat(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.chat", "POST", "https://chat.example-messenger.com/v2/messages")
    body = {
        "conversation_id": new_uuid(ctx.rng),
        "client_msg_id": new_uuid(ctx.rng),
        "text": ctx.rng.choice(["see you at 7?", "lol", "sent the photos"]),
        "sent_at": int(ctx.now * 1000),
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("conversation / message uuids")
    fb.respond(200, "application/json", jsb({"msg_id": new_digits(ctx.rng, 19, "73")}))
    return fb.build()


def font(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.cdn",
        "GET",
        "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2",
    )
    fb.respond(200, "font/woff2", b"wOF2" + ctx.rng.randbytes(400))
    return fb.build()


def sentry(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.sentry", "POST", "https://o447951.ingest.sentry.io/api/4504/envelope/")
    eid = new_hex(ctx.rng, 32)
    trace = new_hex(ctx.rng, 32)
    lines = [
        jsb(
            {
                "event_id": eid,
                "sent_at": "2024-05-14T09:31:06.002Z",
                "dsn": f"https://{new_hex(ctx.rng, 32)}@o447951.ingest.sentry.io/4504",
            }
        ),
        jsb({"type": "event", "length": 0}),
        jsb(
            {
                "event_id": eid,
                "platform": "java",
                "level": "error",
                "contexts": {
                    "device": {"model": "phone", "arch": "arm64-v8a", "memory_size": 7812345856},
                    "trace": {"trace_id": trace, "span_id": new_hex(ctx.rng, 16)},
                },
                "exception": {
                    "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
                },
                "release": "app@34.2.3+2023402030",
            }
        ),
    ]
    fb.header("sentry-trace", f"{trace}-{new_hex(ctx.rng, 16)}-1")
    fb.set_body(b"\n".join(lines), "application/x-sentry-envelope", "gzip")
    fb.decoy("event_id / trace_id hex, dsn key")
    fb.respond(200, "application/json", jsb({"id": eid}))
    return fb.build()


def config_fetch(ctx: Context) -> Flow:
    commit = hashlib.sha1(ctx.rng.randbytes(20)).hexdigest()
    fb = _fb(
        ctx,
        "benign.config",
        "GET",
        f"https://raw.githubusercontent.com/example-org/app-config/{commit}/remote.json",
    )
    fb.decoy("git commit sha1 in path, etag md5")
    etag = hashlib.md5(ctx.rng.randbytes(8)).hexdigest()
    fb.respond(
        200,
        "application/json",
        jsb({"flags": {"new_ui": True}, "rev": commit}),
        headers=[("etag", f'"{etag}"')],
    )
    return fb.build()


def blob_upload(ctx: Context) -> Flow:
    data = ctx.rng.randbytes(800)
    digest = hashlib.sha256(data).hexdigest()
    fb = _fb(ctx, "benign.storage", "PUT", f"https://uploads.example-cloud.com/v1/blobs/{digest}")
    fb.header("x-content-sha256", digest)
    fb.set_body(data, "application/octet-stream")
    fb.decoy("sha256 of the uploaded file in path and header")
    fb.respond(
        201, "application/json", jsb({"sha256": digest, "md5": hashlib.md5(data).hexdigest()})
    )
    return fb.build()


def profile_photo(ctx: Context) -> Flow:
    """A profile picture put into object storage: an image, but not sent to a face API."""
    key = new_hex(ctx.rng, 32)
    fb = _fb(
        ctx,
        "benign.photo",
        "PUT",
        f"https://sf16-tk-sg.ibytedtos.com/obj/tos-useast5-avt-0068-tx/{key}",
    )
    fb.set_body(fake_jpeg(ctx.rng.randint(0, 10**9)), "image/jpeg")
    fb.decoy("profile photo to storage (no face analysis)")
    fb.respond(200, "application/json", jsb({"key": key}))
    return fb.build()


def product_embedding(ctx: Context) -> Flow:
    """Visual search for a product: an image embedding of face-template size, no face context."""
    dim = ctx.rng.choice([128, 512, 64])
    fb = _fb(ctx, "benign.reco", "POST", "https://reco.example-shop.com/v1/similar")
    body = {
        "item_id": "SKU-" + new_digits(ctx.rng, 6),
        "category": ctx.rng.choice(["shoes", "lamps", "bags"]),
        "image_embedding": embedding(ctx, dim),
        "top_k": 20,
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy(f"{dim}-d unit-norm product image embedding")
    fb.respond(200, "application/json", jsb({"items": []}))
    return fb.build()


def game_telemetry(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.game", "POST", "https://telemetry.example-games.com/v1/events")
    frames = [
        {
            "t": i * 16,
            "camera": {
                "yaw": round(ctx.rng.uniform(-180, 180), 2),
                "pitch": round(ctx.rng.uniform(-89, 89), 2),
                "roll": 0.0,
            },
            "pos": [round(ctx.rng.uniform(-50, 50), 2) for _ in range(3)],
        }
        for i in range(20)
    ]
    fb.set_body(
        jsb({"session": new_uuid(ctx.rng), "level": "canyon_2", "frames": frames, "fps": 60}),
        "application/json",
        "gzip",
    )
    fb.decoy("camera yaw/pitch/roll in a game")
    fb.respond(204, None)
    return fb.build()


def signup(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.signup", "POST", "https://accounts.example-books.com/signup", "HTTP/1.1")
    form = "display_name=reader42&gender=female&birth_year=1994&newsletter=1&country=US"
    fb.set_body(form.encode(), "application/x-www-form-urlencoded")
    fb.decoy("self-declared gender on a sign-up form")
    fb.respond(302, None, headers=[("location", "/welcome")])
    return fb.build()


def article(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.news",
        "GET",
        "https://news.example-daily.com/api/articles/face-recognition-laws",
    )
    text = (
        "Regulators want limits on facial recognition. Systems map 68 or 106 face landmarks, "
        "turn a face into an embedding of 128 floats and compare templates; critics say a "
        "faceprint is biometric data under BIPA and the GDPR."
    )
    body = {
        "id": new_uuid(ctx.rng),
        "title": "Who may scan your face?",
        "body": text,
        "tags": ["face", "biometrics", "privacy"],
    }
    fb.decoy("an article about faces")
    fb.respond(200, "application/json", jsb(body), "gzip")
    return fb.build()


def connectivity(ctx: Context) -> Flow:
    fb = FlowBuilder(
        ctx,
        "benign.connectivity",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14)")
    fb.respond(204, None)
    return fb.build()


def time_api(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.time", "GET", "https://worldtimeapi.org/api/timezone/America/New_York")
    fb.respond(200, "application/json", jsb({"unixtime": int(ctx.now), "utc_offset": "-04:00"}))
    return fb.build()


BENIGN: list[Callable[[Context], Flow]] = [
    weather, map_tile, map_tile, route, track_upload, order, prices, price_alert, chat, chat,
    font, sentry, config_fetch, blob_upload, profile_photo, product_embedding, game_telemetry,
    signup, article, connectivity, time_api,
]  # fmt: skip


def parcel(ctx: Context) -> Flow:
    """A parcel tracking number that happens to pass the Luhn check, like an IMEI."""
    from .identity import luhn_complete

    number = luhn_complete(new_digits(ctx.rng, 14, "35"))
    fb = _fb(ctx, "benign.parcel", "GET", f"https://api.example-parcels.com/v1/track/{number}")
    fb.params.append(("lang", "en"))
    fb.decoy("15-digit Luhn-valid tracking number")
    fb.respond(200, "application/json", jsb({"tracking_number": number, "status": "in_transit"}))
    return fb.build()


def pin_report(ctx: Context) -> Flow:
    """A certificate-pinning failure report: a certificate's serial number, not the phone's."""
    fb = _fb(ctx, "benign.pin_report", "POST", "https://reports.example-security.com/pkp")
    serial = ":".join(new_hex(ctx.rng, 2) for _ in range(16))
    body = {
        "date-time": "2024-05-14T09:31:05Z",
        "hostname": "api.example-store.com",
        "port": 443,
        "served-certificate-chain": [
            {
                "subject": "CN=api.example-store.com",
                "serial-number": serial,
                "sha256": new_hex(ctx.rng, 64),
            }
        ],
        "known-pins": ['pin-sha256="' + new_hex(ctx.rng, 43) + '="'],
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("certificate serial number and fingerprints")
    fb.respond(204, None)
    return fb.build()


BENIGN.extend([parcel, pin_report])
