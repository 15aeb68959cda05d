"""Round 57 (sets 57-58), biometric: a face door's access history (match score,
liveness score and the camera's snapshot beside the method code `FACE`, in
romanised Korean keys) and speech posted to a speaker-verification path named in
romanised Korean (`hwaja/verify`, hwaja = speaker). The look-alikes stay quiet:
a door's PIN / card / app history with snapshots, a CCTV motion log with
thumbnails, dating matches with photos, a karaoke pitch match, a photo booth print
queue, a memory game's face-up card, a visual product search, a ski gate's photo,
speech-to-text, a call recording and pronunciation scoring."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_records import _face_code, face_match_snapshot
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round57_biometric.jsonl"
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAABjFN6iPbC4cQEplrZo1YtcbcDw1Y9vc9iW5AvXNGERRYfxd3FyNxcTw9psom1h"
    "gN58q454ftgz9/HvriajSNKikl4K8rmjE165WCBAhCknwy++KiVC0YuaXbgwjeKJqHl4nwWhsMlkBvmD2A2RQRhe"
    "hcZjH+vS6ya9+AeHVhrFAJQdI6HLNuxo6ig/xO0xybH4RujSS0QxWmF4PeVjMCoAO+kBl8yR1EWTBWVop+bz2EBc"
    "5xAGOiF5DZkDe4Akfxoq8DUIDrhxN//Z"
)
WAV = (
    "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0u"
    "LzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P"
)

POSITIVES = [
    (
        "biometric.face_match.event_snapshot",
        {
            "url": "https://iot.example-home.co.kr/api/door/munyeol/history?days=1",
            "response": {
                "json": {
                    "munyeolIryeok": [
                        {
                            "at": "2024-11-05T08:00:06Z",
                            "method": "FACE",
                            "member": "a",
                            "matchScore": 0.948,
                            "liveness": 0.963,
                            "snapshot": JPEG,
                        }
                    ]
                }
            },
        },
    ),
    (
        "biometric.face_match.event_snapshot",
        {
            "url": "https://hr.example-attend.com/api/punches",
            "json": {"punchTime": "t", "verifyType": "FACE", "yusado": 91.2, "pic": JPEG},
        },
    ),
    (
        "biometric.speaker_recognition.audio_json",
        {
            "url": "https://cc.example-ins.co.kr/api/v1/hwaja/verify",
            "json": {"utterance": WAV, "sampleRate": 16000},
        },
    ),
    (
        "biometric.voice_sample_path_multilingual",
        {
            "url": "https://cc.example-ins.co.kr/api/v1/hwaja/enroll",
            "headers": {"Content-Type": "audio/wav"},
            "body_base64": WAV,
        },
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round57_shapes_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round57_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("code", "face"),
    [
        ("FACE", True),
        ("face_recognition", True),
        ("EOLGUL", True),
        ("Face cream", False),
        ("WATCH_FACE", False),
        ("FACE_DETECTED", False),
        ("SURFACE", False),
        ("facebook", False),
    ],
)
def test_face_method_codes(code: str, face: bool) -> None:
    assert _face_code(code) is face


def test_face_match_needs_a_face_named() -> None:
    record = {"at": "t", "matchScore": 0.9, "snapshot": JPEG, "member": "a"}
    assert face_match_snapshot(record) is None
    assert face_match_snapshot({**record, "method": "FACE"})
    assert face_match_snapshot({**record, "liveness": 0.97})
    assert face_match_snapshot({**record, "method": "FACE", "matchScore": True}) is None
