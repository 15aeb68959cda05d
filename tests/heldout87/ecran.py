"""Écran Public: a public-service replay / live app (FR), in-house watch log in French
keys (visionnage, reprise, avancement...), Médiamétrie eStat streaming hits and the
IMA pre-roll. eStat's streaming tag sends a serial and short play-state keys
(ms=play|pause|stop, mp=position) to prof.estat.com (Médiamétrie eStat streaming
integration guide): those keys say nothing to a reader, so they are not detectable.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.ecran-public.fr"
SHOWS = [
    ("plus-belle-la-ville", "PBLV"),
    ("journal-20h", "J20"),
    ("la-traversee", "TRAV"),
    ("docs-ocean", "OCEA"),
    ("cuisine-chez-nous", "CUIS"),
]


def _ep(ctx: Context) -> tuple[str, str, int, int]:
    slug, code = ctx.rng.choice(SHOWS)
    return (
        slug,
        f"{code}-S{ctx.rng.randint(1, 6):02d}E{ctx.rng.randint(1, 30):02d}",
        ctx.rng.randint(1, 6),
        ctx.rng.randint(1, 30),
    )


def visionnage(ctx: Context) -> Flow:
    slug, vid, s, e = _ep(ctx)
    b = FB(ctx, "ecran", "POST", f"{API}/v2/utilisateur/visionnages")
    b.view("body.visionnage")
    dur = ctx.rng.randint(1500, 3600)
    b.header("user-agent", ua("EcranPublic", "8.12.0"))
    b.header("x-device-id", b.id("idfv_ecran", where="header.x-device-id"))
    b.json(
        {
            "visionnage": {
                "programme": slug,
                "idVideo": vid,
                "saison": s,
                "episode": e,
                "duree_visionnage": ctx.rng.randint(60, dur),
                "duree_totale": dur,
                "avancement": round(ctx.rng.random(), 2),
                "date": iso(ctx),
                "termine": False,
            }
        }
    )
    b.no_content()
    return b.build()


def reprise_sync(ctx: Context) -> Flow:
    _slug, vid, s, e = _ep(ctx)
    b = FB(ctx, "ecran", "PUT", f"{API}/v2/reprise/{vid}")
    b.view("body.positionReprise")
    b.json(
        {
            "positionReprise": ctx.rng.randint(30, 3000),
            "déjà_vu": False,
            "épisode": e,
            "saison": s,
            "horodatage": ms(ctx),
        }
    )
    b.no_content()
    return b.build()


def reprendre_list(ctx: Context) -> Flow:
    """The 'Reprendre' rail the server sends back: what the user was watching."""
    b = FB(ctx, "ecran", "GET", f"{API}/v2/utilisateur/reprendre", [("limit", "12")])
    b.view("response.reprendre", direction="response")
    items = []
    for _ in range(ctx.rng.randint(3, 8)):
        slug, vid, _s, _e = _ep(ctx)
        items.append(
            {
                "idVideo": vid,
                "programme": slug,
                "dejaVu": ctx.rng.randint(5, 95),
                "derniereLecture": iso(ctx),
                "resteAVoir": ctx.rng.randint(60, 2400),
            }
        )
    b.ok_json({"reprendre": items})
    return b.build()


def estat_hit(ctx: Context) -> Flow:
    _, vid, _, _ = _ep(ctx)
    b = FB(ctx, "estat", "GET", "https://prof.estat.com/m/web/231109185400")
    b.view("query.ms+mp", detectable=False)
    for k, v in [
        ("c", "ep-fr"),
        ("dom", "ecran-public.fr"),
        ("l3", vid),
        ("ms", ctx.rng.choice(["play", "pause", "stop"])),
        ("mp", str(ctx.rng.randint(0, 3000))),
        ("ml", "2700"),
        ("n", str(ms(ctx))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def beacon_opaque(ctx: Context) -> Flow:
    """The player's QoS beacon: base64 of a packed struct, keys a reader cannot read."""
    _, vid, _, _ = _ep(ctx)
    b = FB(ctx, "ecran", "POST", f"{API}/q/b")
    b.view("body.d (packed)", detectable=False)
    blob = f"{vid}|{ctx.rng.randint(0, 3000)}|{ms(ctx)}".encode()
    b.json({"v": 3, "d": b64(bytes(x ^ 0x5A for x in blob))})
    b.no_content()
    return b.build()


def pre_roll(ctx: Context) -> Flow:
    _, vid, _, _ = _ep(ctx)
    return sdks.ima_ad_request(ctx, "2510", vid, att=ctx.rng.random() < 0.6)


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "ecran", "GET", f"{API}/v2/pages/accueil", [("region", "fr")])
    b.decoy("catalogue page with programme ids and durations")
    b.ok_json(
        {
            "rails": [
                {
                    "titre": "À la une",
                    "items": [
                        {"idVideo": _ep(ctx)[1], "duree": ctx.rng.randint(600, 3600)}
                        for _ in range(6)
                    ],
                }
            ]
        }
    )
    return b.build()


def vignette(ctx: Context) -> Flow:
    b = FB(ctx, "ecran", "GET", f"https://img.ecran-public.fr/vignettes/{_ep(ctx)[1]}_16x9.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 300))
    return b.build()


def segment(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "ecran",
        "GET",
        f"https://vod.ecran-public.fr/hls/{_ep(ctx)[1]}/720p/seg_{ctx.rng.randint(1, 900)}.ts",
    )
    b.decoy("video segment fetch")
    b.header("x-request-id", rid(ctx.rng))
    b.respond(200, "video/mp2t", b"G@\x11\x10" * 40)
    return b.build()
