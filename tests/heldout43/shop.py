"""Marketplace app "MercaYa" (Mercado Libre-like; Mexico, Brazil, Turkey sites).

Look-alikes: search results, item pages with 90-day price series and
installment plans (meses sin intereses / parcelas / taksit), carts, shipment
progress, question-and-answer threads, "visitas" counters on listings.
Sensitive: the app's own device registration (x-device-id header plus the
app's ANDROID_ID under `dispositivo`), and a fraud-prevention fingerprint
that is encrypted before it leaves the phone (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

SITES = [
    ("MLM", "https://api.mercaya.com.mx", "MXN"),
    ("MLB", "https://api.mercaya.com.br", "BRL"),
    ("MTR", "https://api.mercaya.com.tr", "TRY"),
]
UA = ua("MercaYa", "10.312.1")
IMG = "https://http2.mlstatic-ejemplo.com"


def _b(c: Context, method: str, path: str) -> tuple[FB, str, str]:
    site, host, cur = c.rng.choice(SITES)
    b = FB(c, "mercaya", method, host + path.replace("{site}", site))
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b, site, cur


def _item(c: Context, site: str) -> str:
    return f"{site}{c.rng.randint(10**9, 10**10)}"


def search(c: Context) -> Flow:
    q = c.rng.choice(
        ["funda a54", "soporte celular moto", "capacete", "kulaklık", "mochila delivery"]
    )
    b, site, cur = _b(c, "GET", "/sites/{site}/search")
    b.param("q", q)
    b.ok_json(
        {
            "query": q,
            "paging": {"total": c.rng.randint(50, 5000), "offset": 0},
            "results": [
                {
                    "id": _item(c, site),
                    "title": q.title(),
                    "price": rf(c.rng, 80, 900, 2),
                    "currency_id": cur,
                    "thumbnail": f"{IMG}/D_{c.rng.randint(10**6, 10**7)}-I.jpg",
                }
                for _ in range(5)
            ],
        }
    )
    b.decoy("search results with thumbnails")
    return b.build()


def item_page(c: Context) -> Flow:
    b, _site, cur = _b(c, "GET", "/items/{site}" + str(c.rng.randint(10**9, 10**10)))
    base = rf(c.rng, 200, 3000, 2)
    b.ok_json(
        {
            "price": base,
            "currency_id": cur,
            "historial_precios_90d": [
                round(base * c.rng.uniform(0.85, 1.15), 2) for _ in range(30)
            ],
            "installments": {
                "quantity": c.rng.choice([3, 6, 12]),
                "rate": 0,
                "amount": round(base / 6, 2),
            },
            "visitas": c.rng.randint(10, 90000),
            "sold_quantity": c.rng.randint(0, 500),
        }
    )
    b.decoy("item page: price series, installments, visit counter")
    return b.build()


def installments(c: Context) -> Flow:
    b, _site, cur = _b(c, "POST", "/checkout/v1/installments")
    total = rf(c.rng, 300, 9000, 2)
    b.json(
        {
            "monto": total,
            "moneda": cur,
            "bin": str(c.rng.randint(400000, 559999)),
            "planes": [
                {"cuotas": n, "parcelas": n, "taksit": n, "tasa": 0 if n <= 6 else 0.029}
                for n in (1, 3, 6, 12)
            ],
        }
    )
    b.ok_json({"recomendado": 6, "sin_interes": [1, 3, 6]})
    b.decoy("installment plans in three languages, card BIN")
    return b.build()


def shipment(c: Context) -> Flow:
    b, _site, _cur = _b(c, "GET", f"/shipments/{c.rng.randint(10**10, 10**11)}")
    b.ok_json(
        {
            "status": "shipped",
            "substatus": "out_for_delivery",
            "progress": rf(c.rng, 0.4, 0.95, 2),
            "estimated_delivery": iso(c),
            "tracking_number": f"MEL{c.rng.randint(10**11, 10**12)}MX",
        }
    )
    b.decoy("shipment progress and tracking number")
    return b.build()


def questions(c: Context) -> Flow:
    b, site, _cur = _b(c, "GET", "/questions/search")
    b.param("item", _item(c, site))
    b.ok_json(
        {
            "questions": [
                {
                    "text": (
                        "¿Sirve para Galaxy A54? ¿El reconocimiento facial funciona con la funda?"
                    ),
                    "answer": {"text": "Sí, no tapa la cámara frontal."},
                    "date_created": iso(c),
                }
            ]
        }
    )
    b.decoy("Q&A text that talks about face unlock")
    return b.build()


def device_register(c: Context) -> Flow:
    b, _site, _cur = _b(c, "POST", "/devices/v2/register")
    b.header("x-device-id", b.id("shop_install", where="header x-device-id"))
    b.json(
        {
            "dispositivo": {
                "android_id": b.id("aid_shop", where="body dispositivo.android_id"),
                "modelo": "SM-A546E",
                "fabricante": "samsung",
                "so": "Android 14",
            },
            "usuario": b.acct("shop_user"),
            "ts": ms(c),
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def fraud_fp(c: Context) -> Flow:
    b, _site, _cur = _b(c, "POST", "/risk/v1/collect")
    b.header("x-device-id", b.id("shop_install", where="header x-device-id"))
    raw = b.id_raw("aid_shop", "aes_gcm", "body.d: encrypted fingerprint holding the ANDROID_ID")
    blob = bytes((ord(ch) ^ c.rng.getrandbits(8)) for ch in (raw + "|" + str(ms(c))) * 6)
    b.json({"d": b64(blob), "v": "3.2"})
    b.ok_json({"score": c.rng.randint(0, 100)})
    return b.build()
