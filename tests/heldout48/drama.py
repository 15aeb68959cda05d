"""KiligShorts: a Filipino short-drama app (vertical episodes of a minute or
two, coins to unlock the next episode), in Taglish. Per-episode unlocks and
watch time go to its own backend (fictional host), its device header follows
the ByteDance-style numeric `device_id` such apps register, and it sends
ANDROID_ID / GAID at sign-in. Coin prices and the feed are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.kiligshorts.ph"
SERIES = [
    (88012, "Asawa ng CEO"),
    (88140, "Ang Lihim ni Lola"),
    (87455, "Bilyonaryong Driver"),
    (88233, "Kambal na Tadhana"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kiligshorts", method, API + path)
    b.header("user-agent", ua("KiligShorts", "2.3.0"))
    b.header("x-device-id", b.id("drama_did", where="header x-device-id"))
    return b


def unlock(c: Context) -> Flow:
    sid, _ = c.rng.choice(SERIES)
    b = _b(c, "POST", "/api/v1/episode/unlock")
    # Relabelled by the lead after scoring: its writer counted an unlock as viewing
    # history, but it is a purchase of an episode (coins spent), not a report that
    # it was watched; the project keeps the same shape as a negative
    # (`drama_unlock_purchase`, round 8). The set's watch-time logs carry the watching.
    b.decoy("episode unlock: a coin purchase, not a report of watching")
    b.json(
        {
            "seriesId": sid,
            "episodeNo": c.rng.randint(5, 80),
            "paraan": "coins",
            "coins_ginastos": c.rng.choice([30, 45, 60]),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "balanse": c.rng.randint(0, 900)})
    return b.build()


def panood_log(c: Context) -> Flow:
    sid, title = c.rng.choice(SERIES)
    b = _b(c, "POST", "/api/v1/panood/log")
    b.view("body serye_id/ep/tagal_ng_panood")
    b.json(
        {
            "serye_id": sid,
            "pamagat": title,
            "ep": c.rng.randint(1, 80),
            "tagal_ng_panood": c.rng.randint(5, 120),
            "natapos": c.rng.random() < 0.6,
            "oras": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_batch(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/track/batch")
    b.view("body events play_end dramaId/watchTimeSec")
    evs = [
        {
            "event": "play_end",
            "dramaId": s,
            "chapterIndex": c.rng.randint(1, 60),
            "watchTimeSec": c.rng.randint(10, 110),
            "nakapanood_hanggang": c.rng.randint(10, 110),
        }
        for s, _ in c.rng.sample(SERIES, 2)
    ]
    b.json({"events": evs, "sentAt": ms(c)}, encoding="gzip")
    b.ok_json({"ok": True})
    return b.build()


def signin(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/user/guest-login")
    b.json(
        {
            "androidId": b.id("aid_drama", where="body androidId"),
            "gaid": b.id("gaid", where="body gaid"),
            "lang": "fil",
            "channel": "gp",
        }
    )
    b.ok_json({"uid": b.acct("drama_user"), "token": new_hex(c.rng, 32)})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/home/for-you?page=1")
    b.decoy("drama feed")
    b.ok_json(
        {
            "list": [
                {
                    "seriesId": s,
                    "title": t,
                    "cover": f"https://img.kiligshorts.ph/{s}.jpg",
                    "totalEp": 80,
                }
                for s, t in SERIES
            ],
            "traceId": rid(c.rng),
        }
    )
    return b.build()


def coin_store(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/pay/verify")
    b.decoy("coin purchase with order number")
    b.json({"orderId": order_no(c.rng), "sku": "coins_500", "presyo": [49.0, 99.0, 249.0]})
    b.ok_json({"ok": True})
    return b.build()


def episode_video(c: Context) -> Flow:
    sid, _ = c.rng.choice(SERIES)
    b = FB(
        c, "kiligshorts", "GET", f"https://v.kiligshorts.ph/{sid}/{c.rng.randint(1, 80)}_540.mp4"
    )
    b.decoy("episode video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()
