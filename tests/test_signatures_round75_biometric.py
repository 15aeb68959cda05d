"""Round 75 (sets 75-76), biometric: voice biometrics named in Swedish and Dutch.

A car's assistant verifies the driver's voice (`/talare/verifiera`, `ljud` = sound),
enrols speaker profiles with three utterances (`/talarprofiler/{name}/inskrivning`,
`yttrande0..2`), and reports which family member it identified by voice
(`talaridentifiering` with the candidates' scores and the one chosen); an operator
signs customers in with a voice fragment posted in JSON to `/inloggen/stem`.
Diarisation turns (`Sprecher 1`), voice commands, spoken-language identification,
loudspeakers, chat voice notes and podcasts stay quiet."""

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.voice import (
    names_speaker_identification,
    speaker_identification_scores,
)
from exfilwatch.engine import Engine

WAV = (
    "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0u"
    "LzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P"
)
MULTIPART = (
    '--XB\r\nContent-Disposition: form-data; name="profil"\r\nContent-Type: application/json'
    '\r\n\r\n{"namn":"lars","antal":3}\r\n--XB\r\nContent-Disposition: form-data; '
    'name="yttrande0"; filename="utt0.wav"\r\nContent-Type: audio/wav\r\n\r\nRIFF....WAVEfmt '
    "\r\n--XB--\r\n"
)

POSITIVES = [
    (
        "biometric.speaker_recognition.audio_json",
        {
            "url": "https://voice.example-car.se/v1/talare/verifiera",
            "method": "POST",
            "json": {"profilId": "lars", "ljud": WAV, "format": "wav16k"},
        },
    ),
    (
        "biometric.voice_sample_path_multilingual",
        {
            "url": "https://voice.example-car.se/v1/talarprofiler/lars/inskrivning",
            "method": "POST",
            "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
            "body": MULTIPART,
        },
    ),
    (
        "biometric.speaker_identification.candidate_scores",
        {
            "url": "https://voice.example-car.se/v1/h%C3%A4ndelser",
            "method": "POST",
            "json": {
                "typ": "talaridentifiering",
                "resultat": {"ingrid": 0.593, "lars": 0.707, "nils": 0.265},
                "vald": "ingrid",
            },
        },
    ),
    (
        "biometric.voice_sample.login_json",
        {
            "url": "https://mijn.example-mobiel.nl/api/v2/inloggen/stem",
            "method": "POST",
            "json": {"klantnummer": "u-1", "stemfragment": WAV, "formaat": "wav/16k"},
        },
    ),
    (
        "biometric.voice_sample.login_json",
        {
            "url": "https://app.example-bank.no/api/innlogging",
            "method": "POST",
            "json": {"kunde": "k-1", "lydopptak": WAV},
        },
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round75_voice_biometrics_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("talaridentifiering", True),
        ("speaker_recognition", True),
        ("Sprecherverifizierung", True),
        ("sprekerherkenning", True),
        ("speaker_identify", False),
        ("voice_command_recognition", False),
        ("talardiarisering", False),
        ("Sprecher 1", False),
    ],
)
def test_event_must_name_speaker_and_recognition(text: str, named: bool) -> None:
    assert names_speaker_identification(text) is named


def test_candidates_need_a_chosen_one_and_person_keys() -> None:
    event = {"typ": "talaridentifiering", "resultat": {"eva": 0.8, "lars": 0.1}, "vald": "eva"}
    assert speaker_identification_scores(event)
    assert speaker_identification_scores({**event, "vald": "ingen"}) is None
    turns = {"typ": "talaridentifiering", "resultat": {"Talare 1": 0.8, "Talare 2": 0.2}}
    assert speaker_identification_scores({**turns, "vald": "Talare 1"}) is None
