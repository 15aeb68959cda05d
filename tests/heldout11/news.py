"""News app with video ("Dispatch Daily"): JW Player analytics and Comscore.

Sources: JW Player OTT analytics spec and jwpltx.js in jwplayer/ott-web-app
(`ihe.jwpltx.com/v1/jwplayer6/ping.gif`, e=e|s|t|vs|gab, aid, bun, id (media
id), t (title), vd, q, pw (quantile watched), ti, sa; `ifa` = advertising id;
`oaid` = hash of the app user's login id, NOT Huawei's OAID); Comscore
streaming tag labels (ns_st_ev, ns_st_ci, ns_st_pt, ns_st_po, ns_st_cl,
ns_ap_*, c12 = Comscore's visitor id) as seen in SDK code and analyses in
public repos; the article API is in-house.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rid, ua

UA = ua("DispatchDaily", "8.0.4")
VIDEOS = [
    ("9u6OHIO4", "Flood defences explained", 141),
    ("Kx2b7RtQ", "Election night live", 0),
    ("pT4mWz8A", "Inside the chip factory", 512),
    ("Qa1ZcV0n", "Match highlights", 245),
]


def _jw(ctx: Context, e: str, with_ifa: bool) -> Flow:
    mid, title, vd = ctx.rng.choice(VIDEOS)
    q = 0 if vd == 0 else (8 if vd < 180 else 16 if vd < 300 else 32)
    params = [
        ("pss", "1"),
        ("oos", "Android"),
        ("oosv", "12"),
        ("sdk", "1"),
        ("aid", "a17e8PTFFffxLgpVuA4vVw"),
        ("bun", "com.dispatchdaily.news"),
        ("fed", "ON53iLoH"),
        ("id", mid),
        ("t", title),
        ("av", "8.0.4"),
        ("emi", rid(ctx.rng).replace("-", "")[:12]),
        ("pli", rid(ctx.rng).replace("-", "")[:12]),
    ]
    params.append(("oaid", hashlib.sha1(ctx.phone.news_user.encode()).hexdigest()))
    if e != "e":
        params += [("vd", str(vd)), ("q", str(q))]
    if e in ("t", "gab"):
        params += [
            ("pw", str(-1 if vd == 0 else ctx.rng.choice([16, 32, 64, 96, 128]))),
            ("ti", str(20 if vd == 0 else ctx.rng.randint(5, 60))),
        ]
    b = FB(ctx, "jwplayer", "GET", "https://ihe.jwpltx.com/v1/jwplayer6/ping.gif", params)
    b.header("user-agent", UA)
    if with_ifa:
        b.param("ifa", b.id("oaid", where="query:ifa"))
    b.decoy("oaid= is JW's hash of the login id (an account, not Huawei's OAID)")
    b.param("e", e)
    b.param("sa", str(ms(ctx)))
    if e in ("s", "t", "gab", "vs"):
        b.view(f"query:e={e}&id&t&pw/ti")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def jw_setup(ctx: Context) -> Flow:
    return _jw(ctx, "e", ctx.rng.random() < 0.5)


def jw_play(ctx: Context) -> Flow:
    return _jw(ctx, "s", ctx.rng.random() < 0.6)


def jw_quantile(ctx: Context) -> Flow:
    return _jw(ctx, "t", ctx.rng.random() < 0.4)


def jw_abandon(ctx: Context) -> Flow:
    return _jw(ctx, "gab", False)


def comscore(ctx: Context, ev: str = "hb") -> Flow:
    mid, title, vd = ctx.rng.choice(VIDEOS)
    params = [
        ("c1", "19"),
        ("c2", "3005086"),
        ("ns_ap_an", "Dispatch Daily"),
        ("ns_ap_pn", "android"),
        ("ns_ap_device", "MNA-LX9"),
        ("ns_ap_ver", "8.0.4"),
        ("c12", ctx.phone.comscore_c12),
        ("ns_type", "hidden"),
        ("ns_st_ev", ev),
        ("ns_st_ci", mid),
        ("ns_st_pr", title),
        ("ns_st_cl", str(vd * 1000)),
        ("ns_st_pt", str(ctx.rng.randint(1, 300) * 1000)),
        ("ns_st_po", str(ctx.rng.randint(0, max(vd, 1)) * 1000)),
        ("ns_st_id", str(ms(ctx))),
        ("ns_ts", str(ms(ctx))),
    ]
    b = FB(ctx, "comscore", "GET", "https://sb.scorecardresearch.com/p2", params)
    b.header("user-agent", UA)
    b.id("comscore_c12", where="query:c12 (Comscore visitor id)", detectable=False)
    b.view(f"query:ns_st_ev={ev}&ns_st_ci&ns_st_pt")
    b.respond(204, None)
    return b.build()


def comscore_app(ctx: Context) -> Flow:
    """An application-start measurement (no stream labels): not viewing history."""
    params = [
        ("c1", "19"),
        ("c2", "3005086"),
        ("ns_ap_an", "Dispatch Daily"),
        ("ns_ap_ev", "start"),
        ("c12", ctx.phone.comscore_c12),
        ("ns_ts", str(ms(ctx))),
    ]
    b = FB(ctx, "comscore", "GET", "https://sb.scorecardresearch.com/p2", params)
    b.id("comscore_c12", where="query:c12 (Comscore visitor id)", detectable=False)
    b.respond(204, None)
    return b.build()


def manifest(ctx: Context) -> Flow:
    mid = ctx.rng.choice(VIDEOS)[0]
    b = FB(ctx, "jwplayer", "GET", f"https://cdn.jwplayer.com/manifests/{mid}.m3u8")
    b.decoy("video manifest fetch (a fetch, not a report)")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n")
    return b.build()


def media_json(ctx: Context) -> Flow:
    mid = ctx.rng.choice(VIDEOS)[0]
    b = FB(ctx, "jwplayer", "GET", f"https://cdn.jwplayer.com/v2/media/{mid}")
    b.decoy("video metadata / playlist fetch")
    b.ok_json({"playlist": [{"mediaid": mid, "duration": 141, "image": "poster.jpg"}]})
    return b.build()


def thumb(ctx: Context) -> Flow:
    mid = ctx.rng.choice(VIDEOS)[0]
    b = FB(ctx, "jwplayer", "GET", f"https://cdn.jwplayer.com/v2/media/{mid}/poster.jpg?width=720")
    b.decoy("thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 400))
    return b.build()


def articles(ctx: Context) -> Flow:
    b = FB(ctx, "dispatch", "GET", "https://api.dispatchdaily.com/v3/feed?section=top&page=1")
    b.header("user-agent", UA)
    b.decoy("article feed incl. a story on face recognition at stations")
    b.ok_json(
        {
            "items": [
                {
                    "id": ctx.rng.randint(10**6, 10**7),
                    "headline": "Face recognition gates spread across the metro",
                },
                {"id": ctx.rng.randint(10**6, 10**7), "headline": "Rates held"},
            ]
        }
    )
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "dispatch", "POST", "https://api.dispatchdaily.com/v3/device")
    b.header("user-agent", UA)
    b.json({"device_id": b.id("aid_news", where="json:device_id"), "platform": "huawei"})
    b.ok_json({"ok": True})
    return b.build()
