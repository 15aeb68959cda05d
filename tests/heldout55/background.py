"""Ordinary background traffic of a Samsung Galaxy M34 in India / Sri Lanka.

Sources: Android's captive-portal check (connectivitycheck.gstatic.com/
generate_204); Samsung Galaxy Store's stub update check
(vas.samsungapps.com/stub/stubUpdateCheck.as with appId, versionCode,
deviceId = the MODEL NAME, mcc, mnc, csc, sdkVer, pd: as APK-download tools
document it); Sentry envelope ingestion (o<org>.ingest.sentry.io/api/<project>/
envelope/, newline-delimited header / item header / event JSON, event_id 32 hex);
OpenStreetMap tiles; an open-meteo style weather call; Firebase Remote Config
style flags. None of it is sensitive; several carry look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, MODEL, dalvik, iso, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", dalvik())
    b.no_content()
    b.decoy("captive-portal check")
    return b.build()


def galaxy_store(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    for k, v in (
        ("appId", c.rng.choice(["com.sec.android.app.samsungapps", "com.samsung.android.game"])),
        ("versionCode", str(c.rng.randint(400000000, 499999999))),
        ("deviceId", MODEL),
        ("mcc", c.rng.choice(["404", "405", "413"])),
        ("mnc", c.rng.choice(["45", "872", "02"])),
        ("csc", "INS"),
        ("sdkVer", "34"),
        ("pd", "0"),
    ):
        b.param(k, v)
    b.respond(200, "text/xml", b"<result><resultCode>2</resultCode></result>")
    b.decoy("Galaxy Store update check: 'deviceId' is the model name SM-M346B")
    return b.build()


def sentry(c: Context) -> Flow:
    url = "https://o450112.ingest.sentry.io/api/5512201/envelope/"
    b = FB(c, "sentry", "POST", url)
    ev = new_hex(c.rng, 32)
    lines = [
        {
            "event_id": ev,
            "sent_at": iso(c),
            "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
        },
        {"type": "event", "content_type": "application/json"},
        {
            "event_id": ev,
            "level": "error",
            "platform": "java",
            "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
            "contexts": {
                "device": {"model": MODEL, "manufacturer": "samsung", "battery_level": 55.0},
                "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            },
        },
    ]
    body = "\n".join(js(x) for x in lines).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.header("x-sentry-auth", f"Sentry sentry_version=7, sentry_key={new_hex(c.rng, 32)}")
    b.ok_json({"id": ev})
    b.decoy("Sentry crash event: event_id, trace_id, span_id are per-event hex ids")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(23480, 23500), c.rng.randint(15180, 15200)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(x * y, 300)[4:])
    b.decoy("map tile")
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    city = c.rng.choice([(13.08, 80.27), (6.93, 79.85)])
    b.param("latitude", str(city[0]))
    b.param("longitude", str(city[1]))
    b.param("hourly", "temperature_2m,precipitation")
    temps = [rf(c.rng, 25, 34, 1) for _ in range(24)]
    b.ok_json({"hourly": {"temperature_2m": temps, "precipitation": [0.0] * 24}})
    b.decoy("weather forecast: coordinates and numeric series")
    return b.build()


def remote_config(c: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/804211337/namespaces/firebase:fetch"
    b = FB(c, "firebase-rc", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "appId": "1:804211337:android:" + new_hex(c.rng, 22),
            "appVersion": "5.9.0",
            "countryCode": "IN",
            "languageCode": "ta-IN",
            "platformVersion": "34",
            "timeZone": "Asia/Kolkata",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"entries": {"show_ipl_banner": "true", "face_filter_promo": "false"}})
    b.decoy("feature flags (one named face_filter_promo): no data about the user")
    return b.build()


def cdn_font(c: Context) -> Flow:
    b = FB(
        c, "cdn", "GET", f"https://fonts.gstatic.com/s/notosanstamil/v27/{new_hex(c.rng, 20)}.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.decoy("font fetch")
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(
        c, "news", "GET", f"https://api.dailythanthi-example.lk/v1/article/{new_digits(c.rng, 7)}"
    )
    b.ok_json(
        {
            "title": c.rng.choice(
                [
                    "Face recognition at Colombo airport gates",
                    "Aadhaar face authentication crosses 100 crore",
                ]
            ),
            "body": "Article text about face recognition technology and privacy.",
            "trace": rid(c.rng),
        }
    )
    b.decoy("a news article ABOUT face recognition: no biometric data")
    return b.build()


BENIGN = [
    generate_204,
    galaxy_store,
    sentry,
    map_tile,
    weather,
    remote_config,
    cdn_font,
    news_article,
]
