"""Rápido: a Barcelona food and grocery delivery app (Glovo-like) and its SDKs.

AppsFlyer (advertising id, its own uid), Adjust (gps_adid, android_uuid
plus the adid it returned) and Firebase Analytics (app instance id) ride
along. Rider tracking sends the RIDER's coordinates and the rider's own
phone id: another person's device, a decoy. Restaurant average ratings and
order ids are ordinary. One call sends the ids gzip+base64'd under `p`.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, js

from .phone import HB, iso, ms, rf, rid, ua

API = "https://api.rapido-delivery.example"
UA = ua("Rapido", "5.171.0")


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "rapido", method, url)
    b.header("user-agent", UA)
    b.header("x-rapido-user", b.acct("rapido_user"))
    return b


def appsflyer(c: Context) -> Flow:
    b = HB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.rapido.app",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("rapido_af_uid", where="json uid"),
            "android_id": b.id("aid_rapido", where="json android_id"),
            "eventName": c.rng.choice(["af_purchase", "af_add_to_cart", "af_content_view"]),
            "timepassedsincelastlaunch": str(c.rng.randint(10, 90000)),
            "country": "ES",
            "lang_code": "es",
            "af_timestamp": str(ms(c)),
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def adjust(c: Context) -> Flow:
    b = HB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.header("client-sdk", "android4.38.5")
    b.form(
        [
            ("app_token", "q8r2sx1kd0zk"),
            ("event_token", "b7xq1p"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("rapido_adid", where="form adid")),
            ("created_at", iso(c)),
            ("revenue", str(rf(c.rng, 8, 45, 2))),
            ("currency", "EUR"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def firebase_analytics(c: Context) -> Flow:
    b = HB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    body = js(
        {
            "app_instance_id": b.id("rapido_fid", where="json app_instance_id"),
            "events": [{"name": "view_item_list", "ts": ms(c)}],
        }
    ).encode()
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ids_opacos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/t")
    where = "form p = base64(gzip(json {a: GAID, b: ANDROID_ID})), one-letter keys"
    inner = {
        "a": b.id("gaid", where=where + " .a", detectable=False),
        "b": b.id("aid_rapido", where=where + " .b", detectable=False),
        "c": ms(c),
    }
    b.form([("p", b64(gzip.compress(js(inner).encode(), mtime=0)))])
    b.no_content()
    return b.build()


def seguimiento_rider(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pedidos/{rid(c.rng)}/seguimiento")
    b.decoy("rider's coordinates and the rider's own phone id (another person's device)")
    b.ok_json(
        {
            "rider": {
                "nombre": "Jordi",
                "lat": rf(c.rng, 41.37, 41.42, 5),
                "lon": rf(c.rng, 2.13, 2.19, 5),
                "dispositivo_rider": new_uuid(c.rng),
            },
            "eta_min": c.rng.randint(4, 30),
        }
    )
    return b.build()


def restaurantes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tiendas?lat=41.3874&lon=2.1686&categoria=restaurantes")
    b.decoy("store list with average ratings (aggregates)")
    b.ok_json(
        {
            "tiendas": [
                {
                    "id": c.rng.randint(1000, 99999),
                    "nombre": n,
                    "valoracion_media": rf(c.rng, 3.5, 4.9, 1),
                }
                for n in ("La Tagliatella", "Bacoa", "Pans & Company", "Udon")
            ]
        }
    )
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pedidos")
    b.decoy("order with idempotency key and address")
    b.json(
        {
            "tienda": c.rng.randint(1000, 99999),
            "direccion": "Carrer de Mallorca 200, Barcelona",
            "telefono": b.acct("rapido_phone"),
            "clave_idempotencia": rid(c.rng),
            "productos": [{"id": new_hex(c.rng, 8), "cantidad": 1}],
        }
    )
    b.ok_json({"id_pedido": "ES-" + str(c.rng.randint(10**8, 10**9)), "estado": "ACEPTADO"})
    return b.build()
