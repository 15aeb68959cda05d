"""Sprint & But: football and cycling live streams with a live heartbeat every 30 s,
an in-house "regardé" log, live scores and a stage profile (decoys: altitude series,
GPS track of the race).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rf, rid, ua

API = "https://live.sprintetbut.ch"
EVENTS = [
    ("foot", "SFL-2024-R14-GCZ-SER"),
    ("foot", "L1-2024-J12-OL-PSG"),
    ("velo", "TDR-2024-ET07"),
    ("velo", "GPJM-2024-ET03"),
]


def live_heartbeat(ctx: Context) -> Flow:
    sport, ev = ctx.rng.choice(EVENTS)
    b = FB(ctx, "sport", "POST", f"{API}/v1/player/heartbeat")
    b.view("body.streamId+watchedSec")
    b.header("user-agent", ua("SprintEtBut", "12.3.0"))
    b.header("x-sb-install", b.id("idfv_sport", where="header.x-sb-install"))
    b.json(
        {
            "streamId": ev,
            "sport": sport,
            "live": True,
            "watchedSec": ctx.rng.randint(30, 7200),
            "interval": 30,
            "bitrate": 3200,
            "t": ms(ctx),
        }
    )
    b.ok_json({"concurrent": True})
    return b.build()


def regarde(ctx: Context) -> Flow:
    _, ev = ctx.rng.choice(EVENTS)
    b = FB(ctx, "sport", "POST", f"{API}/v1/me/regarde")
    b.view("body.regardé")
    b.json(
        {
            "regardé": {
                "match": ev,
                "debut": ms(ctx) - 2_000_000,
                "fin": ms(ctx),
                "minutes_vues": ctx.rng.randint(5, 95),
            },
            "user": ctx.phone.sport_user,
        }
    )
    b.no_content()
    return b.build()


def scores(ctx: Context) -> Flow:
    b = FB(ctx, "sport", "GET", f"{API}/v1/scores/live")
    b.decoy("live scores with match ids and minutes")
    b.ok_json(
        {
            "matchs": [
                {"id": e, "minute": ctx.rng.randint(1, 90), "score": "1-0"}
                for _, e in EVENTS
                if _ == "foot"
            ]
        }
    )
    return b.build()


def stage_profile(ctx: Context) -> Flow:
    b = FB(ctx, "sport", "GET", f"{API}/v1/velo/etape/TDR-2024-ET07/profil")
    b.decoy("stage altitude profile and coordinate list")
    b.ok_json(
        {
            "km": list(range(0, 180, 10)),
            "altitude": [rf(ctx.rng, 350, 2100, 0) for _ in range(18)],
            "trace": [[rf(ctx.rng, 46.0, 46.6), rf(ctx.rng, 6.1, 7.2)] for _ in range(18)],
        }
    )
    return b.build()


def heartbeat_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "sport", "POST", f"{API}/v1/p")
    b.view("body.e (base32 blob)", detectable=False)
    b.json(
        {
            "e": "".join(ctx.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(48)),
            "k": 2,
        }
    )
    b.no_content()
    return b.build()


def trace(ctx: Context) -> Flow:
    b = FB(ctx, "sport", "POST", "https://o451.ingest.sentry.io/api/88123/envelope/")
    b.decoy("crash report with trace ids")
    b.set_body(
        (
            '{"event_id":"'
            + rid(ctx.rng).replace("-", "")
            + '","sent_at":"2024-11-12T10:00:00Z"}\n'
            '{"type":"transaction"}\n{"trace_id":"' + rid(ctx.rng).replace("-", "") + '"}'
        ).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": rid(ctx.rng)})
    return b.build()
