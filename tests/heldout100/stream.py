"""Her own streaming app (a Swiss public-broadcaster style VOD service, an
in-house backend with keys of its own): per-user watch log, resume points,
continue-watching list, and an encrypted QoE beacon. The app's IDFV travels
in a header. Catalogue pages and HLS segments are decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.flimmerkiste-vod.example.ch"
UA = ua("Flimmerkiste", "4.9.2")
SHOWS = ["Tschugger", "Wilder", "Davos 1917", "Der Bestatter", "Neumatt"]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "stream", method, API + path)
    b.header("user-agent", UA)
    return b


def _asset(ctx: Context) -> str:
    return "ep_" + new_hex(ctx.rng, 10)


def resume_point(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "PUT", "/v2/me/bookmarks/" + _asset(ctx))
    b.header("x-device-vendor-id", b.id("idfv_stream", where="header x-device-vendor-id"))
    b.json(
        {
            "positionSec": r.randint(10, 3000),
            "durationSec": 3120,
            "updatedAt": iso(ctx),
            "finished": False,
        }
    )
    b.view("json bookmarks positionSec/durationSec of an episode")
    b.ok_json({"ok": True})
    return b.build()


def watch_log(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "POST", "/v2/me/watch-events")
    b.json(
        {
            "events": [
                {
                    "type": r.choice(["play", "pause", "heartbeat", "stop"]),
                    "assetId": _asset(ctx),
                    "series": r.choice(SHOWS),
                    "playheadSec": r.randint(0, 3000),
                    "watchedSec": 30,
                    "ts": ms(ctx) - i * 30000,
                }
                for i in range(r.randint(2, 5))
            ],
            "userId": b.acct("stream_user"),
        }
    )
    b.view("json watch-events list of play/heartbeat with playheadSec and series")
    b.no_content()
    return b.build()


def continue_watching(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "GET", "/v2/me/continue-watching")
    b.view("response continue-watching rows with progress", direction="response")
    b.ok_json(
        {
            "items": [
                {"title": r.choice(SHOWS), "assetId": _asset(ctx), "progressPct": r.randint(5, 95)}
                for _ in range(r.randint(2, 6))
            ]
        }
    )
    return b.build()


def qoe_opaque(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "POST", "/q")
    b.set_body(bytes(r.getrandbits(8) for _ in range(180)), "application/octet-stream")
    b.view("encrypted playback beacon (contents unreadable)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "GET", "/v2/pages/home")
    b.decoy("home page rails: catalogue, trending and popular titles for everyone")
    b.ok_json(
        {
            "rails": [
                {"title": t, "items": [{"id": _asset(ctx), "viewCount": r.randint(10, 10**5)}]}
                for t in ("Trending", "Neu", "Populär")
            ],
            "requestId": rid(r),
        }
    )
    return b.build()


def segment(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "stream",
        "GET",
        f"https://cdn.flimmerkiste-vod.example.ch/hls/{new_hex(r, 8)}/seg_{r.randint(1, 400)}.ts",
    )
    b.decoy("HLS video segment fetch")
    b.respond(200, "video/mp2t", base64.b64encode(bytes(r.getrandbits(8) for _ in range(300))))
    return b.build()


VIEW = [resume_point, watch_log, continue_watching, resume_point, qoe_opaque, watch_log]
FLOWS = [catalogue, segment, segment]
