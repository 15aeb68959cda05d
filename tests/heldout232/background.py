"""Ordinary traffic between the apps: connectivity checks, weather for Buenos
Aires, map tiles, images, crash reports with trace ids, update checks with
commit hashes, a delivery order, bus arrivals (colectivos), news, a ride-hail
quote with coordinates. None of it carries biometric data, viewing history or
a device identifier."""

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
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def clima(c: Context) -> Flow:
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=-34.61&longitude=-58.38"
        "&hourly=temperature_2m,precipitation_probability",
    )
    b.ok_json(
        {
            "latitude": -34.61,
            "longitude": -58.38,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 33, 1) for _ in range(24)]},
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
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


def imagen(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://cdn.riachuelofc.example/noticias/{new_hex(c.rng, 24)}/w720.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/5518820/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "unexpected end of stream"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(
        c, "updates", "GET", "https://staff.riachuelofc.example/app/ultima-version?canal=estable"
    )
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.2", "commit": new_hex(c.rng, 40), "notas": "Arreglos varios"})
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "delivery", "POST", "https://api.pedidosbsas.example/v3/pedidos")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"EMP-{c.rng.randint(100, 999)}", "cantidad": 12}],
            "moneda": "ARS",
            "direccion": "Av. Almirante Brown 1200, La Boca",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"nroPedido": order_no(c.rng), "total": rf(c.rng, 5000, 40000, 0)})
    return b.build()


def colectivo(c: Context) -> Flow:
    b = _b(
        c, "transit", "GET", f"https://api.cuandollega.example/v1/paradas/{c.rng.randint(1, 9000)}"
    )
    b.ok_json({"lineas": [{"linea": n, "minutos": c.rng.randint(1, 25)} for n in (29, 33, 64)]})
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.diariodeportivo.example/v1/notas?seccion=futbol&t={ms(c)}"
    )
    b.ok_json(
        {
            "notas": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in ("Riachuelo suma de a tres", "Se viene el clásico", "Mercado de pases")
            ]
        }
    )
    return b.build()


def remis(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.viajesya.example/v2/cotizar")
    b.decoy("pickup and drop-off coordinates, quote id")
    b.json(
        {
            "origen": [rf(c.rng, -34.64, -34.63, 5), rf(c.rng, -58.37, -58.36, 5)],
            "destino": [rf(c.rng, -34.60, -34.58, 5), rf(c.rng, -58.44, -58.38, 5)],
        }
    )
    b.ok_json({"cotizacion": rid(c.rng), "precio": rf(c.rng, 3000, 12000, 0)})
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    mapa,
    imagen,
    sentry,
    actualizacion,
    pedido,
    colectivo,
    noticias,
    remis,
    fuentes,
    imagen,
]
