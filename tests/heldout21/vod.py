"""Anime / drama VOD app ("Animaru", in-house backend with romanised keys) plus
Nielsen DCR measurement.

Sources: Nielsen DCR pings are GETs to `*.imrworldwide.com/cgi-bin/gn?prd=dcr`
with `ci`, `asn`, `tl=dav0-<title>`, `c3=st,...`, `c9=devid,<ad id>`,
`c27=cln,<seconds>` and friends (Nielsen Digital SDK / Segment nielsen-dcr
integration, github.com/segmentio/analytics.js-integrations). The in-house
heartbeat, watch log (shichou rireki) and continue-watching list are our own
invention, with key names the way Japanese developers often write them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.animaru.tv"
TITLES = [
    ("s1042", "葬送の旅人", 24),
    ("s2201", "薬屋のひとりごと的な", 23),
    ("s3307", "月曜ドラマ 逃げ恥", 46),
    ("s0914", "宇宙兄弟リマスター", 24),
    ("s5120", "推しの子 第2期", 25),
]
UA = ua("Animaru", "5.12.0")


def _ep(c: Context) -> tuple[str, str, str, int]:
    sid, title, mins = c.rng.choice(TITLES)
    ep = f"{sid}e{c.rng.randint(1, 12):02d}"
    return sid, ep, title, mins * 60


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "animaru", method, API + path, params)
    b.header("user-agent", UA)
    b.header("x-animaru-app-version", "5.12.0")
    return b


def saisei_heartbeat(c: Context) -> Flow:
    sid, ep, _, dur = _ep(c)
    b = _b(c, "POST", "/v2/shichou/heartbeat")
    key = c.rng.choice(["tanmatsu_id", "terminalId"])
    body = {
        "bangumi_id": sid,
        "douga_id": ep,
        "saisei_ichi": c.rng.randint(0, dur),
        "saisei_jikan": dur,
        "jotai": c.rng.choice(["playing", "paused", "seek"]),
        "gashitsu": c.rng.choice(["HD", "FHD", "auto"]),
        key: b.id("vod_terminal", where=f"body.{key}"),
        "ts": ms(c),
    }
    b.view("body: douga_id + saisei_ichi heartbeat")
    b.json(body)
    b.ok_json({"result": "OK", "next_interval": 30})
    return b.build()


def shichou_rireki(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/users/me/shichou_rireki")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    items = []
    for _ in range(c.rng.randint(1, 4)):
        sid, ep, title, dur = _ep(c)
        pos = c.rng.randint(60, dur)
        items.append(
            {
                "sakuhin_id": sid,
                "episode_id": ep,
                "sakuhin_mei": title,
                "shichou_nichiji": iso(c),
                "saisei_ichi_sec": pos,
                "kanryo": pos > dur - 90,
            }
        )
    b.view("body.rireki[]: episode_id + shichou_nichiji + saisei_ichi_sec")
    b.json({"rireki": items}, encoding="gzip")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/users/me/tsuzuki", [("limit", "20")])
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        _sid, ep, title, dur = _ep(c)
        rows.append(
            {
                "episodeId": ep,
                "title": title,
                "progress": round(c.rng.random(), 3),
                "resumePositionSec": c.rng.randint(30, dur),
                "lastWatchedAt": iso(c),
            }
        )
    b.view("response.continueWatching[]", direction="response")
    b.ok_json({"continueWatching": rows})
    return b.build()


def nielsen_dcr(c: Context) -> Flow:
    _sid, ep, title, dur = _ep(c)
    b = FB(c, "nielsen-dcr", "GET", "https://secure-jp.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", UA)
    pairs = [
        ("prd", "dcr"),
        ("ci", "jp-502871"),
        ("ch", "jp-502871_c01_P"),
        ("asn", "animaru"),
        ("fp_id", ""),
        ("tl", f"dav0-{title} {ep[-3:]}"),
        ("cg", title),
        ("c3", "st,c"),
        ("c4", f"vid,{ep}"),
        ("c6", "vc,c00"),
        ("c7", "osgrp,DCR"),
        ("c8", "devgrp,PHN"),
        ("c9", "devid," + b.id("gaid", where="query.c9 (devid,)")),
        ("c10", "plt,MBL"),
        ("c13", "asid,P7E1A2F3B-2C44-4D1A-9E0C-5F2A7B91C3D0"),
        ("c14", "osver,ANDROID14"),
        ("c15", "apn,Animaru"),
        ("c16", "sdkv,aa.9.2.0.0"),
        ("c27", f"cln,{c.rng.randint(10, dur)}"),
        ("c62", f"sendTime,{int(c.now)}"),
        ("rnd", str(c.rng.randint(10**9, 10**10))),
        ("uoo", ""),
        ("pd", str(ms(c))),
        ("retry", "0"),
    ]
    b.view("query: prd=dcr tl=dav0-title + c27=cln (Nielsen DCR)")
    b.params = pairs
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/b/v3/e")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(160, 320)))
    b.view("body.p: AES-GCM sealed playback log", detectable=False)
    b.json({"v": 3, "k": "k2024q3", "p": b64(blob)})
    b.no_content()
    return b.build()


def tanmatsu_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tanmatsu/touroku")
    body = {
        "tanmatsu_id": b.id("vod_terminal", where="body.tanmatsu_id"),
        "androidId": b.id("aid_vod", where="body.androidId"),
        "adId": b.id("gaid", where="body.adId"),
        "kishu": "XQ-DQ44",
        "os": "Android 14",
        "kaiin_no": b.acct("vod_user"),
    }
    b.json(body)
    b.ok_json({"status": 0, "max_tanmatsu": 5})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/ranking", [("genre", c.rng.choice(["anime", "drama"])), ("p", "1")])
    b.decoy("ranking with view counts and score series")
    rows = [
        {"id": s, "title": t, "views": c.rng.randint(10**4, 10**6), "score": rf(c.rng, 3, 5, 2)}
        for s, t, _ in TITLES
    ]
    b.ok_json({"items": rows, "trend": [c.rng.randint(100, 999) for _ in range(14)]})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["顔のない月", "kao", "声優 特集", "推し"])
    b = _b(c, "GET", "/v1/search", [("q", q), ("limit", "30")])
    b.decoy("search results (not viewing history)")
    b.ok_json({"hits": [{"id": s, "title": t} for s, t, _ in TITLES[:3]], "q": q})
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid, ep, _, _ = _ep(c)
    b = FB(c, "animaru-cdn", "GET", f"https://img.animaru-cdn.jp/thumb/{sid}/{ep}_640x360.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid, ep, _, _ = _ep(c)
    seg = c.rng.randint(1, 400)
    url = f"https://vod.animaru-cdn.jp/hls/{sid}/{ep}/1080p/seg_{seg:05d}.m4s"
    b = FB(c, "animaru-cdn", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(seg, 900))
    return b.build()


def mypage_webview(c: Context) -> Flow:
    b = FB(c, "animaru", "GET", "https://www.animaru.tv/mypage/plan")
    b.header("user-agent", UA)
    tid = b.id("vod_terminal", where="cookie anm_tanmatsu_id")
    ad = b.id("gaid", where="cookie anm_adid")
    b.header(
        "cookie", f"anm_sess={rid(c.rng).replace('-', '')}; anm_tanmatsu_id={tid}; anm_adid={ad}"
    )
    b.respond(200, "text/html; charset=utf-8", "<html><body>プラン</body></html>".encode())
    return b.build()
