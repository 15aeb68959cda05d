"""An ABEMA-like linear + on-demand TV app (fictional hosts, English key names).

Shapes after the public ABEMA web API as used by open-source downloaders
(yt-dlp's abematv extractor: POST /v1/users with deviceId and
applicationKeySecret, bearer token afterwards) and protobuf bodies, which the
app uses for its progress API. Linear-channel heartbeats are JSON.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.linearjp.io"
CHANNELS = ["abema-news", "abema-anime", "drama-1", "world-sports", "shogi"]


def _auth(b: FB) -> None:
    b.header("authorization", "bearer " + new_hex(b.ctx.rng, 48))
    b.header("user-agent", ua("LinearJP", "10.88.0"))


def users(ctx: Context) -> Flow:
    b = FB(ctx, "linear", "POST", f"{API}/v1/users")
    b.header("user-agent", ua("LinearJP", "10.88.0"))
    b.json(
        {
            "deviceId": ctx.phone.abema_device,  # type: ignore[attr-defined]
            "applicationKeySecret": new_hex(ctx.rng, 43),
            "androidId": b.id("aid_abema", where="body.androidId"),
        }
    )
    b.other_id("abema_device", "body.deviceId")
    b.ok_json({"profile": {"userId": ctx.phone.abema_user}, "token": new_hex(ctx.rng, 60)})  # type: ignore[attr-defined]
    return b.build()


def slot_heartbeat(ctx: Context) -> Flow:
    b = FB(ctx, "linear", "POST", f"{API}/v1/viewing/linear/heartbeat")
    _auth(b)
    b.json(
        {
            "channelId": ctx.rng.choice(CHANNELS),
            "slotId": new_hex(ctx.rng, 16),
            "event": "heartbeat",
            "elapsedSec": ctx.rng.choice([60, 120, 180, 300]),
            "clientTime": ms(ctx),
        }
    )
    b.view("body{channelId,slotId,elapsedSec}")
    b.no_content()
    return b.build()


def progress_pb(ctx: Context) -> Flow:
    b = FB(ctx, "linear", "PUT", f"{API}/v2/viewing/progresses")
    _auth(b)
    ep = f"{ctx.rng.randint(10, 199)}-{ctx.rng.randint(1, 60)}_s1_p{ctx.rng.randint(1, 13)}"
    dur = ctx.rng.choice([1440, 2880, 5400])
    body = (
        pb_bytes(1, ep)
        + pb_varint(2, ctx.rng.randint(0, dur))
        + pb_varint(3, dur)
        + pb_varint(4, int(ctx.now))
    )
    b.set_body(body, "application/protobuf")
    b.view("path /viewing/progresses + protobuf{1:episode,2:position}")
    b.respond(200, "application/protobuf", b"")
    return b.build()


def history_list(ctx: Context) -> Flow:
    b = FB(ctx, "linear", "GET", f"{API}/v1/video/viewing/histories", [("limit", "20")])
    _auth(b)
    items = [
        {
            "episodeId": f"{ctx.rng.randint(10, 199)}-{ctx.rng.randint(1, 60)}_s1_p{i}",
            "title": t,
            "position": ctx.rng.randint(0, 1400),
            "viewedAt": iso(ctx),
        }
        for i, t in enumerate(["恋愛リアリティ", "オリジナルアニメ", "格闘技ライブ"], 1)
    ]
    b.view("response.histories[]", direction="response")
    b.ok_json({"histories": items})
    return b.build()


def timetable(ctx: Context) -> Flow:
    b = FB(ctx, "linear", "GET", f"{API}/v1/timetable/dataSet", [("debug", "false")])
    b.decoy("EPG timetable: slots with times, no viewer")
    slots = [
        {"id": new_hex(ctx.rng, 16), "channelId": c, "startAt": int(ctx.now) + i * 1800}
        for i, c in enumerate(CHANNELS)
    ]
    b.ok_json({"slots": slots, "version": rid(ctx.rng)})
    return b.build()


def thumb(ctx: Context) -> Flow:
    url = f"https://image.linearjp.io/programs/{new_hex(ctx.rng, 10)}/thumb001.png"
    b = FB(ctx, "linear", "GET", url, [("height", "288"), ("quality", "75")])
    b.decoy("thumbnail fetch")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(ctx.rng, 200)))
    return b.build()
