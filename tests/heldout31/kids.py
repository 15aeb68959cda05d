"""A rear-seat kids' entertainment app (in-house, fictional "Baksete") with
Firebase Installations.

Viewing history: the child's watch log (`watchedSeconds`, `completed`), a
Swedish `sett` list per profile. Device ids: Firebase Installations
registration (POST /v1/projects/{project}/installations with fid, appId,
authVersion FIS_v2, sdkVersion; firebase-android-sdk
FirebaseInstallationServiceClient), the ANDROID_ID in a header. Decoys: the
child's cartoon avatar ("face": fox, "eyes": round), cartoon thumbnails.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ua

API = "https://api.baksete.app"
CARTOONS = ["Bamse", "Pippi Långstrump", "Babblarna", "Labyrint", "Mumintrollen", "Flåklypa"]


def _h(b: FB, ctx: Context, dev: bool = True) -> None:
    b.header("user-agent", ua("Baksete", "2.9.0"))
    if dev:
        b.header("x-android-id", b.id("aid_kids", where="header x-android-id"))


def watch_log(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "baksete", "POST", f"{API}/v1/watchlog")
    _h(b, ctx)
    b.view("body episodes[].title / watchedSeconds")
    eps = [
        {
            "title": t,
            "episode": rng.randint(1, 26),
            "watchedSeconds": rng.randint(60, 1500),
            "completed": rng.random() < 0.4,
        }
        for t in rng.sample(CARTOONS, rng.randint(1, 3))
    ]
    b.json({"profile": ctx.phone.kids_profile, "seat": "rear-left", "episodes": eps})
    b.no_content()
    return b.build()


def sett_lista(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "baksete", "PUT", f"{API}/v1/profiler/{ctx.phone.kids_profile}/sett")
    _h(b, ctx)
    b.view("body sett[].program / minuter")
    rows = [{"program": t, "minuter": rng.randint(1, 25), "när": iso(ctx)} for t in CARTOONS[:3]]
    b.json({"sett": rows})
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(ctx: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/baksete-prod/installations"
    b = FB(ctx, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(ctx.rng, 33))
    b.header("x-android-package", "app.baksete.automotive")
    b.header("x-android-cert", new_hex(ctx.rng, 40).upper())
    fid = b.id("kids_fid", where="body fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:80412:android:" + new_hex(ctx.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/80412/installations/" + fid, "fid": fid, "refreshToken": "2_x"})
    # the response echoes the fid: one more carrier, in the response
    b.id("kids_fid", where="response fid", direction="response")
    return b.build()


def avatar(ctx: Context) -> Flow:
    b = FB(ctx, "baksete", "POST", f"{API}/v1/avatar")
    _h(b, ctx, dev=False)
    b.decoy("cartoon avatar with face/eyes choices: not a real face")
    b.json(
        {
            "avatar": {
                "face": ctx.rng.choice(["fox", "bear", "owl"]),
                "eyes": ctx.rng.choice(["round", "sleepy", "star"]),
                "smile": True,
            }
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def cartoon_thumb(ctx: Context) -> Flow:
    b = FB(ctx, "baksete", "GET", f"https://cdn.baksete.app/art/{new_hex(ctx.rng, 20)}.jpg")
    b.decoy("cartoon thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 300))
    return b.build()


def shelf(ctx: Context) -> Flow:
    b = FB(ctx, "baksete", "GET", f"{API}/v1/hylla", [("alder", "4-7")])
    _h(b, ctx, dev=False)
    b.decoy("catalogue shelf")
    b.ok_json({"program": [{"titel": t, "avsnitt": 26} for t in CARTOONS]})
    return b.build()
