"""ArenaLive: a live sports streaming app (fixtures, scores, odds, HLS on Akamai)
measured by Conviva, Nielsen DCR, comScore streaming tags, NPAW Youbora and
Akamai Media Analytics, with Adjust attribution and its own watch history.

Wire formats: Conviva session heartbeats (`t: CwsSessionHb`, `clid`, `sid`, `pht`,
`an`, `tags`, `evs[]` of `CwsStateChangeEvent`, POST .../0/wsg; Conviva SDK
docs and the THEOplayer/Conviva integration guide); Nielsen DCR pings
(`prd=dcr`, `c13=asid,...`, `tl=dav0-...`, `c8=devgrp,...`, `c40=adbid,...`,
`nuid`; Segment's Nielsen DCR integration); comScore streaming labels
(`ns_st_ev`, `ns_st_ci`, `ns_st_pr`, `ns_st_ep`, `ns_st_po`, `ns_st_pt`, `c12`,
`ns_ak`; comScore / ViewLift integration notes); NPAW Youbora NQS
(`/start`, `/joinTime`, `/ping`, `/stop` with `code`, `playhead`, `title`,
`accountCode`; NicePeopleAtWork plugin sources); Adjust `/session` form
(`gps_adid`, `android_uuid`, `app_token`).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, okhttp, req_id, rf, ua
from .shapes import MATCHES, series

API = "https://api.arena-live.tv"
UA = ua("ArenaLive", "5.3.0")


def event(ctx: Context) -> dict[str, object]:
    title = ctx.rng.choice(MATCHES)
    return {"id": "ev_" + new_digits(ctx.rng, 7), "title": title, "league": "National League"}


def _api(ctx: Context, method: str, path: str, device_header: bool = False) -> FB:
    fb = FB(ctx, "arenalive", method, API + path)
    fb.header("user-agent", UA)
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    if device_header:
        fb.header("x-device-id", fb.id("arena_install", where="header x-device-id"))
    return fb


# --- negatives ----------------------------------------------------------------


def fixtures(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v1/fixtures")
    fb.param("date", "2024-06-22")
    fb.ok_json({"fixtures": [{**event(ctx), "kickoff": iso(ctx)} for _ in range(4)]})
    return fb.build()


def live_scores(ctx: Context) -> Flow:
    fb = FB(ctx, "arenalive", "GET", "https://scores.arena-live.tv/v1/live")
    fb.header("user-agent", UA)
    fb.ok_json(
        {
            "matches": [
                {
                    "id": "ev_" + new_digits(ctx.rng, 7),
                    "home": ctx.rng.randint(0, 3),
                    "away": ctx.rng.randint(0, 3),
                    "minute": ctx.rng.randint(1, 90),
                }
                for _ in range(3)
            ]
        }
    )
    return fb.build()


def odds(ctx: Context) -> Flow:
    fb = FB(
        ctx, "arenalive", "GET", "https://odds.arena-live.tv/v2/markets/" + new_digits(ctx.rng, 6)
    )
    fb.header("user-agent", UA)
    fb.ok_json({"market": "match_winner", "history": series(ctx.rng, 30, 2.1, 0.05), "ts": ms(ctx)})
    return fb.build()


def standings(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v1/competitions/nl-2024/standings")
    fb.ok_json(
        {
            "table": [
                {"pos": i + 1, "team": t.split(" v ")[0], "pts": 40 - i * 3}
                for i, t in enumerate(MATCHES)
            ]
        }
    )
    return fb.build()


def manifest(ctx: Context, ev: dict[str, object]) -> Flow:
    fb = FB(
        ctx,
        "akamai-cdn",
        "GET",
        f"https://arena-live.akamaized.net/hls/live/{ev['id']}/master.m3u8",
    )
    fb.param("hdnts", "exp=" + str(int(ctx.now) + 7200) + "~acl=/*~hmac=" + new_hex(ctx.rng, 64))
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080\n1080p/index.m3u8\n"
    fb.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return fb.build()


def segment(ctx: Context, ev: dict[str, object]) -> Flow:
    n = ctx.rng.randint(1000, 99999)
    fb = FB(
        ctx,
        "akamai-cdn",
        "GET",
        f"https://arena-live.akamaized.net/hls/live/{ev['id']}/1080p/seg_{n}.ts",
    )
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    fb.respond(200, "video/mp2t", b"G@" + bytes(ctx.rng.getrandbits(8) for _ in range(700)))
    return fb.build()


def authorize(ctx: Context, ev: dict[str, object]) -> Flow:
    """Entitlement check before playback: fetching a stream is not viewing history."""
    fb = _api(ctx, "POST", "/v1/playback/authorize", device_header=True)
    fb.json({"event_id": ev["id"], "drm": "widevine", "max_resolution": "1080p"})
    fb.ok_json({"token": new_hex(ctx.rng, 64), "concurrency_slot": 1})
    return fb.build()


def highlights(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v1/highlights")
    fb.param("limit", "12")
    fb.ok_json(
        {
            "items": [
                {"clip_id": "cl_" + new_hex(ctx.rng, 8), "duration": ctx.rng.randint(30, 200)}
                for _ in range(3)
            ]
        }
    )
    return fb.build()


# --- measurement ----------------------------------------------------------------


def conviva_hb(ctx: Context, ev: dict[str, object], seq: int, gzip: bool) -> Flow:
    fb = FB(ctx, "conviva", "POST", "https://arenalive.cws.conviva.com/0/wsg")
    fb.header("user-agent", okhttp())
    body = {
        "t": "CwsSessionHb",
        "cid": new_hex(ctx.rng, 40),
        "clid": fb.id("conviva_clid", where="body clid"),
        "sid": seq // 10 + 1,
        "seq": seq,
        "st": seq * 20000,
        "pht": seq * 20000 + ctx.rng.randint(0, 900),
        "an": ev["title"],
        "lv": True,
        "tags": {
            "c3.cm.name": ev["title"],
            "c3.cm.id": ev["id"],
            "c3.cm.contentType": "Live",
            "league": ev["league"],
        },
        "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "st": 0, "new": {"ps": 3}}],
        "pver": "2.170",
        "iv": "android.4.0.35",
    }
    fb.view("body t=CwsSessionHb an/tags/pht")
    fb.json(body, encoding="gzip" if gzip else None)
    fb.ok_json({"t": "CwsSessionHbResp", "clid": ctx.phone.conviva_clid, "hbi": 20}, 200)
    fb.id("conviva_clid", where="response clid", direction="response")
    return fb.build()


def nielsen_dcr(ctx: Context, ev: dict[str, object]) -> Flow:
    fb = FB(ctx, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    fb.header("user-agent", UA)
    params = [
        ("prd", "dcr"),
        ("ci", "us-" + new_digits(ctx.rng, 6)),
        ("ch", "us-" + new_digits(ctx.rng, 6) + "_c01_P"),
        ("asn", "ArenaLive"),
        ("sup", "1"),
        ("segment2", ""),
        ("c13", "asid,P" + new_hex(ctx.rng, 8).upper()),
        ("c32", "segA,NA"),
        ("tl", "dav0-" + quote(str(ev["title"]))),
        ("c3", "st,c"),
        ("c6", "vc,c01"),
        ("c27", "cln,0"),
        ("c62", "sendTime," + str(int(ctx.now))),
        ("c8", "devgrp,PHN"),
        ("c7", "osgrp,DROID"),
        ("c10", "plt,MBL"),
        ("c40", "adbid," + fb.id("gaid", where="query c40=adbid,<id>", detectable=False)),
        ("c14", "osver,ANDROID14"),
        ("c26", "dmap,1"),
        ("dd", ""),
        ("nuid", fb.id("nielsen_nuid", where="query nuid", detectable=False)),
        ("rt", "video"),
        ("c9", "devid,"),
        ("vtoff", str(ctx.rng.randint(0, 5400))),
    ]
    for k, v in params:
        fb.param(k, v)
    fb.view("query prd=dcr tl=dav0-<title> c13=asid")
    fb.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return fb.build()


def comscore(ctx: Context, ev: dict[str, object], evname: str) -> Flow:
    fb = FB(ctx, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    fb.header("user-agent", UA)
    pos = ctx.rng.randint(0, 5400000)
    params = [
        ("c1", "19"),
        ("c2", new_digits(ctx.rng, 7)),
        ("ns_ap_an", "ArenaLive"),
        ("ns_ap_pn", "android"),
        ("ns_ap_device", "Pixel 8"),
        ("c12", fb.id("comscore_c12", where="query c12", detectable=False)),
        ("ns_ak", fb.id("gaid", where="query ns_ak", detectable=False)),
        ("ns_st_ev", evname),
        ("ns_st_ci", str(ev["id"])),
        ("ns_st_pr", str(ev["title"])),
        ("ns_st_ep", str(ev["title"]) + " - Live"),
        ("ns_st_ge", "Sports"),
        ("ns_st_ty", "video"),
        ("ns_st_po", str(pos)),
        ("ns_st_pt", str(ctx.rng.randint(10000, 600000))),
        ("ns_st_cl", "0"),
        ("ns_ts", str(ms(ctx))),
    ]
    for k, v in params:
        fb.param(k, v)
    fb.view("query ns_st_ev/ns_st_ci/ns_st_pr/ns_st_po")
    fb.respond(204, None)
    return fb.build()


def youbora_start(ctx: Context, ev: dict[str, object], code: str) -> Flow:
    fb = FB(ctx, "npaw", "GET", "https://a-fds.youborafds01.com/start")
    fb.header("user-agent", UA)
    for k, v in [
        ("accountCode", "arenalive"),
        ("code", code),
        ("title", str(ev["title"])),
        ("program", str(ev["league"])),
        ("live", "true"),
        ("mediaDuration", "0"),
        ("playhead", "0"),
        ("mediaResource", f"https://arena-live.akamaized.net/hls/live/{ev['id']}/master.m3u8"),
        ("deviceUUID", fb.id("npaw_device_uuid", where="query deviceUUID")),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "6.8.11-ExoPlayer2-Android"),
        ("timemark", str(ms(ctx))),
    ]:
        fb.param(k, v)
    fb.view("query /start title/program/code")
    fb.respond(200, "text/plain", b"")
    return fb.build()


def youbora_ping(ctx: Context, code: str, kind: str) -> Flow:
    """Ping / joinTime / stop: only the view code and the playhead (session-bound)."""
    fb = FB(ctx, "npaw", "GET", f"https://a-fds.youborafds01.com/{kind}")
    fb.header("user-agent", UA)
    fb.param("code", code)
    fb.param("playhead", str(rf(ctx.rng, 10, 5400, 2)))
    if kind == "ping":
        fb.param("pingTime", "5")
        fb.param("bitrate", str(ctx.rng.choice([2500000, 5000000])))
    elif kind == "joinTime":
        fb.param("joinDuration", str(ctx.rng.randint(300, 2500)))
    fb.param("timemark", str(ms(ctx)))
    fb.view(f"query /{kind} code+playhead (session-bound)", detectable=False)
    fb.respond(200, "text/plain", b"")
    return fb.build()


def akamai_ma(ctx: Context, ev: dict[str, object]) -> Flow:
    """Akamai Media Analytics beacon: single-letter keys, title inside (opaque to a reader)."""
    fb = FB(
        ctx,
        "akamai-ma",
        "GET",
        "https://ma1642-r.analytics.edgekey.net/csma/1642/" + new_hex(ctx.rng, 8),
    )
    fb.header("user-agent", UA)
    fb.param(
        "a",
        "~b="
        + str(ctx.rng.randint(1, 9))
        + "~c="
        + quote(str(ev["title"]))
        + "~d="
        + str(ctx.rng.randint(1000, 900000)),
    )
    fb.param("v", fb.id("akamai_viewer", where="query v", detectable=False))
    fb.param("e", "p")
    fb.view("query a=~c=<title>~d=<ms> (cryptic keys)", detectable=False)
    fb.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return fb.build()


def adjust_session(ctx: Context) -> Flow:
    fb = FB(ctx, "adjust", "POST", "https://app.adjust.com/session")
    fb.header("user-agent", "Adjust SDK android4.38.2")
    fb.header("client-sdk", "android4.38.2")
    fb.form(
        [
            ("app_token", new_hex(ctx.rng, 12)),
            ("gps_adid", fb.id("gaid", where="form gps_adid")),
            ("android_uuid", fb.id("adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("environment", "production"),
            ("created_at", iso(ctx)),
            ("device_type", "phone"),
            ("device_name", "Pixel 8"),
            ("session_count", str(ctx.rng.randint(2, 60))),
        ]
    )
    fb.ok_json({"adid": new_hex(ctx.rng, 32), "timestamp": iso(ctx), "message": "Session tracked"})
    return fb.build()


def watch_history(ctx: Context, evs: list[dict[str, object]]) -> Flow:
    fb = _api(ctx, "POST", "/v1/users/me/watch-history", device_header=True)
    fb.json(
        {
            "items": [
                {
                    "event_id": e["id"],
                    "title": e["title"],
                    "watched_seconds": ctx.rng.randint(60, 5400),
                    "last_position": ctx.rng.randint(60, 5400),
                    "watched_at": iso(ctx),
                }
                for e in evs
            ]
        }
    )
    fb.view("body items[].event_id/watched_seconds/watched_at")
    fb.no_content()
    return fb.build()


def continue_watching(ctx: Context, evs: list[dict[str, object]]) -> Flow:
    fb = _api(ctx, "GET", "/v1/users/me/continue-watching")
    items = [
        {
            "event_id": e["id"],
            "title": e["title"],
            "resume_position": ctx.rng.randint(60, 5000),
            "last_watched": iso(ctx),
        }
        for e in evs
    ]
    fb.view("response items[].resume_position/last_watched", direction="response")
    fb.respond(200, "application/json", jsb({"items": items}))
    return fb.build()


def push_topics(ctx: Context) -> Flow:
    fb = _api(ctx, "PUT", "/v1/notifications/topics")
    rid = req_id(ctx.rng)
    fb.header("x-request-id", rid)
    fb.decoy(rid)
    fb.json({"topics": ["team:harbour-city", "goals", "kickoff"]})
    fb.no_content()
    return fb.build()
