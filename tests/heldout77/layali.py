"""Layali+: an OSN+-like Emirati streaming app.

Its tracking gateway names fields in Arabic script (`سجل_المشاهدة` = viewing log,
`مدة_المشاهدة` = watch duration, `آخر_موضع` = last position); the player syncs
English progress (`positionMs`), MoEngage gets "Video Stopped", and the app
registers its WisePlay DRM device with the ODID (HarmonyOS open device id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from . import engage
from .phone import FB, iso, ms, rid, ua

API = "https://apigw.layaliplus.ae"
TITLES = [
    ("osn-11820", "House of the Dragon"),
    ("osn-20377", "جعفر العمدة"),
    ("osn-5521", "The Last of Us"),
    ("osn-9003", "سكة سفر"),
]


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("LayaliPlus", "3.8.0"))
    b.header("x-region", "AE")


def arabic_log(c: Context) -> Flow:
    b = FB(c, "layali", "POST", f"{API}/tracking/v1/events")
    _hdr(b)
    tid, _ = c.rng.choice(TITLES)
    dur = c.rng.randint(60, 3600)
    b.view("body.سجل_المشاهدة")
    b.json(
        {
            "سجل_المشاهدة": [
                {
                    "معرف_المحتوى": tid,
                    "مدة_المشاهدة": dur,
                    "آخر_موضع": dur - 5,
                    "الملف_الشخصي": "main",
                }
            ],
            "الوقت": ms(c),
        }
    )
    b.no_content()
    return b.build()


def progress(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = FB(c, "layali", "PUT", f"{API}/playback/v2/progress/{tid}")
    _hdr(b)
    b.view("body.positionMs")
    b.json(
        {
            "assetId": tid,
            "positionMs": c.rng.randint(10, 3600) * 1000,
            "durationMs": 3540000,
            "profileId": "main",
            "state": c.rng.choice(["paused", "playing", "stopped"]),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def progress_protobuf(c: Context) -> Flow:
    """The TV-app endpoint syncs progress as bare protobuf (field numbers only)."""
    tid, _ = c.rng.choice(TITLES)
    b = FB(c, "layali", "POST", f"{API}/pb/v1/s")
    _hdr(b)
    b.view("protobuf body (field numbers only)", detectable=False)
    body = (
        pb_bytes(1, tid)
        + pb_varint(2, c.rng.randint(10, 3600))
        + pb_msg(3, [pb_varint(1, ms(c) // 1000)])
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def moengage_stopped(c: Context) -> Flow:
    tid, name = c.rng.choice(TITLES)
    attrs = {
        "title": name,
        "asset_id": tid,
        "watched_seconds": c.rng.randint(30, 3000),
        "completion": round(c.rng.uniform(0.05, 1), 2),
    }
    return engage.moengage(
        c, "layali", "Video Stopped", attrs, view="body.viewsInfo[0].EVENT_ATTRS"
    )


def drm_register(c: Context) -> Flow:
    b = FB(c, "layali", "POST", f"{API}/devices/v1/register")
    _hdr(b)
    b.json(
        {
            "odid": b.id("odid", where="body.odid"),
            "deviceName": "HUAWEI Mate 60",
            "drm": "wiseplay",
            "securityLevel": "L1",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"deviceSlot": 2, "maxDevices": 5})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c,
        "layali",
        "GET",
        f"{API}/epg/v1/grid",
        [("date", iso(c)[:10]), ("channels", "osn-yahala,osn-movies")],
    )
    _hdr(b)
    b.decoy("EPG grid: schedule, not viewing")
    b.ok_json(
        {
            "slots": [
                {"ch": "osn-yahala", "start": ms(c) + i * 1800000, "title": t}
                for i, (_, t) in enumerate(TITLES)
            ]
        }
    )
    return b.build()


def plans(c: Context) -> Flow:
    b = FB(c, "layali", "GET", f"{API}/billing/v1/plans", [("currency", "AED")])
    _hdr(b)
    b.decoy("price list series")
    b.ok_json(
        {
            "plans": [
                {
                    "id": p,
                    "price": pr,
                    "history": [round(pr * (1 + c.rng.uniform(-0.1, 0.1)), 2) for _ in range(6)],
                }
                for p, pr in (("basic", 35.0), ("premium", 55.0))
            ]
        }
    )
    return b.build()


def trailer_preview(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "layali",
        "GET",
        f"https://cdn.layaliplus.ae/trailers/{tid}/720p/seg_{c.rng.randint(1, 9)}.ts",
    )
    b.decoy("trailer segment fetch (autoplay preview)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
