"""A music streaming app (fictional hosts): a gRPC play-log report (protobuf
with a gRPC length prefix; the service/method path says what it is), a JSON
recently-played sync, lyrics and artwork fetches as decoys, Firebase
Installations (fid) and Google Mobile Ads in adsdk.py.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.otoriha.jp"


def _track(ctx: Context) -> str:
    return "tr" + new_hex(ctx.rng, 12)


def playlog_grpc(ctx: Context) -> Flow:
    b = FB(ctx, "music", "POST", f"{API}/otoriha.playlog.v1.PlayLogService/Report")
    b.header("user-agent", "grpc-java-okhttp/1.62.2")
    b.header("te", "trailers")
    plays = b"".join(
        pb_msg(
            1,
            [
                pb_bytes(1, _track(ctx)),
                pb_varint(2, ctx.rng.randint(5000, 300000)),
                pb_varint(3, ms(ctx)),
                pb_bytes(4, ctx.rng.choice(["playlist", "album", "radio", "search"])),
            ],
        )
        for _ in range(ctx.rng.randint(1, 4))
    )
    b.set_body(b"\x00" + struct.pack(">I", len(plays)) + plays, "application/grpc")
    b.view("path PlayLogService/Report + protobuf plays{track,ms_played}")
    b.respond(200, "application/grpc", b"\x00\x00\x00\x00\x00", headers=[("grpc-status", "0")])
    return b.build()


def recently_played(ctx: Context) -> Flow:
    b = FB(ctx, "music", "POST", f"{API}/v2/me/recently-played/sync")
    b.header("user-agent", ua("Otoriha", "6.9.0"))
    b.json(
        {
            "items": [
                {
                    "trackId": _track(ctx),
                    "playedAt": iso(ctx),
                    "msPlayed": ctx.rng.randint(9000, 280000),
                }
                for _ in range(ctx.rng.randint(1, 3))
            ],
            "userId": ctx.phone.music_user,  # type: ignore[attr-defined]
        }
    )
    b.view("body.items[]{trackId,playedAt,msPlayed}")
    b.ok_json({"synced": True})
    return b.build()


def lyrics(ctx: Context) -> Flow:
    b = FB(ctx, "music", "GET", f"{API}/v1/lyrics/{_track(ctx)}", [("sync", "1")])
    b.decoy("lyrics fetch with time codes")
    lines = [{"t": i * 4200, "text": w} for i, w in enumerate(["夜に駆ける", "君の声", "青い空"])]
    b.ok_json({"lines": lines})
    return b.build()


def artwork(ctx: Context) -> Flow:
    b = FB(ctx, "music", "GET", f"https://art.otoriha.jp/{new_hex(ctx.rng, 16)}/600x600.jpg")
    b.decoy("album artwork fetch")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes.fromhex(new_hex(ctx.rng, 80)))
    return b.build()


def charts(ctx: Context) -> Flow:
    b = FB(ctx, "music", "GET", f"{API}/v1/charts/daily", [("region", "JP")])
    b.decoy("chart with play counts (public numeric series)")
    rows = [
        {"rank": i, "trackId": _track(ctx), "plays": ctx.rng.randint(10**4, 10**6)}
        for i in range(1, 6)
    ]
    b.ok_json({"chart": rows, "asOf": iso(ctx)})
    return b.build()


def purchase(ctx: Context) -> Flow:
    b = FB(ctx, "music", "POST", f"{API}/v1/billing/verify")
    b.json(
        {
            "orderId": "GPA.33" + new_digits(ctx.rng, 2) + "-" + new_digits(ctx.rng, 4),
            "sku": "premium_monthly",
            "nonce": rid(ctx.rng),
        }
    )
    b.decoy("order number")
    b.ok_json({"valid": True})
    return b.build()
