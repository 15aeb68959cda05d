"""Lumora TV: a subscription streaming app on the phone that also casts to a
Chromecast and pairs with the living-room TV.

First-party backend (api/events.lumora.tv), its CDN, and the video analytics and
measurement SDKs a streaming app carries: Conviva, Nielsen, Comscore, Mux,
Bitmovin, Google IMA (DoubleClick VAST), an ACR vendor's second-screen sync.
"""

from __future__ import annotations

import zlib
from typing import Any
from urllib.parse import quote, urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, gz, jsb, jwt, pb_bytes, pb_msg, pb_varint

from .phone import FB, ua_android

API = "https://api.lumora.tv"
EVENTS = "https://events.lumora.tv"
IMG = "https://img.lumora-cdn.net"
VOD = "https://vod.lumora-cdn.net"
UA = ua_android("LumoraTV", "8.14.2")

SERIES = [
    ("The Harbour", 3),
    ("Night Shift Berlin", 2),
    ("Salt & Ember", 1),
    ("Orbit Kids", 4),
    ("Cold Case: Tallinn", 2),
    ("Kitchen Wars", 6),
    ("The Quiet Fields", 1),
    ("Bay Rescue", 5),
]
EP_TITLES = ["Pilot", "Low Tide", "The Letter", "Crossing", "Undertow", "Homecoming", "Fog"]


def content(ctx: Context) -> dict[str, Any]:
    series, seasons = ctx.rng.choice(SERIES)
    season = ctx.rng.randint(1, seasons)
    ep = ctx.rng.randint(1, 10)
    return {
        "id": f"ep_{new_hex(ctx.rng, 10)}",
        "series_id": f"sr_{zlib.crc32(series.encode()) % 10**8:08d}",  # not hash(): seeded per run
        "series": series,
        "season": season,
        "episode": ep,
        "title": ctx.rng.choice(EP_TITLES),
        "duration": ctx.rng.randint(1500, 3600),
        "position": 0,
    }


def _auth(fb: FB, ctx: Context) -> None:
    token = jwt(
        {
            "sub": ctx.phone.lumora_account,
            "prf": ctx.phone.lumora_profile,
            "exp": int(ctx.now) + 3600,
        }
    )
    fb.header("authorization", f"Bearer {token}")
    fb.header("user-agent", UA)


def register_device(ctx: Context) -> Flow:
    fb = FB(ctx, "lumora.register", "POST", f"{API}/v3/devices/register")
    _auth(fb, ctx)
    body = {
        "platform": "android",
        "appVersion": "8.14.2",
        "hardware": {"manufacturer": "Xiaomi", "model": ctx.phone.model, "os": "14"},
        "androidId": fb.id("android_id_tv", where="body.json.androidId"),
        "advertisingId": fb.id("gaid", where="body.json.advertisingId"),
        "limitAdTracking": False,
        "requestId": new_uuid(ctx.rng),
    }
    fb.decoy("requestId uuid")
    fb.set_body(jsb(body), "application/json; charset=utf-8")
    answer = {
        "deviceId": fb.id("lumora_device_id", where="response.json.deviceId", direction="response"),
        "registeredAt": int(ctx.now),
        "features": {"downloads": True, "cast": True, "4k": False},
    }
    fb.respond(201, "application/json", jsb(answer))
    return fb.build()


def _device_header(fb: FB, how: str = "plain") -> None:
    fb.header("x-lumora-device", fb.id("lumora_device_id", how, where="header.x-lumora-device"))


def home_rows(ctx: Context, items: list[dict[str, Any]]) -> Flow:
    """The home screen: editorial rows. Recommendations are not history."""
    fb = FB(
        ctx, "lumora.home", "GET", f"{API}/v3/pages/home", [("locale", "en-GB"), ("rows", "12")]
    )
    _auth(fb, ctx)
    _device_header(fb)
    rows = [
        {
            "title": "Trending now",
            "items": [
                {
                    "id": c["id"],
                    "title": f"{c['series']} S{c['season']}E{c['episode']}",
                    "image": f"{IMG}/art/{new_hex(ctx.rng, 16)}.jpg",
                    "duration": c["duration"],
                }
                for c in items
            ],
        }
    ]
    fb.respond(
        200, "application/json", gz(jsb({"rows": rows, "etag": new_hex(ctx.rng, 40)})), "gzip"
    )
    fb.decoy("etag sha1-like hex, content ids without user progress")
    return fb.build()


def artwork(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "lumora.artwork",
        "GET",
        f"{IMG}/art/{new_hex(ctx.rng, 16)}.jpg",
        [("w", "480")],
        "HTTP/1.1",
    )
    fb.header("user-agent", UA)
    fb.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 700))
    fb.decoy("artwork fetch, hex file name")
    return fb.build()


def manifest(ctx: Context, c: dict[str, Any]) -> Flow:
    """Fetching what is played is the service itself, not a report about the user."""
    token = new_hex(ctx.rng, 48)
    fb = FB(ctx, "lumora.manifest", "GET", f"{VOD}/dash/{c['id']}/manifest.mpd", [("tok", token)])
    fb.header("user-agent", UA)
    fb.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    fb.decoy("content manifest fetch with a CDN token")
    return fb.build()


def segment(ctx: Context, c: dict[str, Any]) -> Flow:
    n = ctx.rng.randint(1, 400)
    fb = FB(
        ctx,
        "lumora.segment",
        "GET",
        f"{VOD}/dash/{c['id']}/v1080/seg-{n}.m4s",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    fb.header("range", "bytes=0-")
    fb.respond(206, "video/mp4", fake_mp4(n, 900))
    return fb.build()


def progress(ctx: Context, c: dict[str, Any]) -> Flow:
    """Watch progress sync: the position in an episode, per profile."""
    c["position"] = min(c["duration"], c["position"] + ctx.rng.randint(20, 300))
    url = f"{API}/v3/profiles/{ctx.phone.lumora_profile}/progress/{c['id']}"
    fb = FB(ctx, "lumora.progress", "PUT", url)
    _auth(fb, ctx)
    _device_header(fb)
    body = {
        "seriesId": c["series_id"],
        "positionSec": c["position"],
        "durationSec": c["duration"],
        "completed": c["position"] >= c["duration"] - 30,
        "watchedAt": int(ctx.now * 1000),
    }
    fb.mark(
        "viewing_history", "watch_progress", "path.progress/<content>+body.json.positionSec", True
    )
    fb.set_body(jsb(body), "application/json")
    fb.respond(204, None)
    return fb.build()


def continue_watching(ctx: Context, watched: list[dict[str, Any]]) -> Flow:
    """The continue-watching row comes back with the user's progress in each title."""
    url = f"{API}/v3/profiles/{ctx.phone.lumora_profile}/continue-watching"
    fb = FB(ctx, "lumora.continue", "GET", url, [("limit", "20")])
    _auth(fb, ctx)
    items = [
        {
            "contentId": c["id"],
            "series": c["series"],
            "season": c["season"],
            "episode": c["episode"],
            "progressPct": round(100 * c["position"] / c["duration"], 1),
            "lastWatched": int(ctx.now) - i * 3600,
        }
        for i, c in enumerate(watched)
    ]
    if items:
        fb.mark(
            "viewing_history",
            "continue_watching",
            "response.json.continueWatching[]",
            True,
            "response",
        )
    fb.respond(200, "application/json", jsb({"continueWatching": items}))
    return fb.build()


def history_protobuf(ctx: Context, watched: list[dict[str, Any]]) -> Flow:
    """Batched playback events in a private protobuf: no field names on the wire."""
    fb = FB(ctx, "lumora.events_pb", "POST", f"{EVENTS}/v1/batch")
    fb.header("user-agent", UA)
    msgs = b""
    for c in watched:
        msgs += pb_msg(
            2, [pb_bytes(1, c["id"]), pb_varint(2, c["position"]), pb_varint(3, int(ctx.now))]
        )
    body = pb_bytes(1, ctx.phone.lumora_profile) + msgs
    if watched:
        fb.mark("viewing_history", "playback_batch_pb", "body.protobuf.2[].1+2", False)
    fb.set_body(gz(body), "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", b"")
    return fb.build()


def cast_session(ctx: Context, c: dict[str, Any]) -> Flow:
    """Casting: the app tells its backend which receiver plays what, from where."""
    fb = FB(ctx, "lumora.cast", "POST", f"{API}/v3/cast/sessions")
    _auth(fb, ctx)
    body = {
        "receiver": {
            "castDeviceId": fb.id("cast_device_id", where="body.json.receiver.castDeviceId"),
            "model": "Chromecast with Google TV",
            "friendlyName": "Living Room TV",
            "appId": "C0868879",
        },
        "contentId": c["id"],
        "resumePositionSec": c["position"],
        "sessionId": new_uuid(ctx.rng),
    }
    fb.decoy("cast sessionId uuid, receiver appId")
    fb.mark("viewing_history", "cast_resume", "body.json.contentId+resumePositionSec", True)
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"ok": True}))
    return fb.build()


def cast_app_lookup(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "google.cast_app",
        "GET",
        "https://clients3.google.com/cast/chromecast/device/app",
        [("a", "C0868879")],
    )
    fb.header("user-agent", UA)
    fb.respond(
        200,
        "application/json",
        jsb({"app_id": "C0868879", "name": "Lumora TV", "icon_url": f"{IMG}/cast.png"}),
    )
    return fb.build()


def tv_pairing(ctx: Context) -> Flow:
    """The phone pairs as a remote with the Lumora app on the TV: a PIN and the TV's name."""
    fb = FB(ctx, "lumora.pair", "POST", f"{API}/v3/remote/pair")
    _auth(fb, ctx)
    fb.set_body(
        jsb(
            {
                "pin": new_digits(ctx.rng, 6),
                "tvName": "Samsung QE55",
                "pairingToken": new_hex(ctx.rng, 32),
            }
        ),
        "application/json",
    )
    fb.respond(200, "application/json", jsb({"paired": True, "expiresIn": 600}))
    fb.decoy("pairing token 32 hex, PIN")
    return fb.build()


def tv_viewing_log(ctx: Context) -> Flow:
    """Linear-TV viewing the paired TV logged, relayed through the phone to the backend."""
    fb = FB(ctx, "lumora.tv_log", "POST", f"{EVENTS}/v2/linear/viewing")
    _auth(fb, ctx)
    _device_header(fb)
    ch = ctx.rng.choice(["BBC One", "ZDF", "Channel 4", "Sky News", "ProSieben"])
    events = [
        {
            "channel": ch,
            "programme": ctx.rng.choice(["Evening News", "Quiz Night", "Premier League Live"]),
            "input": "HDMI1",
            "start": int(ctx.now) - 1800 * (i + 1),
            "end": int(ctx.now) - 1800 * i,
        }
        for i in range(ctx.rng.randint(2, 5))
    ]
    fb.mark("viewing_history", "linear_tv_log", "body.gzip.json.viewingEvents[]", True)
    fb.set_body(
        gz(jsb({"tv": {"brand": "Samsung"}, "viewingEvents": events})), "application/json", "gzip"
    )
    fb.respond(202, None)
    return fb.build()


def acr_sync(ctx: Context, match: bool) -> Flow:
    """Second-screen sync: audio fingerprints of what the TV plays, matched by an ACR vendor."""
    fb = FB(ctx, "alphonso.acr", "POST", "https://api.alphonso.tv/v4/acr/match")
    fb.header("user-agent", UA)
    body = {
        "sdk": "alphonso-android-4.2",
        "aaid": fb.id("gaid", where="body.json.aaid"),
        "lat": False,
        "fingerprints": [b64(ctx.rng.randbytes(96)) for _ in range(4)],
        "captureTs": int(ctx.now * 1000),
    }
    fb.mark("viewing_history", "acr_fingerprint", "body.json.fingerprints", False)
    fb.set_body(jsb(body), "application/json")
    if match:
        answer = {
            "match": {
                "channel": "Channel 4",
                "program": "Kitchen Wars",
                "episodeId": "kw-s6e3",
                "offsetSec": ctx.rng.randint(30, 2400),
                "confidence": 0.94,
            }
        }
        fb.mark(
            "viewing_history",
            "acr_match",
            "response.json.match.program+offsetSec",
            True,
            "response",
        )
    else:
        answer = {"match": None, "retryAfterMs": 30000}
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


# --- video analytics and ads ---------------------------------------------------------


def conviva(ctx: Context, c: dict[str, Any]) -> Flow:
    fb = FB(ctx, "conviva.hb", "POST", "https://lumora-media.cws.conviva.com/0/wsg")
    fb.header("user-agent", UA)
    body = {
        "t": "CwsSessionHb",
        "cid": "c3.Lumora-Media",
        "clid": fb.id("conviva_clid", where="body.json.clid"),
        "sid": ctx.rng.randint(1, 40),
        "seq": ctx.rng.randint(1, 30),
        "st": int(ctx.now * 1000),
        "pht": c["position"] * 1000,
        "an": f"{c['series']} S{c['season']}:E{c['episode']} - {c['title']}",
        "tags": {
            "c3.cm.id": c["id"],
            "c3.cm.seriesName": c["series"],
            "c3.cm.showTitle": c["title"],
        },
        "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}, "old": {"ps": 6}}],
        "pm": {"c3.pbf": "ExoPlayer"},
    }
    fb.mark("viewing_history", "conviva_heartbeat", "body.json.an+pht+tags", True)
    fb.set_body(jsb(body), "text/plain;charset=UTF-8")
    clid = fb.id("conviva_clid", where="response.json.clid", direction="response")
    fb.respond(200, "application/json", jsb({"err": "ok", "clid": clid}))
    return fb.build()


def nielsen(ctx: Context, c: dict[str, Any]) -> Flow:
    params = [
        ("prd", "dcr"),
        ("ci", "gb-209743"),
        ("ch", "gb-209743_c01_P"),
        ("asn", "LumoraTV"),
        ("tl", f"dav0-{c['series']} - {c['title']}"),
        ("cg", "LumoraOnDemand"),
        ("c32", "segA,NA"),
        ("c33", f"segB,{c['series']}"),
        ("c34", f"segC,S{c['season']}E{c['episode']}"),
        ("c15", "apn,LumoraTV"),
        ("c8", "devgrp,PHN"),
        ("c12", "apv,8.14.2"),
        ("c13", f"asid,{new_hex(ctx.rng, 32).upper()}"),
        ("c61", f"createtm,{int(ctx.now)}"),
        ("rnd", new_digits(ctx.rng, 13)),
        ("c10", "plt,MBL"),
        ("c9", "devid,"),
    ]
    fb = FB(
        ctx,
        "nielsen.dcr",
        "GET",
        "https://secure-gb.imrworldwide.com/cgi-bin/gn",
        params,
        "HTTP/1.1",
    )
    fb.header("user-agent", UA)
    fb.decoy("c13 asid: Nielsen app-id hex (not a device id)")
    fb.mark("viewing_history", "nielsen_dcr_tl_segments", "query.tl+c33+c34", True)
    fb.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return fb.build()


def comscore(ctx: Context, c: dict[str, Any], event: str) -> Flow:
    params = [
        ("c1", "19"),
        ("c2", "30117442"),
        ("ns_ap_an", "LumoraTV"),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "8.14.2"),
        ("ns_st_ev", event),
        ("ns_st_ci", c["id"]),
        ("ns_st_pr", c["series"]),
        ("ns_st_ep", c["title"]),
        ("ns_st_sn", str(c["season"])),
        ("ns_st_en", str(c["episode"])),
        ("ns_st_po", str(c["position"] * 1000)),
        ("ns_st_cl", str(c["duration"] * 1000)),
        ("ns_st_ty", "video"),
        ("c12", ""),
        ("ns_ts", str(int(ctx.now * 1000))),
    ]
    fb = FB(ctx, "comscore.stream", "GET", "https://sb.scorecardresearch.com/p2", None, "HTTP/1.1")
    c12 = fb.id("comscore_c12", "plain", "query.c12 (salted md5)", detectable=False)
    fb.params = [(k, c12 if k == "c12" else v) for k, v in params]
    fb.header("user-agent", UA)
    fb.mark("viewing_history", "comscore_streaming", "query.ns_st_pr+ns_st_ep+ns_st_po", True)
    fb.respond(204, None)
    return fb.build()


def mux(ctx: Context, c: dict[str, Any]) -> Flow:
    fb = FB(ctx, "mux.beacon", "POST", "https://k3vq8e2j1mbf9rl0.litix.io")
    fb.header("user-agent", UA)
    event = {
        "e": ctx.rng.choice(["playing", "pause", "viewend", "hb"]),
        "view_id": new_uuid(ctx.rng),
        "mux_viewer_id": fb.id(
            "mux_viewer_id", where="body.json.events[].mux_viewer_id", detectable=False
        ),
        "viewer_user_id": ctx.phone.lumora_account,
        "video_id": c["id"],
        "video_title": c["title"],
        "video_series": c["series"],
        "player_playhead_time": c["position"] * 1000,
        "video_duration": c["duration"] * 1000,
        "player_software_name": "ExoPlayer",
        "viewer_device_name": ctx.phone.model,
        "viewer_time": int(ctx.now * 1000),
    }
    fb.decoy("view_id uuid, viewer_user_id account id")
    fb.mark(
        "viewing_history", "mux_view", "body.json.events[].video_title+player_playhead_time", True
    )
    fb.set_body(
        jsb({"metadata": {"env_key": "k3vq8e2j1mbf9rl0"}, "events": [event]}), "application/json"
    )
    fb.respond(200, None)
    return fb.build()


def bitmovin(ctx: Context, c: dict[str, Any]) -> Flow:
    fb = FB(
        ctx, "bitmovin.analytics", "POST", "https://analytics-ingress-global.bitmovin.com/analytics"
    )
    fb.header("user-agent", UA)
    start = max(0, c["position"] - 60) * 1000
    body = {
        "key": new_uuid(ctx.rng),
        "domain": "com.lumora.tv",
        "impressionId": new_uuid(ctx.rng),
        "userId": fb.id("bitmovin_user_id", where="body.json.userId", detectable=False),
        "customUserId": ctx.phone.lumora_account,
        "videoId": c["id"],
        "videoTitle": f"{c['series']}: {c['title']}",
        "state": "playing",
        "videotimeStart": start,
        "videotimeEnd": c["position"] * 1000,
        "played": c["position"] * 1000 - start,
        "duration": 60000,
        "platform": "android",
        "deviceInformation": {"manufacturer": "Xiaomi", "model": ctx.phone.model, "isTV": False},
        "analyticsVersion": "3.4.0",
        "sequenceNumber": ctx.rng.randint(1, 80),
    }
    fb.decoy("license key uuid, impressionId uuid")
    fb.mark("viewing_history", "bitmovin_sample", "body.json.videoTitle+videotimeEnd", True)
    fb.set_body(jsb(body), "application/json")
    fb.respond(204, None)
    return fb.build()


def ima_vast(ctx: Context, c: dict[str, Any]) -> Flow:
    """IMA pre-roll request to Google Ad Manager: the advertising id in `rdid`."""
    cust = urlencode({"show": c["series"], "season": str(c["season"]), "genre": "drama"})
    params = [
        ("iu", "/21775744923/lumora/app/preroll"),
        ("sz", "640x480"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("correlator", new_digits(ctx.rng, 16)),
        ("cust_params", cust),
        ("vpos", "preroll"),
        ("msid", "com.lumora.tv"),
        ("an", "Lumora TV"),
        ("idtype", "adid"),
        ("is_lat", "0"),
    ]
    fb = FB(ctx, "google.ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads", params)
    fb.params.insert(12, ("rdid", fb.id("gaid", where="query.rdid")))
    fb.params.append(("vid", c["id"]))
    fb.params.append(("cmsid", "2528437"))
    fb.mark("viewing_history", "ad_request_content", "query.cust_params.show+vid", False)
    fb.header("user-agent", UA)
    fb.respond(200, "text/xml", b'<VAST version="4.1"><Ad id="1"/></VAST>')
    return fb.build()


def ima_impression(ctx: Context) -> Flow:
    params = [
        ("ai", b64(ctx.rng.randbytes(30)).rstrip("=")),
        ("sigh", b64(ctx.rng.randbytes(9))),
        ("label", "videoimpression"),
    ]
    fb = FB(
        ctx,
        "google.ima_ping",
        "GET",
        "https://pagead2.googlesyndication.com/pagead/conversion/",
        params,
    )
    fb.header("user-agent", UA)
    fb.respond(200, "image/gif", b"GIF89a")
    fb.decoy("ad impression ping: opaque ai/sigh tokens")
    return fb.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["harbour", "kids cartoons", "cooking", "crime drama", "face off"])
    fb = FB(ctx, "lumora.search", "GET", f"{API}/v3/search", [("q", q), ("limit", "30")])
    _auth(fb, ctx)
    res = [
        {"id": f"ep_{new_hex(ctx.rng, 10)}", "title": t, "score": round(ctx.rng.random(), 3)}
        for t in ("Face Off", "Bay Rescue", "Kitchen Wars")
    ]
    fb.respond(200, "application/json", jsb({"query": q, "results": res}))
    fb.decoy("search query and results")
    return fb.build()


def trailer_thumbs(ctx: Context) -> Flow:
    """Trick-play thumbnails: a sprite sheet and its timecode index."""
    cid = f"ep_{new_hex(ctx.rng, 10)}"
    fb = FB(ctx, "lumora.thumbs", "GET", f"{IMG}/trickplay/{cid}/index.json")
    fb.header("user-agent", UA)
    idx = {"interval": 10, "tiles": [[i * 10, (i % 10) * 160, (i // 10) * 90] for i in range(120)]}
    fb.respond(200, "application/json", jsb(idx))
    fb.decoy("trick-play tile index: 120 numeric triples")
    return fb.build()


def playback_license(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "lumora.drm",
        "POST",
        "https://drm.lumora.tv/widevine/license",
        [("kid", new_hex(ctx.rng, 32))],
    )
    fb.header("user-agent", UA)
    fb.set_body(ctx.rng.randbytes(300), "application/octet-stream")
    fb.respond(200, "application/octet-stream", ctx.rng.randbytes(500))
    fb.decoy("DRM license challenge: binary, key id hex")
    return fb.build()


def quote_path(s: str) -> str:
    return quote(s, safe="")
