"""Round 78 (sets 77-78), biometric: a voice-match result nested under the speaker.

A smart display that recognised which family member spoke reports
`speakerId: {matchedUser, score}` (Voice Match); a bank sends
`voiceMatch: {user, similarity}`. Karaoke and singing-game scores, voice chat
matchmaking, voice-command and speech-to-text confidence, loudspeakers, a
conference's speakers and a podcast's hosts stay quiet."""

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.voice import speaker_match_nested
from exfilwatch.engine import Engine

RULE = "biometric.speaker_match_nested"

POSITIVES = [
    {
        "url": "https://home.example-display.com/v1/voicematch/recognitionEvents",
        "method": "POST",
        "json": {
            "at": "2026-03-01T08:00:00Z",
            "speakerId": {"matchedUser": "parent-1", "score": 0.812, "threshold": 0.55},
        },
    },
    {
        "url": "https://events.example-bank.com/v1/track",
        "method": "POST",
        "json": {"event": "login", "voiceMatch": {"user": "member-7", "similarity": 0.9}},
    },
    {
        "url": "https://api.example-car.com/v1/events",
        "method": "POST",
        "json": {"speaker": {"identifiedProfileId": "driver-2", "confidence": 0.77}},
    },
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["url"][:50])
def test_round78_voice_match_results_are_found(engine: Engine, example: dict) -> None:
    assert RULE in biometric(engine, example)


def test_needs_a_matched_person_and_a_fractional_score() -> None:
    event = {"speakerId": {"matchedUser": "parent-1", "score": 0.8}}
    assert speaker_match_nested(event)
    assert speaker_match_nested({"speakerId": {"matchedUser": "parent-1", "score": 80}}) is None
    assert speaker_match_nested({"speakerId": {"user": "parent-1", "score": 0.8}}) is None
    assert speaker_match_nested({"voiceMatch": {"user": "parent-1", "score": 0.8}})
    song = {"voice": {"matchedUser": "p-2", "score": 0.6, "song": "s-1"}}
    assert speaker_match_nested(song) is None
