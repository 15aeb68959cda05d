"""Ordinary traffic between the apps: connectivity checks, weather, map tiles,
crash envelopes, chat, a Welsh dictionary, news (one article about facial
recognition), update checks and fonts. None of it carries biometric data,
viewing history or a household device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from . import sdks
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
    lat, lon = rf(c.rng, 51.6, 58.3, 3), rf(c.rng, -10.0, -3.5, 3)
    b = _b(
        c,
        "tywydd",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=wind_speed_10m",
    )
    b.decoy("coordinates and an hourly float series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wind_speed_10m": [rf(c.rng, 2, 60, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(9, 15)
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


def crash(c: Context) -> Flow:
    return sdks.sentry_crash(
        c, c.rng.choice([4508812, 4508813]), c.rng.choice(["gwylio@4.7.2", "curiad@6.2.0"])
    )


def chat(c: Context) -> Flow:
    b = _b(c, "negeseuon", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "Wela i di dydd Sul",
                    "Beidh mé ann ag a hocht",
                    "Tha mi gu math, tapadh leat",
                    "Diolch Nain x",
                ]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def geiriadur(c: Context) -> Flow:
    word = c.rng.choice(["wyneb", "llais", "gwylio", "aghaidh", "guth", "aodann"])
    b = _b(c, "geiriadur", "GET", f"https://api.geiriadur.example/v1/chwilio?gair={word}")
    b.decoy("dictionary lookup of 'face' / 'voice' / 'watch' words")
    b.ok_json({"gair": word, "ystyron": ["face", "voice", "watch"][: c.rng.randint(1, 3)]})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c, "newyddion", "GET", f"https://newyddion.example/erthygl/{c.rng.randint(10**5, 10**6)}"
    )
    b.decoy("news article about facial recognition cameras (text about faces)")
    b.ok_json(
        {
            "pennawd": "Heddlu'n treialu camerâu adnabod wynebau yng Nghaernarfon",
            "corff": "Mae'r camerâu'n cymharu wynebau â rhestr wylio...",
            "cyhoeddwyd": iso(c),
            "llun": f"https://newyddion.example/lluniau/{new_hex(c.rng, 12)}.jpg",
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "diweddariadau", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("build commit hash")
    b.ok_json({"version": "4.7.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNb4j5Ba_2c7A.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, crash, chat, geiriadur, news_article, cdn_image,
    update_check, fonts, weather, cdn_image, generate_204,
]  # fmt: skip
