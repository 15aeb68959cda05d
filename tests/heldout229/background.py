"""Ordinary traffic between the apps: connectivity checks, Montreal weather,
map tiles, images, crash reports with trace ids, update checks with commit
hashes, a food order, métro / bus times, news. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import GB, iso, ms, rf, rid

LIEUX = [(45.5151, -73.5681), (45.5436, -73.6023), (45.4960, -73.6236), (45.5710, -73.7470)]


def _b(c: Context, sdk: str, method: str, url: str) -> GB:
    b = GB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = GB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def meteo(c: Context) -> Flow:
    lat, lon = c.rng.choice(LIEUX)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -20, 28, 1) for _ in range(24)]},
        }
    )
    return b.build()


def tuile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def image_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.affiches-films.example/{new_hex(c.rng, 32)}/w500.jpg")
    b.decoy("film poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51377.ingest.sentry.io/api/4504421/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "ca.cinemasmontroyal.ops@7.4.0",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SSLHandshakeException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def mise_a_jour(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://maj.cinemasmontroyal.example/v1/ops/derniere?canal=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "7.4.1", "commit": new_hex(c.rng, 40), "notes": "Correctifs KDM"})
    return b.build()


def commande_repas(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.livraison-mtl.example/v2/commandes")
    b.decoy("order number")
    b.json(
        {
            "articles": [{"sku": f"BAGEL-{c.rng.randint(100, 999)}", "quantite": 6}],
            "adresse": "Rue Saint-Denis, Montréal",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"numeroCommande": order_no(c.rng), "total": rf(c.rng, 15, 60, 2)})
    return b.build()


def passages(c: Context) -> Flow:
    b = _b(
        c, "bus", "GET", f"https://api.transit-mtl.example/v1/arrets/{c.rng.randint(50000, 62000)}"
    )
    b.ok_json({"passages": [{"ligne": "55", "minutes": c.rng.randint(1, 20)} for _ in range(3)]})
    return b.build()


def polices(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def nouvelles(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.nouvelles-qc.example/v1/articles?rubrique=culture&t={ms(c)}"
    )
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "titre": t}
                for t in ("Les salles de cinéma reprennent", "Tempête de neige", "Le CH l'emporte")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    meteo,
    tuile,
    image_cdn,
    sentry,
    mise_a_jour,
    commande_repas,
    passages,
    polices,
    nouvelles,
    meteo,
    image_cdn,
]
