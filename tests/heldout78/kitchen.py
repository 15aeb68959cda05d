"""A recipe app with step videos (catalogue durations, HLS segments, cooking-step
progress) and a grocery app ("recently viewed" products, cart, flyer). Nothing here
is viewing history: catalogue durations and segment fetches say what exists or is
downloaded, not what someone watched; products viewed are not media.

Sources: JW Player Delivery API v2 (docs.jwplayer.com: GET cdn.jwplayer.com/v2/media/
{media_id} -> playlist[].mediaid, duration, sources[].file/type); HLS segments
(RFC 8216); the grocery app's own backend (in-house names, Canadian French too).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

MEDIA = ["Xk3P9aQz", "bT72LmNw", "Qa81ZcVe", "pL0m4RtY", "wE6hJ2sD"]
STEPS = ["Fold the dough", "Sear the tourtière filling", "Whisk the maple glaze"]


def jw_media(c: Context) -> Flow:
    mid = c.rng.choice(MEDIA)
    b = FB(c, "jwplayer", "GET", f"https://cdn.jwplayer.com/v2/media/{mid}")
    b.header("user-agent", ua("RecettesRapides", "7.3.0"))
    b.decoy("video catalogue entry with duration (what exists, not what was watched)")
    b.ok_json(
        {
            "title": c.rng.choice(STEPS),
            "kind": "Single Item",
            "feedid": mid,
            "playlist": [
                {
                    "mediaid": mid,
                    "duration": c.rng.randint(20, 180),
                    "pubdate": c.rng.randint(1690000000, 1730000000),
                    "image": f"https://cdn.jwplayer.com/v2/media/{mid}/poster.jpg",
                    "sources": [
                        {
                            "file": f"https://cdn.jwplayer.com/manifests/{mid}.m3u8",
                            "type": "application/vnd.apple.mpegurl",
                        }
                    ],
                }
            ],
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    mid = c.rng.choice(MEDIA)
    n = c.rng.randint(0, 30)
    b = FB(c, "jwplayer", "GET", f"https://cdn.jwplayer.com/live/{mid}/seg-{n}-v1-a1.ts")
    b.decoy("video segment fetch (media download, no watch report)")
    b.respond(200, "video/mp2t", fake_mp4(n + 7, 800))
    return b.build()


def recipe_list(c: Context) -> Flow:
    b = FB(
        c,
        "recipes",
        "GET",
        "https://api.recettesrapides-example.ca/v2/recipes",
        [("q", c.rng.choice(["tourtière", "pancakes", "butter tarts"])), ("page", "1")],
    )
    b.decoy("recipe search results with step-video durations and view counts (catalogue)")
    b.ok_json(
        {
            "results": [
                {
                    "id": f"r{c.rng.randint(1000, 9999)}",
                    "title": s,
                    "video_duration_s": c.rng.randint(30, 600),
                    "views": c.rng.randint(100, 90000),
                    "rating": rf(c.rng, 3, 5, 1),
                }
                for s in STEPS
            ],
            "took_ms": c.rng.randint(8, 90),
        }
    )
    return b.build()


def step_progress(c: Context) -> Flow:
    b = FB(c, "recipes", "POST", "https://api.recettesrapides-example.ca/v2/cook-mode/progress")
    b.json(
        {
            "recipe_id": f"r{c.rng.randint(1000, 9999)}",
            "step": c.rng.randint(1, 7),
            "steps_total": 7,
            "timer_remaining_s": c.rng.randint(0, 900),
            "servings": 4,
            "updated": iso(c),
        }
    )
    b.decoy("cook-mode step and kitchen timer (not a media position)")
    b.ok_json({"saved": True})
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = FB(c, "grocery", "GET", "https://api.epiceriefamille-example.ca/v4/me/recently-viewed")
    b.header("x-correlation-id", rid(c.rng))
    b.decoy("recently viewed grocery products (products viewed are not viewing history)")
    b.ok_json(
        {
            "items": [
                {
                    "sku": str(c.rng.randint(10**11, 10**12)),
                    "name": n,
                    "viewed_at": ms(c) - i * 60000,
                    "price": rf(c.rng, 1, 15, 2),
                }
                for i, n in enumerate(["Lait 2 % 4 L", "Pain tranché", "Sirop d'érable"])
            ]
        }
    )
    return b.build()


def product_view(c: Context) -> Flow:
    sku = str(c.rng.randint(10**11, 10**12))
    b = FB(c, "grocery", "POST", "https://api.epiceriefamille-example.ca/v4/events")
    b.json(
        {
            "event": "product_viewed",
            "sku": sku,
            "dwell_ms": c.rng.randint(800, 20000),
            "position": c.rng.randint(1, 40),
            "list": "flyer",
            "session": new_hex(c.rng, 16),
        }
    )
    b.decoy("product detail dwell time (product views, not media watched)")
    b.no_content()
    return b.build()


def price_history(c: Context) -> Flow:
    b = FB(
        c,
        "grocery",
        "GET",
        "https://api.epiceriefamille-example.ca/v4/products/prix-historique",
        [("sku", str(c.rng.randint(10**11, 10**12)))],
    )
    b.decoy("price series (numeric series that is not an embedding)")
    b.ok_json({"prix": [rf(c.rng, 3.5, 6.5, 2) for _ in range(26)], "devise": "CAD"})
    return b.build()


def product_image(c: Context) -> Flow:
    b = FB(
        c,
        "grocery",
        "GET",
        f"https://img.epiceriefamille-example.ca/p/{new_hex(c.rng, 12)}_400.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 9999), 500))
    return b.build()


def taste_profile(c: Context) -> Flow:
    b = FB(c, "recipes", "POST", "https://api.recettesrapides-example.ca/v2/recommend")
    b.json(
        {
            "household": "famille",
            "taste_vector": [rf(c.rng, -1, 1, 4) for _ in range(64)],
            "exclude": ["peanuts"],
            "k": 10,
        }
    )
    b.decoy("recipe taste-profile vector (a feature vector with no face or voice context)")
    b.ok_json({"recipes": [f"r{c.rng.randint(1000, 9999)}" for _ in range(5)]})
    return b.build()
