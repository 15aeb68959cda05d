"""The group's chat inside the tour app (fictional backend): voice notes the
guide records for the group ("meet at the coach at 14:00"), text messages with
read receipts, and the microphone settings of his headset transmitter.

Hard negatives: a voice note is a message to people, not a voiceprint, not a
voice sample sent for verification or cloning; read receipts list who read a
message, not what anyone watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import multipart

from .phone import FB, iso, ms, rid, ua

API = "https://chat.horustrails-ops.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "horus-chat", method, API + path)
    b.header("user-agent", ua("HorusGuide", "3.8.2"))
    return b


def voice_note(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rooms/HT-group/voice")
    b.decoy("voice note (ogg/opus) posted to the group chat: a message, not a voiceprint")
    boundary = new_hex(c.rng, 30)
    audio = b"OggS\x00\x02" + bytes(c.rng.getrandbits(8) for _ in range(900))
    parts = [
        ("durationMs", None, None, str(c.rng.randint(2000, 40000)).encode()),
        ("risala_sawtiya", "note.ogg", "audio/ogg; codecs=opus", audio),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"messageId": rid(c.rng), "sentAt": iso(c)})
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rooms/HT-group/messages")
    b.json(
        {
            "text": c.rng.choice(
                ["Rendez-vous au bus à 14h", "الأتوبيس قدام البوابة", "Water break!"]
            ),
            "clientId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def read_receipts(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/messages/{rid(c.rng)}/seen")
    b.decoy("seenBy list with seenAt times: read receipts, not viewing history")
    b.ok_json(
        {
            "seenBy": [
                {"member": f"m{c.rng.randint(100, 999)}", "seenAt": iso(c)}
                for _ in range(c.rng.randint(2, 15))
            ]
        }
    )
    return b.build()


def mic_settings(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/transmitter/settings")
    b.decoy("headset transmitter mic gain / voice boost / noise gate settings")
    b.json(
        {
            "micGainDb": c.rng.randint(-6, 12),
            "voiceBoost": True,
            "noiseGateDb": -42,
            "codec": "G.722",
        }
    )
    b.ok_json({"applied": True})
    return b.build()
