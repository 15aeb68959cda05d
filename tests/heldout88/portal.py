"""A property portal's agent dashboard ("AgentPro", in-house backend, made up):
listings with "most viewed", views per listing, lead counts, the performance of
listing videos (aggregate watch time, drop-off by second) and the leads inbox.
Every number is an aggregate about anonymous portal visitors: no one's viewing
history. Keys mix English, Arabic script and Arabizi, as Gulf portals do.

The one real SDK is AppsFlyer's launch event, which carries the phone's
advertising id and ANDROID_ID (AppsFlyer S2S / SDK docs: `advertiserId`,
`android_id`, `uid` = AppsFlyer id; dev.appsflyer.com/hc/reference/s2s-events-api3,
support.appsflyer.com "Android SDK: collection of device identifiers").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.agentpro-example.ae"
AREAS = ["Dubai Marina", "JVC", "Downtown Dubai", "Al Reem Island", "Yas Island", "Palm Jumeirah"]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("AgentPro", "5.4.2"))
    b.header("x-request-id", rid(b.ctx.rng))
    b.header("accept-language", "en-AE")


def _listing(c: Context) -> dict:
    return {
        "listingId": "PF-" + new_digits(c.rng, 7),
        "area": c.rng.choice(AREAS),
        "priceAed": c.rng.randrange(850_000, 9_500_000, 5000),
    }


def listing_stats(c: Context) -> Flow:
    b = FB(c, "agentpro", "GET", f"{API}/agent/v2/listings/stats", [("range", "30d")])
    _hdr(b)
    rows = []
    for _ in range(c.rng.randint(4, 9)):
        row = _listing(c)
        row |= {
            "views": c.rng.randint(40, 5000),
            "uniqueViewers": c.rng.randint(20, 3000),
            "عدد_المشاهدات_اليوم": c.rng.randint(0, 200),
            "leads": c.rng.randint(0, 40),
            "viewsDaily": [c.rng.randint(0, 300) for _ in range(30)],
        }
        rows.append(row)
    b.ok_json({"listings": rows, "mostViewed": rows[0]["listingId"], "generatedAt": iso(c)})
    b.decoy("listing analytics: views per listing and daily view series (aggregates of visitors)")
    return b.build()


def most_viewed(c: Context) -> Flow:
    b = FB(c, "agentpro", "GET", f"{API}/agent/v2/insights/al-akthar-mushahada")
    _hdr(b)
    items = [
        _listing(c) | {"mushahadat": c.rng.randint(100, 9000), "rank": i + 1} for i in range(5)
    ]
    b.ok_json({"al_akthar_mushahada": items, "period": "week"})
    b.decoy("'most viewed' (Arabizi) ranking of listings: what visitors viewed, not her")
    return b.build()


def video_performance(c: Context) -> Flow:
    vid = "vid_" + new_hex(c.rng, 10)
    b = FB(c, "agentpro", "GET", f"{API}/agent/v2/videos/{vid}/performance")
    _hdr(b)
    dur = c.rng.randint(45, 180)
    curve = [round(max(0.0, 1 - i / dur * c.rng.uniform(0.8, 1.4)), 3) for i in range(0, dur, 5)]
    b.ok_json(
        {
            "videoId": vid,
            "listingId": "PF-" + new_digits(c.rng, 7),
            "durationSec": dur,
            "plays": c.rng.randint(50, 4000),
            "avgWatchTimeSec": rf(c.rng, 10, dur, 1),
            "completionRate": rf(c.rng, 0.05, 0.6, 3),
            "retentionCurve": curve,
            "dropOffSecond": c.rng.randint(5, dur),
        }
    )
    b.decoy("listing-video analytics: aggregate watch time and drop-off of all visitors")
    return b.build()


def video_upload_meta(c: Context) -> Flow:
    b = FB(c, "agentpro", "POST", f"{API}/agent/v2/videos")
    _hdr(b)
    b.json(
        {
            "listingId": "PF-" + new_digits(c.rng, 7),
            "title": "Walkthrough 2BR Marina view",
            "durationMs": c.rng.randint(40_000, 180_000),
            "resolution": "1920x1080",
            "chapters": [
                {"start": 0, "label": "Entrance"},
                {"start": 12_000, "label": "Living"},
                {"start": 31_000, "label": "Balcony"},
            ],
        }
    )
    b.ok_json({"videoId": "vid_" + new_hex(c.rng, 10), "status": "processing"})
    b.decoy("her listing video's own metadata and chapters (an editor's timeline)")
    return b.build()


def leads(c: Context) -> Flow:
    b = FB(c, "agentpro", "GET", f"{API}/agent/v2/leads", [("status", "new"), ("page", "1")])
    _hdr(b)
    names = ["Omar Al Mansoori", "Priya Nair", "Ahmed Saeed", "Svetlana K.", "Fatima Rashid"]
    rows = [
        {
            "leadId": "LD" + new_digits(c.rng, 8),
            "name": c.rng.choice(names),
            "phone": "+9715" + new_digits(c.rng, 8),
            "channel": c.rng.choice(["call", "whatsapp"]),
            "viewedListings": ["PF-" + new_digits(c.rng, 7) for _ in range(3)],
            "lastSeen": iso(c),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json({"leads": rows, "counts": {"new": len(rows), "contacted": c.rng.randint(0, 30)}})
    b.decoy("leads inbox: listings a client viewed on the portal (not viewing history)")
    return b.build()


def listing_search(c: Context) -> Flow:
    b = FB(
        c,
        "agentpro",
        "GET",
        f"{API}/v1/search",
        [("q", c.rng.choice(AREAS)), ("beds", str(c.rng.randint(1, 4))), ("sort", "most_viewed")],
    )
    _hdr(b)
    b.ok_json({"hits": [_listing(c) for _ in range(6)], "searchId": rid(c.rng)})
    b.decoy("search results sorted by views")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    p = c.phone
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "com.agentpro.ae"), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid", where="body.json.advertiserId"),
        "advertiserIdEnabled": "true",
        "android_id": b.id("aid_portal", where="body.json.android_id"),
        "uid": c.phone.portal_af_uid,
        "af_timestamp": str(ms(c)),
        "brand": "samsung",
        "model": p.model,
        "sdk": "34",
        "lang": "English",
        "country": "AE",
        "carrier": "du",
        "counter": str(c.rng.randint(2, 60)),
        "installDate": "2024-02-03_091412+0400",
    }
    b.other_id("portal_af_uid", "body.json.uid")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def af_inapp(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "com.agentpro.ae"), ("buildnumber", "6.13.1")],
    )
    b.other_id("portal_af_uid", "body.json.uid", detectable=False)  # a bare `uid` key
    body = {
        "uid": c.phone.portal_af_uid,
        "eventName": "listing_published",
        "eventValue": '{"af_price":"2450000","af_currency":"AED","listing":"PF-'
        + new_digits(c.rng, 7)
        + '"}',
        "af_timestamp": str(ms(c)),
    }
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()
