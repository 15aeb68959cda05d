"""Ordinary traffic between the consoles and apps: connectivity checks, Tampere weather,
Nysse bus departures, map tiles, the IT helpdesk's tickets, the staff chat,
the staff restaurant's lunch menu, crash reports with trace ids, update checks
with commit hashes, web fonts. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, chrome, iso, ms, rf, rid

PLACES = [(61.4978, 23.761), (61.4491, 23.8595), (61.5026, 23.7448)]


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
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,snowfall",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, -15, 3, 1) for _ in range(24)],
                "snowfall": [rf(c.rng, 0, 2, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def nysse(c: Context) -> Flow:
    stop = c.rng.choice(["0001", "0502", "3615", "0835"])
    b = _b(
        c, "nysse", "GET", f"https://reittiopas.nysse-avoin.example/api/v1/pysakit/{stop}/lahdot"
    )
    b.decoy("departure times and vehicle positions (transit)")
    b.ok_json(
        {
            "lahdot": [
                {
                    "linja": line,
                    "maaranpaa": dest,
                    "minuuttia": c.rng.randint(1, 25),
                    "sijainti": {
                        "lat": rf(c.rng, 61.45, 61.52, 5),
                        "lon": rf(c.rng, 23.7, 23.86, 5),
                    },
                }
                for line, dest in (("1", "Vatiala"), ("3", "Hervanta"), ("T1", "Hervantajärvi"))
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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


def helpdesk(c: Context) -> Flow:
    b = _b(
        c, "helpdesk", "GET", "https://tuki.tampere-it.example/api/v2/tiketit?jono=AV&tila=avoin"
    )
    b.decoy("ticket numbers and asset tags")
    b.ok_json(
        {
            "tiketit": [
                {
                    "numero": f"INC{c.rng.randint(10**6, 10**7)}",
                    "otsikko": t,
                    "laite": f"KT-{c.rng.randint(1000, 9999)}",
                    "avattu": iso(c),
                }
                for t in (
                    "Auditorion mikrofoni 2 rätisee",
                    "Lastenosaston infonäyttö pimeä",
                    "Tulostin 3 tukossa",
                )
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "staff-chat", "POST", "https://chat.kalevatalo-henkilosto.example/api/v4/posts")
    b.json(
        {
            "channel_id": new_hex(c.rng, 26),
            "message": c.rng.choice(
                [
                    "Projektori lämpiää, näytös alkaa 18.00",
                    "Kuuntelukopin K3 kuulokkeet vaihdettu",
                    "Laina-TAB-07 palautui ilman laturia",
                    "Makerspacen Prusa 2 tulostaa taas",
                ]
            ),
            "pending_post_id": rid(c.rng),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 26), "create_at": ms(c)})
    return b.build()


def lounas(c: Context) -> Flow:
    b = _b(
        c, "lunch", "GET", f"https://lounas.tampere-ravintolat.example/api/menu?pvm={iso(c)[:10]}"
    )
    b.ok_json(
        {
            "ravintola": "Henkilöstöravintola Kaleva",
            "ruoat": ["Lohikeitto", "Kasvislasagne", "Karjalanpaisti"],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44719.ingest.de.sentry.io/api/4506617/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "fi.kalevatalo.av@2.3.0",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://paivitykset.kalevatalo.example/av-sovellus/latest.json")
    b.decoy("commit hash")
    b.ok_json({"versio": "2.3.1", "commit": new_hex(c.rng, 40), "muutokset": "Korjauksia"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.header("user-agent", chrome())
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def tapahtumat(c: Context) -> Flow:
    b = _b(
        c, "events", "GET", f"https://www.kalevatalo.example/api/tapahtumat?alkaen={iso(c)[:10]}"
    )
    b.decoy("public event calendar with start times and durations")
    b.ok_json(
        {
            "tapahtumat": [
                {"nimi": n, "alkaa": iso(c), "kesto_min": d, "paikka": p}
                for n, d, p in (
                    ("Satutunti", 60, "Lastenosasto"),
                    ("Elokuvakerho: Kuolleet lehdet", 81, "Auditorio"),
                    ("Sagostund", 45, "Svenska hörnan"),
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    nysse,
    map_tile,
    helpdesk,
    chat,
    lounas,
    sentry_crash,
    update_check,
    fonts,
    tapahtumat,
    chat,
]
