"""Ordinary traffic between the apps: connectivity checks, weather for
Tórshavn / Klaksvík / Nuuk, map tiles, the ferry timetable (Strandfaraskip-
style), flight times Vágar–Copenhagen–Nuuk, the Klaksvík fish auction's
prices, a Nuuk taxi with the driver's position, chat, Faroese, Greenlandic
and Danish news, a phone game's camera pose, a sports club sign-up with a
self-declared gender, an e-shop order, crash reports with trace ids, update
checks with commit hashes. None of it carries biometric data, viewing
history or one of the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

STADIR = [(62.01, -6.77), (62.23, -6.59), (64.18, -51.72)]


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


def vedur(c: Context) -> Flow:
    lat, lon = c.rng.choice(STADIR)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,wind_speed_10m&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wind_speed_10m": [rf(c.rng, 2, 25, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def ferja(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.ferjur.example/v1/sigling?leid=7&dagur=i-dag")
    b.decoy("ferry departures and crossing durations (tíð)")
    b.ok_json(
        {
            "leið": "Tórshavn – Suðuroy",
            "siglingar": [
                {"fer": t, "tíð_min": 120, "pláss_bilar": c.rng.randint(0, 60)}
                for t in ("07:30", "13:15", "18:00")
            ],
        }
    )
    return b.build()


def flogferd(c: Context) -> Flow:
    b = _b(c, "flights", "GET", "https://api.flogfelag.example/v2/flights?from=FAE&to=GOH&via=CPH")
    b.decoy("flight times and booking reference")
    b.ok_json(
        {
            "flights": [
                {"nr": f"RC{c.rng.randint(400, 499)}", "dep": iso(c), "dur_min": 135},
                {"nr": f"GL{c.rng.randint(700, 799)}", "dep": iso(c), "dur_min": 290},
            ],
            "pnr": "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
        }
    )
    return b.build()


def fiskamarknadur(c: Context) -> Flow:
    b = _b(c, "auction", "GET", "https://api.fiskamarknadur.example/v1/prisir?stad=klaksvik")
    b.ok_json(
        {
            "prísir": [
                {"fiskur": f, "kr_kg": rf(c.rng, 8, 60, 2)}
                for f in ("Toskur", "Hýsa", "Upsi", "Kongafiskur")
            ]
        }
    )
    return b.build()


def taxa(c: Context) -> Flow:
    b = _b(c, "taxi", "GET", f"https://api.nuuk-taxa.example/v1/tur/{c.rng.randint(10**6, 10**7)}")
    b.decoy("driver's position (inissisimaffik) and ETA")
    b.ok_json(
        {
            "biilinngortoq": "Hans",
            "inissisimaffik": {
                "lat": rf(c.rng, 64.16, 64.2, 5),
                "lon": rf(c.rng, -51.76, -51.68, 5),
            },
            "minutsit": c.rng.randint(2, 15),
        }
    )
    return b.build()


def kjatt(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.bodberi.example/v2/bod")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "samrøða": rid(c.rng),
            "bodId": rid(c.rng),
            "tekstur": c.rng.choice(
                ["Hvussu gongst á Norðborg?", "Aluu, qanoq ippit?", "ok 👍", "Vi ses i Nuuk"]
            ),
            "sent": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24)})
    return b.build()


def tidindi(c: Context) -> Flow:
    r = c.rng.random()
    if r < 0.4:
        url, titles = (
            f"https://api.tidindi.example/v1/greinir?t={ms(c)}",
            ["Nýggj tunnil til Sandoyar", "KÍ vann"],
        )
    elif r < 0.7:
        url, titles = (
            f"https://api.nutaarsiassat.example/v1/allaaserisat?t={ms(c)}",
            ["Nuummi aput", "Inatsisartut"],
        )
    else:
        url, titles = (
            f"https://api.nyheder-dk.example/v1/artikler?t={ms(c)}",
            ["Folketinget vedtog", "Storm over Jylland"],
        )
    b = _b(c, "news", "GET", url)
    b.ok_json({"items": [{"id": c.rng.randint(10**5, 10**6), "title": t} for t in titles]})
    return b.build()


def spael(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.grindabod-spael.example/v1/state")
    b.decoy("game camera pose (yaw/pitch/roll) and player position in a 3D scene")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
                "fov": 70,
            },
            "player": {"x": rf(c.rng, 0, 500), "y": rf(c.rng, 0, 50), "z": rf(c.rng, 0, 500)},
            "level": c.rng.randint(1, 30),
            "trace": rid(c.rng),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def itrottarfelag(c: Context) -> Flow:
    b = _b(c, "club", "POST", "https://api.itrottarfelag.example/v1/limir")
    b.decoy("self-declared gender (kyn) and birth year on a club sign-up")
    b.json({"navn": "Aviaaja Joensen", "kyn": "kvinna", "føðingarár": 2001, "grein": "hondbóltur"})
    b.ok_json({"limanr": str(c.rng.randint(10**4, 10**5))})
    return b.build()


def keyp(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.handil.example/v2/keyp")
    b.decoy("order number, idempotency key")
    b.json(
        {
            "vørur": [{"sku": f"SKU-{c.rng.randint(10**5, 10**6)}", "tal": 1}],
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"ordre": order_no(c.rng), "íalt": rf(c.rng, 50, 2000, 2), "gjaldoyra": "DKK"})
    return b.build()


def mynd(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.tidindi.example/{new_hex(c.rng, 32)}/w800.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44871.ingest.de.sentry.io/api/4507882/envelope/")
    b.decoy("trace / event / span ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def dagfoering(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://dagfor.appir.example/v1/seinasta?kanal=stabil")
    b.decoy("commit hash, apk sha256")
    b.ok_json({"útgáva": "3.1.0", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, vedur, map_tile, map_tile, ferja, flogferd, fiskamarknadur, taxa, kjatt, kjatt,
    tidindi, tidindi, spael, itrottarfelag, keyp, mynd, sentry_crash, dagfoering, fonts, vedur,
]  # fmt: skip
