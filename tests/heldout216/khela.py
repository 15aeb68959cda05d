"""Khela Live: a cricket scores and live-stream app (BPL, IPL, Bangladesh and
India internationals) on the father's Samsung in Kolkata.

Romanised-Bengali keys in the app's own API (`khela` = match, `dekha` =
watched, `somoy` = time, `mot_minute`). Installs and in-app events go to
AppsFlyer (`launches.appsflyer.com/api/v6.x/androidevent`, keys `advertiserId`,
`uid`, `af_timestamp`, `eventName`, `eventValue`, as the AppsFlyer Android SDK
sends them); banner ads are bought through an OpenRTB 2.5 exchange (`device.ifa`,
`device.make`, `device.model`, `app.bundle`). Live scores, ball-by-ball
commentary, points tables and highlight lists are content fetches; the
"position" in a points table is a team's rank.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.khelalive.example"
PKG = "com.khelalive.cricket"
UA = ua("KhelaLive", "3.9.4", "baba")
MATCHES = [
    ("bpl25-14", "Rangpur Riders vs Fortune Barishal"),
    ("bpl25-17", "Dhaka Capitals vs Comilla Victorians"),
    ("ipl25-22", "Kolkata Knight Riders vs Mumbai Indians"),
    ("ipl25-31", "KKR vs Chennai Super Kings"),
    ("ban-ind-t20-2", "Bangladesh vs India, 2nd T20I"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khelalive", method, url)
    b.header("user-agent", UA)
    return b


def _af(c: Context, host: str, event: str | None) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}/api/v6.12/androidevent?app_id={PKG}&buildnumber=6.12.2",
    )
    b.header("user-agent", dalvik("baba"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches.appsflyer.com", None)
    b.json(
        {
            "advertiserId": b.id("gaid_baba", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "android_id": b.id("aid_khela", where="json android_id"),
            "uid": b.id("khela_af_uid", where="json uid"),
            "appsflyerKey": "xQ7nBf3kLm2ZpRt9Wc4a8V",
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.9.4",
            "brand": "samsung",
            "model": "SM-M346B",
            "lang": "বাংলা",
            "country": "IN",
            "counter": str(c.rng.randint(2, 90)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_watch(c: Context) -> Flow:
    mid, title = c.rng.choice(MATCHES)
    b = _af(c, "inapps.appsflyer.com", "watch_live")
    b.view("json eventValue (live match minutes watched)")
    b.json(
        {
            "advertiserId": b.id("gaid_baba", where="json advertiserId"),
            "uid": b.id("khela_af_uid", where="json uid"),
            "appsflyerKey": "xQ7nBf3kLm2ZpRt9Wc4a8V",
            "af_timestamp": str(ms(c)),
            "eventName": "watch_live",
            "eventValue": js(
                {"match_id": mid, "match_name": title, "minutes_watched": c.rng.randint(5, 180)}
            ),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_purchase(c: Context) -> Flow:
    b = _af(c, "inapps.appsflyer.com", "af_purchase")
    b.json(
        {
            "advertiserId": b.id("gaid_baba", where="json advertiserId"),
            "uid": b.id("khela_af_uid", where="json uid"),
            "appsflyerKey": "xQ7nBf3kLm2ZpRt9Wc4a8V",
            "af_timestamp": str(ms(c)),
            "eventName": "af_purchase",
            "eventValue": js(
                {"af_revenue": "49", "af_currency": "INR", "af_content_id": "pass_ipl"}
            ),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "openrtb", "POST", "https://rtb.bongo-ads.example/openrtb2/bid")
    b.header("user-agent", dalvik("baba"))
    b.header("x-openrtb-version", "2.5")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}, "bidfloor": 0.05}],
            "app": {"bundle": PKG, "name": "Khela Live", "cat": ["IAB17"]},
            "device": {
                "ifa": b.id("gaid_baba", where="json device.ifa"),
                "os": "android",
                "osv": "14",
                "make": "samsung",
                "model": "SM-M346B",
                "lmt": 0,
                "geo": {"country": "IND", "city": "Kolkata"},
                "connectiontype": 2,
            },
            "at": 1,
            "tmax": 300,
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: base-36 match index and seconds, no names."""
    b = _b(c, "POST", f"{API}/s")
    b.view("form q (match index, seconds)", detectable=False)
    b.form([("q", f"{c.rng.randint(0, 4):x}.{c.rng.randint(30, 5400)}.{ms(c)}"), ("v", "3")])
    b.no_content()
    return b.build()


def dekha_heartbeat(c: Context) -> Flow:
    mid, title = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v2/live/dekha")
    b.view("json khela_id + dekha_somoy (live stream watch time)")
    b.json(
        {
            "khela_id": mid,
            "khela": title,
            "dekha_somoy": c.rng.choice([60, 60, 120]),
            "shuru": iso(c),
            "quality": c.rng.choice(["480p", "720p"]),
        }
    )
    b.ok_json({"chalu": True})
    return b.build()


def live_score(c: Context) -> Flow:
    mid, title = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v2/score/{mid}")
    b.ok_json(
        {
            "khela": title,
            "run": c.rng.randint(40, 220),
            "wicket": c.rng.randint(0, 9),
            "over": f"{c.rng.randint(1, 19)}.{c.rng.randint(0, 5)}",
            "run_rate": rf(c.rng, 5, 11, 2),
        }
    )
    return b.build()


def commentary(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v2/commentary/{mid}?since={ms(c)}")
    b.ok_json(
        {
            "balls": [
                {"over": f"{c.rng.randint(1, 19)}.{i}", "text": t}
                for i, t in enumerate(["চার! দারুণ কভার ড্রাইভ", "ডট বল", "এক রান"], 1)
            ]
        }
    )
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/points-table?league=bpl&season=2025")
    b.decoy("team position in a points table (rank, not playback)")
    teams = ["Rangpur Riders", "Fortune Barishal", "Dhaka Capitals", "Comilla Victorians"]
    b.ok_json(
        {
            "table": [
                {"position": i + 1, "team": t, "played": 8, "points": 14 - 2 * i}
                for i, t in enumerate(teams)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights?page=1")
    b.decoy("highlight durations and view counts (catalogue)")
    b.ok_json(
        {
            "videos": [
                {
                    "id": new_hex(c.rng, 8),
                    "title": t,
                    "duration": c.rng.randint(60, 600),
                    "views": c.rng.randint(10**3, 10**6),
                }
                for _, t in MATCHES[:3]
            ]
        }
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/notification/topic")
    b.json({"topics": ["bpl", "kkr", "ban-team"], "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()
