"""The conference-call app (an in-house wrapper around a meeting service).

Live captions are speech-to-text with diarised speaker LABELS ("Speaker 2"),
active-speaker events carry audio levels, attendance reports carry join/leave
times and minutes in meeting: none of that is biometric or viewing history.
The true carrier is the optional voice profile enrolment for meeting-room
speaker attribution (as Microsoft Teams Rooms offers; learn.microsoft.com
"voice and face recognition" for intelligent speakers): the admin reads a
passage and the app uploads the samples and the resulting voice signature.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid

API = "https://meet.cnoc-systems.example/api/v4"
WORDS = [
    "can everyone see my screen",
    "the Cork router is down again",
    "let's take that offline",
    "next item is the badge readers",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "meet", method, f"{API}/{path}")
    b.header("user-agent", "CnocMeet/8.2.0 (Android 14; SM-S911B)")
    b.header("x-correlation-id", rid(c.rng))
    return b


def captions(c: Context) -> Flow:
    b = _b(c, "POST", f"meetings/{new_hex(c.rng, 10)}/captions")
    segs = [
        {
            "speakerLabel": f"Speaker {c.rng.randint(1, 5)}",
            "text": c.rng.choice(WORDS),
            "startMs": ms(c) + i * 2000,
            "endMs": ms(c) + i * 2000 + 1800,
            "confidence": rf(c.rng, 0.7, 0.99, 2),
            "lang": "en-IE",
        }
        for i in range(c.rng.randint(1, 4))
    ]
    b.json({"segments": segs, "engine": "stt-streaming-v2"})
    b.ok_json({"ack": len(segs)})
    b.decoy("live captions: speech-to-text with diarised speaker labels (not voice biometrics)")
    return b.build()


def transcribe_chunk(c: Context) -> Flow:
    b = _b(c, "POST", "stt/recognize")
    bnd = "stt" + new_hex(c.rng, 12)
    body = multipart(
        bnd,
        [
            (
                "config",
                None,
                "application/json",
                b'{"languageCode":"en-IE","diarization":true,"punctuate":true}',
            ),
            ("audio", "chunk.wav", "audio/wav", fake_wav(c.rng.randrange(10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"results": [{"transcript": c.rng.choice(WORDS), "speakerTag": c.rng.randint(1, 4)}]})
    b.decoy("audio sent for transcription with diarisation (speech-to-text)")
    return b.build()


def active_speaker(c: Context) -> Flow:
    b = _b(c, "POST", "telemetry/audio")
    b.json(
        {
            "meetingId": new_hex(c.rng, 10),
            "activeSpeaker": f"participant-{c.rng.randint(1, 9)}",
            "levelsDb": [rf(c.rng, -60, -10, 1) for _ in range(20)],
            "jitterMs": c.rng.randint(2, 40),
            "mos": rf(c.rng, 3, 4.5, 2),
        }
    )
    b.no_content()
    b.decoy("active-speaker switch and audio level series (call quality)")
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "GET", f"meetings/{new_hex(c.rng, 10)}/attendance")
    rows = [
        {
            "name": n,
            "joinedAt": iso(c),
            "leftAt": iso(c),
            "minutesInMeeting": c.rng.randint(5, 60),
            "role": "attendee",
        }
        for n in ("Aoife Byrne", "Tom Price", "Priya Shah")
    ]
    b.ok_json({"participants": rows})
    b.decoy("meeting attendance report with minutes in meeting (not viewing history)")
    return b.build()


def background_blur(c: Context) -> Flow:
    b = _b(c, "GET", "assets/backgrounds")
    b.ok_json(
        {
            "items": [
                {
                    "id": new_uuid(c.rng),
                    "name": n,
                    "url": f"https://cdn.cnoc-systems.example/bg/{n}.jpg",
                }
                for n in ("office", "cliffs-of-moher", "blur")
            ]
        }
    )
    b.decoy("virtual background catalogue")
    return b.build()


def voice_profile_enrol(c: Context) -> Flow:
    """TRUE: the admin's own voice samples for a speaker profile."""
    b = _b(c, "POST", "voice-profiles/enrol")
    bnd = "vp" + new_hex(c.rng, 12)
    parts = [("profileType", None, None, b"speaker_recognition"), ("passage", None, None, b"3")]
    parts += [
        (f"sample{i}", f"sample{i}.wav", "audio/wav", fake_wav(c.rng.randrange(10**9), 1000))
        for i in range(3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_enrolment", "multipart samples for a speaker_recognition voice profile")
    b.ok_json({"profileId": new_uuid(c.rng), "status": "enrolled"})
    return b.build()


def voice_signature(c: Context) -> Flow:
    """TRUE: the voice signature computed on the phone, synced to the room system."""
    b = _b(c, "PUT", f"voice-profiles/{new_uuid(c.rng)}/signature")
    b.json(
        {
            "modelVersion": "spk-ecapa-2",
            "voiceSignature": floats_b64(floats(c.rng, 192)),
            "dims": 192,
            "updatedAt": iso(c),
        }
    )
    b.bio("voiceprint", "body.voiceSignature (speaker embedding)")
    b.ok_json({"ok": True})
    return b.build()
