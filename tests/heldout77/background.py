"""Ordinary background traffic of a HarmonyOS phone in the Gulf: connectivity
and time checks, AppGallery update checks, Petal Maps tiles, weather,
AGConnect remote config, crash reports with trace ids, CDN assets, a news
article about face-recognition gates at airports (an article, not face data).
None of it is sensitive; all of it carries look-alike ids and numbers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "os",
        "GET",
        "http://connectivitycheck.platform.hicloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.respond(204, None)
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "os", "GET", "https://time.hicloud.example.net/v1/now")
    b.ok_json({"epochMs": ms(c), "traceId": rid(c.rng)})
    return b.build()


def app_update(c: Context) -> Flow:
    b = FB(c, "os", "POST", "https://store-dra.hispace.example.net/hwmarket/api/clientApi")
    b.decoy("app update check: package names and version codes")
    b.form(
        [
            ("method", "client.updateCheck"),
            ("pkgs", "com.kooralive.app:702010,sa.mizanbank.mobile:231000"),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json(
        {
            "list": [
                {
                    "package": "com.kooralive.app",
                    "versionCode": 702020,
                    "sha256": new_hex(c.rng, 64),
                }
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(10400, 10500), c.rng.randint(7000, 7100)
    b = FB(c, "maps", "GET", f"https://tiles.petalmaps.example.net/v1/{z}/{x}/{y}.pbf")
    b.decoy("map vector tile")
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 24.5, 25.3), rf(c.rng, 46.5, 55.4)
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.weather-gulf.example.net/v2/forecast",
        [("lat", str(lat)), ("lon", str(lon))],
    )
    b.decoy("forecast for coordinates: temperature series")
    b.ok_json(
        {
            "temps": [rf(c.rng, 20, 41, 1) for _ in range(24)],
            "dust": [rf(c.rng, 0, 1, 2) for _ in range(24)],
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(c, "agc", "POST", "https://agc-dra.cloud.example.net/agc/apigw/remoteconfig/v1/fetch")
    b.decoy("feature flags with experiment ids")
    b.json(
        {
            "appId": "104" + str(c.rng.randint(100000, 999999)),
            "expIds": [rid(c.rng) for _ in range(2)],
            "locale": "ar_SA",
        }
    )
    b.ok_json(
        {"flags": {"new_player": True, "face_login_enabled": True, "acr_opt_in_banner": False}}
    )
    return b.build()


def crash_report(c: Context) -> Flow:
    b = FB(c, "crash", "POST", "https://crash.apm-gulf.example.net/api/v1/report")
    b.decoy("crash report: stack, build ids, trace id")
    b.json(
        {
            "traceId": rid(c.rng),
            "buildId": new_hex(c.rng, 40),
            "exception": "java.lang.IllegalStateException: surface released",
            "frames": [f"com.app.player.a.b({c.rng.randint(10, 900)})" for _ in range(6)],
            "memFreeMb": c.rng.randint(200, 3000),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def cdn_font(c: Context) -> Flow:
    weight = c.rng.choice([400, 700])
    url = (
        f"https://cdn.jsdelivr.net/npm/@fontsource/cairo@5/files/cairo-arabic-{weight}-normal.woff2"
    )
    b = FB(c, "cdn", "GET", url)
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(
        c,
        "news",
        "GET",
        "https://news.gulf-daily.example.net/api/articles/smart-gates-face-recognition",
    )
    b.decoy("news article about face recognition at airports")
    b.ok_json(
        {
            "title": "بوابات ذكية بالتعرف على الوجه في مطار دبي",
            "body": (
                "Travellers can now use face recognition; facial landmarks are"
                " matched to passports..."
            ),
            "id": c.rng.randint(10**6, 10**7),
        }
    )
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    app_update,
    map_tile,
    weather,
    remote_config,
    crash_report,
    cdn_font,
    news_article,
]
