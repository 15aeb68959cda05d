"""Ordinary traffic between the apps: connectivity checks, weather for Lima /
Arequipa / Cusco / Madrid, map tiles, images, crash reports with trace ids,
update checks with commit hashes, a delivery order, Metropolitano bus times,
fonts, news, a shop's product view. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CIUDADES = [(-12.05, -77.04), (-16.41, -71.54), (-13.53, -71.97), (40.42, -3.70)]


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
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 2, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
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


def imagen(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.noticias-pe-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.decoy("news photo fetch (a picture, not a face sent for analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51822.ingest.sentry.io/api/7710234/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.apps-peru.example/v1/ultima?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "notas": "Correcciones"})
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.pidelo-ya.example/v2/pedidos")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"POLLO-BRASA-{c.rng.randint(100, 999)}", "cantidad": 1}],
            "moneda": "PEN",
            "direccion": "Av. Arequipa 1234, Lince",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"numeroPedido": order_no(c.rng), "total": rf(c.rng, 20, 120, 2)})
    return b.build()


def metropolitano(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.metropolitano-lima.example/v1/estacion/{c.rng.randint(1, 38)}",
    )
    b.ok_json(
        {"rutas": [{"ruta": r, "minutos": c.rng.randint(1, 20)} for r in ("A", "C", "Expreso 1")]}
    )
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.noticias-peru.example/v1/notas?seccion=deportes&t={ms(c)}"
    )
    b.ok_json(
        {
            "notas": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in ("La Bicolor convoca a 26", "Friaje en Cusco", "Precio del dólar hoy")
            ]
        }
    )
    return b.build()


def producto(c: Context) -> Flow:
    b = _b(
        c,
        "shop",
        "GET",
        f"https://api.tienda-andina.example/v1/productos/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("product view with SKU / EAN (a shop's catalogue)")
    b.ok_json(
        {
            "nombre": "Chompa de alpaca",
            "ean": "77" + str(c.rng.randint(10**10, 10**11 - 1)),
            "precio": rf(c.rng, 80, 300, 2),
            "vistasHoy": c.rng.randint(10, 900),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    mapa,
    imagen,
    sentry,
    actualizacion,
    pedido,
    metropolitano,
    fuentes,
    noticias,
    producto,
    clima,
    imagen,
]
