"""A messenger: voice notes, read receipts, face stickers and status view counts.
All ordinary: a voice message is content, not speaker enrolment; a "face"
sticker is a drawing; the status view count is about the user's own post."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, rid, ua

API = "https://chat.gumzo.example"


def voice_note(c: Context) -> Flow:
    b = FB(c, "gumzo", "POST", API + "/media/upload")
    b.header("user-agent", ua("Gumzo", "2.24.1"))
    bound = "gz" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        bound,
        [
            ("kind", None, None, b"voice_note"),
            ("duration_ms", None, None, str(c.rng.randint(900, 60000)).encode()),
            ("file", "sauti.opus", "audio/ogg", fake_wav(c.rng.randrange(10**6), 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.decoy("voice message (sauti = voice) upload to a chat: message content, no voiceprint")
    b.ok_json({"media_id": rid(c.rng)})
    return b.build()


def receipts(c: Context) -> Flow:
    b = FB(c, "gumzo", "POST", API + "/v1/receipts")
    b.header("user-agent", ua("Gumzo", "2.24.1"))
    b.json(
        {
            "read": [{"msg": rid(c.rng), "seen_at": iso(c)} for _ in range(c.rng.randint(1, 5))],
            "chat": rid(c.rng),
        }
    )
    b.decoy("read receipts (seen_at per message id): messages seen, not media watched")
    b.no_content()
    return b.build()


def sticker(c: Context) -> Flow:
    b = FB(
        c,
        "gumzo",
        "GET",
        API + f"/stickers/packs/wajih_{c.rng.randint(1, 40)}/face_{c.rng.randint(1, 24)}.webp",
    )
    b.header("user-agent", ua("Gumzo", "2.24.1"))
    b.decoy("face sticker download (cartoon face emoji pack): an image fetch")
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.randrange(256) for _ in range(200)))
    return b.build()


def status_views(c: Context) -> Flow:
    b = FB(c, "gumzo", "GET", API + "/v1/status/mine/views")
    b.header("user-agent", ua("Gumzo", "2.24.1"))
    b.decoy("who viewed my status: counts and contact ids for the user's own post")
    b.ok_json(
        {
            "views_count": c.rng.randint(0, 200),
            "viewers": [{"contact": rid(c.rng)[:8], "viewed_at": iso(c)} for _ in range(4)],
        }
    )
    return b.build()
