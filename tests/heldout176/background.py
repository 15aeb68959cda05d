"""Ordinary traffic around the shift: weather, public transport, spot electricity
prices, the shift roster, the staff canteen, chat, news (one article about facial
recognition at the airport), crash reports with trace ids, update checks, food
orders with coordinates. None of it is biometric data, viewing history or an
identifier of the tester's devices; many flows look like one of them."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = rf(c.rng, 60.15, 60.25, 4), rf(c.rng, 24.85, 25.05, 4)
    b = _b(c, "saa", "GET", f"https://api.saa-palvelu.example/v2/ennuste?lat={lat}&lon={lon}")
    b.decoy("coordinates and an hourly temperature series")
    b.ok_json(
        {
            "paikka": "Helsinki",
            "lampotila": [rf(c.rng, -12, 3, 1) for _ in range(24)],
            "tuuli_ms": [rf(c.rng, 1, 12, 1) for _ in range(24)],
        }
    )
    return b.build()


def transit_route(c: Context) -> Flow:
    b = _b(c, "reitti", "POST", "https://reitit.joukkoliikenne.example/graphql")
    b.decoy("origin / destination coordinates and departure times")
    query = (
        "{plan(from:{lat:%s,lon:%s},to:{lat:60.1897,lon:24.9066},numItineraries:3)"
        "{itineraries{duration legs{mode route{shortName}}}}}"
    )
    b.json({"query": query % (rf(c.rng, 60.15, 60.3, 4), rf(c.rng, 24.8, 25.1, 4))})
    b.ok_json(
        {
            "data": {
                "plan": {
                    "itineraries": [
                        {
                            "duration": c.rng.randint(900, 3000),
                            "legs": [{"mode": "TRAM", "route": {"shortName": "4"}}],
                        }
                    ]
                }
            }
        }
    )
    return b.build()


def spot_prices(c: Context) -> Flow:
    b = _b(c, "porssisahko", "GET", "https://api.porssisahko.example/v1/hinnat?paiva=huomenna")
    b.decoy("hourly electricity spot prices (a float series)")
    b.ok_json({"hinnat_snt_kwh": [rf(c.rng, -0.5, 25, 3) for _ in range(24)], "alv": 25.5})
    return b.build()


def roster(c: Context) -> Flow:
    b = _b(c, "tyovuorot", "GET", "https://tyovuorot.hyks.example/api/omat?viikko=48")
    b.header("x-employee", b.acct("employee_no"))
    b.decoy("employee number and shift codes (an account, not a device)")
    b.ok_json(
        {
            "vuorot": [
                {"pvm": f"2024-11-{d:02d}", "koodi": c.rng.choice(["A", "I", "Y", "V"])}
                for d in range(25, 31)
            ]
        }
    )
    return b.build()


def canteen(c: Context) -> Flow:
    b = _b(c, "ravintola", "GET", "https://ruokalista.hyks.example/api/meilahti/tanaan")
    b.ok_json({"lounas": ["Lohikeitto", "Kasvislasagne", "Broileriwokki"], "hinta": 2.95})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "viesti", "POST", "https://chat.viestin.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["yövuoron jälkeen kahville?", "ok 👍", "hämtar barnen kl 17"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "uutiset",
        "GET",
        "https://uutiset.example/api/artikkelit/" + str(c.rng.randint(10**7, 10**8)),
    )
    b.decoy("a news article about facial recognition (text about faces, no face data)")
    b.ok_json(
        {
            "otsikko": "Helsinki-Vantaa kokeilee kasvojentunnistusta turvatarkastuksessa",
            "ingressi": "Matkustajan kasvokuvaa verrataan passin kuvaan; kokeilu on vapaaehtoinen.",
            "julkaistu": iso(c),
            "kuva": "https://uutiset.example/kuvat/" + new_hex(c.rng, 16) + ".jpg",
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "uutiset", "GET", "https://uutiset.example/kuvat/" + new_hex(c.rng, 16) + ".jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o771204.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("event / trace / span ids (not device ids)")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "se.ilta.android@6.18.0",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "SM-S911B", "battery_level": c.rng.randint(5, 100)},
        },
        "exception": {
            "values": [
                {"type": "IllegalStateException", "value": "ExoPlaybackException: Source error"}
            ]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://paivitykset.hyks.example/v1/aava/latest?kanava=stable")
    b.decoy("commit hash")
    b.ok_json({"versio": "24.3.2", "commit": new_hex(c.rng, 40), "pakollinen": False})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "ruoka", "POST", "https://api.ruokalahetti.example/v4/orders")
    b.decoy("delivery coordinates and an order number")
    b.json(
        {
            "venue": "pizzeria-meilahti",
            "items": [{"id": c.rng.randint(1000, 9999), "qty": 1}],
            "delivery": {"lat": rf(c.rng, 60.18, 60.2, 5), "lon": rf(c.rng, 24.89, 24.92, 5)},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": f"RL-{c.rng.randint(10**6, 10**7)}", "eta_min": c.rng.randint(20, 55)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hjQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sso_token(c: Context) -> Flow:
    b = FB(
        c,
        "msal",
        "POST",
        "https://login.microsoftonline.com/0b3c1f1e-54d6-4f77-9a1c-5b1b2c9e1d0a/oauth2/v2.0/token",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("OAuth client id, correlation id and refresh token (not device ids)")
    b.form(
        [
            ("client_id", "29d9ed98-a469-4536-ade2-f981bc1d605e"),
            ("grant_type", "refresh_token"),
            ("refresh_token", "0.AXEA" + new_hex(c.rng, 80)),
            ("client-request-id", rid(c.rng)),
        ]
    )
    b.ok_json(
        {"token_type": "Bearer", "expires_in": 4435, "access_token": "eyJ0" + new_hex(c.rng, 60)}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    transit_route,
    spot_prices,
    roster,
    canteen,
    chat,
    news_article,
    news_image,
    sentry_crash,
    update_check,
    food_order,
    fonts,
    sso_token,
    chat,
    weather,
]
