"""Okwukwe FM: a Christian radio and sermons app (Igbo and English) from Enugu.

The stream player sends an Igbo-named listening heartbeat (`oge_ngere`, listening
time, and `ihe_a_na_egwu`, what is playing); sermon replays report progress.
Firebase Analytics (app-measurement) carries `app_instance_id`. The daily
devotional is reading, not listening: its progress is a decoy. Sermon downloads
and the programme schedule are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.okwukwefm.example"
UA = ua("OkwukweFM", "2.9.0")
SERMONS = ["Ike nke Ekpere", "Faith that moves mountains", "Obi Ụtọ", "Grace for the Journey"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "okwukwefm", method, url)
    b.header("user-agent", UA)
    return b


def ngere_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ngere/obi")
    b.view("json ihe_a_na_egwu + oge_ngere (Igbo: what is playing, listening time)")
    b.json(
        {
            "ngwa": b.id("aid_radio", where="json ngwa (Igbo: device)"),
            "ihe_a_na_egwu": c.rng.choice(["Live: Morning Glory", "Live: Ututu Oma"]),
            "oge_ngere": c.rng.randint(30, 3600),
            "mgbe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sermon_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/sermons/{c.rng.randint(100, 999)}/progress")
    b.view("json positionSec + completed (sermon replay)")
    b.json(
        {
            "title": c.rng.choice(SERMONS),
            "positionSec": c.rng.randint(60, 3000),
            "completed": c.rng.random() < 0.3,
        }
    )
    b.no_content()
    return b.build()


def ga4_listen(c: Context) -> Flow:
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Infinix X6836)")
    b.view("json events[] audio_progress with sermon_id + seconds")
    b.json(
        {
            "app_instance_id": b.id("radio_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "audio_progress",
                    "params": {
                        "sermon_id": c.rng.randint(100, 999),
                        "seconds": c.rng.randint(60, 3000),
                    },
                    "ts": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/s.gif?z={b64(f'{c.rng.randint(100, 999)}|{c.rng.randint(60, 3000)}|{ms(c)}')}",
    )
    b.view("query z base64 'sermon|seconds|ts'", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def devotional(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devotional/read")
    b.decoy("daily devotional reading progress (reading, not listening)")
    b.json({"day": iso(c)[:10], "readPercent": c.rng.randint(10, 100), "bibleRef": "Psalm 23:1-6"})
    b.no_content()
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/schedule?day=today")
    b.decoy("programme schedule with times")
    b.ok_json({"programmes": [{"title": s, "start": iso(c), "minutes": 60} for s in SERMONS]})
    return b.build()


def offering(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/give")
    b.decoy("offering payment reference")
    b.json({"amountNGN": c.rng.choice([1000, 2000, 5000]), "purpose": "tithe", "ref": rid(c.rng)})
    b.ok_json({"authorization_url": "https://checkout.paystack.co/" + rid(c.rng)[:12]})
    return b.build()
