"""Shoply Live's ordinary traffic (product pages with price histories, live
comments, video downloads, orders: decoys) and its virtual lipstick try-on,
which sends ARKit face-anchor blend shapes under their raw iOS names
(ARFaceAnchor.BlendShapeLocation: eyeBlink_L, jawOpen...)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .liveshop import API, _b
from .phone import ms, rf, rid


def product(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/products/{c.rng.randint(10**8, 10**9)}")
    b.decoy("product page with price history series")
    b.ok_json(
        {
            "title": "Glow Serum 30ml",
            "price": rf(c.rng, 9, 39, 2),
            "priceHistory": [rf(c.rng, 9, 39, 2) for _ in range(14)],
            "sku": "SKU-" + str(c.rng.randint(10**5, 10**6)),
        }
    )
    return b.build()


def comments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/live/{c.rng.randint(10**17, 10**18)}/comments")
    b.param("cursor", str(c.rng.randint(0, 500)))
    b.decoy("live-room comments")
    b.ok_json(
        {
            "comments": [
                {"user": "kim***", "text": t} for t in ("prijs?", "zo mooi!", "wanneer op voorraad")
            ]
        }
    )
    return b.build()


def video_fetch(c: Context) -> Flow:
    b = _b(c, "GET", f"https://v.shoplylive.com/obj/{rid(c.rng).replace('-', '')[:20]}/720.mp4")
    b.decoy("short video download")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 900))
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/orders")
    b.decoy("order with order number and amounts")
    b.json(
        {
            "items": [{"sku": "SKU-" + str(c.rng.randint(10**5, 10**6)), "qty": 1}],
            "total": rf(c.rng, 9, 80, 2),
            "orderNo": "SL" + str(c.rng.randint(10**11, 10**12)),
            "address": {"city": "Utrecht", "zip": "3511"},
        }
    )
    b.ok_json({"status": "created"})
    return b.build()


ARKIT = [
    "eyeBlink_L",
    "eyeBlink_R",
    "jawOpen",
    "mouthSmile_L",
    "mouthSmile_R",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
    "eyeSquint_L",
    "eyeSquint_R",
]


def tryon_session(c: Context) -> Flow:
    """Virtual lipstick try-on: ARKit face-anchor blend shapes (raw iOS spellings)
    sent with the session summary for 'expression-aware' shade rendering."""
    b = _b(c, "POST", f"{API}/v1/tryon/session")
    b.bio("blendshapes", "body.json.frames[].blendShapes (ARKit eyeBlink_L, jawOpen...)")
    frames = [
        {
            "t": ms(c) + i * 33,
            "blendShapes": {k: rf(c.rng, 0, 1, 3) for k in ARKIT},
            "lookAtPoint": [
                rf(c.rng, -0.1, 0.1, 4),
                rf(c.rng, -0.1, 0.1, 4),
                rf(c.rng, 0.3, 0.6, 4),
            ],
        }
        for i in range(c.rng.randint(3, 8))
    ]
    b.json({"sku": "SKU-" + str(c.rng.randint(10**5, 10**6)), "shade": "#B3364F", "frames": frames})
    b.no_content()
    return b.build()


def tryon_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tryon/open")
    b.decoy("try-on opened: product and shade colours, no face data")
    b.json(
        {
            "sku": "SKU-" + str(c.rng.randint(10**5, 10**6)),
            "shades": ["#B3364F", "#D9737F", "#7A1F2B"],
            "source": "live_room",
            "requestId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
