"""Ordinary traffic between the apps: connectivity checks, the met.no forecast
and METAR for ENGM, map tiles, Sentry crash envelopes with trace ids, the
train home, a news article about airport face recognition, the staff chat.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

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


def forecast(c: Context) -> Flow:
    lat, lon = rf(c.rng, 60.15, 60.25, 3), rf(c.rng, 11.0, 11.15, 3)
    b = _b(
        c,
        "yr",
        "GET",
        f"https://api.met.no/weatherapi/locationforecast/2.0/compact?lat={lat}&lon={lon}",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "geometry": {"coordinates": [lon, lat, 200]},
            "timeseries": [
                {"time": iso(c), "air_temperature": rf(c.rng, -12, 3, 1)} for _ in range(24)
            ],
        }
    )
    return b.build()


def metar(c: Context) -> Flow:
    b = _b(c, "wx", "GET", "https://wx.avinor-example.no/metar?icao=ENGM")
    metar_text = f"ENGM {c.rng.randint(10, 28)}1350Z 01008KT 9999 -SN BKN012 M04/M06 Q1008"
    b.ok_json({"metar": metar_text, "deicing": "ACTIVE"})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(14, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51277.ingest.sentry.io/api/4419211/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    header = {"event_id": event_id, "sent_at": iso(c)}
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "no.nordgrind.rampeleder@4.12.1",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def train_home(c: Context) -> Flow:
    b = _b(c, "vy", "GET", "https://api.vy-example.no/v2/departures?from=OSL&to=Eidsvoll")
    b.ok_json(
        {
            "departures": [
                {"line": "R13", "time": iso(c), "track": c.rng.randint(1, 4)} for _ in range(4)
            ]
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://www.nyheter-example.no/api/article/ansiktsgjenkjenning-osl")
    b.decoy("an article about face recognition at e-gates: text about faces, no face data")
    b.ok_json(
        {
            "title": "Ansiktsgjenkjenning ved e-gatene på Gardermoen",
            "body": "Avinor utvider bruken av automatiske grensekontroller …",
            "tags": ["ansiktsgjenkjenning", "biometri", "luftfart"],
        }
    )
    return b.build()


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.nordgrind.example/v1/messages")
    b.json(
        {
            "channel": "rampe-natt",
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(["D7 klar", "trenger folk på C12", "takk for i dag"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def app_config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.nordgrind.example/v1/flags?app=rampeleder")
    b.decoy("feature flags with a build hash")
    b.ok_json({"flags": {"newTimeline": True, "egateReview": True}, "build": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    forecast,
    metar,
    map_tile,
    sentry_crash,
    train_home,
    news_article,
    staff_chat,
    app_config,
    forecast,
    staff_chat,
]
