"""The layover hotel app and a language-learning app with speech exercises.

The hotel app (fictional "StayCrew") books crew rooms, opens the door with a
Bluetooth key (the hotel's lock: its MAC is the hotel's, not hers) and has a
sign-up form with a self-declared gender. The language app sends a spoken
answer for speech-to-text and gets pronunciation scores back: speech sent for
transcription is not a voice print, scores are not biometric. Its upload is a
multipart form like OkHttp/URLSession write it, with the audio as WAV.
All decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, fake_mac, iso, ms, rf, rid, ua

HOTEL = "https://api.staycrew.example"
LINGO = "https://speech.lisanlearn.example"


def hotel_rooms(c: Context) -> Flow:
    b = FB(c, "staycrew", "GET", HOTEL + "/v1/crew/allocations")
    b.header("user-agent", ua("StayCrew", "6.0", "3"))
    b.param("city", c.rng.choice(["SIN", "LHR", "BKK", "MNL", "DOH"]))
    b.ok_json(
        {
            "allocations": [
                {
                    "room": str(c.rng.randint(300, 2500)),
                    "checkIn": iso(c),
                    "bilik_jenis": c.rng.choice(["king", "twin"]),
                    "pickupTime": f"{c.rng.randint(0, 23):02d}:{c.rng.choice(['00', '30'])}",
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.decoy("crew hotel allocations: rooms and pickup times")
    return b.build()


def door_key(c: Context) -> Flow:
    b = FB(c, "staycrew", "POST", HOTEL + "/v1/mobilekey/issue")
    b.header("user-agent", ua("StayCrew", "6.0", "3"))
    b.json(
        {
            "room": str(c.rng.randint(300, 2500)),
            "lockMac": fake_mac(c.rng),
            "lockSerial": "ASSA" + new_digits(c.rng, 10),
            "validUntil": ms(c) + 86400000,
        }
    )
    b.ok_json({"keyBlob": new_hex(c.rng, 96)})
    b.decoy("hotel door lock MAC and serial (the hotel's lock, not hers)")
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "staycrew", "POST", HOTEL + "/v1/profile")
    b.header("user-agent", ua("StayCrew", "6.0", "3"))
    b.form(
        [
            ("first_name", "Noor"),
            ("gender", c.rng.choice(["female", "prefer_not"])),
            ("jantina", "P"),
            ("pillow", c.rng.choice(["soft", "firm"])),
            ("loyalty", "CREW" + new_digits(c.rng, 6)),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("sign-up form with self-declared gender")
    return b.build()


def speech_exercise(c: Context) -> Flow:
    boundary = "Boundary-" + new_hex(c.rng, 24).upper()
    b = FB(c, "lisan", "POST", LINGO + "/v2/recognize")
    b.header("user-agent", ua("Lisan", "9.4", "41"))
    parts = [
        ("lessonId", None, None, f"ar-{c.rng.randint(1, 300)}".encode()),
        ("الجملة", None, None, "مرحبا بكم على متن الطائرة".encode()),
        ("lang", None, None, b"ar-QA"),
        ("audio", "answer.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"transcript": "marhaban bikum", "confidence": rf(c.rng, 0.6, 0.99, 2)})
    b.decoy("spoken answer sent for speech-to-text (not a voiceprint)")
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = FB(c, "lisan", "POST", LINGO + "/v2/score")
    b.header("user-agent", ua("Lisan", "9.4", "41"))
    b.json(
        {
            "utteranceId": rid(c.rng),
            "phonemes": [
                {"p": p, "score": rf(c.rng, 0, 1, 2), "startMs": i * 90}
                for i, p in enumerate(["m", "a", "r", "ħ", "a", "b", "a"])
            ],
            "pitchHz": [rf(c.rng, 160, 260, 1) for _ in range(12)],
            "speakingRate": rf(c.rng, 2, 6, 2),
        }
    )
    b.ok_json({"stars": c.rng.randint(1, 3)})
    b.decoy("pronunciation scores and a pitch series of one utterance (speech practice)")
    return b.build()


def lesson_progress(c: Context) -> Flow:
    b = FB(c, "lisan", "PUT", LINGO + "/v1/progress")
    b.header("user-agent", ua("Lisan", "9.4", "41"))
    b.json({"unit": c.rng.randint(1, 40), "xp": c.rng.randint(0, 900), "streak": 12})
    b.no_content()
    b.decoy("lesson progress (xp, streak)")
    return b.build()
