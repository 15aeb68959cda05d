"""Viewing-history beacons from media-measurement vendors, and fetches that are not.

YouTube's `api/stats/watchtime` and `playback` parameters (cpn, docid, cmt, st,
et, len, state), Adobe's legacy heartbeat `s:`/`l:` parameters and the Media
Collection API (`/api/v1/sessions`, `playerTime.playhead`, `eventType`), GA4's
`g/collect` Measurement Protocol with `en=video_progress` and `epn.` params,
Conviva heartbeats (`CwsSessionHb`, `pht`), Nielsen DCR pings (`c3=st,c`,
`assetid`, `tl=dav0-...`), and an audio-ACR report as Samba TV's mobile SDK
sends (content matched to what plays on the TV). Videos and thumbnails fetched
from a player, and a YouTube player request, are not viewing history.
"""

from __future__ import annotations

from typing import Any

from .flowmodel import Context, Flow, FlowBuilder
from .identity import new_digits, new_hex
from .wire import jsb

WEB_UA = (
    "Mozilla/5.0 (Linux; Android 14; {model} Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36"
)


def _web_ua(ctx: Context) -> str:
    return WEB_UA.format(model=ctx.phone.model)


def _yt_id(ctx: Context) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(ctx.rng.choice(alphabet) for _ in range(11))


def youtube_video(ctx: Context) -> dict[str, Any]:
    return {
        "id": _yt_id(ctx),
        "len": round(ctx.rng.uniform(60, 900), 3),
        "cpn": _yt_id(ctx)[:11] + _yt_id(ctx)[:5],
    }


def youtube_watchtime(ctx: Context, yt: dict[str, Any], playback: bool) -> Flow:
    path = "/api/stats/playback" if playback else "/api/stats/watchtime"
    fb = FlowBuilder(ctx, "youtube", "GET", "https://www.youtube.com" + path)
    cmt = round(ctx.rng.uniform(1, yt["len"]), 3)
    params = [
        ("ns", "yt"),
        ("el", "embedded"),
        ("cpn", yt["cpn"]),
        ("ver", "2"),
        ("cmt", str(cmt)),
        ("fmt", "243"),
        ("fs", "0"),
        ("rt", str(round(cmt + ctx.rng.uniform(0, 3), 3))),
        ("euri", "https://www.tiktok.com/"),
        ("lact", str(ctx.rng.randint(10, 9000))),
        ("cl", "631736564"),
        ("state", ctx.rng.choice(["playing", "paused"])),
        ("volume", "100"),
        ("c", "WEB_EMBEDDED_PLAYER"),
        ("cver", "1.20240513.01.00"),
        ("cplayer", "UNIPLAYER"),
        ("cos", "Android"),
        ("cosver", "14"),
        ("cplatform", "MOBILE"),
        ("hl", "en_US"),
        ("cr", "US"),
        ("len", str(yt["len"])),
        ("st", str(round(max(0.0, cmt - 10), 3))),
        ("et", str(cmt)),
        ("muted", "0"),
        ("docid", yt["id"]),
        ("ei", new_hex(ctx.rng, 22)),
        ("plid", "AAY" + new_hex(ctx.rng, 13)),
        ("of", new_hex(ctx.rng, 22)),
    ]
    fb.params.extend(params)
    fb.header("user-agent", _web_ua(ctx))
    fb.header("referer", f"https://www.youtube.com/embed/{yt['id']}?enablejsapi=1")
    fb.mark("viewing_history", "youtube_watchtime", "query.docid+cmt+st+et", True)
    fb.respond(204, None)
    return fb.build()


def youtube_thumbnail(ctx: Context, yt: dict[str, Any]) -> Flow:
    fb = FlowBuilder(
        ctx, "youtube.thumbnail", "GET", f"https://i.ytimg.com/vi/{yt['id']}/hqdefault.jpg"
    )
    fb.header("user-agent", _web_ua(ctx))
    fb.decoy("thumbnail fetch with video id in path")
    fb.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + ctx.rng.randbytes(700) + b"\xff\xd9")
    return fb.build()


def youtube_player(ctx: Context, yt: dict[str, Any]) -> Flow:
    """Fetching a player response for a video id: a fetch, not a watch report."""
    fb = FlowBuilder(ctx, "youtube.player", "POST", "https://www.youtube.com/youtubei/v1/player")
    fb.params.append(("prettyPrint", "false"))
    fb.header("user-agent", _web_ua(ctx))
    body = {
        "videoId": yt["id"],
        "context": {
            "client": {
                "clientName": "WEB_EMBEDDED_PLAYER",
                "clientVersion": "1.20240513.01.00",
                "hl": "en",
                "gl": "US",
            }
        },
        "playbackContext": {"contentPlaybackContext": {"html5Preference": "HTML5_PREF_WANTS"}},
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("player fetch for a video id (not viewing history)")
    fb.respond(200, "application/json", jsb({"playabilityStatus": {"status": "OK"}}), "gzip")
    return fb.build()


def adobe_legacy(ctx: Context, video: dict[str, Any], event: str, playhead: int) -> Flow:
    fb = FlowBuilder(ctx, "adobe.heartbeat", "GET", "https://tiktokglobal.hb.omtrdc.net/")
    params = [
        ("s:event:type", event),
        ("l:event:playhead", str(playhead)),
        ("l:event:duration", "10000"),
        ("l:event:ts", str(int(ctx.now * 1000))),
        ("l:event:prev_ts", "-1"),
        ("s:event:sid", video.setdefault("adobe_sid", new_hex(ctx.rng, 32))),
        ("s:asset:type", "main"),
        ("s:asset:video_id", video["id"]),
        ("s:asset:name", video["title"]),
        ("l:asset:length", str(video["duration_ms"] // 1000)),
        ("s:asset:publisher", new_hex(ctx.rng, 24).upper() + "@AdobeOrg"),
        ("s:stream:type", "vod"),
        ("s:sc:rsid", "tiktokglobalprod"),
        ("s:sc:tracking_server", "tiktok.sc.omtrdc.net"),
        ("s:user:mid", fb.id("adobe_ecid", where="query.s:user:mid", detectable=False)),
        ("s:sp:player_name", "ttplayer"),
        ("s:sp:channel", "For You"),
        ("s:sp:hb_version", "android-3.0.1"),
    ]
    fb.params.extend(params)
    fb.header("user-agent", "ADBMobile Android 3.0.1")
    fb.mark(
        "viewing_history", "adobe_heartbeat_legacy", "query.s:asset:video_id+l:event:playhead", True
    )
    fb.decoy("s:event:sid session id")
    fb.respond(
        200,
        "application/xml",
        b'<?xml version="1.0"?><setup><trackingInterval>10</trackingInterval></setup>',
    )
    return fb.build()


def adobe_session_start(ctx: Context, video: dict[str, Any]) -> Flow:
    fb = FlowBuilder(
        ctx,
        "adobe.media_collection",
        "POST",
        "https://tiktokglobal.hb-api.omtrdc.net/api/v1/sessions",
    )
    body = {
        "playerTime": {"playhead": 0, "ts": int(ctx.now * 1000)},
        "eventType": "sessionStart",
        "params": {
            "analytics.reportSuite": "tiktokglobalprod",
            "analytics.trackingServer": "tiktok.sc.omtrdc.net",
            "media.channel": "For You",
            "media.contentType": "VOD",
            "media.id": video["id"],
            "media.name": video["title"],
            "media.length": video["duration_ms"] / 1000,
            "media.playerName": "ttplayer",
            "visitor.marketingCloudOrgId": new_hex(ctx.rng, 24).upper() + "@AdobeOrg",
        },
        "qoeData": {},
        "customMetadata": {"author": video["author_name"]},
    }
    fb.set_body(jsb(body), "application/json")
    fb.mark(
        "viewing_history",
        "adobe_media_session_start",
        "body.json.params.media.id+playerTime.playhead",
        True,
    )
    sid = new_hex(ctx.rng, 64)
    video["adobe_sid"] = sid
    fb.respond(201, None, headers=[("location", f"/api/v1/sessions/{sid}")])
    return fb.build()


def adobe_ping(ctx: Context, video: dict[str, Any], playhead: float) -> Flow:
    sid = video.get("adobe_sid") or new_hex(ctx.rng, 64)
    fb = FlowBuilder(
        ctx,
        "adobe.media_collection",
        "POST",
        f"https://tiktokglobal.hb-api.omtrdc.net/api/v1/sessions/{sid}/events",
    )
    fb.set_body(
        jsb({"playerTime": {"playhead": playhead, "ts": int(ctx.now * 1000)}, "eventType": "ping"}),
        "application/json",
    )
    # A ping reports that the session's video is being watched, but names no content itself.
    fb.mark(
        "viewing_history",
        "adobe_media_ping",
        "body.json.playerTime.playhead (session in path)",
        False,
    )
    fb.respond(204, None)
    return fb.build()


def ga4_web(ctx: Context, video: dict[str, Any] | None, yt: dict[str, Any] | None) -> Flow:
    cid = f"{ctx.rng.randint(100000000, 1999999999)}.{int(ctx.now) - 86400}"
    fb = FlowBuilder(ctx, "ga4.web", "POST", "https://region1.google-analytics.com/g/collect")
    params = [
        ("v", "2"),
        ("tid", "G-" + new_hex(ctx.rng, 10).upper()),
        ("gtm", "45je45e0v9171"),
        ("_p", str(int(ctx.now * 1000))),
        ("gcd", "13l3l3l3l1"),
        ("npa", "0"),
        ("cid", cid),
        ("ul", "en-us"),
        ("sr", "412x915"),
        ("_s", str(ctx.rng.randint(2, 20))),
        ("sid", str(int(ctx.now) - 300)),
        ("sct", "3"),
        ("seg", "1"),
        ("dl", "https://www.tiktok.com/foryou"),
        ("dt", "TikTok"),
    ]
    if yt is not None:
        params += [
            ("en", "video_progress"),
            ("ep.video_provider", "youtube"),
            ("ep.video_title", "Embedded clip"),
            ("ep.video_url", f"https://www.youtube.com/watch?v={yt['id']}"),
            ("epn.video_current_time", str(ctx.rng.randint(5, 200))),
            ("epn.video_duration", str(int(yt["len"]))),
            ("epn.video_percent", str(ctx.rng.choice([10, 25, 50, 75]))),
            ("ep.visible", "true"),
        ]
        fb.mark(
            "viewing_history", "ga4_video_progress", "query.en=video_progress+ep.video_url", True
        )
    elif video is not None:
        params += [
            ("en", "video_start"),
            ("ep.video_title", video["title"]),
            ("ep.video_url", video["share_url"]),
            ("epn.video_duration", str(video["duration_ms"] // 1000)),
        ]
        fb.mark("viewing_history", "ga4_video_start", "query.en=video_start+ep.video_url", True)
    else:
        params += [("en", "page_view"), ("_et", str(ctx.rng.randint(100, 9000)))]
    fb.params.extend(params)
    fb.decoy("GA client id (browser cookie id), session id timestamps")
    fb.header("user-agent", _web_ua(ctx))
    fb.header("origin", "https://www.tiktok.com")
    fb.respond(204, None)
    return fb.build()


def conviva(ctx: Context, video: dict[str, Any]) -> Flow:
    fb = FlowBuilder(ctx, "conviva", "POST", "https://tiktok-global.cws.conviva.com/0/wsg")
    hb = {
        "t": "CwsSessionHb",
        "cid": new_hex(ctx.rng, 40),
        "clid": ctx.phone.conviva_clid,
        "sid": ctx.rng.randint(10**8, 10**9),
        "seq": ctx.rng.randint(1, 30),
        "st": ctx.rng.randint(10000, 90000),
        "sst": int(ctx.now * 1000) - 60000,
        "pht": ctx.rng.randint(1000, video["duration_ms"]),
        "ps": 3,
        "an": video["title"],
        "tags": {
            "c3.cm.id": video["id"],
            "c3.cm.name": video["title"],
            "c3.cm.contentType": "VOD",
            "c3.cm.channel": "For You",
        },
        "cl": video["duration_ms"] // 1000,
        "pt": "ttplayer",
        "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}, "st": 0, "seq": 0}],
        "iid": ctx.rng.randint(10**8, 10**9),
        "pver": "2.151.0.37311",
        "sdk": True,
    }
    fb.id("conviva_clid", where="body.json.clid", detectable=False)
    fb.mark("viewing_history", "conviva_session_heartbeat", "body.json.tags.c3.cm.id+pht", True)
    fb.decoy("customer key hex in cid")
    fb.set_body(jsb(hb), "application/json")
    fb.respond(200, "application/json", jsb({"clid": ctx.phone.conviva_clid, "cfg": {"hbi": 20}}))
    return fb.build()


def nielsen(ctx: Context, video: dict[str, Any]) -> Flow:
    fb = FlowBuilder(
        ctx,
        "nielsen",
        "GET",
        "https://secure-dcr.imrworldwide.com/cgi-bin/gn",
        http_version="HTTP/1.1",
    )
    devid = fb.id("advertising_id", "sha1_upper", where="query.c9 (devid,<sha1>)", detectable=False)
    params = [
        ("prd", "dcr"),
        ("ci", "us-800251"),
        ("ch", "us-800251_c01_P"),
        ("asn", "TikTok"),
        ("sup", "1"),
        ("tl", "dav0-" + video["title"]),
        ("c3", "st,c"),
        ("c6", "vc,c01"),
        ("c7", "osgrp,DROID"),
        ("c8", "devgrp,PHN"),
        ("c9", "devid," + devid),
        ("c10", "plt,MBL"),
        ("c12", "apv,34.2.3"),
        ("c13", "asid,P" + new_hex(ctx.rng, 32).upper()),
        ("c14", "osver,ANDROID14"),
        ("c15", "apn,TikTok"),
        ("assetid", video["id"]),
        ("length", str(video["duration_ms"] // 1000)),
        ("pst", f",0_{ctx.rng.randint(5, 60)}"),
        ("at", "timer"),
        ("rt", "video"),
        ("c44", "progen,"),
        ("uoo", ""),
        ("rnd", str(ctx.rng.randint(10**12, 10**13))),
    ]
    fb.params.extend(params)
    fb.mark("viewing_history", "nielsen_dcr_ping", "query.assetid+pst+tl", True)
    fb.decoy("asid app id hex")
    fb.header("user-agent", "NielsenAppSDK 8.0.0")
    fb.respond(
        200,
        "image/gif",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
    )
    return fb.build()


def samba_acr(ctx: Context) -> Flow:
    """Audio content recognition: what was playing on the TV near the phone."""
    fb = FlowBuilder(ctx, "samba.acr", "POST", "https://acr-sdk.samba.tv/v3/acr/results")
    matches = []
    for _ in range(ctx.rng.randint(1, 4)):
        matches.append(
            {
                "content_id": "EP0" + new_digits(ctx.rng, 10),
                "title": ctx.rng.choice(
                    ["The Late Show", "Chicago Fire", "NBA Playoffs", "Wheel of Fortune"]
                ),
                "network": ctx.rng.choice(["CBS", "NBC", "ESPN", "ABC"]),
                "offset_ms": ctx.rng.randint(1000, 3_000_000),
                "detected_at": int(ctx.now) - ctx.rng.randint(0, 900),
                "confidence": round(ctx.rng.uniform(0.8, 1.0), 3),
            }
        )
    body = {
        "sdk_version": "3.4.1",
        "device_id": fb.id("samba_device_id", where="body.json.device_id"),
        "advertising_id": fb.id("advertising_id", where="body.json.advertising_id")
        if not ctx.opted_out
        else "",
        "matches": matches,
        "fingerprint_count": ctx.rng.randint(10, 90),
    }
    fb.mark("viewing_history", "acr_tv_matches", "body.json.matches[].content_id+offset_ms", True)
    fb.set_body(jsb(body), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"ok": True}))
    return fb.build()
