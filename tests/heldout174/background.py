"""Ordinary traffic between the apps, and the Tecno's own system traffic.

Connectivity checks, weather for Nairobi / Mombasa / Kisumu, map tiles, a
news article about facial recognition at Huduma centres (an article about
faces, no face data), crash envelopes with trace ids, chat, betting odds and
NSE share prices (float series), a church WhatsApp-like group, update checks
with commit hashes. The Tecno's firmware-over-the-air check (the phone's own
system, not an app) sends the IMEI and serial: labelled.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, TECNO_MODEL, iso, ms, rf, rid

CITIES = [("Nairobi", -1.29, 36.82), ("Mombasa", -4.04, 39.67), ("Kisumu", -0.09, 34.77)]


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
        "&hourly=temperature_2m,precipitation&timezone=Africa%2FNairobi",
    )
    b.decoy("coordinates and hourly float series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 14, 33, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 6, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.habarileo.example/v2/makala/{c.rng.randint(10**5, 10**6)}"
    )
    b.decoy("news article about facial recognition (text about faces, no face data)")
    b.ok_json(
        {
            "kichwa": "Huduma centres to pilot facial recognition for ID collection",
            "mwandishi": "Habari Leo Reporter",
            "maandishi": "The pilot will compare a face template with the photo on file ...",
            "lebo": ["teknolojia", "faragha", "utambuzi wa uso"],
            "ilichapishwa": iso(c),
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41177.ingest.sentry.io/api/6610452/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    header = {"event_id": event_id, "sent_at": iso(c)}
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.ongea.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["niko njiani", "tutaonana jumapili", "sawa 👍", "umefika?"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def betting_odds(c: Context) -> Flow:
    b = _b(c, "odds", "GET", "https://api.dau-bet.example/v1/odds?sport=football&league=KPL")
    b.decoy("odds series per match")
    b.ok_json(
        {
            "mechi": [
                {"id": rid(c.rng), "odds": [rf(c.rng, 1.2, 6, 2) for _ in range(3)]}
                for _ in range(6)
            ]
        }
    )
    return b.build()


def nse_prices(c: Context) -> Flow:
    b = _b(c, "nse", "GET", "https://api.soko-hisa.example/v1/nse/SCOM/intraday")
    b.decoy("share price series")
    base = rf(c.rng, 14, 19, 2)
    b.ok_json({"ticker": "SCOM", "bei": [round(base + c.rng.gauss(0, 0.1), 2) for _ in range(60)]})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.apps-hub.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.2.1", "commit": new_hex(c.rng, 40), "notes": "Marekebisho"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.kenya-cdn.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fota_check(c: Context) -> Flow:
    """The Tecno's system updater: IMEI and serial, as FOTA clients send them."""
    b = FB(c, "tecno-fota", "POST", "https://fota.hios-update.example/api/v3/check")
    b.header("user-agent", "FotaClient/3.2 (HiOS 13.0)")
    b.json(
        {
            "imei1": b.id("imei_tecno", where="json imei1"),
            "sn": b.id("serial_tecno", where="json sn"),
            "model": TECNO_MODEL,
            "version": "CK7n-H895ABCDE-T-OP-231102V1234",
            "region": "KE",
        }
    )
    b.ok_json({"hasUpdate": False, "checkedAt": iso(c)})
    return b.build()


def fota_ping(c: Context) -> Flow:
    """The updater's daily ping: a SHA-256 of the IMEI under `t`."""
    b = FB(c, "tecno-fota", "GET", "https://fota.hios-update.example/p")
    b.header("user-agent", "FotaClient/3.2 (HiOS 13.0)")
    b.param("t", b.id("imei_tecno", "sha256", "query t (SHA-256 of IMEI)", detectable=False))
    b.param("m", "CK7n")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.saa-sahihi.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Africa/Nairobi"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_article,
    sentry_crash,
    chat,
    betting_odds,
    nse_prices,
    update_check,
    cdn_image,
    time_sync,
    chat,
    weather,
    cdn_image,
]
