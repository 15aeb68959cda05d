"""Ngoa Gospel: sermons and gospel audio for churches in Bamenda and Yaoundé (English).

Sermon audio progress goes to the backend and to GA4 (Measurement Protocol,
`app_instance_id`). The Bible reader's page position is reading, not listening:
a decoy. Offertory pledges and the event calendar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ua

API = "https://api.ngoagospel.example"
UA = ua("NgoaGospel", "1.8.0")
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:55102231907:android:7c1e02aa90bd4f61&api_secret=Zx81KqpL0wB2nVvR7sT4ga"
)
PASTORS = ["Rev. Tanyi", "Pastor Ewane", "Bishop Nkwenti", "Abbé Onana"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ngoagospel", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_gospel", where="header x-device-id"))
    return b


def sermon_progress(c: Context) -> Flow:
    sid = f"srm-{c.rng.randint(1000, 9999)}"
    b = _b(c, "PUT", f"{API}/v1/listening/{sid}")
    b.view("json sermonId with listenedUpTo (seconds) and lastListenedAt")
    b.json(
        {
            "sermonId": sid,
            "preacher": c.rng.choice(PASTORS),
            "listenedUpTo": c.rng.randint(30, 3600),
            "lastListenedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ga4_audio(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.view("json events[].name=audio_progress with audio_title, audio_current_time")
    b.json(
        {
            "app_instance_id": b.id("fb_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": c.rng.choice(["audio_progress", "audio_complete", "audio_start"]),
                    "params": {
                        "audio_title": f"{c.rng.choice(PASTORS)} - Sunday service",
                        "audio_current_time": c.rng.randint(10, 3600),
                        "engagement_time_msec": c.rng.randint(100, 4000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def bible_position(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/bible/position")
    b.decoy("Bible reader position (book, chapter, verse): reading, not watching or listening")
    b.json(
        {
            "book": c.rng.choice(["PSA", "JHN", "ROM"]),
            "chapter": c.rng.randint(1, 50),
            "verse": c.rng.randint(1, 30),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pledge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/offertory/pledge")
    b.decoy("offering pledge with a transaction reference")
    b.json(
        {
            "amountXaf": c.rng.choice([500, 1000, 2000, 5000]),
            "channel": "orange_money",
            "reference": f"OFF{c.rng.randint(10**8, 10**9)}",
        }
    )
    b.ok_json({"status": "PENDING"})
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/events?city=Bamenda")
    b.ok_json(
        {"events": [{"title": "Crusade night", "date": iso(c), "venue": "Commercial Avenue"}]}
    )
    return b.build()
