"""Ordinary background traffic of a Redmi in Baku / Tashkent: nothing sensitive,
plenty of look-alikes (trace ids, hashes, coordinates, rate series).

MIUI's connectivity check (connect.rom.miui.com/generate_204, as MIUI's
captive-portal setting uses), Open-Meteo's forecast API (its documented
`latitude`/`longitude`/`hourly` query), the Sentry envelope protocol
(develop.sentry.dev/sdk/envelopes: header line, item header, payload), and the
Central Bank of Azerbaijan's daily rates XML (cbar.az/currencies/DD.MM.YYYY.xml).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, dalvik, iso, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "miui-connectivity", "GET", "http://connect.rom.miui.com/generate_204", None, "HTTP/1.1"
    )
    b.header("user-agent", dalvik())
    b.respond(204, None)
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 40.3, 41.4, 2), rf(c.rng, 49.7, 69.4, 2)
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in [("latitude", lat), ("longitude", lon), ("hourly", "temperature_2m,precipitation")]:
        b.param(k, str(v))
    temps = [round(c.rng.uniform(8, 31), 1) for _ in range(24)]
    b.ok_json({"latitude": lat, "longitude": lon, "hourly": {"temperature_2m": temps}})
    b.decoy("forecast coordinates and an hourly temperature series")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = new_hex(c.rng, 32)
    url = "https://o44" + str(c.rng.randint(1000, 9999)) + ".ingest.sentry.io/api/61/envelope/"
    b = FB(c, "sentry", "POST", url)
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(event) + b"\n"
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("sentry event_id / trace_id")
    return b.build()


def currency_rates(c: Context) -> Flow:
    b = FB(c, "cbar", "GET", "https://www.cbar.az/currencies/05.11.2024.xml", None, "HTTP/1.1")
    rows = "".join(
        f'<Valute Code="{code}"><Nominal>1</Nominal><Value>{rf(c.rng, 0.01, 2.2)}</Value></Valute>'
        for code in ("USD", "EUR", "RUB", "TRY", "UZS", "IRR")
    )
    b.respond(
        200,
        "text/xml",
        f'<ValCurs Date="05.11.2024"><ValType Type="Xarici valyutalar">{rows}</ValType>'
        "</ValCurs>".encode(),
    )
    b.decoy("exchange-rate series")
    return b.build()


def cdn_image(c: Context) -> Flow:
    name = new_hex(c.rng, 40)
    b = FB(c, "cdn", "GET", f"https://static.kinoaz-cdn.example/img/w342/{name}.jpg")
    b.header("user-agent", dalvik())
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("poster image fetch, sha1-like file name")
    return b.build()


def remote_flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://cfg.superapp-az.example/v1/flags")
    b.param("platform", "android")
    b.param("v", "5.14.2")
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {"flags": {"new_home": True, "qr_pay": c.rng.random() < 0.5}, "etag": new_hex(c.rng, 32)}
    )
    b.decoy("request id and etag hash")
    return b.build()


def map_tiles(c: Context) -> Flow:
    x, y, z = c.rng.randint(20000, 23000), c.rng.randint(12000, 13500), 15
    url = f"https://core-renderer-tiles.maps.yandex.net/tiles?l=map&x={x}&y={y}&z={z}&scale=2&lang=az_AZ"
    b = FB(c, "yandex-maps", "GET", url)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "time", "GET", "https://time.xiaomi.com/api/time")
    b.ok_json({"code": 0, "data": {"timestamp": int(c.now * 1000)}})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    sentry,
    currency_rates,
    cdn_image,
    remote_flags,
    map_tiles,
    time_sync,
]
