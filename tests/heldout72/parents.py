"""The district's parent-messaging app (ParentSquare / TalkingPoints-style):
messages translated for families, read receipts ("seen", "viewed", "visto"),
video-message view counts in aggregate. Hard viewing-history decoys.

Sources: Google Cloud Translation v2 REST (`POST
https://translation.googleapis.com/language/translate/v2` with q, target,
source, format; data.translations[].translatedText) from
cloud.google.com/translate/docs/reference/rest/v2/translate. The messaging
backend is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import iso, new, rid, ua

API = "https://api.example-parentmsg.com"
AGENT = ua("FamilyBridge", "7702")
MSGS = [
    "Field trip forms are due Friday.",
    "Picture day is next Tuesday!",
    "Reminder: early release Wednesday.",
    "Please send a water bottle for PE.",
]


def translate(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "parents",
        "POST",
        "https://translation.googleapis.com/language/translate/v2",
        AGENT,
        [("key", "AIza" + new_hex(r, 35))],
    )
    target = r.choice(["es", "vi", "ar", "zh-CN"])
    b.json({"q": r.sample(MSGS, 2), "source": "en", "target": target, "format": "text"})
    b.ok_json(
        {
            "data": {
                "translations": [
                    {"translatedText": "Los formularios vencen el viernes."},
                    {"translatedText": "¡El día de fotos es el martes!"},
                ]
            }
        }
    )
    b.decoy("message text translated for families (Cloud Translation)")
    return b.build()


def send_message(c: Context) -> Flow:
    r = c.rng
    b = new(c, "parents", "POST", f"{API}/v4/classes/118/posts", AGENT)
    b.json(
        {
            "body": r.choice(MSGS),
            "audience": "guardians",
            "autoTranslate": True,
            "attachments": [{"type": "image", "uploadId": rid(r)}] if r.random() < 0.3 else [],
            "requireAck": r.random() < 0.2,
        }
    )
    b.ok_json({"postId": new_digits(r, 9), "recipients": r.randint(20, 48)})
    b.decoy("class announcement to guardians")
    return b.build()


def read_receipts(c: Context) -> Flow:
    r = c.rng
    b = new(c, "parents", "GET", f"{API}/v4/posts/{new_digits(r, 9)}/receipts", AGENT)
    b.ok_json(
        {
            "delivered": r.randint(30, 48),
            "seen": r.randint(5, 30),
            "vistoPor": [
                {
                    "guardianId": "g" + new_digits(r, 7),
                    "seenAt": iso(c),
                    "viewed": True,
                    "language": r.choice(["es", "en"]),
                }
                for _ in range(4)
            ],
            "videoMessage": {"views": r.randint(0, 40), "avgWatchPct": round(r.random(), 2)},
        }
    )
    b.decoy("read receipts for a class announcement; video-message view count in aggregate")
    return b.build()


def inbox(c: Context) -> Flow:
    r = c.rng
    b = new(c, "parents", "GET", f"{API}/v4/conversations", AGENT, [("unread", "true")])
    b.ok_json(
        {
            "conversations": [
                {
                    "id": new_hex(r, 12),
                    "with": "Guardian of " + n,
                    "lastMessage": m,
                    "lastMessageAt": iso(c),
                    "unread": r.randint(0, 3),
                    "readReceipt": "seen",
                }
                for n, m in (("Sofia A.", "Gracias maestra!"), ("Bao N.", "He will be absent"))
            ]
        }
    )
    b.decoy("messaging inbox with seen markers")
    return b.build()


def photo_attach(c: Context) -> Flow:
    r = c.rng
    b = new(c, "parents", "PUT", f"https://uploads.example-parentmsg.com/{rid(r)}", AGENT)
    b.set_body(fake_jpeg(r.randint(0, 10**9), 1200), "image/jpeg")
    b.respond(200, None)
    b.decoy("class photo attached to an announcement (storage upload, no face analysis)")
    return b.build()
