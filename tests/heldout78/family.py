"""A family calendar and chores app, and a digital photo-frame app that uploads the
family's photos for display. Not sensitive: chores, events, a child's profile with a
self-declared gender and birthday, photos uploaded for display with EXIF-ish metadata
(no face detection, no face API), thumbnails fetched back.

Sources: the apps' own backends (in-house names); multipart uploads as OkHttp's
MultipartBody writes them (square.github.io/okhttp).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

CAL = "https://api.familycal-example.com"
FRAME = "https://upload.cadrephoto-example.ca"
KIDS = ["Maëlle", "Theo", "Lucas"]


def events(c: Context) -> Flow:
    b = FB(c, "calendar", "GET", f"{CAL}/v1/households/me/events", [("from", iso(c)[:10])])
    b.header("user-agent", ua("FamilyCal", "9.4.2"))
    b.decoy("family calendar: soccer practice, library due dates (not media)")
    b.ok_json(
        {
            "events": [
                {"id": rid(c.rng), "title": t, "start": iso(c), "duration_min": d}
                for t, d in [
                    ("Soccer practice", 60),
                    ("Library books due", 0),
                    ("Movie night", 120),
                ]
            ]
        }
    )
    return b.build()


def chore_done(c: Context) -> Flow:
    b = FB(c, "calendar", "POST", f"{CAL}/v1/chores/complete")
    b.json(
        {
            "chore": c.rng.choice(["vider le lave-vaisselle", "feed the cat", "ranger sa chambre"]),
            "assignee": c.rng.choice(KIDS),
            "points": c.rng.randint(1, 5),
            "screen_time_reward_min": c.rng.choice([15, 30]),
            "done_at": ms(c),
        }
    )
    b.decoy("screen-time reward minutes for a chore (allowance, not watch time)")
    b.ok_json({"balance": c.rng.randint(0, 120)})
    return b.build()


def child_profile(c: Context) -> Flow:
    b = FB(c, "calendar", "POST", f"{CAL}/v1/members")
    b.json(
        {
            "firstName": c.rng.choice(KIDS),
            "role": "child",
            "gender": c.rng.choice(["female", "male", "prefer_not_to_say"]),
            "birthday": f"201{c.rng.randint(4, 9)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}",
            "avatar": {"style": "fox", "color": "#F2A900"},
            "hairColor": "brown",
        }
    )
    b.decoy("self-declared gender/birthday/avatar on a sign-up form (not biometric)")
    b.ok_json({"memberId": "m_" + new_hex(c.rng, 10)})
    return b.build()


def frame_upload(c: Context) -> Flow:
    boundary = new_hex(c.rng, 32)
    meta = (
        '{"album":"Famille","caption":"'
        + c.rng.choice(["Noël chez mamie", "First day of school", "Cottage weekend"])
        + '","taken":"'
        + iso(c)
        + '","width":4032,"height":3024,"orientation":1}'
    )
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta.encode()),
            (
                "photo",
                f"IMG_{c.rng.randint(1, 9999):04d}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(1, 99999), 1400),
            ),
        ],
    )
    b = FB(c, "photoframe", "POST", f"{FRAME}/v2/frames/salon/photos")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.decoy("family photo uploaded to a photo frame for display (no face analysis, no face API)")
    b.ok_json({"photoId": new_hex(c.rng, 16), "status": "queued_for_display"})
    return b.build()


def frame_crop(c: Context) -> Flow:
    b = FB(c, "photoframe", "POST", f"{FRAME}/v2/photos/{new_hex(c.rng, 16)}/crop")
    b.json(
        {
            "crop": {"x": rf(c.rng, 0, 0.2, 3), "y": rf(c.rng, 0, 0.2, 3), "w": 0.8, "h": 0.8},
            "rotate": c.rng.choice([0, 90]),
            "fit": "fill",
            "ken_burns": True,
            "pan_path": [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(4)],
        }
    )
    b.decoy("manual crop box and Ken Burns pan path of a photo (points, not face landmarks)")
    b.ok_json({"ok": True})
    return b.build()


def frame_thumbs(c: Context) -> Flow:
    b = FB(
        c, "photoframe", "GET", f"https://cdn.cadrephoto-example.ca/t/{new_hex(c.rng, 16)}_320.jpg"
    )
    b.decoy("thumbnail of a family photo fetched back for the frame")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 99999), 500))
    return b.build()


def slideshow_stats(c: Context) -> Flow:
    b = FB(c, "photoframe", "POST", f"{FRAME}/v2/frames/salon/slideshow-stats")
    b.json(
        {
            "shown": [
                {"photoId": new_hex(c.rng, 16), "display_s": c.rng.choice([15, 30, 60])}
                for _ in range(3)
            ],
            "brightness": rf(c.rng, 0.2, 1, 2),
            "motion_wake": True,
        }
    )
    b.decoy(
        "which family photos the frame displayed and for how long (slideshow, not media watched)"
    )
    b.no_content()
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(c, "calendar", "POST", f"{CAL}/v1/push/register")
    token = new_hex(c.rng, 11) + ":APA91b" + new_hex(c.rng, 60)
    b.json({"pushToken": token, "provider": "fcm", "topics": ["chores", "reminders"]})
    b.decoy("FCM push token (a push token is not a device identifier by convention)")
    b.ok_json({"ok": True})
    return b.build()
