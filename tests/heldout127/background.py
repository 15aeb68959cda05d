"""Ordinary traffic between the apps: weather for Lyon and Marseille, map tiles,
the TCL and STIB/MIVB transit apps, crash envelopes with trace ids, a shop
order, a train booking, config fetches with commit hashes. None of it carries
biometric data, viewing history or the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(45.76, 4.84), (43.3, 5.37), (50.85, 4.35)]


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


def meteo(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "meteo",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 2, 28, 1) for _ in range(24)]},
        }
    )
    return b.build()


def tuile(c: Context) -> Flow:
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


def transports(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "tcl",
        "GET",
        f"https://api.transports-lyon.example/v1/arrets/proches?lat={lat}&lon={lon}",
    )
    b.decoy("nearby stops with coordinates and waiting times")
    b.ok_json(
        {
            "arrets": [
                {"nom": n, "attenteMin": c.rng.randint(1, 12), "lat": rf(c.rng, 45.7, 45.8, 5)}
                for n in ("Bellecour", "Part-Dieu", "Saxe-Gambetta")
            ]
        }
    )
    return b.build()


def mivb(c: Context) -> Flow:
    b = _b(
        c,
        "stib",
        "GET",
        f"https://api.stib-mivb.example/v2/doorkomsten?halte={c.rng.randint(1000, 9999)}",
    )
    b.ok_json(
        {
            "doorkomsten": [
                {"lijn": lijn, "bestemming": d, "minuten": c.rng.randint(1, 15)}
                for lijn, d in (("1", "Stokkel"), ("81", "Montgomery"))
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o128840.ingest.sentry.io/api/4504422/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NullPointerException", "value": "lecteur non initialisé"}]
        },
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.appli-famille.example/v1/android.json")
    b.decoy("remote config with a build commit hash")
    b.ok_json(
        {
            "version": "7.4.0",
            "commit": new_hex(c.rng, 40),
            "fonctionnalites": {"nouveauLecteur": True},
        }
    )
    return b.build()


def commande(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.boutique-exemple.example/v2/commandes")
    b.decoy("shop order: order number and idempotency key")
    b.json(
        {
            "articles": [{"ref": f"REF-{c.rng.randint(10000, 99999)}", "qte": 1}],
            "devise": "EUR",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"numeroCommande": order_no(c.rng), "total": rf(c.rng, 5, 90, 2)})
    return b.build()


def train(c: Context) -> Flow:
    b = _b(
        c,
        "train",
        "GET",
        "https://api.trains-exemple.example/v1/recherche?depart=Lyon&arrivee=Bruxelles-Midi",
    )
    b.decoy("train search results with prices and times")
    b.ok_json(
        {
            "trajets": [
                {
                    "depart": iso(c),
                    "prix": rf(c.rng, 39, 149, 2),
                    "correspondances": c.rng.randint(0, 1),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def image_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.cdn-exemple.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def messagerie(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.messagerie-exemple.example/v1/messages")
    b.json(
        {
            "conversation": rid(c.rng),
            "texte": c.rng.choice(["j'arrive", "bisous de Bruxelles", "t'as vu le match ?"]),
            "envoyeLe": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def heure(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://heure.ntp-exemple.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Paris"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    meteo,
    tuile,
    transports,
    mivb,
    sentry,
    config,
    commande,
    train,
    image_cdn,
    messagerie,
    heure,
    meteo,
]
