"""Masach+: an Israeli streaming app (series, Kan / Keshet live channels) with an
in-house backend whose key names are transliterated Hebrew ("tzfiya" viewing,
"hemshech" continue, "mikum" position, "orech" length, "mezahe mashir" device
id) or Hebrew script, and casting to the family's Chromecast.

In-house formats are our own; the Cast sender's CastDevice.getDeviceId() is a
per-receiver id (Cast SDK reference, "CastDevice"), reported with the session.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, jsb

from . import ads
from .phone import FB, iso, ms, rid, ua

APP = ads.App("il.co.masachplus.android", "MasachPlus", "5.12.1", "aid_masach")
API = "https://api.masachplus.co.il"
SHOWS = [
    ("srs-2291", "שעת נעילה", 8),
    ("srs-1876", "קופה ראשית", 22),
    ("srs-3320", "פאודה", 12),
    ("srs-0987", "הבורר", 13),
    ("srs-4410", "שטיסל", 12),
    ("mov-7712", "גט", 1),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-masach-trace", rid(b.ctx.rng))
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 40))


def _show(c: Context) -> tuple[str, str, int, int, int]:
    sid, name, eps = c.rng.choice(SHOWS)
    length = c.rng.randint(1500, 3300)
    return sid, name, c.rng.randint(1, eps), length, c.rng.randint(30, length)


def tzfiya_log(c: Context) -> Flow:
    b = FB(c, "masach", "POST", f"{API}/v2/tzfiya/log")
    _hdr(b)
    sid, name, ep, length, pos = _show(c)
    b.view("json:tzfiya")
    b.json(
        {
            "tzfiya": {
                "mezahe_tochen": f"{sid}-e{ep}",
                "shem": name,
                "perek": ep,
                "mikum": pos,
                "orech": length,
                "ahuz": round(pos / length, 3),
                "zman": iso(c),
            },
            "profil": c.phone.masach_user,
        }
    )
    b.no_content()
    return b.build()


def hemshech_sync(c: Context) -> Flow:
    b = FB(c, "masach", "PUT", f"{API}/v2/hemshech-tzfiya")
    _hdr(b)
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, _name, ep, length, pos = _show(c)
        items.append({"tochnit": sid, "perek": ep, "mikum_shniyot": pos, "orech": length})
    b.view("json:hemshech[]")
    b.json({"hemshech": items, "updated": ms(c)})
    b.ok_json({"status": "ok"})
    return b.build()


def hebrew_heartbeat(c: Context) -> Flow:
    b = FB(c, "masach", "POST", f"{API}/v3/player/doch")
    _hdr(b)
    _sid, name, ep, length, pos = _show(c)
    b.view("json:צפייה")
    b.json(
        {
            "צפייה": {"תוכנית": name, "פרק": ep, "מיקום": pos, "משך": length},
            "סוג": "heartbeat",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "masach", "POST", f"{API}/t/e")
    _hdr(b)
    b.view("json:d (encrypted playback log)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.json({"v": 3, "d": b64(blob), "k": new_hex(c.rng, 8)})
    b.no_content()
    return b.build()


def cast_session(c: Context) -> Flow:
    b = FB(c, "masach", "POST", f"{API}/v2/cast/session")
    _hdr(b)
    sid, _name, ep, length, pos = _show(c)
    b.other_id("cast_device_id", "json:receiver.castDeviceId")
    b.view("json:tzfiya")
    b.json(
        {
            "receiver": {
                "castDeviceId": c.phone.cast_device_id,
                "friendlyName": "סלון",
                "modelName": "Chromecast HD",
            },
            "tzfiya": {"tochen": f"{sid}-e{ep}", "mikum": pos, "orech": length},
            "event": c.rng.choice(["cast_start", "cast_progress", "cast_end"]),
        }
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "masach", "POST", f"{API}/v2/mashir/rishum")
    _hdr(b)
    b.other_id("masach_install", "json:install_id")
    b.json(
        {
            "mezahe_mashir": b.id(APP.aid, where="json:mezahe_mashir"),
            "install_id": c.phone.masach_install,
            "fcm": c.phone.fcm_token,
            "degem": "Pixel 8a",
            "maarechet": "Android 14",
        }
    )
    b.ok_json({"ok": True, "session": new_hex(c.rng, 32)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "masach", "GET", f"{API}/v2/catalog/home", [("lang", "he"), ("page", "1")])
    _hdr(b)
    b.decoy("catalogue rails: shows offered, not watched; 'most popular' is everyone's")
    rows = [
        {"id": s, "title": n, "episodes": e, "thumb": f"https://img.masachplus.co.il/{s}.jpg"}
        for s, n, e in SHOWS
    ]
    b.ok_json(
        {
            "rails": [
                {"title": "הכי נצפים השבוע", "items": rows[:4]},
                {"title": "דרמה", "items": rows[2:]},
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["פאודה", "קומדיה", "ילדים", "תיעודי"])
    b = FB(c, "masach", "GET", f"{API}/v2/search", [("q", q), ("limit", "20")])
    _hdr(b)
    b.decoy("search query and results")
    b.ok_json({"results": [{"id": s, "title": n} for s, n, _ in SHOWS[:3]]})
    return b.build()


def segment(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    n = c.rng.randint(1, 700)
    url = f"https://vod.masachplus.co.il/hls/{sid}/1080p/seg_{n:05d}.ts"
    b = FB(c, "masach", "GET", url, [("token", new_hex(c.rng, 24))], http_version="HTTP/1.1")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch: a CDN request, not a watch log")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "masach", "GET", f"{API}/v2/epg", [("channels", "kan11,keshet12,reshet13")])
    _hdr(b)
    b.decoy("programme guide with start times and durations")
    slots = [
        {
            "ch": "kan11",
            "start": ms(c) + i * 1800000,
            "dur": 1800,
            "title": f"מהדורה {new_digits(c.rng, 2)}",
        }
        for i in range(6)
    ]
    b.respond(200, "application/json", jsb({"slots": slots}))
    return b.build()


def ima(c: Context) -> Flow:
    return ads.ima_ad_request(c, APP, "/21774413/masachplus/preroll", "drama")
