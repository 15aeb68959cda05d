"""A WhatsApp-like chat app (voice notes as message content, "seen" receipts,
reactions with face emoji) and a photo-printing app (beauty-retouch sliders,
red-eye flags, crop boxes). Every flow here is a hard decoy."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import app, iso, ms, rf, rid

CHAT = "https://chat.messenger-example.eu/v1"
PRINT = "https://api.fotodruck-example.de/v3"


def voice_note(c: Context) -> Flow:
    b = app(c, "chat", "POST", f"https://media.messenger-example.eu/upload/{new_hex(c.rng, 32)}")
    b.set_body(
        b"OggS\x00\x02" + bytes(c.rng.randrange(256) for _ in range(400)), "audio/ogg; codecs=opus"
    )
    b.ok_json({"mediaKey": new_hex(c.rng, 44), "durationMs": c.rng.randint(1500, 60000)})
    b.decoy("voice note as an encrypted chat message: content, no speaker model / voiceprint")
    return b.build()


def receipts(c: Context) -> Flow:
    b = app(c, "chat", "POST", f"{CHAT}/receipts")
    b.json(
        {"type": "read", "messageIds": [new_hex(c.rng, 20).upper() for _ in range(3)], "ts": ms(c)}
    )
    b.no_content()
    b.decoy("'seen' receipts: message ids read, not media viewing history")
    return b.build()


def reaction(c: Context) -> Flow:
    b = app(c, "chat", "POST", f"{CHAT}/reactions")
    emoji = c.rng.choice(["\U0001f602", "\U0001f60d", "\U0001f62e"])
    b.json(
        {
            "messageId": new_hex(c.rng, 20).upper(),
            "emoji": emoji,
            "emojiName": c.rng.choice(
                ["face_with_tears_of_joy", "smiling_face_with_heart_eyes", "face_with_open_mouth"]
            ),
        }
    )
    b.no_content()
    b.decoy("reaction with a face emoji: a character, no face data")
    return b.build()


def retouch_order(c: Context) -> Flow:
    b = app(c, "print", "POST", f"{PRINT}/auftraege")
    b.json(
        {
            "format": "10x15",
            "menge": c.rng.randint(1, 40),
            "fotos": [
                {
                    "fotoId": rid(c.rng),
                    "zuschnitt": [0, 0, 1800, 1200],
                    "rotAugenKorrektur": c.rng.random() < 0.5,
                    "beauty": {
                        "hautglaettung": rf(c.rng, 0, 1, 2),
                        "aufhellen": rf(c.rng, 0, 1, 2),
                        "augenVergroessern": 0.0,
                    },
                    "filter": c.rng.choice(["none", "vivid", "bw"]),
                }
                for _ in range(2)
            ],
            "bestelltAm": iso(c),
        }
    )
    b.ok_json({"auftragNr": f"FD-{c.rng.randint(10**6, 10**7)}"})
    b.decoy("retouch slider settings and a red-eye flag: user choices, not measurements of a face")
    return b.build()


def photo_upload(c: Context) -> Flow:
    bd = "----print" + new_hex(c.rng, 12)
    b = app(c, "print", "POST", f"{PRINT}/uploads")
    b.set_body(
        multipart(
            bd,
            [
                ("album", None, None, b"Dolomiten 2024"),
                ("foto", "IMG_2024.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.ok_json({"fotoId": rid(c.rng), "aufloesungOk": True})
    b.decoy("holiday photo uploaded for printing, to a print lab, no face API")
    return b.build()
