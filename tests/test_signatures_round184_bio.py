"""Round 52 (biometric, held-out sets 177-184 worked): the face and voice in Armenian,
Georgian, Azerbaijani, Hungarian and Hebrew as their engineers romanise them (a
speaker's vector, a voice sample on an enrolment path, a face photo, an estimated age,
a head pose beside open eyes), open and closed eyes, blinks, heads and postures in
more languages, a border-control console fetching a rejected traveller's live
capture and chip portrait (each wrapped in an object), and, as a precision principle,
a tally of how many checks ended which way is an aggregate, no one's face.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.face_signals import face_verification
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round184_bio.jsonl"
_RNG = random.Random(52184)
WAV = "RIFF....WAVEfmt " + "x" * 200


def _blob(n: int = 300) -> str:
    return base64.b64encode(bytes(_RNG.getrandbits(8) for _ in range(n))).decode()


def _vector(size: int = 192) -> str:
    """A speaker embedding as float32 little-endian bytes in base64, as SDKs send it."""
    floats = [_RNG.gauss(0.0, 0.08) for _ in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *floats)).decode()


JPEG = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + _blob(400)


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict:
    body = ""
    for name, filename, ctype, data in parts:
        body += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        body += f'; filename="{filename}"' if filename else ""
        body += f"\r\nContent-Type: {ctype}\r\n" if ctype else "\r\n"
        body += "\r\n" + data + "\r\n"
    return {
        "method": "POST",
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


def _pose(yaw: float, pitch: float) -> dict:
    return {"yaw": yaw, "pitch": pitch}


# Each positive names no rule: the family is found when any biometric rule reads it.
POSITIVES: dict[str, dict] = {
    "Armenian speaker vector on a voice check (khosoghi vektor)": {
        "url": "https://api.example-bank.am/v2/anvtangutyun/dzayn/hamematum",
        "json": {"hashiv": "AM-2231", "khosoghi_vektor": _vector()},
    },
    "Armenian voice enrolment sample, multipart WAV (dzayn / grancum)": {
        "url": "https://api.example-telecom.am/biometria/dzayn/grancum",
        **_multipart([("hamar", None, None, "37491000000"), ("nmush", "a.wav", "audio/wav", WAV)]),
    },
    "Armenian face photo for a remote check (demqi lusankar)": {
        "url": "https://api.example-bank.am/v1/nuynakanacum/demq",
        "json": {"demqi_lusankar": JPEG, "hayt": "h-77"},
    },
    "Georgian voice verification sample (khma / shemowmeba)": {
        "url": "https://api.example-bank.ge/api/khma/shemowmeba",
        **_multipart([("nimushi", "x.wav", "audio/wav", WAV)]),
    },
    "Georgian face photo (sakhis surati)": {
        "url": "https://api.example-insurance.ge/v2/identifikacia",
        "json": {"sakhis_surati": JPEG, "polisi": "P-18"},
    },
    "Azerbaijani driver monitor: head pose beside eye openness under the face": {
        "url": "https://api.example-fleet.az/v3/reys/nezaret",
        "json": {
            "reys": "R-9",
            "uz": {"bas_pozasi": _pose(-11.0, 6.5), "goz_aciqligi": 0.21},
        },
    },
    "Hebrew face analysis: estimated age, head movement, open eyes": {
        "url": "https://api.example-insure.co.il/v1/zihuy/tahalich",
        "json": {
            "panim": {"gil_meshoar": 29, "tnuat_rosh": _pose(4.0, -2.0), "einayim_ptuchot": True}
        },
    },
    "Hebrew-script keys: an estimated age and a head posture beside closed eyes": {
        "url": "https://api.example-bank.co.il/v2/zihuy/bdika",
        "json": {"ניתוח": {"גיל_משוער": 38, "תנוחת_ראש": _pose(2.0, 8.0), "עיניים_עצומות": False}},
    },
    "Hebrew-script key: a face image (תמונת פנים) on a check": {
        "url": "https://api.example-bank.co.il/v2/zihuy/panim",
        "json": {"תמונת_פנים": JPEG, "lakoach": "L-5"},
    },
    "Hungarian liveness frames: head posture and eye openness per frame": {
        "url": "https://api.example-ugyfelkapu.hu/azonositas/v2/elo-ellenorzes",
        "json": {
            "kepkockak": [
                {"fejtartas": {"elfordulas": 12.0, "biccentes": 3.1}, "szem_nyitottsag": 0.4},
                {"fejtartas": {"elfordulas": -7.5, "biccentes": 1.0}, "szem_nyitottsag": 0.1},
            ]
        },
    },
    "Hungarian face analysis: an estimated age under the face": {
        "url": "https://api.example-bank.hu/v1/ellenorzes/eredmeny",
        "json": {"arcElemzes": {"becsultEletkor": 44, "szemuveg": False}},
    },
    "Hungarian selfie object holding a JPEG": {
        "url": "https://api.example-bank.hu/onboarding/v1/ugyfel/szelfi",
        "json": {"szelfi": {"kep": JPEG, "minoseg": 0.8}},
    },
    "Slovak eyes closed beside a head angle (more languages' eye states)": {
        "url": "https://api.example-drive.sk/v1/unava/vzorka",
        "json": {"hlavaUhol": _pose(20.0, -4.0), "ociZatvorene": True},
    },
    "Estonian head posture beside eyes shut": {
        "url": "https://api.example-ride.ee/v2/juht/vasimus",
        "json": {"pea_asend": _pose(-3.0, 9.0), "silmad_suletud": 0.7},
    },
    "Georgian live photo beside the ID card's photo (cocxali / piradobis)": {
        "url": "https://api.example-bank.ge/v1/klienti/daregistrireba",
        "json": {"cocxali_poto": JPEG, "piradobis_poto": JPEG, "klienti": "k-31"},
    },
    "Hungarian live image beside the ID card's photo (elokep / szemelyi)": {
        "url": "https://api.example-posta.hu/v2/ugyfel/azonositas",
        "json": {"elokep": JPEG, "szemelyiKep": JPEG},
    },
    "border console fetching a rejected traveller's live capture and chip photo": {
        "url": "https://api.example-border.lt/egates/v1/atmetimai/91ac/perziura",
        "method": "GET",
        "response": {
            "json": {
                "priezastis": "NO_MATCH",
                "liveCapture": {"data": JPEG},
                "chipPhoto": {"data": JPEG},
            }
        },
    },
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    assert _bio(engine, POSITIVES[name]), name


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 12


def test_an_outcome_tally_is_no_face_verification() -> None:
    per_flight = {"faceNoMatch": 4, "livenessFail": 0, "docUnreadable": 2}
    assert face_verification(per_flight) is None
    with_mean = {"faceMatchCount": 212, "faceNoMatchCount": 9, "avgSimilarity": 0.86}
    assert face_verification(with_mean) is None
    one_check = {"liveness": 0.97, "faceQuality": 0.8, "faceCount": 1}
    assert face_verification(one_check)


@pytest.mark.parametrize(
    ("word", "cls"),
    [("dzayn", "voice"), ("xosoghi", "speaker"), ("demqi", "face"), ("nmush", "recording"),
     ("grancum", "enrol"), ("stugum", "match"), ("khma", "voice"), ("sakhis", "face"),
     ("szelfi", "selfie"), ("eletkor", "trait_age"), ("becsult", "trait_estimated"),
     ("meshoar", "trait_estimated"), ("gil", "trait_age")],
)  # fmt: skip
def test_round52_biometric_words(word: str, cls: str) -> None:
    assert load("biometric").word(word) == cls


@pytest.mark.parametrize(
    ("word", "cls"),
    [("rosh", "head"), ("tnuat", "pose"), ("ptuchot", "eye_state"), ("nyitottsag", "eye_state"),
     ("aciqligi", "eye_state"), ("pozasi", "pose"), ("zatvorene", "eye_state"),
     ("suletud", "eye_state"), ("pislogas", "blink")],
)  # fmt: skip
def test_round52_capture_words(word: str, cls: str) -> None:
    assert load("identity_capture").word(word) == cls


def test_bare_azerbaijani_uz_and_hungarian_arc_are_no_face() -> None:
    lexicon = load("biometric")
    assert lexicon.word("uz") != "face"
    assert lexicon.word("arc") != "face"
