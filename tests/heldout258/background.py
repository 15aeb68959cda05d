"""Ordinary traffic between the apps: connectivity checks, weather for Asunción
and Encarnación, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a chipa-delivery order, bus times, news. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CIUDADES = [(-25.28, -57.63), (-27.33, -55.87), (-25.51, -54.61)]


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


def clima(c: Context) -> Flow:
    lat, lon = c.rng.choice(CIUDADES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 18, 39, 1) for _ in range(24)]},
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
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.noticias-py.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5518821/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.apps-py.example/v1/ultima?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.4", "commit": new_hex(c.rng, 40), "notas": "Correcciones"})
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.pedidos-ya-py.example/v2/pedido")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"CHIPA-{c.rng.randint(100, 999)}", "cantidad": 6}],
            "moneda": "PYG",
            "direccion": "Avda. Mariscal López, Asunción",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"numeroPedido": order_no(c.rng), "total": c.rng.randint(15000, 120000)})
    return b.build()


def colectivo(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.colectivos-asu.example/v1/parada/{c.rng.randint(1, 900)}")
    b.ok_json({"lineas": [{"linea": str(c.rng.randint(1, 50)), "min": c.rng.randint(1, 25)}]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.noticias-py.example/v1/portada?t={ms(c)}")
    b.ok_json(
        {
            "articulos": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in ("Crecida del río Paraná", "Olimpia campeón", "Costanera de Encarnación")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    pedido,
    colectivo,
    fonts,
    noticias,
    cdn_image,
    generate_204,
]
