"""Guests' recordings for broadcast: interviews recorded in the studio or over a
guest's browser link, uploaded to the station's media store, booked on a form.
Recording a person's speech for broadcast is no voiceprint: no speaker model is made.
The booking form's self-declared gender and pronouns are no face analysis."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import fake_wav, jsb, multipart

from .phone import FB, iso, rid, ua

MEDIA = "https://media.liffeysound.example/v2"
GUESTS = ["Dr Niamh Keane", "Cllr Declan Moran", "Siobhán Ní Bhriain", "Tomasz Nowak"]


def guest_upload(c: Context) -> Flow:
    b = FB(c, "liffey.media", "POST", f"{MEDIA}/assets")
    b.header("user-agent", ua("LiffeyRundown", "4.2.1"))
    b.decoy("guest interview recording for broadcast (speech audio, no speaker model)")
    boundary = "----lsfm" + new_uuid(c.rng).replace("-", "")[:16]
    meta = {
        "title": f"Interview: {c.rng.choice(GUESTS)}",
        "speaker": c.rng.choice(GUESTS),
        "show": "Drivetime",
        "recordedAt": iso(c),
        "clearance": "broadcast+podcast",
    }
    parts = [
        ("meta", None, "application/json", jsb(meta)),
        ("file", "guest_take1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 2000)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"assetId": rid(c.rng), "status": "ingesting"}, status=201)
    return b.build()


def remote_guest_chunk(c: Context) -> Flow:
    room = new_uuid(c.rng)[:8]
    b = FB(
        c,
        "liffey.remote",
        "PUT",
        f"https://guestlink.liffeysound.example/rooms/{room}/chunks/{c.rng.randint(1, 300)}",
    )
    b.header("user-agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0")
    b.decoy("remote guest's voice recorded in chunks for the show (no voiceprint)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(600)), "audio/webm;codecs=opus")
    b.no_content()
    return b.build()


def booking_form(c: Context) -> Flow:
    b = FB(c, "liffey.bookings", "POST", "https://bookings.liffeysound.example/api/guests")
    b.header("user-agent", ua("LiffeyRundown", "4.2.1"))
    b.decoy("guest booking form: self-declared gender/pronouns and phone (no biometric)")
    b.json(
        {
            "name": c.rng.choice(GUESTS),
            "gender": c.rng.choice(["female", "male", "non-binary"]),
            "pronouns": c.rng.choice(["she/her", "he/him", "they/them"]),
            "phone": "+353 87 " + str(c.rng.randint(1000000, 9999999)),
            "slot": iso(c),
            "voiceLevelCheck": "done",
        }
    )
    b.ok_json({"bookingRef": f"BK-{c.rng.randint(10000, 99999)}"})
    return b.build()


def guest_headshot(c: Context) -> Flow:
    b = FB(
        c,
        "liffey.web",
        "GET",
        f"https://cdn.liffeysound.example/guests/{c.rng.randint(100, 999)}/headshot-480.jpg",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
