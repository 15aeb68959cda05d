"""Bazar.kz: a marketplace (Wildberries-like) with a glasses virtual try-on.

The try-on sends the face-mesh landmarks the phone's face tracker found (468
[x, y, z] points) so the server can size the frames: biometric. Product
embeddings for "similar items", search results, product photos, review photos
and the cart are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb, multipart

from . import sdks
from .phone import FB, b, floats, iso, rf, rid, ua

API = "https://api.bazar-kz.example"
UA = ua("Bazar", "5.21.0")


def _user(fb: FB) -> None:
    fb.header("x-user", fb.ctx.phone.bazar_user)
    fb.header("x-request-id", rid(fb.ctx.rng))


def _mesh(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.2, 0.8), rf(c.rng, 0.2, 0.8), rf(c.rng, -0.1, 0.1)] for _ in range(n)]


def tryon_mesh(c: Context) -> Flow:
    fb = b(c, "bazar", "POST", f"{API}/v1/primerka/ochki", UA)
    _user(fb)
    fb.bio("face_mesh", "json face_mesh.landmarks (468 [x,y,z] points) + ipd_mm")
    fb.json(
        {
            "sku": f"GL-{c.rng.randint(10000, 99999)}",
            "face_mesh": {"landmarks": _mesh(c, 468), "ipd_mm": rf(c.rng, 58, 68, 1)},
        },
        "gzip",
    )
    fb.ok_json({"razmer": c.rng.choice(["S", "M", "L"])})
    return fb.build()


def tryon_opaque(c: Context) -> Flow:
    fb = b(c, "bazar", "POST", f"{API}/v1/pr/o", UA)
    _user(fb)
    fb.bio("face_mesh", "form m (gzip+base64 of the 468-point mesh)", detectable=False)
    fb.form([("m", b64(gz(jsb(_mesh(c, 468))))), ("s", f"GL-{c.rng.randint(10000, 99999)}")])
    fb.ok_json({"r": "M"})
    return fb.build()


def similar_items(c: Context) -> Flow:
    fb = b(c, "bazar", "POST", f"{API}/v1/pohozhie", UA)
    _user(fb)
    fb.decoy("product image embedding for similar items (feature vector, no face)")
    fb.json({"embedding": floats(c.rng, 64, 4), "category": "obuv"})
    fb.ok_json({"items": [f"SKU{c.rng.randint(10**6, 10**7)}" for _ in range(6)]})
    return fb.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["кроссовки", "шапан", "чайник", "балалар киімі", "очки"])
    fb = b(c, "bazar", "GET", f"{API}/v2/search?query={q}&dest=-1257786", UA)
    _user(fb)
    fb.decoy("search results with prices and ratings")
    fb.ok_json(
        {
            "products": [
                {"id": c.rng.randint(10**6, 10**7), "price": c.rng.randint(990, 49990)}
                for _ in range(8)
            ]
        }
    )
    return fb.build()


def product_photo(c: Context) -> Flow:
    fb = b(
        c,
        "bazar",
        "GET",
        f"https://basket-07.bazar-kz.example/vol{c.rng.randint(100, 999)}/images/big/1.webp",
        UA,
    )
    fb.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return fb.build()


def review_photo(c: Context) -> Flow:
    fb = b(c, "bazar", "POST", f"{API}/v1/otzyvy/foto", UA)
    _user(fb)
    fb.decoy("review photo of a product (an upload with no face matching)")
    boundary = new_hex(c.rng, 24)
    parts = [("photo", "IMG_2024.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"ok": True})
    return fb.build()


def cart(c: Context) -> Flow:
    fb = b(c, "bazar", "POST", f"{API}/v1/korzina", UA)
    _user(fb)
    fb.decoy("cart update with an idempotency key")
    fb.json({"sku": c.rng.randint(10**6, 10**7), "qty": 1, "key": rid(c.rng), "at": iso(c)})
    fb.ok_json({"count": c.rng.randint(1, 9)})
    return fb.build()


def mytracker_launch(c: Context) -> Flow:
    return sdks.mytracker(c, "aid_bazar", "bazarkz")


def mytracker_compact(c: Context) -> Flow:
    return sdks.mytracker_opaque(c, "aid_bazar", "bazarkz")


def appsflyer_purchase(c: Context) -> Flow:
    return sdks.appsflyer(c, "aid_bazar", "kz.bazar.app", "af_purchase")
