"""Llagar Cabritu: an Asturian cider house's shop app (Xuana's Galaxy A55) and
the self-service kiosk in its chigre.

The shop's product pages describe bottles and labels ("cara A / cara B" of the
label, the sidra's `posición` in the catalogue), the cart lists lines with their
`posición`, orders get a number. The kiosk is the cider house's own equipment:
it reports sales and health under its inventory serial. The shop app uses
Braze (its `device_id`, sometimes the advertising id in `device.google_ad_id`)
and registers its ANDROID_ID for push.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg

from . import sdk
from .phone import FB, iso, ms, rf, rid, ua

API = "https://tienda.llagarcabritu.example"
KIOSK = "https://kiosku.llagarcabritu.example"
UA = ua("LlagarCabritu", "2.8.1", "xu")
BRAZE_KEY = "3f1c9a27-5d0e-4b8a-9e61-0c7d2a4f8b13"
SIDRES = [
    ("s01", "Sidra natural", 3.2),
    ("s02", "Sidra d'escoyeta", 4.5),
    ("s03", "Sidra brut", 8.9),
]
KIOSKS = ["KSK-XIX-01", "KSK-XIX-02"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "llagarcabritu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/preseos")
    b.json(
        {
            "androidId": b.id("aid_llagar", where="json androidId"),
            "tokenPush": new_hex(c.rng, 64),
            "llingua": "ast",
        }
    )
    b.ok_json({"rexistráu": True})
    return b.build()


def braze_session(c: Context) -> Flow:
    b = sdk.braze(
        c,
        "braze",
        BRAZE_KEY,
        "llagar_braze_id",
        UA,
        [sdk.braze_event(c, "ss", {}, rid(c.rng))],
        gaid="gaid_xu",
        spain=True,
    )
    return b.build()


def braze_cart(c: Context) -> Flow:
    _sid, name, price = c.rng.choice(SIDRES)
    ev = sdk.braze_event(c, "amestar_al_carru", {"produtu": name, "preciu": price}, rid(c.rng))
    b = sdk.braze(c, "braze", BRAZE_KEY, "llagar_braze_id", UA, [ev], spain=True)
    return b.build()


def product(c: Context) -> Flow:
    sid, name, price = c.rng.choice(SIDRES)
    b = _b(c, "GET", f"{API}/api/productos/{sid}")
    b.decoy("bottle label 'cara A / cara B' (a label side, not a face)")
    b.ok_json(
        {
            "id": sid,
            "nome": name,
            "preciu": price,
            "posición": c.rng.randint(1, 12),
            "etiqueta": {"cara": c.rng.choice(["A", "B"]), "imaxe": f"{API}/img/{sid}_caraA.jpg"},
            "graos": 6,
        }
    )
    return b.build()


def label_image(c: Context) -> Flow:
    sid = c.rng.choice(SIDRES)[0]
    b = _b(c, "GET", f"{API}/img/{sid}_cara{c.rng.choice('AB')}.jpg")
    b.decoy("bottle label image named cara (label side)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def cart(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/carru")
    b.decoy("posición of lines in a cart")
    b.json(
        {
            "llinies": [
                {"posición": i + 1, "produtu": s, "cantidá": c.rng.randint(1, 6)}
                for i, (s, _n, _p) in enumerate(SIDRES[: c.rng.randint(1, 3)])
            ]
        }
    )
    b.ok_json({"total": rf(c.rng, 10, 80, 2), "gastosUnviu": 4.95})
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pedíos")
    b.decoy("order number")
    b.json({"carru": rid(c.rng), "direición": "Cai Corrida 12, Xixón", "pagu": "tarxeta"})
    b.ok_json({"númeroPedíu": order_no(c.rng), "entrega": iso(c)[:10]})
    return b.build()


def kiosk_sale(c: Context) -> Flow:
    k = c.rng.choice(KIOSKS)
    b = FB(c, "kiosk", "POST", f"{KIOSK}/v1/ventes")
    b.header("user-agent", "LlagarKiosk/1.4 (Android 11; Elo I-Series 4)")
    b.header("x-kiosku", k)
    b.decoy("the cider house's kiosk id (its own equipment)")
    _sid, name, price = c.rng.choice(SIDRES)
    b.json({"kiosku": k, "produtu": name, "importe": price, "pagu": "contactless", "t": ms(c)})
    b.ok_json({"tique": f"T{c.rng.randint(10**5, 10**6)}"})
    return b.build()


def kiosk_health(c: Context) -> Flow:
    k = c.rng.choice(KIOSKS)
    b = FB(c, "kiosk", "POST", f"{KIOSK}/v1/estáu")
    b.header("user-agent", "LlagarKiosk/1.4 (Android 11; Elo I-Series 4)")
    b.decoy("kiosk serial and posición in the chigre (venue equipment)")
    b.json(
        {
            "kiosku": k,
            "serie": "ELO" + k[-2:] + "4K19",
            "posición": "entrada",
            "papel": c.rng.choice(["ok", "baxu"]),
            "temperatura": rf(c.rng, 30, 45, 1),
        }
    )
    b.no_content()
    return b.build()
