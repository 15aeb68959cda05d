"""A U-NEXT-like SVOD app with video and e-books (fictional hosts).

Resume points go to a REST endpoint, the watch log through GraphQL (the
operation name and variables say what they are), the "continue watching" row
comes back in a response. The e-book reader's page position is sent too: by
the project's convention that is not viewing history (a decoy). Repro
analytics and an install id header ride along.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://cc.svod-nextra.jp"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("Nextra", "4.31.0"))
    b.header("x-install-id", b.ctx.phone.unext_install)  # type: ignore[attr-defined]
    b.other_id("unext_install", "header.x-install-id")


def _title(ctx: Context) -> tuple[str, str]:
    return "SID" + new_digits(ctx.rng, 7), "ED" + new_digits(ctx.rng, 8)


def resume(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "PUT", f"{API}/api/play/resume")
    _hdr(b)
    sid, ed = _title(ctx)
    b.json(
        {
            "titleCode": sid,
            "episodeCode": ed,
            "resumePointSec": ctx.rng.randint(5, 6000),
            "playType": ctx.rng.choice(["STREAM", "DOWNLOAD"]),
            "updatedAt": iso(ctx),
        }
    )
    b.view("body{titleCode,episodeCode,resumePointSec}")
    b.ok_json({"result": 0})
    return b.build()


def watch_log_gql(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "POST", f"{API}/graphql")
    _hdr(b)
    sid, ed = _title(ctx)
    b.json(
        {
            "operationName": "saveWatchHistory",
            "variables": {
                "input": {
                    "titleCode": sid,
                    "episodeCode": ed,
                    "watchedSeconds": ctx.rng.randint(60, 3000),
                    "completed": ctx.rng.random() < 0.3,
                }
            },
            "query": "mutation saveWatchHistory($input: WatchHistoryInput!) { saveWatchHistory"
            "(input: $input) { ok } }",
        }
    )
    b.view("body.variables.input (saveWatchHistory)")
    b.ok_json({"data": {"saveWatchHistory": {"ok": True}}})
    return b.build()


def continue_row(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "POST", f"{API}/graphql")
    _hdr(b)
    b.json({"operationName": "cosmo_getContinueWatching", "variables": {"page": 1}})
    rows = []
    for name in ["海外ドラマ S2", "劇場版アニメ", "韓国ドラマ 第8話"]:
        sid, ed = _title(ctx)
        rows.append(
            {
                "titleCode": sid,
                "episodeCode": ed,
                "name": name,
                "resumePointSec": ctx.rng.randint(100, 4000),
            }
        )
    b.view("response.continueWatching[]", direction="response")
    b.ok_json({"data": {"continueWatching": rows}})
    return b.build()


def book_position(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "POST", f"{API}/api/book/bookmark")
    _hdr(b)
    b.json(
        {
            "bookCode": "BSD" + new_digits(ctx.rng, 9),
            "page": ctx.rng.randint(1, 240),
            "readingRatio": round(ctx.rng.random(), 3),
            "lastReadAt": iso(ctx),
        }
    )
    b.decoy("e-book reading position")
    b.ok_json({"result": 0})
    return b.build()


def title_detail(ctx: Context) -> Flow:
    sid, _ = _title(ctx)
    b = FB(ctx, "svod", "GET", f"{API}/api/title/{sid}", [("fields", "episodes,cast")])
    b.header("user-agent", ua("Nextra", "4.31.0"))
    b.decoy("catalogue page for a title")
    eps = [{"episodeCode": "ED" + new_digits(ctx.rng, 8), "durationSec": 2820} for _ in range(4)]
    b.ok_json({"titleCode": sid, "episodes": eps, "requestId": rid(ctx.rng)})
    return b.build()


def license_req(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "POST", "https://wvproxy.svod-nextra.jp/widevine/license")
    b.decoy("DRM licence challenge (binary, no viewer data readable)")
    b.set_body(bytes.fromhex("080412" + new_hex(ctx.rng, 240)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes.fromhex(new_hex(ctx.rng, 120)))
    return b.build()


def price_plans(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "GET", f"{API}/api/plans", [("t", str(ms(ctx)))])
    b.decoy("price list")
    b.ok_json({"plans": [{"id": "MONTHLY", "yen": 2189}, {"id": "POINT_1200", "yen": 1320}]})
    return b.build()


def device_info(ctx: Context) -> Flow:
    b = FB(ctx, "svod", "POST", f"{API}/api/device/entry")
    _hdr(b)
    b.json(
        {
            "deviceName": "Xperia 1 V",
            "deviceType": 980,
            "androidId": b.id("aid_unext", how="md5", where="body.androidId(md5)"),
            "userCode": ctx.phone.unext_user,  # type: ignore[attr-defined]
            "appVer": "4.31.0",
            "nonce": new_hex(ctx.rng, 16),
        }
    )
    b.ok_json({"result": 0, "deviceSlot": 2})
    return b.build()
