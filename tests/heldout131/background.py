"""Ordinary traffic between the apps: DWD weather warnings, map tiles, transit
departures (KVB / Wiener Linien style), Sentry crashes with trace ids, chat,
shop orders, a recipe site, a school platform on a lent tablet. None of it
carries biometric data, viewing history or the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )  # fmt: skip
    b.no_content()
    return b.build()


def dwd_warnungen(c: Context) -> Flow:
    b = _b(c, "dwd", "GET", "https://www.dwd.de/DWD/warnungen/warnapp/json/warnings.json")
    b.ok_json({"time": ms(c), "warnings": {"105315000": [{"event": "GLÄTTE", "level": 2}]}})
    return b.build()


def wetter(c: Context) -> Flow:
    lat, lon = rf(c.rng, 48, 51, 3), rf(c.rng, 6.8, 16.5, 3)
    b = _b(
        c,
        "wetter",
        "GET",
        f"https://api.wetterdienst-app.example/v1/vorhersage?lat={lat}&lon={lon}",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json({"lat": lat, "lon": lon, "temperatur": [rf(c.rng, -3, 14, 1) for _ in range(24)]})
    return b.build()


def kachel(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def abfahrten(c: Context) -> Flow:
    halt = c.rng.choice(["Köln Neumarkt", "Köln Hbf", "Wien Stephansplatz", "Wien Westbahnhof"])
    b = _b(c, "oepnv", "GET", "https://fahrplan.oepnv-app.example/abfahrten")
    b.param("halt", halt)
    b.ok_json(
        {
            "halt": halt,
            "abfahrten": [
                {"linie": c.rng.choice(["1", "9", "U3", "U6"]), "in_min": c.rng.randint(0, 15)}
                for _ in range(5)
            ],
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o881203.ingest.sentry.io/api/6201133/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "player == null"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.messenger-example.com/v1/nachrichten")
    b.json(
        {
            "gespraech": rid(c.rng),
            "text": c.rng.choice(["Bin gleich da", "Anneanne arıyor!", "Servus, bis morgen"]),
            "gesendet": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def bestellung(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.shop-example.de/v2/bestellungen")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "artikel": [{"sku": f"DE-{c.rng.randint(10000, 99999)}", "menge": 1}],
            "waehrung": "EUR",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"bestellnummer": order_no(c.rng), "summe": rf(c.rng, 5, 120, 2)})
    return b.build()


def rezept(c: Context) -> Flow:
    b = _b(c, "rezepte", "GET", "https://www.rezepte-example.de/api/rezept/kaesespaetzle")
    b.respond(200, "application/json", js({"titel": "Käsespätzle", "minuten": 45}).encode())
    return b.build()


def schul_tablet(c: Context) -> Flow:
    b = _b(c, "schule", "POST", "https://lernplattform.schule-koeln.example/api/geraet/ping")
    b.decoy("the school's lent tablet: serial and MAC of school equipment, not the family's")
    b.json(
        {
            "inventarNr": "GS-EHR-" + str(c.rng.randint(100, 999)),
            "seriennummer": "R9" + new_hex(c.rng, 9).upper(),
            "mac": "3C:28:6D:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
        }
    )
    b.no_content()
    return b.build()


def profilbild(c: Context) -> Flow:
    b = _b(c, "chat", "GET", f"https://cdn.messenger-example.com/avatar/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def zeit(c: Context) -> Flow:
    b = _b(c, "zeit", "GET", "https://time.ntp-example.org/now")
    b.ok_json({"epochMs": ms(c), "tz": c.rng.choice(["Europe/Berlin", "Europe/Vienna"])})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


def sprachnotiz(c: Context) -> Flow:
    b = _b(c, "diktat", "POST", "https://stt.diktier-example.de/v1/transkribieren?sprache=de-DE")
    b.decoy("speech-to-text of a voice note (transcription, no speaker model)")
    b.set_body(b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(200)), "audio/wav")
    b.ok_json({"text": "Milch und Brot kaufen", "konfidenz": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    dwd_warnungen,
    wetter,
    kachel,
    abfahrten,
    sentry,
    chat,
    bestellung,
    rezept,
    schul_tablet,
    profilbild,
    zeit,
    fonts,
    sprachnotiz,
    wetter,
    kachel,
]
