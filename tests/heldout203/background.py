"""Ordinary traffic between the apps: connectivity checks, weather for Monterrey,
Guadalajara and Houston, map tiles, images, crash reports with trace ids,
update checks with commit hashes, an OXXO-like convenience-store order, a
warranty lookup by a blender's serial number, an electronics shop listing
("MacBook"), a WhatsApp-like chat, a gym's class booking (bike `posicion`,
a "facial" at the spa), the peso / dollar rate and the news. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

HOGAR = "https://api.hogar-electro.example"
CIUDADES = [(25.67, -100.31), (20.67, -103.35), (29.76, -95.37), (25.65, -100.4)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m&timezone=America%2FMonterrey",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 38, 1) for _ in range(24)]},
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def imagen_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.noticias-norte.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44719.ingest.sentry.io/api/5530982/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.apps-regias.example/v1/ultima?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.3.1", "commit": new_hex(c.rng, 40), "notas": "Corrección de errores"})
    return b.build()


def tiendita(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.tiendita24.example/v2/pedidos")
    b.decoy("order number, product view count")
    b.json(
        {
            "articulos": [
                {"sku": f"COCA-600-{c.rng.randint(100, 999)}", "cantidad": 2},
                {"sku": "SABRITAS-ORIG-45G", "cantidad": 1},
            ],
            "tienda": f"MTY-{c.rng.randint(1000, 9999)}",
            "pago": c.rng.choice(["efectivo", "tarjeta", "spin"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "numeroPedido": order_no(c.rng),
            "total": rf(c.rng, 40, 400, 2),
            "vistasProducto": c.rng.randint(10, 900),
        }
    )
    return b.build()


def garantia(c: Context) -> Flow:
    serie = f"LIC{c.rng.randint(10**8, 10**9)}MX"
    b = _b(c, "warranty", "GET", f"{HOGAR}/v1/garantias?numeroSerie={serie}")
    b.decoy("blender serial number (a product, not one of the devices)")
    b.ok_json({"producto": "Licuadora 10 velocidades", "vigente": True, "vence": "2026-03-31"})
    return b.build()


def tienda_electronica(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.electro-norte.example/v1/productos?categoria=laptops")
    b.decoy("product names MacBook / model numbers")
    b.ok_json(
        {
            "productos": [
                {"nombre": "MacBook Air 13 M3", "modelo": "MRXN3LL/A", "precio": 24999},
                {"nombre": "Lenovo IdeaPad Slim 3", "modelo": "82XQ00BELM", "precio": 11499},
                {"nombre": "Mac mini M2", "modelo": "MMFJ3LZ/A", "precio": 13999},
            ]
        }
    )
    return b.build()


def platica(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.platica-chat.example/v3/mensajes")
    b.json(
        {
            "conversacion": rid(c.rng),
            "texto": c.rng.choice(
                [
                    "¿Ya viste el partido, mijo?",
                    "Llego en 10",
                    "Te mando la receta del cabrito",
                    "Jajaja 😂",
                ]
            ),
            "clienteId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"entregado": True})
    return b.build()


def gimnasio(c: Context) -> Flow:
    b = _b(c, "gym", "POST", "https://api.gimnasio-fuerza.example/v1/reservas")
    b.decoy("bike posicion in a spinning class, 'facial' spa service")
    if c.rng.random() < 0.5:
        body = {"clase": "Spinning 7:00", "sucursal": "San Pedro", "posicion": c.rng.randint(1, 30)}
    else:
        body = {"servicio": "Facial hidratante", "sucursal": "Cumbres", "hora": "18:30"}
    b.json({**body, "socio": f"S-{c.rng.randint(10**5, 10**6)}"})
    b.ok_json({"confirmada": True, "folio": rid(c.rng)})
    return b.build()


def tipo_cambio(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.tipodecambio-mx.example/v1/usd-mxn")
    b.ok_json(
        {
            "fecha": iso(c)[:10],
            "compra": rf(c.rng, 19.5, 20.6, 4),
            "venta": rf(c.rng, 20.6, 21.3, 4),
        }
    )
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.noticias-norte.example/v1/notas?seccion=deportes&t={ms(c)}"
    )
    b.ok_json(
        {
            "notas": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in (
                    "Rayados vence a Tigres en el Clásico Regio",
                    "Calor extremo en Monterrey",
                    "Sube la gasolina",
                )
            ]
        }
    )
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    mapa,
    imagen_cdn,
    sentry,
    actualizacion,
    tiendita,
    garantia,
    tienda_electronica,
    platica,
    gimnasio,
    tipo_cambio,
    noticias,
    fuentes,
    clima,
    platica,
]
