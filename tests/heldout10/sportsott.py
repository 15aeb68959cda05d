"""OTT sports app "ZoneSport" (DAZN-like): Conviva heartbeats, playback
heartbeats, watch history, continue watching, EPG and scores.

Sources: Conviva CWS session heartbeat (`POST https://{customerKey}.cws.conviva.com/0/wsg`,
JSON with `t: "CwsSessionHb"`, `cid`, `clid`, `sid`, `seq`, `pver`, `clv`, `iid`,
`st`, `sst`, `cts`, `an` asset name, `pn` player name, `pht` play-head time, `ps`
player state, `lv` live, `tags`, `evs` events such as `CwsStateChangeEvent`;
Conviva's open Roku / JS / Android client code found via the code corpus);
Segment analytics-android batches (`POST https://api.segment.io/v1/import`, Basic
auth with the write key, `{"batch":[{type,event,properties,anonymousId,context:
{device:{id,advertisingId,adTrackingEnabled}}}],"sentAt"}`) with the Segment
Video Spec events (`Video Content Playing`: `session_id`, `asset_id`, `position`,
`total_length`, `title`; segment.com/docs "Video Spec"). The
app's own playback heartbeat, history and continue-watching APIs are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

CID = "5b0e6a41f2c38d97e1a0b4c56d7e8f9012a3b4c5"
API = "https://api.zonesport.tv"
UA = ua("ZoneSport", "3.41.0")
MATCHES = [
    ("Serie A: Inter v Milan", "soccer"),
    ("NBA: Celtics @ Knicks", "basketball"),
    ("UFC Fight Night: Main Card", "mma"),
    ("Boxing: Usyk v Fury II", "boxing"),
    ("LaLiga: Sevilla v Betis", "soccer"),
    ("Darts: Premier League Night 9", "darts"),
]


def asset(ctx: Context) -> tuple[str, str, str]:
    title, sport = ctx.rng.choice(MATCHES)
    return "ast" + new_hex(ctx.rng, 20), title, sport


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 48))


def playback_hb(ctx: Context) -> Flow:
    r = ctx.rng
    aid, title, _ = asset(ctx)
    b = FB(ctx, "zonesport-playback", "POST", "https://playback-hb.zonesport.tv/v1/Heartbeat")
    _hdr(b)
    pos = r.randint(0, 5400)
    b.json(
        {
            "AssetId": aid,
            "PlaybackSessionId": rid(r),
            "Position": f"PT{pos // 60}M{pos % 60}S",
            "Title": title,
            "State": "Playing",
            "DeviceId": b.id("aid_ott", where="body.json.DeviceId"),
            "Platform": "android",
            "Timestamp": iso(ctx),
        }
    )
    b.view("body.json.AssetId+Position")
    b.ok_json({"Status": "OK", "NextHeartbeatSec": 60})
    return b.build()


def history_add(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "zonesport-api", "POST", f"{API}/v3/users/me/watch-history")
    _hdr(b)
    events = []
    for _ in range(r.randint(1, 3)):
        aid, title, sport = asset(ctx)
        dur = r.randint(3000, 7200)
        events.append(
            {
                "assetId": aid,
                "title": title,
                "sport": sport,
                "positionSec": r.randint(60, dur),
                "durationSec": dur,
                "watchedAt": iso(ctx),
            }
        )
    b.json({"events": events})
    b.view("body.json.events[].assetId+positionSec+watchedAt")
    b.ok_json({"stored": len(events)})
    return b.build()


def continue_watching_sync(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "zonesport-api", "PUT", f"{API}/v3/users/me/continue-watching")
    _hdr(b)
    items = []
    for _ in range(4):
        aid, _, _ = asset(ctx)
        items.append(
            {
                "asset_id": aid,
                "resume_point_s": r.randint(60, 5000),
                "progress_pct": r.randint(3, 95),
                "last_watched": ms(ctx),
            }
        )
    b.json({"device": "android", "items": items})
    b.view("body.json.items[].asset_id+resume_point_s+progress_pct")
    b.no_content()
    return b.build()


def hb_protobuf(ctx: Context) -> Flow:
    """The player SDK's binary QoS beat: unnamed fields, numbers only."""
    r = ctx.rng
    b = FB(ctx, "zonesport-playback", "POST", "https://qos.zonesport.tv/b")
    b.header("user-agent", UA)
    body = (
        pb_varint(1, ms(ctx))
        + pb_bytes(2, new_hex(r, 20))
        + pb_msg(3, [pb_varint(1, r.randint(0, 5400)), pb_varint(2, 3)])
    )
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf.2+3.1 (unnamed asset and position)", detectable=False)
    b.no_content()
    return b.build()


def epg(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "zonesport-api",
        "GET",
        f"{API}/v3/epg",
        [("date", iso(ctx)[:10]), ("tz", "Asia/Shanghai")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "tiles": [
                {
                    "assetId": asset(ctx)[0],
                    "title": t,
                    "start": iso(ctx),
                    "durationMin": r.randint(90, 180),
                }
                for t, _ in MATCHES[:4]
            ]
        }
    )
    b.decoy("programme schedule with asset ids and start times")
    return b.build()


def scores(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "zonesport-api", "GET", f"{API}/v2/scores/live")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "matches": [
                {
                    "id": new_digits(r, 8),
                    "home": r.randint(0, 4),
                    "away": r.randint(0, 4),
                    "minute": r.randint(1, 90),
                    "momentum": [r.randint(-9, 9) for _ in range(20)],
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("live scores with a momentum series")
    return b.build()


def drm_license(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "zonesport-drm",
        "POST",
        "https://lic.zonesport.tv/widevine/v1/license",
        [("assetId", asset(ctx)[0])],
    )
    b.header("user-agent", UA)
    b.set_body(b"\x08\x01\x12" + ctx.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", ctx.rng.randbytes(500))
    b.decoy("DRM licence request for an asset (a fetch, not a report)")
    return b.build()
