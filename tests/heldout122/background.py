"""Ordinary traffic between the apps: weather over Ibadan / Enugu / Abuja, map
tiles, CDN images, crash envelopes with trace ids, chat in Pidgin, a prepaid
electricity token bought for the landlord's meter (the landlord's equipment, not
the tester's), a Paystack checkout, a news article about face recognition at
airports. None of it carries biometric data, viewing history or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(7.3775, 3.947), (6.4584, 7.5464), (9.0765, 7.3986)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 22, 35, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.naijacdn.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o50321.ingest.sentry.io/api/6120044/envelope/")
    b.decoy("crash envelope with trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.gistroom.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["I dey come", "Ẹ kú àárọ̀ mama", "Nne kedu?", "Sannu da zuwa", "abeg send am"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def meter_token(c: Context) -> Flow:
    b = _b(c, "power", "POST", "https://vend.ibedcpay.example/v1/prepaid/token")
    b.decoy("prepaid meter number: the landlord's / DisCo's meter, not the tester's device")
    b.json(
        {
            "meterNumber": "4501" + str(c.rng.randint(10**7, 10**8 - 1)),
            "amountNGN": 5000,
            "ref": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "token": "-".join(str(c.rng.randint(1000, 9999)) for _ in range(5)),
            "units": rf(c.rng, 20, 80, 1),
        }
    )
    return b.build()


def paystack_checkout(c: Context) -> Flow:
    b = _b(c, "paystack", "POST", "https://api.paystack.co/transaction/initialize")
    b.decoy("payment reference and access code")
    b.json({"amount": c.rng.randint(1000, 90000) * 100, "currency": "NGN", "reference": rid(c.rng)})
    b.ok_json(
        {"status": True, "data": {"access_code": new_hex(c.rng, 15), "reference": rid(c.rng)}}
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://news.naijadaily.example/api/articles/face-recognition-at-lagos-airport",
    )
    b.decoy("an article about facial recognition (text, no face data)")
    b.ok_json(
        {
            "title": "FAAN rolls out facial recognition e-gates at Lagos airport",
            "body": "Passengers' faces will be matched...",
            "published": iso(c),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.transsion-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "14.0.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.naija-ntp.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Africa/Lagos"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    meter_token,
    paystack_checkout,
    news_article,
    update_check,
    time_sync,
    cdn_image,
    chat,
]
