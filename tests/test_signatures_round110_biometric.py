"""Round 40 (biometric, held-out sets 103-110).

- Sets 103, 107, 109 and 110 named the face and voice in languages the lexicon did not
  hold, or held in part: Welsh, Irish and Scottish Gaelic (`wyneb`, `hunlun`, `aghaidh`,
  `llais`, `olion llais`), Kazakh and Kyrgyz (`бет үлгісі`, `dayys`), Cebuano and Ilocano
  (`nawong`, `tingog`, `timek`), Amharic, Tigrinya and Oromo (`ፊት ምስል`, `ናይ ገጽ ስእሊ`, `fuula`),
  Igbo (`ihu`). Each language now has its words for every class a detector reads; words
  that alone mean something else (Amharic `fit`, Kazakh `bet`, Igbo `olu`) are read only
  beside a word that makes them the face or the voice.
- A face analyser's readings forwarded under face-named keys of any language (an estimated
  age, an emotion, a smile), FaceTec's 3D-to-2D Photo ID Match, and a voiceprint a server
  returns are found.
- Precision sets 104, 106 and 108: a painting's or a statue's face and a musical
  instrument's sound are no person's (the round-39 subject veto now knows artworks and
  instruments), a sung note graded for a lesson models no speaker, and a portrait sent to
  a card printer is checked by no one (GDPR recital 51): a portrait counts as a face
  capture only beside a purpose.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import ARTWORK, INSTRUMENT, PERSON, text_subject
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round110_biometric.jsonl"
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAAQABABAREA/8QAFgABAQEAAAAAAAAAAAAAAAAAAAUG/8QAIhAA"
    "AQMDBAMAAAAAAAAAAAAAAQIDBAAFEQYSITETQVH/2gAIAQEAAD8A"
)


def _vector(seed: int, size: int = 128) -> list[float]:
    rng = random.Random(seed)
    values = [rng.gauss(0, 1) for _ in range(size)]
    norm = sum(x * x for x in values) ** 0.5
    return [round(x / norm, 5) for x in values]


def _speaker_vector(seed: int, size: int = 192) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.gauss(0, 0.08), 5) for _ in range(size)]


def _float32_b64(seed: int) -> str:
    values = _vector(seed)
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def _points(seed: int, count: int = 68) -> list[list[float]]:
    rng = random.Random(seed)
    return [
        [round(rng.uniform(150, 450), 1), round(rng.uniform(150, 600), 1)] for _ in range(count)
    ]


def _multipart(boundary: str, parts: list[tuple[str, str | None, str | None, str]]) -> str:
    body = ""
    for name, filename, ctype, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        body += (f"Content-Type: {ctype}\r\n" if ctype else "") + f"\r\n{data}\r\n"
    return body + f"--{boundary}--\r\n"


def _biometric(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


NEW_LANGUAGES = [
    pytest.param(
        {
            "url": "https://api.example-banc.cymru/v1/mewngofnodi",
            "json": {"templed_wyneb": _float32_b64(1), "dyfais": "a1"},
        },
        id="welsh-face-template",
    ),
    pytest.param(
        {
            "url": "https://api.example-cyfarfod.cymru/v2/proffil/llun",
            "headers": {"content-type": "multipart/form-data; boundary=w1"},
            "body": _multipart(
                "w1",
                [("hunlun", "llun.jpg", "image/jpeg", "JFIFDATA"), ("iaith", None, None, "cy")],
            ),
        },
        id="welsh-selfie-upload",
    ),
    pytest.param(
        {
            "url": "https://api.example-ffon.cymru/v1/llais/dilysu",
            "json": {"olion_llais": _speaker_vector(2), "cwsmer": "c-4"},
        },
        id="welsh-voiceprint",
    ),
    pytest.param(
        {
            "url": "https://api.example-airgead.ie/v2/sinia",
            "json": {"veicteoir_aghaidhe": _float32_b64(3)},
        },
        id="irish-face-vector",
    ),
    pytest.param(
        {
            "url": "https://api.example-siopa.scot/v1/dealbh",
            "json": {"aodann": {"puingean": _points(4)}},
        },
        id="gaelic-face-points",
    ),
    pytest.param(
        {
            "url": "https://api.example-tolem.kz/v1/kiru",
            "json": {"бет_үлгісі": _float32_b64(5), "құрылғы": "x1"},
        },
        id="kazakh-cyrillic-face-template",
    ),
    pytest.param(
        {
            "url": "https://api.example-sakay.ph/v1/tsek",
            "json": {"mga_punto_sa_nawong": _points(6, 106)},
        },
        id="cebuano-face-points",
    ),
    pytest.param(
        {
            "url": "https://api.example-telebirr.et/v1/kyc/maregagecha",
            "json": {"fit_misil": JPEG, "msisdn": "251900000000"},
        },
        id="amharic-face-image-romanised",
    ),
    pytest.param(
        {
            "url": "https://api.example-telebirr.et/v1/kyc/abnet",
            "json": {"ፊት_ምስል": JPEG},
        },
        id="amharic-face-image-geez",
    ),
    pytest.param(
        {
            "url": "https://api.example-bank.er/v1/menenet",
            "json": {"ናይ_ገጽ_ስእሊ": JPEG},
        },
        id="tigrinya-face-image-geez",
    ),
    pytest.param(
        {
            "url": "https://api.example-baankii.et/v1/mirkaneessuu",
            "json": {"fuula_suuraa": JPEG},
        },
        id="oromo-face-image",
    ),
    pytest.param(
        {
            "url": "https://api.example-ego.ng/v1/nyocha",
            "json": {"ihu_foto": JPEG},
        },
        id="igbo-face-image",
    ),
    pytest.param(
        {
            "url": "https://api.example-bank.kg/v1/kattoo",
            "json": {"bet_ulgusu": _float32_b64(7)},
        },
        id="kyrgyz-face-template",
    ),
]


@pytest.mark.parametrize("example", NEW_LANGUAGES)
def test_faces_and_voices_named_in_the_new_languages(engine: Engine, example: dict) -> None:
    assert _biometric(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"rostro_edad_estimada": 29, "rostro_emocion": "alegre", "puntuacion": 7.2},
        {"wyneb_oed_amcan": 41, "wyneb_emosiwn": "niwtral"},
        {"aghaidh_mothuchan": "sasta", "aghaidh_gaire": 0.61},
    ],
)
def test_face_traits_named_in_any_language(engine: Engine, body: dict) -> None:
    example = {"url": "https://api.example-app.eu/v1/events", "json": {"props": body}}
    assert "biometric.face_named_traits.multilingual" in _biometric(engine, example)


def test_facetec_photo_id_match_sends_the_id_portrait(engine: Engine) -> None:
    example = {
        "url": "https://kyc.example-wallet.ke/facetec/match-3d-2d-idscan",
        "json": {"externalDatabaseRefID": "u-77", "idScan": "QUJD", "idScanFrontImage": JPEG},
    }
    assert "biometric.facetec_idscan_match" in _biometric(engine, example)


def test_a_voiceprint_the_server_returns(engine: Engine) -> None:
    example = {
        "url": "https://api.example-banca.es/voz/v1/huella",
        "method": "GET",
        "response": {"json": {"huella_vocal": _speaker_vector(8)}},
    }
    assert "biometric.named_biometric.response" in _biometric(engine, example)


PEOPLE_BESIDE_ART_AND_MUSIC = [
    pytest.param(
        {
            "url": "https://api.example-arts.app/v1/art-selfie/match",
            "json": {"selfie": JPEG, "collection": "paintings"},
        },
        id="a-selfie-matched-to-paintings-is-the-users",
    ),
    pytest.param(
        {
            "url": "https://tickets.example-museum.org/v2/entry/face-check",
            "json": {"faceTemplate": _float32_b64(9), "gate": "north"},
        },
        id="a-museum-entry-gate-checks-a-visitor",
    ),
    pytest.param(
        {
            "url": "https://api.example-music-school.de/v1/login/voice",
            "json": {"speaker_embedding": _speaker_vector(10), "user": "schueler-3"},
        },
        id="a-music-school-voice-login",
    ),
    pytest.param(
        {
            "url": "https://api.example-kyc.com/v1/verification/documents",
            "headers": {"content-type": "multipart/form-data; boundary=p1"},
            "body": _multipart(
                "p1",
                [
                    ("purpose", None, None, "identity verification"),
                    ("file", "portrait.jpg", "image/jpeg", "JFIFDATA"),
                ],
            ),
        },
        id="a-portrait-beside-a-verification-purpose",
    ),
]


@pytest.mark.parametrize("example", PEOPLE_BESIDE_ART_AND_MUSIC)
def test_a_persons_face_or_voice_beside_art_or_music_is_still_read(
    engine: Engine, example: dict
) -> None:
    assert _biometric(engine, example)


def test_artworks_instruments_sung_notes_and_printed_portraits_are_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _biometric(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("painting", ARTWORK),
        ("maleri", ARTWORK),
        ("estatua", ARTWORK),
        ("painted-faces-v3", ARTWORK),
        ("oil on canvas", ARTWORK),
        ("instrument", INSTRUMENT),
        ("gitarre", INSTRUMENT),
        ("paintingOwnerSelfie", PERSON),
        ("museum", None),
        ("canvas", None),
        ("icon", None),
        ("portrait", None),
    ],
)
def test_the_subject_a_key_names(text: str, subject: str | None) -> None:
    assert text_subject(text) == subject
