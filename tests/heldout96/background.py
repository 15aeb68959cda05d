"""Ordinary iOS background traffic between app sessions: captive-portal checks,
weather series, map tiles, exchange rates, crash reports and CDN fetches. None is
sensitive; several carry look-alikes (trace ids, numeric series, coordinates).

Sources: Apple's captive check (captive.apple.com/hotspot-detect.html); Open-Meteo
forecast API (open-meteo.com/en/docs: hourly=temperature_2m); NBP exchange-rate API
(api.nbp.pl: /api/exchangerates/rates/a/{code}/last/{n}/?format=json); ČNB daily
rates text (cnb.cz denni_kurz.txt); Sentry envelope format
(develop.sentry.dev/sdk/envelopes: event_id, sent_at, trace header); OSM tile URLs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, iso, new_hex, rf, rid, sdk_ua, ua


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


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(50.06, 19.94), (49.82, 18.26), (50.08, 14.42), (49.19, 16.61)])
    b = FB(c, "open-meteo", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m,precipitation"),
        ("timezone", "Europe/Warsaw"),
    ]:
        b.param(k, v)
    b.header("user-agent", ua("Pogoda", "412"))
    temps = [rf(c.rng, -3, 9, 1) for _ in range(48)]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly_units": {"temperature_2m": "°C"},
            "hourly": {
                "time": [f"2026-11-30T{h % 24:02d}:00" for h in range(48)],
                "temperature_2m": temps,
                "precipitation": [rf(c.rng, 0, 1.2, 1) for _ in range(48)],
            },
        }
    )
    b.decoy("hourly temperature / precipitation series with coordinates: a weather forecast")
    return b.build()


def osm_tile(c: Context) -> Flow:
    z = c.rng.choice([14, 15, 16])
    x, y = c.rng.randint(9000, 9100) << (z - 14), c.rng.randint(5500, 5600) << (z - 14)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Mapy", "88"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(300))
    )
    return b.build()


def nbp_rates(c: Context) -> Flow:
    code = c.rng.choice(["eur", "czk", "usd"])
    b = FB(
        c,
        "nbp",
        "GET",
        f"https://api.nbp.pl/api/exchangerates/rates/a/{code}/last/10/",
        [("format", "json")],
    )
    b.header("user-agent", ua("Kalkulator", "31"))
    rates = [
        {
            "no": f"{230 - i:03d}/A/NBP/2026",
            "effectiveDate": f"2026-11-{30 - i:02d}",
            "mid": rf(c.rng, 0.16, 4.4, 4),
        }
        for i in range(10)
    ]
    b.ok_json({"table": "A", "currency": code, "code": code.upper(), "rates": rates})
    b.decoy("table numbers and a series of exchange rates: public NBP data")
    return b.build()


def sentry(c: Context) -> Flow:
    app = c.rng.choice(["instalpro", "flotatrack", "wifiscan"])
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(100000, 999999)}.ingest.sentry.io"
        f"/api/{c.rng.randint(1000, 9999)}/envelope/",
    )
    b.header("user-agent", "sentry.cocoa/8.30.0")
    event_id, trace = new_hex(c.rng, 32), new_hex(c.rng, 32)
    head = {
        "event_id": event_id,
        "sent_at": iso(c),
        "trace": {
            "trace_id": trace,
            "public_key": new_hex(c.rng, 32),
            "release": f"{app}@3.4.1+812",
        },
    }
    item = {
        "event_id": event_id,
        "level": "error",
        "platform": "cocoa",
        "release": f"{app}@3.4.1+812",
        "exception": {
            "values": [
                {
                    "type": "NSInvalidArgumentException",
                    "value": "unrecognized selector sent to instance 0x28" + new_hex(c.rng, 7),
                }
            ]
        },
        "contexts": {
            "os": {"name": "iOS", "version": "17.5.1"},
            "trace": {"trace_id": trace, "span_id": new_hex(c.rng, 16)},
        },
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(item) + b"\n"
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("sentry event_id / trace_id / span_id and a memory address: crash report ids")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        "https://cdn.jsdelivr.net/gh/twbs/icons@1.11.3/icons/"
        f"{c.rng.choice(['wifi', 'lightning', 'house'])}.svg",
    )
    b.header("user-agent", ua("InstalPro", "3410"))
    b.respond(200, "image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    return b.build()


def cnb_rates(c: Context) -> Flow:
    b = FB(
        c,
        "cnb",
        "GET",
        "https://www.cnb.cz/cs/financni-trhy/devizovy-trh/kurzy-devizoveho-trhu/kurzy-devizoveho-trhu/denni_kurz.txt",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", sdk_ua("Kalkulator", "3.1"))
    lines = [
        "30.11.2026 #231",
        "země|měna|množství|kód|kurz",
        f"EMU|euro|1|EUR|{rf(c.rng, 24, 26, 3)}",
        f"Polsko|zlotý|1|PLN|{rf(c.rng, 5.5, 6.1, 3)}",
    ]
    b.respond(200, "text/plain; charset=utf-8", "\n".join(lines).encode())
    return b.build()


def firebase_config(c: Context) -> Flow:
    b = FB(
        c,
        "feature-flags",
        "GET",
        "https://flags.instalpro.pl/v1/flags",
        [("platform", "ios"), ("build", "3410")],
    )
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {
            "flags": {
                "new_job_sheet": True,
                "matter_qr": c.rng.random() < 0.5,
                "thermal_import": True,
            },
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags, etag hash and request id")
    return b.build()


def photo_thumb(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://img.elektro-hurt.pl/p/{c.rng.randint(100000, 999999)}_m.jpg")
    b.header("user-agent", ua("ElektroHurt", "221"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(1 << 30), 400))
    b.decoy("product thumbnail image fetch")
    return b.build()


BENIGN = [
    captive,
    weather,
    osm_tile,
    nbp_rates,
    sentry,
    cdn_image,
    cnb_rates,
    firebase_config,
    photo_thumb,
]
