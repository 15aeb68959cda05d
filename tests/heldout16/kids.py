"""Kiddo TV: a kids' video app whose parental controls check a parent's face.

The age check posts the camera frame to Yoti's age estimation API (Yoti
developer docs, "Age estimation and anti-spoofing": POST
`/ai/v1/age-antispoofing` with `{"img": <base64>}`, signed with
`X-Yoti-Auth-Id` / `X-Yoti-Auth-Digest`); the parent match uses an in-house
face template. Kids' watch history goes to the app's own backend.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, tv_ua

SDK = "kiddo"
UA = tv_ua("KiddoTV", "4.3.0")
API = "https://api.kiddo.tv"
SHOWS = ["Paw Pals", "Tiny Trains", "Ocean Pups", "Moon Bakers", "Dino Dig"]


def yoti_age(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://api.yoti.com/ai/v1/age-antispoofing")
    b.bio("face_image", "body.img (face frame for age estimation)")
    b.header("x-yoti-auth-id", rid(ctx.rng))
    b.header("x-yoti-auth-digest", b64(rid(ctx.rng) + rid(ctx.rng)))
    b.json({"img": b64(fake_jpeg(ctx.rng.getrandbits(32), 800))})
    b.ok_json(
        {
            "age": rf(ctx.rng, 28, 45, 2),
            "st_dev": rf(ctx.rng, 1, 3, 2),
            "antispoofing": {"prediction": "real"},
        }
    )
    return b.build()


def parent_verify(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/parental/verify")
    b.bio("face_template", "body.parentFaceTemplate")
    b.header("user-agent", UA)
    b.json(
        {
            "parentFaceTemplate": b64(bytes(ctx.rng.getrandbits(8) for _ in range(512))),
            "templateFormat": "arcface-r100-fp16",
            "kidsInstallId": b.id("kids_install", where="body.kidsInstallId"),
            "action": ctx.rng.choice(["unlock_settings", "extend_time"]),
        }
    )
    b.ok_json({"verified": ctx.rng.random() < 0.9})
    return b.build()


def watch_history(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/kids/history")
    eps = [
        {
            "show": ctx.rng.choice(SHOWS),
            "episodeId": "e" + str(ctx.rng.randint(100, 999)),
            "watchedSeconds": ctx.rng.randint(20, 1400),
            "endedAt": iso(ctx),
        }
        for _ in range(ctx.rng.randint(1, 3))
    ]
    b.view("body.episodes[] (kid profile watch history)")
    b.header("user-agent", UA)
    b.json(
        {
            "profile": "kid-" + str(ctx.rng.randint(1, 2)),
            "family": b.acct("kids_user"),
            "episodes": eps,
        }
    )
    b.no_content()
    return b.build()


def config(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/config")
    b.param("androidId", b.id("aid_kids", where="query.androidId"))
    b.param("tvSerial", b.id("tv_serial", where="query.tvSerial"))
    b.param("locale", "en_GB")
    b.header("user-agent", UA)
    b.ok_json({"bedtime": "19:30", "maxMinutes": 60})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/shows")
    b.param("age", "3-6")
    b.decoy("kids show catalogue")
    b.ok_json({"shows": [{"title": s, "id": rid(ctx.rng)[:8]} for s in SHOWS]})
    return b.build()


def article(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/help/articles/face-check")
    b.decoy("help article about the parental face check")
    text = (
        "How the face check works: the camera looks for a grown-up's face and estimates age. "
        "Face images are not stored; landmarks and face templates stay on the TV."
    )
    b.ok_json({"title": "About the face check", "body": text, "updated": iso(ctx)})
    return b.build()
