"""Ordinary traffic between the apps: connectivity checks, FMI weather, a Sentry crash
envelope with trace ids, the staff chat, the district help-desk tickets (ticket and
asset numbers), update checks, time sync and CDN images. None of it carries biometric
data, viewing history or an identifier of the technician's devices.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, district_serial, iso, ms, rf, rid


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
    place = c.rng.choice(["helsinki", "espoo", "tapiola", "kallio"])
    url = (
        "https://opendata.fmi.fi/wfs?service=WFS&version=2.0.0&request=getFeature"
        f"&storedquery_id=fmi::forecast::harmonie::surface::point::simple&place={place}"
    )
    b = _b(c, "fmi", "GET", url)
    b.decoy("weather forecast for a place (coordinates and a temperature series)")
    rows = "".join(
        "<BsWfs:BsWfsElement><BsWfs:Location>"
        f"60.{c.rng.randint(10, 25)} 24.{c.rng.randint(60, 99)}</BsWfs:Location>"
        f"<BsWfs:ParameterValue>{rf(c.rng, -15, 20, 1)}</BsWfs:ParameterValue></BsWfs:BsWfsElement>"
        for _ in range(6)
    )
    b.respond(
        200,
        "text/xml; charset=UTF-8",
        f"<wfs:FeatureCollection>{rows}</wfs:FeatureCollection>".encode(),
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51207.ingest.sentry.io/api/6603114/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
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


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://viestit.kouluverkko.example/v1/viestit")
    b.json(
        {
            "keskustelu": rid(c.rng),
            "teksti": c.rng.choice(
                ["Tulostin B2 taas jumissa", "Näyttö A114 ok nyt", "tulen klo 13"]
            ),
            "lahetetty": ms(c),
        }
    )
    b.ok_json({"viesti_id": rid(c.rng)})
    return b.build()


def helpdesk_ticket(c: Context) -> Flow:
    b = _b(c, "helpdesk", "POST", "https://tuki.kouluverkko.example/api/tiketit")
    b.decoy("help-desk ticket about a school laptop: ticket number and the city's asset serial")
    b.json(
        {
            "otsikko": c.rng.choice(
                ["Chromebook ei käynnisty", "Dokumenttikamera ei näy", "Näytön kosketus ei toimi"]
            ),
            "laite": {
                "sarjanumero": district_serial(c.rng, "PF3", 5),
                "inventaarionumero": f"HKI-{c.rng.randint(10**5, 10**6)}",
            },
            "prioriteetti": c.rng.choice(["normaali", "kiireellinen"]),
        }
    )
    b.ok_json({"tiketti": f"INC{c.rng.randint(10**6, 10**7)}", "luotu": iso(c)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://paivitykset.kouluverkko.example/v1/uusin?kanava=vakaa")
    b.decoy("commit hash and build number")
    b.ok_json({"versio": "3.8.2", "commit": new_hex(c.rng, 40), "build": c.rng.randint(1000, 9999)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://aika.kouluverkko.example/nyt")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Helsinki"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.kouluverkko.example/kuvat/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    sentry_crash,
    staff_chat,
    helpdesk_ticket,
    update_check,
    time_sync,
    cdn_image,
    fonts,
    weather,
    helpdesk_ticket,
]
