"""Glimmer TV (fictional streaming app) on the Fire TV Stick: Mux Data and
Youbora beacons, resume points, Amazon Publisher Services.

Real: mux-embed (src.litix.io core): events are POSTed as text/plain JSON
{"metadata":{"transmission_timestamp","rtt_ms"},"events":[...]} to
https://<env_key>.litix.io, each key shortened word by word (view -> x,
player -> p, video -> v, viewer -> u, env -> a; id -> id, playhead -> ph,
time -> ti, sequence -> sq, number -> no, title -> tt, series -> sr,
duration -> du, key -> ke...), so view_id is "xid", player_playhead_time
"pphti", video_title "vtt". Youbora / NPAW NQS: GET
https://infinity-cNN.youboranqs01.com/start|joinTime|ping?code=...&playhead=...
Amazon APS (DtbConstants): SIS s.amazon-adsystem.com/api3/generate_did with
ua, dinfo, idfa, oo, pkg; answer {"adId": ...}; ad calls on
aax-us.amazon-adsystem.com/e/msdk/ads. Fire OS keeps its advertising id in
Settings.Secure "advertising_id".
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, FIRE_UA, ms, rf, rid

API = "https://api.glimmertv.com"
ENV = "k3s9q2vd1hc0jp7t"
TITLES = [
    ("gl-s2e4", "Harbour Lights", "S2 E4 The Crossing"),
    ("gl-s1e1", "Harbour Lights", "S1 E1 Pilot"),
    ("gl-m812", "Paper Kites", "Paper Kites"),
    ("gl-s3e9", "Northbound", "S3 E9 Whiteout"),
]


def _title(ctx: Context) -> tuple[str, str, str]:
    return ctx.rng.choice(TITLES)


def mux_beacon(ctx: Context) -> Flow:
    b = FB(ctx, "mux", "POST", f"https://{ENV}.litix.io/")
    b.header("user-agent", FIRE_UA)
    vid, series, title = _title(ctx)
    view = rid(ctx.rng)
    events = []
    for i, e in enumerate(ctx.rng.sample(["playing", "hb", "pause", "hb", "seeked"], 3)):
        events.append(
            {
                "e": e,
                "ake": ENV,
                "xid": view,
                "xsqno": i + 1,
                "pphti": ctx.rng.randint(1000, 2_400_000),
                "uti": ms(ctx),
                "vid": vid,
                "vtt": title,
                "vsr": series,
                "vdu": 2_700_000,
                "mvrid": b.id("mux_viewer", where="json events[].mvrid", detectable=False),
                "pswnm": "ExoPlayer",
            }
        )
    b.set_body(
        js(
            {"metadata": {"transmission_timestamp": ms(ctx), "rtt_ms": 84}, "events": events}
        ).encode(),
        "text/plain;charset=UTF-8",
    )
    b.view("json events[] e/xid/pphti/vtt (Mux Data view beacon)")
    b.no_content()
    return b.build()


def _youbora(ctx: Context, path: str) -> FB:
    host = f"https://infinity-c{ctx.rng.randint(20, 40)}.youboranqs01.com"
    b = FB(ctx, "youbora", "GET", host + path)
    b.header("user-agent", FIRE_UA)
    b.param("code", "U_" + rid(ctx.rng)[:8] + "_" + rid(ctx.rng)[:12])
    b.param("accountCode", "glimmertv")
    return b


def youbora_start(ctx: Context) -> Flow:
    b = _youbora(ctx, "/start")
    vid, series, title = _title(ctx)
    b.param("title", f"{series} - {title}")
    b.param("contentId", vid)
    b.param("mediaDuration", "2700")
    b.param("playhead", "0")
    b.param("player", "ExoPlayer2")
    b.param("timemark", str(ms(ctx)))
    b.view("query title/contentId/playhead (Youbora start)")
    b.ok_json({})
    return b.build()


def youbora_ping(ctx: Context) -> Flow:
    b = _youbora(ctx, "/ping")
    b.param("pingTime", "5")
    b.param("playhead", str(rf(ctx.rng, 10, 2700, 3)))
    b.param("bitrate", str(ctx.rng.choice([2_400_000, 4_800_000])))
    b.param("playrate", "1")
    b.param("timemark", str(ms(ctx)))
    b.view("query code/playhead/pingTime (Youbora playback heartbeat)")
    b.ok_json({})
    return b.build()


def resume_point(ctx: Context) -> Flow:
    prof = "p1"
    b = FB(ctx, "glimmertv", "PUT", f"{API}/v1/profiles/{prof}/resume")
    b.header("user-agent", FIRE_UA)
    vid, _, _ = _title(ctx)
    b.json({"contentId": vid, "positionMs": ctx.rng.randint(1, 2_700_000), "durationMs": 2_700_000})
    b.view("json contentId/positionMs (continue watching)")
    b.no_content()
    return b.build()


def aps_sis(ctx: Context) -> Flow:
    b = FB(ctx, "amazon-aps", "GET", "https://s.amazon-adsystem.com/api3/generate_did")
    b.header("user-agent", FIRE_UA)
    dinfo = {"dmake": "Amazon", "dmodel": "AFTKA", "os": "Android", "osVer": "9", "sw": 1920}
    b.param("ua", FIRE_UA)
    b.param("dinfo", js(dinfo))
    b.param("idfa", b.id("fire_adid", where="query idfa"))
    b.param("oo", "0")
    b.param("pkg", js({"pn": "com.glimmertv.firetv", "v": "4.2.0"}))
    b.ok_json({"rcode": 1, "adId": b.id("aps_adid", where="response adId", direction="response")})
    return b.build()


def aps_ad(ctx: Context) -> Flow:
    b = FB(ctx, "amazon-aps", "GET", "https://aax-us.amazon-adsystem.com/e/msdk/ads")
    b.header("user-agent", FIRE_UA)
    b.param("adsdk", "aps-android-9.6.0")
    b.param("idfa", b.id("fire_adid", where="query idfa"))
    b.param("oo", "0")
    b.param("adId", b.id("aps_adid", where="query adId"))
    b.param("slots", quote(js([{"sz": "1920x1080", "slot": "preroll", "isv": True}])))
    b.ok_json({"status": "ok", "ads": {}, "ev": False})
    return b.build()


def register_device(ctx: Context) -> Flow:
    b = FB(ctx, "glimmertv", "POST", f"{API}/v1/devices")
    b.header("user-agent", FIRE_UA)
    b.json(
        {
            "dsn": b.id("fire_dsn", where="json dsn"),
            "deviceType": "AFTKA",
            "androidId": b.id("fire_aid", where="json androidId"),
            "wifiMac": b.id("fire_mac", where="json wifiMac"),
            "amazonProfile": b.acct("fire_profile"),
        }
    )
    b.ok_json({"deviceToken": rid(ctx.rng)})
    return b.build()


def hls_segment(ctx: Context) -> Flow:
    vid, _, _ = _title(ctx)
    n = ctx.rng.randint(1, 900)
    b = FB(ctx, "glimmertv-cdn", "GET", f"https://vod.glimmercdn.net/{vid}/1080p/seg_{n:05d}.ts")
    b.header("user-agent", FIRE_UA)
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(700)))
    b.decoy("HLS video segment fetch")
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "glimmertv", "GET", f"{API}/v1/rails/home")
    b.header("user-agent", FIRE_UA)
    rails = [
        {"id": v, "title": t, "art": f"https://img.glimmercdn.net/{v}.jpg"} for v, _, t in TITLES
    ]
    b.ok_json({"rails": [{"name": "Trending", "items": rails}]})
    b.decoy("catalogue rail")
    return b.build()


def drm_license(ctx: Context) -> Flow:
    b = FB(ctx, "glimmertv", "POST", "https://drm.glimmertv.com/widevine/license")
    b.header("user-agent", FIRE_UA)
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(ctx.rng.getrandbits(8) for _ in range(400)))
    b.decoy("Widevine license challenge")
    return b.build()
