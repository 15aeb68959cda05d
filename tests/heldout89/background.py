"""Ordinary traffic between the apps: OS checks, time, maps, weather, crash
reports, feature flags, CDNs. Nothing here is sensitive; several requests carry
look-alikes (trace ids, build hashes, coordinate lists, numeric series)."""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android_os", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S711B)")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "samsung_os", "GET", "https://time.samsungcloud.example.com/v1/time")
    b.ok_json({"epochMs": int(c.now * 1000), "tz": "Europe/Rome"})
    return b.build()


def osm_tile(c: Context) -> Flow:
    z, x, y = 15, 17390 + c.rng.randint(0, 30), 11900 + c.rng.randint(0, 30)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(64))
    )
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "meteo", "GET", "https://api.meteo-titano.example.sm/v1/previsioni")
    b.param("lat", "43.9356")
    b.param("lon", "12.4473")
    b.decoy("hourly temperature / wind numeric series")
    b.ok_json(
        {
            "orario": [iso(c)] * 6,
            "temperatura": [rf(c.rng, 4, 16, 1) for _ in range(24)],
            "vento_kmh": [rf(c.rng, 0, 40, 1) for _ in range(24)],
            "precipitazioni": [rf(c.rng, 0, 3, 2) for _ in range(24)],
        }
    )
    return b.build()


def geocode_route(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://routing.mappe-example.it/v2/route")
    b.decoy("coordinate list of a driving route")
    pts = [[rf(c.rng, 43.9, 44.1, 5), rf(c.rng, 12.3, 12.6, 5)] for _ in range(12)]
    b.json({"waypoints": pts, "profilo": "auto", "lingua": "it"})
    b.ok_json({"distanza_m": c.rng.randint(2000, 40000), "polyline": new_hex(c.rng, 60)})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505123.ingest.sentry.io/api/4505123/envelope/")
    b.decoy("event_id / trace_id / release hash")
    head = json.dumps({"event_id": new_hex(c.rng, 32), "sent_at": iso(c)}, separators=(",", ":"))
    ev = {
        "platform": "java",
        "release": "it.curva.app@4.18.0+" + new_hex(c.rng, 7),
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    body = head + '\n{"type":"event"}\n' + json.dumps(ev, separators=(",", ":"))
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.onda-musica.example.it/v1/toggles")
    b.header("x-request-id", rid(c.rng))
    b.decoy("request id, experiment bucket hashes")
    b.ok_json(
        {
            "flags": {"nuovo_player": True, "lyrics": c.rng.random() < 0.5},
            "bucket": new_hex(c.rng, 16),
            "etag": new_hex(c.rng, 40),
        }
    )
    return b.build()


def font_cdn(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        "https://fonts.gstatic.com/s/titilliumweb/v17/NaPecZTIAOhVxoMyOr9n_E7fdMPmDQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.randrange(256) for _ in range(80)))
    return b.build()


def app_update(c: Context) -> Flow:
    b = FB(c, "samsung_os", "GET", "https://galaxystore.samsung.example.com/api/checkUpdate")
    b.param("appId", c.rng.choice(["it.rete1.play", "sm.radiotitano", "it.onda.musica"]))
    b.param("versionCode", str(c.rng.randint(400, 900)))
    b.param("sha256", new_hex(c.rng, 64))
    b.decoy("apk sha256")
    b.header("user-agent", ua("GalaxyStore", "4.5.71"))
    b.ok_json({"resultCode": "0", "updateAvailable": False})
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://api.notizie-sanmarino.example.sm/articoli/48213")
    b.decoy("article about facial recognition at stadiums")
    b.ok_json(
        {
            "titolo": "Riconoscimento facciale negli stadi: cosa cambia per i tifosi",
            "testo": "Il Garante ha chiesto chiarimenti sulle telecamere con riconoscimento "
            "del volto ai tornelli; i dati biometrici dei volti restano vietati senza base.",
            "tag": ["privacy", "volto", "stadi"],
        }
    )
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    osm_tile,
    weather,
    geocode_route,
    sentry_crash,
    feature_flags,
    font_cdn,
    app_update,
    news_article,
]
