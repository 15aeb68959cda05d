"""Other apps on the phone and background traffic: nothing in the three categories,
but full of look-alikes (ids, hashes, coordinate lists, sensor vectors, angles)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, gz, jsb, mpack

from .phone import FB, ua_okhttp
from .shapes import gps_track, imu_batch, price_series, unit_vector


def _fb(
    ctx: Context, sdk: str, method: str, url: str, params: list[tuple[str, str]] | None = None
) -> FB:
    fb = FB(ctx, sdk, method, url, params)
    fb.header("user-agent", ua_okhttp())
    fb.header("traceparent", f"00-{new_hex(ctx.rng, 32)}-{new_hex(ctx.rng, 16)}-01")
    fb.decoy("W3C traceparent")
    return fb


def run_upload(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.run", "POST", "https://api.stridelog.example/v2/activities")
    track = gps_track(ctx.rng, ctx.rng.choice([120, 300, 468]))
    doc = {
        "type": "Feature",
        "geometry": {"type": "LineString", "coordinates": track},
        "properties": {
            "activityId": new_uuid(ctx.rng),
            "sport": "run",
            "hr": [ctx.rng.randint(120, 175) for _ in range(len(track))],
        },
    }
    fb.set_body(gz(jsb(doc)), "application/geo+json", "gzip")
    fb.decoy(f"GPS track of {len(track)} [lon,lat,alt] triples, heart-rate series")
    fb.respond(201, "application/json", jsb({"id": new_digits(ctx.rng, 10)}))
    return fb.build()


def imu_sync(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.imu", "POST", "https://sync.fitband.example/v1/sensors")
    body = {
        "firmware": "2.4.1",
        "sampleRateHz": 50,
        "accel": imu_batch(ctx.rng, 468),
        "gyro": imu_batch(ctx.rng, 128),
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("wristband accelerometer batch: 468 xyz triples")
    fb.respond(204, None)
    return fb.build()


def stock_quotes(ctx: Context) -> Flow:
    sym = ctx.rng.choice(["ACME", "GLOBX", "INIT", "UMBR"])
    fb = _fb(
        ctx,
        "benign.stocks",
        "GET",
        f"https://quotes.tickertape.example/v1/chart/{sym}",
        [("range", "1d"), ("interval", "5m")],
    )
    fb.respond(
        200,
        "application/json",
        jsb({"symbol": sym, "close": price_series(ctx.rng, ctx.rng.choice([78, 192, 512]), 120.0)}),
    )
    fb.decoy("price series")
    return fb.build()


def game_state(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.game", "POST", "https://eu1.skyrace-game.example/match/state")
    players = [
        {
            "id": new_uuid(ctx.rng),
            "pos": [round(ctx.rng.uniform(-500, 500), 2) for _ in range(3)],
            "camera": {
                "yaw": round(ctx.rng.uniform(-180, 180), 2),
                "pitch": round(ctx.rng.uniform(-89, 89), 2),
                "roll": round(ctx.rng.uniform(-10, 10), 2),
            },
        }
        for _ in range(8)
    ]
    fb.set_body(
        mpack({"tick": ctx.rng.randint(1, 10**6), "players": players}), "application/x-msgpack"
    )
    fb.decoy("game camera yaw/pitch/roll, player uuids, positions")
    fb.respond(200, "application/x-msgpack", mpack({"ack": True}))
    return fb.build()


def weather(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.weather",
        "GET",
        "https://api.open-meteo.example/v1/forecast",
        [("latitude", "52.52"), ("longitude", "13.41"), ("hourly", "temperature_2m")],
    )
    fb.respond(
        200,
        "application/json",
        jsb({"hourly": {"temperature_2m": [round(ctx.rng.uniform(8, 22), 1) for _ in range(168)]}}),
    )
    fb.decoy("168 hourly temperatures")
    return fb.build()


def map_tiles(ctx: Context) -> Flow:
    z, x, y = 15, ctx.rng.randint(17500, 17700), ctx.rng.randint(10700, 10800)
    fb = _fb(ctx, "benign.tile", "GET", f"https://tiles.mapcloud.example/v4/{z}/{x}/{y}.pbf")
    fb.respond(200, "application/x-protobuf", ctx.rng.randbytes(600))
    return fb.build()


def delivery_route(ctx: Context) -> Flow:
    order = f"ORD-{new_digits(ctx.rng, 9)}"
    fb = _fb(
        ctx, "benign.delivery", "GET", f"https://api.quickbite.example/v3/orders/{order}/courier"
    )
    route = [
        [
            round(52.5 + ctx.rng.uniform(-0.01, 0.01), 6),
            round(13.4 + ctx.rng.uniform(-0.01, 0.01), 6),
        ]
        for _ in range(106)
    ]
    fb.respond(
        200,
        "application/json",
        jsb({"order": order, "eta": 540, "courier": {"name": "Sam"}, "route": route}),
    )
    fb.decoy("order number, 106 [lat,lon] pairs")
    return fb.build()


def payment(ctx: Context) -> Flow:
    fb = _fb(ctx, "benign.payment", "POST", "https://api.payments.example/v1/payment_intents")
    fb.header("idempotency-key", new_uuid(ctx.rng))
    card = luhn_complete("4000" + new_digits(ctx.rng, 11))
    form = f"amount=1299&currency=eur&gift_card={card}&metadata[order_id]={new_uuid(ctx.rng)}"
    fb.set_body(form.encode(), "application/x-www-form-urlencoded")
    fb.decoy("Luhn-valid 16-digit gift-card number, idempotency uuid, order uuid")
    fb.respond(
        200, "application/json", jsb({"id": "pi_" + new_hex(ctx.rng, 24), "status": "succeeded"})
    )
    return fb.build()


def push_register(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.fcm",
        "POST",
        "https://fcmregistrations.googleapis.com/v1/projects/lumora-prod/registrations",
    )
    fb.header("x-goog-api-key", "AIza" + b64(ctx.rng.randbytes(26))[:35])
    token = (
        new_hex(ctx.rng, 22)
        + ":APA91b"
        + b64(ctx.rng.randbytes(100)).replace("+", "-").replace("/", "_")
    )
    fb.set_body(
        jsb({"web": {"applicationPubKey": b64(ctx.rng.randbytes(65))}, "token": token}),
        "application/json",
    )
    fb.decoy("FCM push token and API key")
    fb.respond(
        200,
        "application/json",
        jsb({"name": f"projects/lumora-prod/registrations/{new_hex(ctx.rng, 16)}"}),
    )
    return fb.build()


def connectivity(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "benign.generate204",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14)")
    fb.respond(204, None)
    return fb.build()


def news_article(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.news",
        "GET",
        "https://api.dailywire-news.example/v2/articles/eu-ai-act-face-recognition",
    )
    text = (
        "Lawmakers agreed to ban real-time face recognition in public spaces. "
        "Systems that map 68 facial landmarks or compute a faceprint would need a licence; "
        "voiceprints were left out."
    )
    fb.respond(
        200,
        "application/json",
        jsb(
            {
                "headline": "EU bans live face recognition",
                "body": text,
                "image": f"https://img.dailywire-news.example/{new_hex(ctx.rng, 32)}.jpg",
            }
        ),
    )
    fb.decoy("article about face recognition and voiceprints")
    return fb.build()


def news_image(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "benign.news_img",
        "GET",
        f"https://img.dailywire-news.example/{new_hex(ctx.rng, 32)}.jpg",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", ua_okhttp())
    fb.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 800))
    fb.decoy("press photo of a face")
    return fb.build()


def chat_message(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.chat",
        "POST",
        f"https://chat.messenger-example.net/v1/conversations/{new_uuid(ctx.rng)}/messages",
    )
    text = ctx.rng.choice(
        [
            "did you watch the new episode?",
            "send me your selfie lol",
            "my face id stopped working",
            "order #88213 arrived",
        ]
    )
    fb.set_body(
        jsb({"clientMessageId": new_uuid(ctx.rng), "text": text, "sentAt": int(ctx.now * 1000)}),
        "application/json",
    )
    fb.decoy("chat text mentioning episodes/selfies/face id, message uuids")
    fb.respond(
        201, "application/json", jsb({"id": new_uuid(ctx.rng), "seq": ctx.rng.randint(1, 10**6)})
    )
    return fb.build()


def image_search(ctx: Context) -> Flow:
    """Visual search in a shopping app: unit-norm product image embeddings come back."""
    fb = _fb(
        ctx,
        "benign.visual_search",
        "GET",
        "https://search.shopmart.example/v1/similar",
        [("item", new_digits(ctx.rng, 8))],
    )
    res = [
        {
            "sku": new_digits(ctx.rng, 8),
            "vec": unit_vector(ctx.rng, ctx.rng.choice([128, 256, 512]), 5),
            "price": 19.99,
        }
        for _ in range(2)
    ]
    fb.respond(200, "application/json", jsb({"results": res}))
    fb.decoy("product image embeddings (unit norm)")
    return fb.build()


def app_update(ctx: Context) -> Flow:
    fb = _fb(
        ctx,
        "benign.update",
        "GET",
        "https://updates.appcenter-example.com/v1/releases/latest",
        [("app", "com.glowcam.selfie")],
    )
    fb.respond(
        200,
        "application/json",
        jsb(
            {
                "version": "5.3.1",
                "sha256": new_hex(ctx.rng, 64),
                "commit": new_hex(ctx.rng, 40),
                "size": 48211233,
            }
        ),
    )
    fb.decoy("APK sha256, commit sha1")
    return fb.build()


def time_sync(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "benign.time",
        "GET",
        "https://time.cloudflare-example.com/now",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", ua_okhttp())
    fb.header("x-request-id", new_uuid(ctx.rng))
    fb.respond(
        200, "application/json", jsb({"unixtime": int(ctx.now), "request_id": new_uuid(ctx.rng)})
    )
    fb.decoy("request ids")
    return fb.build()


BENIGN: list[Callable[[Context], Flow]] = [
    run_upload,
    imu_sync,
    stock_quotes,
    game_state,
    weather,
    map_tiles,
    map_tiles,
    delivery_route,
    payment,
    push_register,
    connectivity,
    news_article,
    news_image,
    chat_message,
    image_search,
    app_update,
    time_sync,
]
