"""Chobighor: a Bengali OTT app (Hoichoi / Chorki / Bongo-like) on the phone.

The in-house player backend is fictional; its key names mix English with Banglish
("dekha_somoy" = time watched, "shesh_dekha" = watched to the end, "cholche" = is
playing, "dekhechi" = I have watched) and Bengali script in titles, as Bangladeshi
OTT apps do in their public web players (chorki.com / hoichoi.tv JSON seen in the
browser). Ads and analytics go through measure.py / ads.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.chobighor.com.bd"
TITLES = [
    ("S0102", "মহানগর", 8),
    ("S0217", "কারাগার", 9),
    ("M0441", "হাওয়া", 1),
    ("S0319", "তাকদীর", 8),
    ("M0560", "পরাণ", 1),
    ("S0603", "লাল শালু", 6),
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "chobighor", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", ua("Chobighor", "4.2.1"))
    b.header("x-app-lang", "bn")
    return b


def _title(c: Context) -> tuple[str, str, int, int]:
    cid, name, eps = c.rng.choice(TITLES)
    return cid, name, c.rng.randint(1, eps), c.rng.randint(1200, 3000)


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/device/register")
    b.json(
        {
            "deviceId": b.id("chobi_device", where="json deviceId"),
            "androidId": b.id("aid_chobi", where="json androidId"),
            "deviceName": "Galaxy A15",
            "platform": "android",
            "pushEnabled": True,
        }
    )
    b.ok_json({"status": "ok", "maxScreens": 2})
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, name, ep, dur = _title(c)
    b = _b(c, "POST", "/v2/player/heartbeat")
    b.header("x-device-id", b.id("chobi_device", where="header x-device-id"))
    b.view("json content_id + episode_no + dekha_somoy heartbeat")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "user_id": b.acct("chobi_user"),
            "content_id": cid,
            "shironam": name,
            "episode_no": ep,
            "dekha_somoy": pos,
            "mot_somoy": dur,
            "cholche": True,
            "shesh_dekha": pos > dur - 90,
            "quality": c.rng.choice(["480p", "720p", "1080p"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def dekhechi_sync(c: Context) -> Flow:
    u = c.phone.chobi_user
    b = _b(c, "PUT", f"/v2/users/{u}/dekhechi")
    b.view("json dekhechi[] content_id + shesh_obosthan")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        cid, _, ep, dur = _title(c)
        items.append(
            {
                "content_id": cid,
                "episode_no": ep,
                "shesh_obosthan": c.rng.randint(10, dur),
                "somoykal": dur,
                "updated_at": iso(c),
            }
        )
    b.json({"dekhechi": items})
    b.ok_json({"saved": len(items)})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/t/b")
    b.view("json d: encrypted player beacon", detectable=False)
    b.json({"v": 3, "k": new_hex(c.rng, 8), "d": b64(c.rng.randbytes(180))})
    b.no_content()
    return b.build()


def home(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/home", params=[("section", "bangla-natok"), ("page", "1")])
    b.decoy("catalogue rails with content ids, episode counts and durations (not watched)")
    rails = [
        {
            "id": cid,
            "shironam": n,
            "episodes": e,
            "duration": c.rng.randint(1200, 3000),
            "thumb": f"https://img.chobighor.com.bd/{cid}/poster_{c.rng.randint(1, 9)}.jpg",
        }
        for cid, n, e in TITLES
    ]
    b.ok_json({"rails": [{"title": "নতুন এসেছে", "items": rails}], "requestId": rid(c.rng)})
    return b.build()


def poster(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "chobighor", "GET", f"https://img.chobighor.com.bd/{cid}/poster_2.jpg")
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600))
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid, _, ep, _ = _title(c)
    seg = c.rng.randint(1, 400)
    url = f"https://vod.chobighor.com.bd/hls/{cid}/e{ep:02d}/720p/seg_{seg:05d}.ts"
    b = FB(c, "chobighor", "GET", url, [("token", new_hex(c.rng, 32))])
    b.decoy("video segment fetch: fetching is not viewing history")
    b.respond(200, "video/mp2t", c.rng.randbytes(700))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["চঞ্চল চৌধুরী", "thriller", "mosharraf karim", "ঈদ নাটক"])
    b = _b(c, "GET", "/v2/search", params=[("q", q), ("limit", "20")])
    b.header("cookie", f"lang=bn; _did={b.id('chobi_device', where='cookie _did')}; ab=7")
    b.decoy("search results with content ids")
    b.ok_json({"q": q, "results": [{"content_id": t[0], "shironam": t[1]} for t in TITLES[:3]]})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    from .measure import firebase

    cid, title, ep, dur = _title(c)
    params: dict[str, str | int] = {
        "video_title": f"{title} - পর্ব {ep}",
        "video_provider": "chobighor",
        "video_percent": c.rng.choice([10, 25, 50, 75, 90]),
        "video_current_time": c.rng.randint(60, dur),
        "video_duration": dur,
        "content_id": cid,
    }
    return firebase(c, "chobi", [(name, params)], video=True)


def fb_view(c: Context) -> Flow:
    from .measure import facebook

    cid, title, ep, _ = _title(c)
    ev = {
        "_eventName": "fb_mobile_content_view",
        "fb_content_type": "video",
        "fb_content_id": f"{cid}-E{ep}",
        "fb_description": title,
        "_logTime": int(c.now),
    }
    return facebook(c, "chobi", [ev], video=True)
