"""Ordinary traffic between the apps: connectivity checks, weather for
Ljubljana / Maribor / Skopje / Ohrid, map tiles and a route with the phone's
`položaj` (position), an e-shop order and its order history (`zgodovina
naročil`), a Skopje taxi ride with the driver's `положба`, chat, Slovenian and
Macedonian news, street parking with its duration (`trajanje`) and price, a
cinema schedule with film durations, bus arrivals, crash reports with trace
ids, update checks with commit hashes. None of it carries biometric data,
viewing history or one of the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

MESTA = [(46.05, 14.51), (46.56, 15.65), (41.99, 21.43), (41.12, 20.80)]


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


def vreme(c: Context) -> Flow:
    lat, lon = c.rng.choice(MESTA)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -3, 24, 1) for _ in range(24)]},
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
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def pot(c: Context) -> Flow:
    lat, lon = c.rng.choice(MESTA)
    b = _b(c, "maps", "POST", "https://api.zemljevid.example/v1/pot")
    b.decoy("the phone's map position (položaj) and a route polyline")
    b.json(
        {
            "položaj": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lon": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "cilj": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05, 5),
                "lon": rf(c.rng, lon - 0.05, lon + 0.05, 5),
            },
            "nacin": c.rng.choice(["pes", "avto", "kolo"]),
        }
    )
    pts = [
        [rf(c.rng, lon - 0.05, lon + 0.05, 5), rf(c.rng, lat - 0.05, lat + 0.05, 5)]
        for _ in range(68)
    ]
    b.ok_json(
        {
            "razdalja_m": c.rng.randint(400, 9000),
            "trajanje_s": c.rng.randint(300, 3600),
            "tocke": pts,
        }
    )
    return b.build()


def narocilo(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.nakupovalnica.example/v2/narocila")
    b.decoy("order number, idempotency key")
    b.json(
        {
            "artikli": [
                {"sku": f"SKU-{c.rng.randint(10**5, 10**6)}", "kolicina": 1} for _ in range(2)
            ],
            "dostava": "Paketomat Maribor Europark",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"stevilka": order_no(c.rng), "skupaj": rf(c.rng, 9, 250, 2), "valuta": "EUR"})
    return b.build()


def zgodovina_narocil(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.nakupovalnica.example/v2/uporabnik/zgodovina-narocil")
    b.decoy("a shop's order history (zgodovina), not viewing")
    b.ok_json(
        {
            "zgodovina": [
                {
                    "stevilka": order_no(c.rng),
                    "datum": iso(c)[:10],
                    "izdelek": p,
                    "cena": rf(c.rng, 5, 300, 2),
                }
                for p in ("Slušalke", "Kavni aparat", "Knjiga: Alamut")
            ]
        }
    )
    return b.build()


def taksi(c: Context) -> Flow:
    b = _b(
        c,
        "taxi",
        "GET",
        f"https://api.taksi-skopje.example/v1/vozenje/{c.rng.randint(10**6, 10**7)}",
    )
    b.decoy("driver's position (положба) and ETA")
    b.ok_json(
        {
            "возач": "Горан",
            "положба": {"lat": rf(c.rng, 41.98, 42.01, 5), "lon": rf(c.rng, 21.40, 21.46, 5)},
            "пристигнува_мин": c.rng.randint(1, 12),
            "цена_мкд": c.rng.randint(120, 600),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.pogovor.example/v3/sporocila")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "pogovor": rid(c.rng),
            "idSporocila": rid(c.rng),
            "besedilo": c.rng.choice(
                ["Kdaj prideš v Skopje?", "Кога доаѓате?", "ok 👍", "Pozdrav dedu!"]
            ),
            "poslano": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24)})
    return b.build()


def novice(c: Context) -> Flow:
    if c.rng.random() < 0.5:
        url = f"https://api.novice-24.example/v1/clanki?rubrika=slovenija&t={ms(c)}"
        titles = [
            "Vlada sprejela nov zakon",
            "Olimpija zmagala v Stožicah",
            "Vreme: sneg na Pohorju",
        ]
    else:
        url = f"https://api.vesti-mk.example/v1/vesti?kategorija=sport&t={ms(c)}"
        titles = ["Вардар 1961 победи во Лигата на шампиони", "Охрид: рекорден број туристи"]
    b = _b(c, "news", "GET", url)
    b.ok_json({"clanki": [{"id": c.rng.randint(10**5, 10**6), "naslov": t} for t in titles]})
    return b.build()


def _letters(c: Context) -> str:
    return "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVZ") for _ in range(2))


def parkiranje(c: Context) -> Flow:
    b = _b(c, "parking", "POST", "https://api.parkiraj.example/v1/parkiranja")
    b.decoy("parking duration (trajanje), price, plate number")
    b.json(
        {
            "registrska": f"LJ {_letters(c)}-{c.rng.randint(100, 999)}",
            "cona": c.rng.choice(["Cona 1 Center", "Cona 2 Bežigrad", "Maribor Lent"]),
            "trajanje_min": c.rng.choice([30, 60, 120]),
            "zacetek": iso(c),
        }
    )
    b.ok_json(
        {
            "cena": rf(c.rng, 0.6, 4.8, 2),
            "valuta": "EUR",
            "id": "PK" + str(c.rng.randint(10**7, 10**8)),
        }
    )
    return b.build()


def kino_spored(c: Context) -> Flow:
    b = _b(c, "cinema", "GET", "https://api.kinopolis.example/v1/spored?kino=ljubljana&dan=danes")
    b.decoy("cinema schedule: films, start times, durations (not anyone's viewing)")
    b.ok_json(
        {
            "predstave": [
                {
                    "film": f,
                    "zacetek": iso(c)[:11] + t,
                    "trajanje_min": d,
                    "dvorana": c.rng.randint(1, 12),
                }
                for f, t, d in (
                    ("Dune: Part Two", "18:00", 166),
                    ("Inside Out 2", "16:30", 96),
                    ("Odrešitev", "20:45", 112),
                )
            ]
        }
    )
    return b.build()


def avtobus(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.avtobus-lpp.example/v1/postaja/{c.rng.randint(100000, 900000)}/prihodi",
    )
    lines = ("6", "11", "27")
    b.ok_json({"prihodi": [{"linija": n, "min": c.rng.randint(1, 25)} for n in lines]})
    return b.build()


def cdn_slika(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.novice-24.example/{new_hex(c.rng, 32)}/w800.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51207.ingest.de.sentry.io/api/4507113/envelope/")
    b.decoy("trace / event / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "UnknownHostException", "value": "Unable to resolve host"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def posodobitev(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://posodobitve.aplikacije.example/v1/zadnja?kanal=stabilna")
    b.decoy("commit hash, apk sha256")
    b.ok_json({"verzija": "2.9.0", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    vreme,
    map_tile,
    map_tile,
    pot,
    narocilo,
    zgodovina_narocil,
    taksi,
    chat,
    chat,
    novice,
    parkiranje,
    kino_spored,
    avtobus,
    cdn_slika,
    sentry_crash,
    posodobitev,
    fonts,
    vreme,
    novice,
]
