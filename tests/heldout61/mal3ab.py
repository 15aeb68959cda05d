"""Mal3ab: a Qatari football and motor-racing app with live streams (phone).

The live player sends an in-house heartbeat every 30 s (what is being watched,
for how long), and a Conviva-style session beacon; the rest is scores, odds and
race telemetry, which look numeric and sensitive but are not. Conviva's
documented heartbeat fields (pulse.conviva.com, "Conviva heartbeat": cid,
sid, st = session time, pht = playhead, and the assetName tag) follow its
public ECO sensor docs; the host shape here is the documented *.cws.conviva.com.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid, ua

API = "https://api.mal3ab-example.qa"
EVENTS = [
    ("Al Sadd v Al Duhail", "m-88120"),
    ("Qatar GP Race", "r-2026-qa"),
    ("Galatasaray v Fenerbahçe", "m-88410"),
    ("Al Ain v Al Wahda", "m-88533"),
]


def live_heartbeat(ctx: Context) -> Flow:
    name, eid = ctx.rng.choice(EVENTS)
    b = FB(ctx, "mal3ab", "POST", f"{API}/live/v1/heartbeat")
    b.header("user-agent", ua("Mal3ab", "5.2.1"))
    b.json(
        {
            "stream_id": eid,
            "event_name": name,
            "watch_seconds": ctx.rng.randint(30, 5400),
            "quality": "1080p",
            "is_live": True,
            "ts": ms(ctx),
        }
    )
    b.view("body.stream_id+watch_seconds")
    b.no_content()
    return b.build()


def conviva_hb(ctx: Context) -> Flow:
    name, eid = ctx.rng.choice(EVENTS)
    b = FB(ctx, "conviva", "POST", "https://mal3ab.cws.conviva.com/0/wsg")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Mal3ab",
            "sid": ctx.rng.randint(1, 10**8),
            "clid": f"{ctx.rng.randint(10**8, 10**9)}.{ctx.rng.randint(10**8, 10**9)}",
            "st": ctx.rng.randint(1000, 900000),
            "pht": ctx.rng.randint(1000, 5400000),
            "tags": {"assetName": name, "contentId": eid, "streamType": "LIVE"},
        }
    )
    b.other_id("conviva_clid", "body.clid")
    b.view("body.tags.assetName+pht")
    b.ok_json({"err": "ok"})
    return b.build()


def replay_progress(ctx: Context) -> Flow:
    name, eid = ctx.rng.choice(EVENTS)
    b = FB(ctx, "mal3ab", "POST", f"{API}/vod/v1/highlights/progress")
    b.form(
        [
            ("videoId", eid + "-hl"),
            ("title", name + " highlights"),
            ("positionMs", str(ctx.rng.randint(1000, 600000))),
            ("completed", "false"),
        ]
    )
    b.view("body.videoId+positionMs")
    b.ok_json({"ok": 1})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "mal3ab", "POST", f"{API}/users/device")
    b.json(
        {
            "android_id": b.id("aid_mal3ab", where="body.android_id"),
            "platform": "android",
            "push": b.acct("fcm_token"),
            "lang": "ar",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def scores(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mal3ab",
        "GET",
        f"{API}/scores/live",
        [("league", ctx.rng.choice(["qsl", "uae-pl", "tsl"]))],
    )
    rows = [
        {
            "id": e,
            "name": n,
            "score": [ctx.rng.randint(0, 4), ctx.rng.randint(0, 4)],
            "minute": ctx.rng.randint(1, 95),
        }
        for n, e in EVENTS
    ]
    if ctx.rng.random() < 0.4:  # the web-view build keeps a device cookie
        b.header("cookie", f"lang=ar; did={b.id('aid_mal3ab', where='cookie.did')}; ab=b")
    b.ok_json({"matches": rows, "requestId": rid(ctx.rng)})
    b.decoy("live scores with match ids and minutes")
    return b.build()


def odds(ctx: Context) -> Flow:
    b = FB(ctx, "mal3ab", "GET", f"{API}/odds/m-88120/series")
    b.ok_json(
        {
            "home": [rf(ctx.rng, 1.2, 3.5, 2) for _ in range(30)],
            "away": [rf(ctx.rng, 1.5, 6.0, 2) for _ in range(30)],
        }
    )
    b.decoy("odds price series")
    return b.build()


def race_telemetry(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mal3ab",
        "GET",
        f"{API}/racing/r-2026-qa/telemetry",
        [("car", str(ctx.rng.randint(1, 81)))],
    )
    pts = [
        [rf(ctx.rng, 25.48, 25.50, 5), rf(ctx.rng, 51.45, 51.46, 5), ctx.rng.randint(80, 330)]
        for _ in range(20)
    ]
    b.ok_json(
        {
            "lap": ctx.rng.randint(1, 57),
            "trace": pts,
            "sector_ms": [ctx.rng.randint(25000, 40000) for _ in range(3)],
        }
    )
    b.decoy("race telemetry: coordinate list and lap times")
    return b.build()


def onboard_cam(ctx: Context) -> Flow:
    b = FB(ctx, "mal3ab", "GET", f"https://cdn.mal3ab-example.qa/onboard/{new_hex(ctx.rng, 8)}.mp4")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", bytes(ctx.rng.getrandbits(8) for _ in range(200)))
    b.decoy("onboard camera video fetch")
    return b.build()
