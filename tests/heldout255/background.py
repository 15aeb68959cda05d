"""Ordinary traffic between the apps: connectivity checks, weather for Maseru /
Gaborone / Francistown / Bloemfontein, map tiles, a taxi app's route and trip
history, prepaid electricity and airtime, chat, news, a church app's service
times and sermon list, a cinema's schedule, crash reports with trace ids. None
of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, iso_ago, ms, new_digits, new_hex, rf, rid

CITIES = [
    ("Maseru", -29.31, 27.48),
    ("Gaborone", -24.65, 25.91),
    ("Francistown", -21.17, 27.51),
    ("Bloemfontein", -29.12, 26.21),
]


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
    _, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=Africa%2FMaseru",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 4, 34, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def taxi_quote(c: Context) -> Flow:
    city, lat, lon = c.rng.choice(CITIES)
    b = _b(c, "taxi", "POST", "https://api.ridezone.example/v1/quotes")
    b.decoy("pickup / drop-off positions, route polyline, duration estimate")
    route = [
        [rf(c.rng, lat - 0.03, lat + 0.03, 5), rf(c.rng, lon - 0.03, lon + 0.03, 5)]
        for _ in range(c.rng.choice([12, 68, 40]))
    ]
    b.json(
        {
            "pickup": {"lat": route[0][0], "lng": route[0][1]},
            "dropoff": {"lat": route[-1][0], "lng": route[-1][1]},
            "city": city,
        }
    )
    b.ok_json(
        {
            "quoteId": rid(c.rng),
            "route": route,
            "duration": c.rng.randint(300, 2400),
            "price": rf(c.rng, 35, 180, 2),
        }
    )
    return b.build()


def taxi_history(c: Context) -> Flow:
    b = _b(c, "taxi", "GET", "https://api.ridezone.example/v1/trips/history?page=1")
    b.decoy("trip history: pickup points, durations, fares")
    b.ok_json(
        {
            "history": [
                {
                    "tripId": rid(c.rng),
                    "from": c.rng.choice(["Loch Logan", "Mimosa Mall", "Bloem Station"]),
                    "duration": c.rng.randint(400, 2000),
                    "fare": rf(c.rng, 40, 160, 2),
                    "at": iso_ago(c, 3600, 60 * 86400),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def electricity(c: Context) -> Flow:
    b = _b(c, "prepaid", "POST", "https://vend.lec-prepaid.example/api/v1/tokens")
    b.decoy("prepaid meter number and 20-digit token")
    b.json({"meter": new_digits(c.rng, 11, "0"), "amount": c.rng.choice([50, 100, 200])})
    b.ok_json({"token": new_digits(c.rng, 20), "units": rf(c.rng, 30, 160, 1)})
    return b.build()


def airtime_bundles(c: Context) -> Flow:
    b = _b(c, "airtime", "GET", "https://selfcare.econet-ls.example/api/bundles?type=data")
    b.decoy("bundle prices with validity duration")
    b.ok_json(
        {
            "bundles": [
                {"name": n, "price": p, "duration": d, "volumeMb": v}
                for n, p, d, v in (
                    ("Daily 100MB", 5, "1 day", 100),
                    ("Weekly 1GB", 30, "7 days", 1024),
                    ("Monthly 5GB", 120, "30 days", 5120),
                )
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.puisano.example/v3/messages")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "conversation": rid(c.rng),
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(
                ["Lumela mme!", "Dumela malome, re kae?", "Ke fihlile Bloem", "O shebile Gomora?"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"id": new_digits(c.rng, 18, "9")})
    return b.build()


def news(c: Context) -> Flow:
    site = c.rng.choice(["lesothonews.example", "mmegi-online.example"])
    b = _b(c, "news", "GET", f"https://api.{site}/v1/articles?section=local")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in (
                    "Likuena prepare for COSAFA Cup",
                    "Rain expected over the lowlands",
                    "Zebras name squad for AFCON qualifiers",
                )
            ]
        }
    )
    return b.build()


def news_face_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.mmegi-online.example/v1/articles/face-recognition-banks")
    b.decoy("an article about face recognition in banking")
    b.ok_json(
        {
            "title": "Banks turn to selfies: how face verification works",
            "body": "A selfie is turned into a template of 128 numbers and compared with the "
            "photo on file; liveness checks ask you to blink or smile.",
            "tags": ["face", "biometrics", "banking"],
        }
    )
    return b.build()


def church_services(c: Context) -> Flow:
    b = _b(
        c, "church", "GET", "https://api.kereke-app.example/v1/congregations/maseru-lecsa/services"
    )
    b.decoy("church service times and durations")
    b.ok_json(
        {
            "services": [
                {"name": n, "start": s, "duration": 90}
                for n, s in (("Tšebeletso ea hoseng", "08:00"), ("Tšebeletso ea Sontaha", "10:30"))
            ]
        }
    )
    return b.build()


def church_sermons(c: Context) -> Flow:
    b = _b(c, "church", "GET", "https://api.kereke-app.example/v1/sermons?page=1")
    b.decoy("sermon list with durations (content fetch)")
    b.ok_json(
        {
            "sermons": [
                {"id": rid(c.rng), "title": t, "duration": c.rng.randint(1500, 3600)}
                for t in ("Tumelo le Tšepo", "Lerato la Molimo", "Mosebetsi oa Kereke")
            ]
        }
    )
    return b.build()


def church_offering(c: Context) -> Flow:
    b = _b(c, "church", "POST", "https://api.kereke-app.example/v1/giving")
    b.decoy("offering payment reference")
    b.json(
        {"amount": c.rng.choice([20, 50, 100]), "fund": "Tithe", "ref": "GV" + new_digits(c.rng, 9)}
    )
    b.ok_json({"ok": True})
    return b.build()


def cinema(c: Context) -> Flow:
    b = _b(
        c, "cinema", "GET", "https://api.numovies.example/v2/cinemas/riverwalk/sessions?date=today"
    )
    b.decoy("cinema schedule: titles, start times, running time")
    b.ok_json(
        {
            "sessions": [
                {"title": t, "start": f"{h}:30", "runtime": r, "screen": s}
                for t, h, r, s in (
                    ("Mufasa", 14, 118, 2),
                    ("Sinners", 17, 137, 4),
                    ("Ballerina", 20, 125, 1),
                )
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51723.ingest.sentry.io/api/4504417/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.lesothonews.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def kombi_routes(c: Context) -> Flow:
    b = _b(
        c,
        "transport",
        "GET",
        "https://api.gabs-transit.example/v1/routes?stop=" + str(c.rng.randint(1, 300)),
    )
    b.ok_json(
        {
            "routes": [
                {"route": r, "etaMin": c.rng.randint(2, 25)}
                for r in (
                    "Broadhurst - Main Mall",
                    "Tlokweng - Station",
                    "Mogoditshane - Game City",
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    taxi_quote,
    taxi_history,
    electricity,
    airtime_bundles,
    chat,
    chat,
    news,
    news_face_article,
    church_services,
    church_sermons,
    church_offering,
    cinema,
    sentry_crash,
    cdn_image,
    fonts,
    kombi_routes,
    weather,
    generate_204,
]
