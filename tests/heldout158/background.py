"""Ordinary traffic between the apps: the clinic's weather and map widget, crash
reports with trace ids, the staff chat, update checks, the supplier shop, fonts,
connectivity checks. None of it carries biometric data, viewing history or a
device identifier of the tester."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

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


def meteo(c: Context) -> Flow:
    lat, lon = rf(c.rng, 45.70, 45.80, 3), rf(c.rng, 4.80, 4.90, 3)
    b = _b(c, "meteo", "GET", f"https://api.meteo-widget.example/v1/prevision?lat={lat}&lon={lon}")
    b.decoy("coordinates and an hourly temperature series")
    b.ok_json({"lat": lat, "lon": lon, "temperature_c": [rf(c.rng, -2, 20, 1) for _ in range(24)]})
    return b.build()


def tuile_carte(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51822.ingest.sentry.io/api/4504418/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "javascript",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def messagerie(c: Context) -> Flow:
    b = _b(c, "messagerie", "POST", "https://chat.equipe-clinique.example/v1/messages")
    b.json(
        {
            "salon": "accueil",
            "id_client_msg": rid(c.rng),
            "texte": c.rng.choice(
                ["Mme Roy est arrivée", "salle 2 libre", "qui prend le chat de 10h ?"]
            ),
            "envoye_a": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "statut": "remis"})
    return b.build()


def maj(c: Context) -> Flow:
    b = _b(c, "maj", "GET", "https://updates.vetodesk.example/desktop/latest?canal=stable")
    b.decoy("release commit hash")
    b.ok_json({"version": "24.3.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def commande_fournisseur(c: Context) -> Flow:
    b = _b(c, "fournisseur", "POST", "https://commandes.centravet-exemple.example/api/paniers")
    b.decoy("supplier order number and prices")
    b.json(
        {
            "lignes": [{"ref": f"CV{c.rng.randint(10000, 99999)}", "qte": c.rng.randint(1, 12)}],
            "cle": rid(c.rng),
        }
    )
    b.ok_json({"commande": order_no(c.rng), "total_ht": rf(c.rng, 40, 900, 2)})
    return b.build()


def polices(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/opensans/v40/memSYaGs126MiZpBA-UvWbX2vVnXBbObj2OVZyOOSr4dVJWUgsjZ0B4gaVI.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def heure(c: Context) -> Flow:
    b = _b(c, "heure", "GET", "https://time.ntp-exemple.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Paris"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    meteo,
    tuile_carte,
    sentry,
    messagerie,
    maj,
    commande_fournisseur,
    polices,
    heure,
    messagerie,
    meteo,
]
