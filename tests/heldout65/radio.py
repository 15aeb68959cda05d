"""A Christian radio and sermon app ("Grace FM"): live radio listening sessions,
sermon audio progress, daily devotionals, giving, prayer requests. Analytics go
to Firebase (GA4 Measurement Protocol style JSON with `app_instance_id`, as the
GA4 MP docs describe: developers.google.com/analytics/devguides/collection/protocol/ga4).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://app.gracefm.org.za"
PREACHERS = ["Pastor Adeboye", "Ps. Mosa Sono", "Bishop Oyedepo", "Rev. Mbete"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gracefm", method, API + path)
    b.header("user-agent", ua("GraceFM", "2.3.5"))
    return b


def sermon_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/api/sermons/progress")
    b.form(
        [
            ("sermon_id", str(c.rng.randint(1000, 9999))),
            ("preacher", c.rng.choice(PREACHERS)),
            ("listened_seconds", str(c.rng.randint(30, 3400))),
            ("position", str(c.rng.randint(0, 3400))),
            ("user", c.phone.grace_user),
        ]
    )
    b.view("body.sermon_id+listened_seconds")
    b.ok_json({"saved": True})
    return b.build()


def listen_session(c: Context) -> Flow:
    b = _b(c, "POST", "/api/radio/listening-sessions")
    b.json(
        {
            "station": "grace-fm-jhb",
            "started": iso(c),
            "listenMinutes": c.rng.randint(2, 95),
            "programme": "Morning Glory",
        }
    )
    b.view("body.station+listenMinutes")
    b.no_content()
    return b.build()


def ga4_audio(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:4471039:android:" + new_hex(c.rng, 16))
    b.param("api_secret", new_hex(c.rng, 22))
    b.json(
        {
            "app_instance_id": c.phone.fb_instance,
            "events": [
                {
                    "name": c.rng.choice(["audio_progress", "audio_complete"]),
                    "params": {
                        "content_id": f"sermon-{c.rng.randint(1000, 9999)}",
                        "audio_current_time": c.rng.randint(0, 3000),
                        "audio_duration": 3400,
                        "engagement_time_msec": c.rng.randint(100, 9000),
                    },
                }
            ],
        }
    )
    b.other_id("fb_instance", "body.app_instance_id")
    b.view("body.events[].audio_current_time")
    b.no_content()
    return b.build()


def ga4_donate(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.json(
        {
            "app_instance_id": c.phone.fb_instance,
            "events": [
                {
                    "name": "purchase",
                    "params": {"currency": "ZAR", "value": c.rng.choice([50, 100, 250])},
                }
            ],
        }
    )
    b.other_id("fb_instance", "body.app_instance_id")
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", "/api/install")
    b.json(
        {
            "installation": {
                "androidId": b.id("aid_grace", where="body.installation.androidId"),
                "appVersion": "2.3.5",
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream(c: Context) -> Flow:
    b = FB(
        c, "gracefm", "GET", "https://stream.gracefm.org.za/live/128.aac", http_version="HTTP/1.1"
    )
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("live radio stream fetch")
    return b.build()


def devotional(c: Context) -> Flow:
    b = _b(c, "GET", "/api/devotional/today")
    b.ok_json(
        {
            "title": "Seek His face",
            "verse": "Psalm 27:8",
            "body": "When you said, seek my face, my heart said: your face, Lord, I will seek.",
        }
    )
    b.decoy("article mentioning faces")
    return b.build()


def prayer(c: Context) -> Flow:
    b = _b(c, "POST", "/api/prayer-requests")
    b.json({"request": "Pray for my mother's healing", "anonymous": True, "requestId": rid(c.rng)})
    b.ok_json({"received": True})
    b.decoy("free text, request id")
    return b.build()


def giving(c: Context) -> Flow:
    b = _b(c, "POST", "/api/giving")
    b.json(
        {
            "amount": c.rng.choice([50, 100, 200]),
            "currency": "ZAR",
            "ref": "GIV" + new_hex(c.rng, 10),
            "lat": rf(c.rng, -26.3, -26.0),
            "lng": rf(c.rng, 27.9, 28.2),
        }
    )
    b.ok_json({"status": "paid"})
    b.decoy("payment ref, coordinates")
    return b.build()
