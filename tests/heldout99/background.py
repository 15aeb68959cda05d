"""Ordinary background traffic on the phone: connectivity checks, time, maps
tiles, weather, crash reports, feature flags, a news article about faces and
an ML model with a feature vector that has nothing to do with faces."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, floats, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "os",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.param("latitude", "41.72")
    b.param("longitude", "44.79")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, -5, 15, 1) for _ in range(24)]}})
    b.decoy("numeric series")
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(10000, 10100), c.rng.randint(6000, 6100)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", bytes(c.rng.randrange(256) for _ in range(300)))
    return b.build()


def _envelope(event_id: str) -> bytes:
    head = f'{{"event_id":"{event_id}"}}\n{{"type":"event"}}\n'
    return (head + '{"level":"error","message":"NPE in PlayerView"}').encode()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504/envelope/")
    b.set_body(
        _envelope(rid(c.rng).replace("-", "")),
        "application/x-sentry-envelope",
    )
    b.decoy("event_id / trace id")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/tvgeo-play/namespaces/firebase:fetch",
    )
    b.ok_json(
        {
            "entries": {"player_v2": "true", "face_login_enabled": "true"},
            "templateVersion": str(c.rng.randint(10, 99)),
        }
    )
    b.decoy("feature flag mentioning face")
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "news", "GET", f"https://news-example.ge/api/articles/{c.rng.randint(1000, 9999)}")
    b.ok_json(
        {
            "title": "How face recognition is used at Tbilisi airport",
            "body": "Facial landmarks and embeddings ...",
            "views": c.rng.randint(100, 9999),
        }
    )
    b.decoy("article about faces")
    return b.build()


def ml_vector(c: Context) -> Flow:
    b = FB(c, "recs", "POST", "https://recs.ritmi-music.ge/v1/score")
    b.json({"features": floats(c.rng, 32), "model": "tabular-gbm", "ts": ms(c)})
    b.decoy("feature vector without face context")
    b.ok_json({"score": rf(c.rng, 0, 1)})
    return b.build()


BENIGN = [generate_204, weather, tile, sentry, flags, article, ml_vector, tile, generate_204]
