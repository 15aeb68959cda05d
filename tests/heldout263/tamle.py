"""Tämle (fictional): a Tatar recipe-video site and app on the mother's Xiaomi.

Recipe pages (`/karau/<id>`: the watch page), HLS segments, thumbnails,
search (`ezläw`), public view counts (`karau sanı`) and comments are content
fetches, not viewing history. The app embeds VK's myTracker SDK, which gets
sessions with the advertising id, the ANDROID_ID and the SDK's instance id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rf, ua, url

WEB = "https://tamle.example"
CDN = "https://v.tamle-cdn.example"
UA = ua("Tamle", "1.12.0", "ani")
RECIPES = [
    ("r101", "Өчпочмак", 540),
    ("r102", "Чәк-чәк", 420),
    ("r107", "Бәлеш", 780),
    ("r115", "Кыстыбый", 360),
    ("r121", "Talqış kälâve", 300),
    ("r130", "Губадия", 900),
]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "tamle", method, url(target))
    b.header("user-agent", UA)
    return b


def watch_page(c: Context) -> Flow:
    rid_, name, dur = c.rng.choice(RECIPES)
    b = _b(c, "GET", f"{WEB}/api/karau/{rid_}")
    b.decoy("recipe watch page fetch: title, duration, public view count")
    b.ok_json(
        {
            "id": rid_,
            "isem": name,
            "dävamlılıq": dur,
            "karau_sanı": c.rng.randint(1000, 500000),
            "hls": f"{CDN}/{rid_}/master.m3u8",
            "ingredientlar": ["он", "май", "бәрәңге"],
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    rid_ = c.rng.choice(RECIPES)[0]
    b = FB(c, "tamle-cdn", "GET", f"{CDN}/{rid_}/1080/seg{c.rng.randint(1, 120)}.m4s")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(
        200,
        "video/iso.segment",
        b"\x00\x00\x00\x18styp" + bytes(c.rng.getrandbits(8) for _ in range(400)),
    )
    return b.build()


def thumb(c: Context) -> Flow:
    rid_ = c.rng.choice(RECIPES)[0]
    b = FB(c, "tamle-cdn", "GET", f"{CDN}/{rid_}/thumb_{c.rng.randint(1, 9)}.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["өчпочмак", "чәк-чәк", "kälâve", "ашлар"])
    b = _b(c, "GET", f"{WEB}/api/ezläw?q={q}")
    b.decoy("recipe search")
    b.ok_json({"q": q, "videolar": [{"id": r[0], "isem": r[1]} for r in RECIPES[:3]]})
    return b.build()


def comments(c: Context) -> Flow:
    rid_ = c.rng.choice(RECIPES)[0]
    b = _b(c, "GET", f"{WEB}/api/karau/{rid_}/fikerlär")
    b.ok_json(
        {"fikerlär": [{"avtor": "Гөлнара", "tekst": "Бик тәмле килеп чыкты!", "vaqıt": iso(c)}]}
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{WEB}/api/popular?atna=1")
    b.decoy("aggregate popular recipes with view counts")
    b.ok_json(
        {
            "top": [
                {
                    "id": r[0],
                    "karau_sanı": c.rng.randint(1000, 90000),
                    "reyting": rf(c.rng, 4, 5, 1),
                }
                for r in RECIPES
            ]
        }
    )
    return b.build()


def mytracker(c: Context) -> Flow:
    b = FB(c, "mytracker", "POST", "https://tracker-api.my.com/api/mobile/v1/events")
    b.header("user-agent", dalvik("ani"))
    b.json(
        {
            "app_id": "tatar.tamle.app",
            "sdk_version": "3.3.2",
            "instance_id": b.id("tamle_mt_instance", where="json instance_id"),
            "advertising_id": b.id("gaid_ani", where="json advertising_id"),
            "android_id": b.id("aid_tamle", where="json android_id"),
            "events": [
                {"type": "session", "ts": ms(c) // 1000, "duration": c.rng.randint(10, 600)}
            ],
            "lang": "tt",
            "req": new_hex(c.rng, 16),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()
