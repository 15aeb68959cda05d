"""Ordinary background traffic of a HiOS phone in East Africa: connectivity
checks, time, weather, map tiles, crash reports, feature flags, CDN images.
None of it is sensitive; much of it carries look-alikes (trace ids, build
hashes, coordinate lists, numeric series, release ids).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, points, rf, rid

CITIES = [("Dar es Salaam", -6.79, 39.21), ("Kampala", 0.35, 32.58), ("Kigali", -1.95, 30.06)]


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


def time_sync(c: Context) -> Flow:
    b = FB(c, "hios", "GET", "https://time.hiosdata.net/api/now")
    b.ok_json({"epoch_ms": ms(c), "tz": "Africa/Dar_es_Salaam"})
    return b.build()


def weather(c: Context) -> Flow:
    _city, lat, lon = c.rng.choice(CITIES)
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.param("latitude", str(lat))
    b.param("longitude", str(lon))
    b.param("hourly", "temperature_2m,precipitation")
    b.decoy("numeric series")
    b.ok_json(
        {
            "hourly": {
                "temperature_2m": [rf(c.rng, 19, 33, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 4, 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(9700, 9999), c.rng.randint(8200, 8400)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = FB(
        c, "maps", "GET", "https://router.project-osrm.org/route/v1/driving/39.21,-6.79;39.27,-6.82"
    )
    b.decoy("coordinate list")
    b.ok_json(
        {"routes": [{"geometry": {"coordinates": points(c.rng, 20, 40, 7)}, "distance": 8123.4}]}
    )
    return b.build()


def crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/5512/envelope/")
    ev = rid(c.rng).replace("-", "")
    b.decoy("event id, trace id, release")
    body = (
        f'{{"event_id":"{ev}","sent_at":"{iso(c)}"}}\n{{"type":"event"}}\n'
        f'{{"event_id":"{ev}","release":"ngoma@7.4.1+741","platform":"java",'
        f'"contexts":{{"trace":{{"trace_id":"{rid(c.rng).replace("-", "")}"}}}},'
        f'"exception":{{"values":[{{"type":"IllegalStateException"}}]}}}}\n'
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "remoteconfig",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/kandanda-prod/namespaces/firebase:fetch",
    )
    b.decoy("config etag and template version")
    b.json(
        {
            "appId": "1:8812:android:ab12",
            "appVersion": "2.14.0",
            "countryCode": "TZ",
            "languageCode": "sw-TZ",
        }
    )
    b.ok_json(
        {
            "entries": {"live_ads": "true", "hb_interval": "30"},
            "templateVersion": str(c.rng.randint(100, 400)),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://static.hioscdn.net/theme/wall_{c.rng.randint(1, 400)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def news(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://feeds.habari-example.co.tz/v1/top")
    b.decoy("article about facial recognition")
    b.ok_json(
        {
            "articles": [
                {"title": "Benki zaanza kutumia utambuzi wa uso kwa wateja", "id": rid(c.rng)},
                {"title": "Simba SC yashinda 2-0", "id": rid(c.rng)},
            ]
        }
    )
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    weather,
    map_tile,
    route,
    crash,
    flags,
    cdn_image,
    news,
    generate_204,
]
