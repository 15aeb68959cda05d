"""Ordinary traffic between the apps: connectivity checks, weather, map tiles and
routes, the dealership's mail and team chat, crash envelopes with trace ids,
fuel and charging prices, public-transport departures. None of it carries
biometric data, viewing history or a device identifier of the tester."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, track


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
           http_version="HTTP/1.1")  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "warnwetter", "GET",
           "https://s3.eu-central-1.amazonaws.com/app-prod-static.warnwetter.de/v16/"
           "current_measurement_10865.json")  # fmt: skip
    b.ok_json(
        {
            "time": ms(c),
            "temperature": [c.rng.randint(-30, 220) for _ in range(24)],
            "windspeed": [c.rng.randint(0, 300) for _ in range(24)],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(c, "here", "GET",
           f"https://maps.hereapi.com/v3/base/mc/{z}/{c.rng.randint(0, 2**z)}/"
           f"{c.rng.randint(0, 2**z)}/png8?style=explore.day")  # fmt: skip
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def route(c: Context) -> Flow:
    origin = f"{rf(c.rng, 48.1, 48.2, 5)},{rf(c.rng, 11.5, 11.7, 5)}"
    b = _b(
        c,
        "here",
        "GET",
        f"https://router.hereapi.com/v8/routes?transportMode=car&origin={origin}"
        "&destination=48.7758,9.1829&return=polyline,summary",
    )
    b.decoy("route with coordinates")
    b.ok_json(
        {"routes": [{"sections": [{"polyline": track(c.rng, 20), "summary": {"duration": 7400}}]}]}
    )
    return b.build()


def mail_sync(c: Context) -> Flow:
    b = _b(c, "mail", "POST", "https://mail.autohaus-berger.example/Microsoft-Server-ActiveSync"
           "?Cmd=Sync&User=verkauf&DeviceType=Android")  # fmt: skip
    b.decoy("mail sync with a sync key")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(120)), "application/vnd.ms-sync.wbxml")
    b.respond(200, "application/vnd.ms-sync.wbxml", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def team_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.autohaus-berger.example/api/v4/posts")
    b.json(
        {
            "channel_id": new_hex(c.rng, 26),
            "message": c.rng.choice(
                ["Kunde Huber ist da", "Wer hat den iX1 Schlüssel?", "Übergabe 15 Uhr Platz 3"]
            ),
            "pending_post_id": rid(c.rng),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 26), "create_at": ms(c)})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o318220.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "de.autohausberger.dms@3.8.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def charging_prices(c: Context) -> Flow:
    b = _b(c, "laden", "GET", "https://api.ladenetz.example/v1/preise?plz=80939&typ=DC")
    b.decoy("charging price series per hour")
    b.ok_json({"preiseCtKwh": [rf(c.rng, 39, 79, 1) for _ in range(24)], "stand": iso(c)})
    return b.build()


def departures(c: Context) -> Flow:
    b = _b(c, "mvg", "GET", "https://www.mvg.example/api/fib/v2/departure?globalId=de:09162:1110")
    b.ok_json(
        [
            {"line": "U6", "destination": "Garching", "realtimeDepartureTime": ms(c) + i * 300000}
            for i in range(5)
        ]
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    route,
    mail_sync,
    team_chat,
    team_chat,
    sentry_crash,
    charging_prices,
    departures,
    fonts,
    mail_sync,
]
