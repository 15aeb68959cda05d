"""Hearthside: an audiobook and e-book app on the Pixel 8.

Listening position sync (`/library/v1/listening/position`: asin, chapter,
positionMs, narrationSpeed) is a report of what someone listened to; e-book
reading position (`/library/v1/reading/position`, page and percent) is
reading, not watching or listening, and is a decoy. The newer client wraps
listening stats in a base64 AES blob under `ls`. Adjust's Android SDK sends
sessions and events as forms (`gps_adid`, `android_uuid`, `adid`,
`app_token`). Store pages and cover art are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.hearthside.example"
UA = android_ua("Hearthside", "4.19.0")
BOOKS = [
    ("B0C8X1ABCD", "Lessons in Chemistry"),
    ("B09Y2LMNOP", "Project Hail Mary"),
    ("B0BQ7RSTUV", "Cien años de soledad"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hearthside", method, url)
    b.header("user-agent", UA)
    b.header("x-hs-device", b.id("aid_book", where="header x-hs-device"))
    return b


def listening_position(c: Context) -> Flow:
    asin, title = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/library/v1/listening/position")
    b.view("json asin + chapter + positionMs + listenedSeconds")
    b.json(
        {
            "asin": asin,
            "title": title,
            "chapter": c.rng.randint(1, 40),
            "positionMs": c.rng.randint(10**4, 4 * 10**7),
            "listenedSeconds": c.rng.randint(30, 3600),
            "narrationSpeed": c.rng.choice([1.0, 1.25, 1.5]),
            "lastHeardAt": iso(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def listening_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/library/v2/sync")
    b.view("json ls: AES blob of listening stats", detectable=False)
    b.json({"ls": b64(bytes(c.rng.getrandbits(8) for _ in range(192))), "kv": 3})
    b.no_content()
    return b.build()


def reading_position(c: Context) -> Flow:
    asin, _title = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/library/v1/reading/position")
    b.decoy("e-book reading position (reading is not watching or listening)")
    b.json(
        {"asin": asin, "page": c.rng.randint(1, 400), "percent": rf(c.rng, 0, 100, 1), "at": iso(c)}
    )
    b.ok_json({"saved": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.2 (Android; Pixel 8; 15)")
    b.form(
        [
            ("app_token", "q8r2kx1wz5a8"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("created_at", iso(c).replace("Z", "Z-0500")),
            ("environment", "production"),
            ("tracking_enabled", "1"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("os_name", "android"),
            ("device_name", "Pixel 8"),
            ("package_name", "com.hearthside.audio"),
        ]
    )
    b.ok_json({"adid": "", "message": "Session tracked"})
    return b.build()


def adjust_purchase(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", "Adjust/4.38.2 (Android; Pixel 8; 15)")
    b.form(
        [
            ("app_token", "q8r2kx1wz5a8"),
            ("event_token", "a7b2c9"),
            ("revenue", str(rf(c.rng, 9, 25, 2))),
            ("currency", "USD"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            (
                "callback_params",
                '{"h":"'
                + b.id("adjust_adid", "md5", "form callback_params.h", detectable=False)
                + '"}',
            ),
            ("created_at", iso(c)),
        ]
    )
    b.decoy("purchase revenue")
    b.ok_json({"message": "Event tracked"})
    return b.build()


def store_page(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/store/v1/browse?category=bestsellers")
    b.decoy("bestseller list (aggregate) with runtimes")
    b.ok_json(
        {
            "items": [
                {"asin": a, "title": t, "runtimeMin": c.rng.randint(300, 1400), "rank": i + 1}
                for i, (a, t) in enumerate(BOOKS)
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c,
        "hearthside",
        "GET",
        f"https://covers.hearthside.example/{new_hex(c.rng, 20)}._SL500_.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sample_clip(c: Context) -> Flow:
    asin = c.rng.choice(BOOKS)[0]
    b = _b(c, "GET", f"{API}/store/v1/sample/{asin}?t={ms(c)}")
    b.decoy("a 5-minute store sample fetch")
    b.respond(200, "audio/mp4", b"\x00\x00\x00\x18ftypM4A ")
    return b.build()
