"""Round 65 (set 255): Sesotho and Setswana viewing words, a face check's verdicts beside its
confidence, a media-done event named with its kind, and a device fingerprint tag.

The readings were there for most of the set; the words were not: Sesotho (st) `shebile` /
`shebiloe` (watched), `ho shebella` (to watch), `letoto` (series), `karolo` (episode),
`boemo` (where playback stands), `tsoelopele` (progress), `tsoela pele` (continue),
`mametsoe` (listened), `pina` / `lipina` (song), `sebini` (artist), `metsotso` /
`metsotsoana` (minutes / seconds), `seteishene` (station), `kanale` (channel), `sehlooho`
(title), `haufinyane` (recently); Setswana (tn) `lebeletse` / `lebeletswe` (watched),
`reeditswe` (listened), `metsotswana` (seconds), `setlhogo` (title), `bidio` (video),
`diperesente` (percent), `motshameko` (match); and `sefatlhego` / `sefahleho` (face) in the
biometric lexicon. New or widened readings: a verification job's result listing a face
comparison or liveness step with its verdict beside the confidence
(structures/face_check_actions.py); a done-event's name that says the kind and the act
(`Pina e Mameletsoe`, `Song Listened`) with the seconds or minutes played among its
parameters (structures/media_done_event_names.py); a bare `fingerprint` tag in a
device-profile name/value list (structures/device_lists.py). Precision:
tests/fixtures/negatives/negatives_round255.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round255.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


def _template() -> str:
    """128 float32 in base64, as a face SDK sends its template (seeded: the same each run)."""
    rng = random.Random(7)
    return base64.b64encode(
        struct.pack("<128f", *(rng.uniform(-0.3, 0.3) for _ in range(128)))
    ).decode()


VIEW_POSITIVES = [
    # st: watch progress, plural episode (likarolo), whole time (nako kaofela)
    {
        "url": "https://api.example-tv.co.ls/api/v1/ho-shebella/boemo",
        "method": "PUT",
        "json": {"letoto": "Kgauhelo", "likarolo": 4, "boemo": 610, "nako_kaofela": 1500},
    },
    # tn: watch progress with a title (setlhogo) and length (boleele)
    {
        "url": "https://api.example-tv.co.bw/v2/go-lebelela/tswelelopele",
        "method": "POST",
        "json": {"setlhogo": "Mokgosi", "karolo": 7, "boemo": 300, "boleele": 1800},
    },
    # st: continue-watching rows, snake-case key
    {
        "url": "https://api.example-vod.co.ls/v1/nna/tsoela-pele",
        "method": "GET",
        "response": _response(
            {
                "tsoela_pele": [
                    {"letoto_id": "a1", "karolo": 3, "boemo": 410},
                    {"letoto_id": "a2", "karolo": 9, "boemo": 95},
                ]
            }
        ),
    },
    # tn: watched rows (lebeletswe) with episode and time
    {
        "url": "https://api.example-vod.co.bw/v1/nna/histori",
        "method": "GET",
        "response": _response(
            {
                "lebeletswe": [
                    {"setlhogo": "Mokgosi", "karolo": 2, "nako": "2025-01-02T20:00:00Z"},
                    {"setlhogo": "Sekai", "karolo": 5, "nako": "2025-01-03T20:00:00Z"},
                ]
            }
        ),
    },
    # tn: a channel watched, minutes and start (simolotse)
    {
        "url": "https://api.example-tv.co.bw/v1/kanale/lebeletse",
        "method": "POST",
        "json": {"kanale_id": "btv", "metsotso": 18, "simolotse": "2025-03-01T19:00:00Z"},
    },
    # tn: a radio station listened to (seteshene, reeditse)
    {
        "url": "https://api.example-radio.co.bw/v1/radio/reeditse",
        "method": "POST",
        "json": {"seteshene": "Duma FM", "metsotso": 40, "simolotse": "2025-03-01T06:00:00Z"},
    },
    # tn: a song heard with its singer (moopedi) and seconds (metsotswana)
    {
        "url": "https://api.example-mmino.co.bw/v1/dipina/reeditswe",
        "method": "POST",
        "json": {"pina_id": "d-9", "moopedi": "Vee Mampeezy", "metsotswana": 190},
    },
    # tn: recently heard songs (bosheng, dipina)
    {
        "url": "https://api.example-mmino.co.bw/v1/nna/bosheng",
        "method": "GET",
        "response": _response(
            {
                "dipina": [
                    {
                        "pina_id": "d-1",
                        "sebini": "Amantle Brown",
                        "reeditswe": "2025-03-01T06:00:00Z",
                    },
                    {"pina_id": "d-2", "sebini": "Han C", "reeditswe": "2025-03-02T06:00:00Z"},
                ]
            }
        ),
    },
    # st: a video watched to a percent (vidio, liperesente)
    {
        "url": "https://api.example-bolo.co.ls/v1/vidio/shebiloe",
        "method": "POST",
        "json": {"vidio_id": "v-21", "sehlooho": "Likuena highlights", "liperesente": 100},
    },
]

# Done-events named with their kind, the time played in the parameters
EVENT_POSITIVES = [
    {
        "url": "https://in1.clevertap-prod.com/a1?os=Android&t=60400&z=QQQ-222-BBB2",
        "method": "POST",
        "json": [
            {
                "type": "event",
                "evtName": "Pina e Reeditswe",
                "evtData": {"Pina": "Ke Mang", "Sebini": "Vee", "Metsotswana": 201},
            }
        ],
    },
    {
        "url": "https://graph.facebook.com/v19.0/77712340987/activities",
        "method": "POST",
        "form": {
            "event": "CUSTOM_APP_EVENTS",
            "custom_events": (
                '[{"_eventName":"papali_e_shebiloe","papali":"Likuena - Bafana","metsotso":65}]'
            ),
        },
    },
    {
        "url": "https://in1.clevertap-prod.com/a1?os=iOS&t=60400&z=QQQ-222-BBB2",
        "method": "POST",
        "json": [
            {
                "type": "event",
                "evtName": "Song Listened",
                "evtData": {"Song": "Ke Mang", "Seconds": 201},
            }
        ],
    },
]

FACE_CHECK_POSITIVES = [
    {
        "url": "https://kyc.example-lender.co.ke/api/v2/verification/status",
        "method": "POST",
        "json": {"job": "vj-1"},
        "response": _response(
            {
                "result": {
                    "confidence": 93,
                    "checks": {"liveness_check": "passed", "selfie_to_photo_match": "failed"},
                }
            }
        ),
    },
    {
        "url": "https://api.example-idv.fr/v1/dossiers/8/resultat",
        "method": "GET",
        "response": _response(
            {"resultat": {"ConfidenceScore": "76.0", "Steps": {"Comparaison_Visage": "Rejected"}}}
        ),
    },
    # a selfie compared with the ID card's photo: the card word does not veto a selfie
    {
        "url": "https://api.example-wallet.co.za/v1/onboarding/77/outcome",
        "method": "GET",
        "response": _response(
            {"outcome": {"score": 88.1, "results": {"selfie_vs_id_card_match": "passed"}}}
        ),
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("shebiloe", ("watched",)),
        ("lebeletsweng", ("watched",)),
        ("tsoelaPele", ("continue",)),
        ("metsotsoana", ("seconds",)),
        ("metsotswana", ("seconds",)),
        ("mameletsoe", ("listened",)),
        ("reeditswe", ("listened",)),
        ("letotoId", ("series", "id")),
        ("setlhogo", ("title",)),
        ("seteishene", ("radio_station",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_sotho_tswana_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", EVENT_POSITIVES, ids=lambda e: e["url"])
def test_done_event_named_with_its_kind_and_time_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.media_done_event_name_any_language" in found, found


def test_face_template_under_a_sotho_face_word(engine: Engine) -> None:
    example = {
        "url": "https://api.example-chelete.co.ls/v1/kena/sefahleho",
        "method": "POST",
        "json": {"nomoro": "+26658000000", "sefahleho": {"template": _template(), "mofuta": "v3"}},
    }
    assert signatures_found(engine, example, BIO)


@pytest.mark.parametrize("example", FACE_CHECK_POSITIVES, ids=lambda e: e["url"])
def test_face_check_verdicts_beside_a_confidence(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.face_check.actions_confidence" in found, found


def test_fingerprint_tag_in_a_device_profile_list(engine: Engine) -> None:
    example = {
        "url": "https://api.example-idv.ng/v3/liveness",
        "method": "POST",
        "json": {
            "meta": [
                {"key": "device_model", "value": "TECNO KJ5"},
                {"key": "os_version", "value": "13"},
                {"key": "fingerprint", "value": "5b0e2f6c9d3a41e7a8c4f1d20b9e6a37"},
            ]
        },
    }
    assert "device_id.device_tag_list" in signatures_found(engine, example, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
