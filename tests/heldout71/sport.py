"""QazSport Live: football (KPL) and hockey (KHL, Barys Astana) streams with
live heartbeats (fictional backend; player heartbeat shape after common OTT
practice: stream id, watched ms, position, bitrate). The stream QoS report is a
protobuf without names (not detectable).

Decoys: live score polling, shot maps with pitch coordinates, betting odds
series, player tracking coordinates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, ms, rf, rid, ua

API = "https://live.qazsport.kz"
UA = ua("QazSport", "2.31.4")
MATCHES = ["khl-barys-avangard-1128", "kpl-kairat-astana-0917", "khl-barys-ska-1201"]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "qazsport", method, API + path)
    b.header("user-agent", UA)
    return b


def heartbeat(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/player/v3/heartbeat")
    b.json(
        {
            "streamId": ctx.rng.choice(MATCHES),
            "sessionId": rid(ctx.rng),
            "live": True,
            "watchedMs": ctx.rng.choice([30000, 60000]),
            "positionSec": ctx.rng.randint(0, 9000),
            "bitrateKbps": ctx.rng.choice([1800, 3500, 6000]),
            "deviceId": b.id("aid_sport", where="body.deviceId"),
            "ts": ms(ctx),
        }
    )
    b.view("body.watchedMs")
    b.no_content()
    return b.build()


def watch_end(ctx: Context) -> Flow:
    """The end-of-viewing summary, query-string style (GET with a pixel)."""
    b = _b(ctx, "GET", "/stat/watch_end")
    b.param("match", ctx.rng.choice(MATCHES))
    b.param("watch_time", str(ctx.rng.randint(60, 9000)))
    b.param("completed", ctx.rng.choice(["0", "1"]))
    b.param("gaid", b.id("gaid", where="query.gaid"))
    b.view("query.watch_time")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def highlights_history(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/me/highlights/watched?limit=10")
    b.ok_json(
        {
            "watched": [
                {"clipId": f"goal-{ctx.rng.randint(1000, 9999)}", "watchedAt": ms(ctx) - i * 86400}
                for i in range(4)
            ]
        }
    )
    b.view("response.watched[]", direction="response")
    return b.build()


def qos_protobuf(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/q")
    body = (
        pb_bytes(1, ctx.rng.choice(MATCHES))
        + pb_varint(2, ctx.rng.randint(1, 9000))
        + pb_varint(3, ctx.rng.randint(0, 4))
        + pb_varint(4, ctx.rng.choice([1800, 3500]))
        + pb_bytes(5, b.id("aid_sport", "protobuf", "body protobuf field 5", detectable=False))
    )
    b.set_body(body, "application/octet-stream")
    b.view("body protobuf field 1/2 (stream, seconds)", detectable=False)
    b.no_content()
    return b.build()


def scores(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/api/live/{ctx.rng.choice(MATCHES)}/score")
    b.ok_json({"home": ctx.rng.randint(0, 5), "away": ctx.rng.randint(0, 5), "period": 2})
    b.decoy("live score polling")
    return b.build()


def shot_map(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/api/stats/{ctx.rng.choice(MATCHES)}/shots")
    shots = [
        {"x": rf(ctx.rng, 0, 60, 1), "y": rf(ctx.rng, -26, 26, 1), "xg": rf(ctx.rng, 0, 0.6, 3)}
        for _ in range(12)
    ]
    b.ok_json({"shots": shots})
    b.decoy("shot map coordinates and xG series")
    return b.build()


def odds(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/partner/odds")
    b.param("event", ctx.rng.choice(MATCHES))
    b.ok_json({"history": [rf(ctx.rng, 1.4, 3.8, 2) for _ in range(16)]})
    b.decoy("odds price history series")
    return b.build()


def tracking(ctx: Context) -> Flow:
    b = _b(
        ctx,
        "GET",
        f"/api/stats/{ctx.rng.choice(MATCHES)}/tracking?frame={ctx.rng.randint(1, 9999)}",
    )
    pos = [[rf(ctx.rng, 0, 105, 2), rf(ctx.rng, 0, 68, 2)] for _ in range(22)]
    b.ok_json({"players": pos, "ball": [52.5, 34.0]})
    b.decoy("player tracking coordinate list")
    return b.build()


def vr_viewport(ctx: Context) -> Flow:
    """The 360-degree rink camera: where the viewer turned the view (not a face)."""
    b = _b(ctx, "POST", "/player/v3/vr/viewport")
    b.json({"cam": "rink-360", "yaw": rf(ctx.rng, -180, 180, 1), "pitch": rf(ctx.rng, -60, 60, 1),
            "fov": 90})  # fmt: skip
    b.decoy("360 camera yaw/pitch")
    b.no_content()
    return b.build()
