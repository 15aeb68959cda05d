"""Oro Iye: a Pentecostal church's sermon app (Yoruba, Igbo and English services).

Sermon video progress is named in Yoruba by the Lagos media team (`iwaasu_id`
sermon, `akoko_wiwo_iseju_aaya` watching time in seconds); the Igbo service in
Enugu logs `ozizi` (teaching) with `oge_ikiri_sekond` (watching time); the live
service sends a heartbeat while someone watches. Daily devotional READING
progress, offerings, the church projector's playout log (the media unit's
proof-of-play for the auditorium screen, not what the tester watched) and the
sermon catalogue are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.oroiye.example"
UA = ua("OroIye", "5.0.3")
SERMONS = [
    ("iw_5521", "Agbara Adura (The Power of Prayer)"),
    ("iw_5540", "Ore-ofe to To (Sufficient Grace)"),
    ("oz_0912", "Chineke Na-edozi (God Restores)"),
    ("iw_5603", "Holy Ghost Service: Divine Turnaround"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "oroiye", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ero")
    b.json(
        {
            "nomba_ero": b.id("aid_church", where="json nomba_ero (Yoruba: device number)"),
            "omo_ijo": b.acct("church_member"),
            "ede": c.rng.choice(["yo", "ig", "en"]),
        }
    )
    b.decoy("membership number of the parish (an account, not a device)")
    b.ok_json({"o_dara": True})
    return b.build()


def yoruba_progress(c: Context) -> Flow:
    sid, title = c.rng.choice(SERMONS[:2] + SERMONS[3:])
    b = _b(c, "POST", f"{API}/api/iwaasu/wiwo")
    b.view("json akoko_wiwo_iseju_aaya (Yoruba: watching time, seconds)")
    b.json(
        {
            "iwaasu_id": sid,
            "akole": title,
            "akoko_wiwo_iseju_aaya": c.rng.randint(60, 5400),
            "ti_pari": c.rng.random() < 0.2,
            "ojo": iso(c),
        }
    )
    b.no_content()
    return b.build()


def igbo_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ozizi/ikiri")
    b.view("json oge_ikiri_sekond (Igbo: watching time, seconds)")
    b.json(
        {
            "ozizi_id": SERMONS[2][0],
            "aha": SERMONS[2][1],
            "oge_ikiri_sekond": c.rng.randint(60, 4000),
            "mgbe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/live/heartbeat")
    b.view("json serviceId + watchingSec (live service heartbeat)")
    b.json(
        {
            "serviceId": f"svc_{c.rng.randint(300, 399)}",
            "watchingSec": c.rng.choice([30, 60, 90, 120]),
            "quality": c.rng.choice(["240p", "360p", "480p"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"viewersNow": c.rng.randint(800, 20000)})
    b.decoy("viewersNow: live audience count (aggregate)")
    return b.build()


def devotional(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/devotional/progress")
    b.decoy("daily devotional reading progress (reading is not watching)")
    b.json({"date": "2026-11-30", "readPct": c.rng.randint(10, 100), "plan": "Open Heavens 2026"})
    b.no_content()
    return b.build()


def projector_playout(c: Context) -> Flow:
    """The tester volunteers in the media unit: the auditorium screen's playout log."""
    b = _b(c, "POST", f"{API}/api/media-unit/playout")
    b.decoy("auditorium projector playout log: a church screen's proof-of-play, not personal")
    b.json(
        {
            "screen": "MAIN-AUD-01",
            "items": [
                {"clip": "announcements_wk48", "startedAt": iso(c), "durSec": 95},
                {"clip": "offering_song_lyrics", "startedAt": iso(c), "durSec": 240},
            ],
        }
    )
    b.ok_json({"logged": 2})
    return b.build()


def offering(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/give")
    b.decoy("offering amount and payment reference")
    b.json(
        {"fund": c.rng.choice(["tithe", "offering", "building"]), "amount": 5000, "currency": "NGN"}
    )
    b.ok_json({"reference": "OI-" + new_hex(c.rng, 10).upper(), "trace": rid(c.rng)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/iwaasu?ojo=ose-yi")
    b.decoy("sermon catalogue with durations")
    b.ok_json({"iwaasu": [{"iwaasu_id": sid, "akole": t, "gigun": 3600} for sid, t in SERMONS]})
    return b.build()
