"""Ordinary traffic between the apps: weather over Prague, map tiles, public
transport departures, crash envelopes with trace ids, the university's mail
and timetable, update checks with commit hashes. Nothing sensitive."""

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
    url = "https://connectivitycheck.gstatic.com/generate_204"
    b = FB(c, "android", "GET", url, http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 50.0, 50.15, 3), rf(c.rng, 14.3, 14.6, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -3, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
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


def departures(c: Context) -> Flow:
    stop = c.rng.choice(["Malostranské náměstí", "Karlovo náměstí", "Kampus Albertov", "Trója"])
    b = _b(c, "pid", "GET", f"https://odjezdy.pid-example.cz/api/v2/odjezdy?zastavka={stop}")
    b.decoy("vehicle ids and departure times of trams (public transport, not hers)")
    b.ok_json(
        {
            "odjezdy": [
                {
                    "linka": str(c.rng.choice([2, 9, 18, 22])),
                    "vuz": str(c.rng.randint(8000, 9500)),
                    "za_min": c.rng.randint(0, 15),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o451120.ingest.sentry.io/api/6612044/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def mail_sync(c: Context) -> Flow:
    b = _b(c, "mail", "POST", "https://posta.univerzita.example/EWS/Exchange.asmx")
    b.decoy("mail sync state and message ids")
    b.set_body(
        f"<SyncFolderItems><SyncState>{new_hex(c.rng, 40)}</SyncState></SyncFolderItems>".encode(),
        "text/xml; charset=utf-8",
    )
    b.respond(200, "text/xml", f'<Changes count="{c.rng.randint(0, 9)}"/>'.encode())
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(
        c,
        "sis",
        "GET",
        f"https://is.univerzita.example/rozvrh/api/mistnosti?den={c.rng.randint(1, 5)}",
    )
    b.decoy("room timetable (lecture slots), not viewing")
    b.ok_json(
        {
            "sloty": [
                {"mistnost": r, "od": "09:00", "do": "10:30", "predmet": "NMAI054"}
                for r in ("S1", "S3", "M1")
            ]
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.firmware-example.com/v1/latest?product=pearl2")
    b.decoy("commit hash and firmware build")
    b.ok_json({"version": "4.20.0", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["S9 hotovo", "jdu do M1", "díky!"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    departures,
    sentry_crash,
    mail_sync,
    timetable,
    update_check,
    chat,
    fonts,
    departures,
    mail_sync,
]
