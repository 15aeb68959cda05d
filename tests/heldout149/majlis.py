"""Majlis+: a Gulf streaming app (Khaleeji series, Ramadan musalsalat) on the iPhone
and the Apple TV.

The in-house player reports progress with Arabizi key names its Riyadh team
chose (`mashahda`, `mawqi3_sec`, `7alqa`), the tvOS app sends a compact
heartbeat, and the home screen returns a continue-watching rail ("تابع
المشاهدة"). Every request carries the app's IDFV as `x-jihaz-id`. The catalogue,
the Ramadan schedule, the trending rail (counts over all viewers) and HLS
segments are content fetches, not viewing history.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.majlisplus.example"
UA = ios_ua("MajlisPlus", "6.4.1")
ATV_UA = "MajlisPlus/6.4.1 (AppleTV14,1; tvOS 17.5)"
SHOWS = [
    ("ms_2201", "باب الحارة"),
    ("ms_2318", "شباب البومب"),
    ("ms_2402", "العاصوف"),
    ("ms_2417", "Ramadan Kareem: Al Mirath"),
    ("ms_2455", "خيوط المعازيب"),
]


def _b(c: Context, method: str, url: str, tv: bool = False) -> FB:
    b = FB(c, "majlisplus", method, url)
    b.header("user-agent", ATV_UA if tv else UA)
    attr = "idfv_atv" if tv else "idfv_majlis"
    b.header("x-jihaz-id", b.id(attr, where="header x-jihaz-id (IDFV)"))
    b.header("accept-language", "ar-AE,en;q=0.8")
    return b


def progress(c: Context) -> Flow:
    show, name = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v3/mashahda/taqaddum")
    b.view("json mashahda{musalsal_id, 7alqa, mawqi3_sec} (Arabizi progress)")
    b.json(
        {
            "mashahda": {
                "musalsal_id": show,
                "ism": name,
                "7alqa": c.rng.randint(1, 30),
                "mawqi3_sec": c.rng.randint(30, 2700),
                "mudda_sec": 2760,
                "waqt": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    show, _ = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v3/player/heartbeat", tv=True)
    b.view("json {contentId, episode, playheadMs, state} player heartbeat (Apple TV)")
    b.json(
        {
            "contentId": show,
            "episode": c.rng.randint(1, 30),
            "playheadMs": c.rng.randint(10, 2700) * 1000,
            "state": c.rng.choice(["playing", "paused"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/rails/taabi3-almushahada")
    b.view("response json rail 'تابع المشاهدة' items[].progressPct", direction="response")
    b.ok_json(
        {
            "title": "تابع المشاهدة",
            "items": [
                {
                    "id": s,
                    "title": n,
                    "episode": c.rng.randint(1, 30),
                    "progressPct": c.rng.randint(5, 95),
                    "lastWatched": iso(c),
                }
                for s, n in c.rng.sample(SHOWS, 3)
            ],
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The offline-download beacon: gzip+base64 rows under `d` (nothing readable)."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json d = base64(gzip(rows of show, episode, seconds))", detectable=False)
    rows = [[s, c.rng.randint(1, 30), c.rng.randint(10, 2700)] for s, _ in c.rng.sample(SHOWS, 2)]
    blob = base64.b64encode(gzip.compress(js(rows).encode(), mtime=0)).decode()
    b.json({"d": blob, "v": 3})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogue/ramadan-2025?page=1")
    b.decoy("Ramadan catalogue with episode durations (content fetch)")
    b.ok_json(
        {"items": [{"id": s, "title": n, "episodes": 30, "durationSec": 2760} for s, n in SHOWS]}
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/al-akthar-mushahada?country=SA")
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {"items": [{"id": s, "title": n, "views": c.rng.randint(10**5, 10**7)} for s, n in SHOWS]}
    )
    return b.build()


def segment(c: Context) -> Flow:
    show, _ = c.rng.choice(SHOWS)
    b = FB(
        c,
        "majlisplus",
        "GET",
        f"https://vod.majlisplus.example/{show}/ep{c.rng.randint(1, 30)}/1080/"
        f"seg{c.rng.randint(1, 600)}.m4s",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/imsakiya?city=riyadh")
    b.decoy("Ramadan imsakiya: prayer times, not viewing")
    b.ok_json({"city": "Riyadh", "fajr": "04:21", "maghrib": "18:12", "requestId": rid(c.rng)})
    return b.build()


def appsflyer_ios(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/iosevent?app_id=id1490876511",
    )
    b.header("user-agent", "MajlisPlus/6.4.1 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.json(
        {
            "advertiserId": b.id("idfa", where="json advertiserId (IDFA)"),
            "vendorId": b.id("idfv_majlis", where="json vendorId (IDFV)"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": 29.99, "af_currency": "SAR"}),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
