"""Round 50 (biometric, held-out sets 164, 168, 169): a liveness step's face analysis in
the app's language (head posture, eyes open, a face found), a voice-ID service named by
a voice word written together with `id`, and the veto on a selfie sent to be restyled
(a cartoon, a filter, a sticker: a picture comes back, no one is matched).

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round170_bio.jsonl"
_RNG = random.Random(50170)
_WAV = base64.b64encode(b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(range(200))).decode()


def _jpeg(size: int = 400) -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(_RNG.getrandbits(8) for _ in range(size))).decode()


def _multipart(parts: list[tuple[str, str, str, str]]) -> dict:
    """(name, filename, content type, content) parts as a request body."""
    chunks = []
    for name, filename, ctype, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        head = f"Content-Disposition: {disposition}\r\n"
        if ctype:
            head += f"Content-Type: {ctype}\r\n"
        chunks.append(f"--BB\r\n{head}\r\n{content}\r\n")
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=BB"},
        "body": "".join(chunks) + "--BB--\r\n",
    }


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


TRACKING = "biometric.face_tracking.telemetry"
VOICE_PATH = "biometric.voice_sample_path_multilingual"

POSITIVES = {
    "nl: a liveness step's head posture (one word) and eyes open": (
        {
            "url": "https://api.example-id.nl/v3/onboarding/camera-stap",
            "json": {"hoofdhouding": {"yaw": 5.2, "pitch": -3.9, "roll": 1.4}, "ogenOpen": 0.88},
        },
        TRACKING,
    ),
    "de: Kopfhaltung written together, eyes closed": (
        {
            "url": "https://api.example-versicherung.de/v1/video-ident/schritt",
            "json": {"kopfhaltung": {"yaw": -12.0, "pitch": 2.5}, "augenGeschlossen": 0.04},
        },
        TRACKING,
    ),
    "es: a face detected and the head's posture": (
        {
            "url": "https://api.example-credito.co/v2/alta/captura",
            "json": {"rostroDetectado": True, "posturaCabeza": {"yaw": 3.3, "pitch": 8.1}},
        },
        TRACKING,
    ),
    "pt: eyes open and the head's angle": (
        {
            "url": "https://api.example-banco.com.br/v1/cadastro/selfie-etapa",
            "json": {"olhosAbertos": True, "anguloCabeca": {"yaw": -4.0, "roll": 2.2}},
        },
        TRACKING,
    ),
    "sv: huvudvinkel compound and the eyes open": (
        {
            "url": "https://api.example-bank.se/v1/legitimering/steg",
            "json": {"huvudvinkel": {"yaw": 1.5, "pitch": -6.0}, "ogonOppna": 0.9},
        },
        TRACKING,
    ),
    "es: a voice-ID enrolment in three multipart takes (voz + id written together)": (
        {
            "url": "https://app.example-caja.mx/api/v1/vozid/alta-registro",
            **_multipart(
                [
                    ("toma1", "toma1.wav", "audio/wav", "RIFF-1"),
                    ("toma2", "toma2.wav", "audio/wav", "RIFF-2"),
                ]
            ),
        },
        VOICE_PATH,
    ),
    "en: audio posted to a voice-ID service path, no step named": (
        {
            "url": "https://cc.example-telco.com/api/v2/voiceid",
            "body_base64": _WAV,
            "headers": {"Content-Type": "audio/wav"},
        },
        VOICE_PATH,
    ),
    "it: a VoceID verification (voce + id written together)": (
        {
            "url": "https://api.example-banca.it/app/voceid/verifica",
            "body_base64": _WAV,
            "headers": {"Content-Type": "audio/wav"},
        },
        VOICE_PATH,
    ),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    example, rule = POSITIVES[name]
    assert rule in _bio(engine, example), name


# A selfie sent to be restyled and its twin sent to a check: the same upload, one word
# apart, so the veto (not a missing shape) is what silences the restyled one.
RESTYLE_TWINS = [
    # (restyled URL, checked URL, multipart parts)
    ("https://api.example-xiangji.cn/aigc/v2/katong", "https://api.example-xiangji.cn/kyc/v2/katong",
     [("image", "selfie.jpg", "image/jpeg", "JFIF")]),
    ("https://api.example-foto.es/v1/filtros/caricatura", "https://api.example-foto.es/v1/verificacion/caricatura",
     [("foto", "selfie_1.jpg", "image/jpeg", "JFIF")]),
    ("https://api.example-cam.jp/v1/nigaoe/generate", "https://api.example-cam.jp/v1/liveness/generate",
     [("photo", "selfie.jpg", "image/jpeg", "JFIF")]),
    ("https://api.example-app.de/v1/karikatur", "https://api.example-app.de/v1/abgleich",
     [("bild", "gesicht.jpg", "image/jpeg", "JFIF")]),
    ("https://api.example-app.com.tr/v1/cizgi-film/donustur", "https://api.example-app.com.tr/v1/kyc/donustur",
     [("resim", "yuz_selfie.jpg", "image/jpeg", "JFIF")]),
]  # fmt: skip


@pytest.mark.parametrize(("restyled", "checked", "parts"), RESTYLE_TWINS)
def test_restyle_veto_yields_to_a_check(
    engine: Engine, restyled: str, checked: str, parts: list
) -> None:
    assert not _bio(engine, {"url": restyled, **_multipart(parts)})
    assert _bio(engine, {"url": checked, **_multipart(parts)})


def test_style_part_beside_the_photo(engine: Engine) -> None:
    """A style part beside the photo names the restyling when the URL does not."""
    url = "https://api.example-selfie.app/v1/render"
    photo = ("image", "selfie.jpg", "image/jpeg", "JFIF")
    assert not _bio(engine, {"url": url, **_multipart([("style", "", "", "anime"), photo])})
    assert _bio(engine, {"url": url, **_multipart([("step", "", "", "liveness"), photo])})


def test_a_likeness_modelled_on_the_face_stays_found(engine: Engine) -> None:
    """An avatar generated from the selfie (or a model trained on selfies) models the
    face itself: the veto yields to it, as it yields to a check."""
    parts = [("style", "", "", "anime"), ("kao_gazo", "kao.jpg", "image/jpeg", "JFIF")]
    cartoon = {"url": "https://gw.example-chat.jp/manga/v2/generate", **_multipart(parts)}
    avatar = {"url": "https://gw.example-chat.jp/avatar/v2/generate", **_multipart(parts)}
    assert not _bio(engine, cartoon)
    assert _bio(engine, avatar)


def test_face_data_of_a_restyle_stays_found(engine: Engine) -> None:
    """Only photos are vetoed: the face analysis a filter sends stays biometric."""
    example = {
        "url": "https://api.example-xiangji.cn/effect/v2/lvjing/render",
        "json": {"style": "manhua", "headPose": {"yaw": 4.0, "pitch": 2.0}, "eyesOpen": 0.9},
    }
    assert TRACKING in _bio(engine, example)


def test_base64_selfie_to_a_toonify_service(engine: Engine) -> None:
    photo = _jpeg()
    toon = {"url": "https://api.example-toon.io/v1/toonify", "json": {"selfie": photo}}
    kyc = {"url": "https://api.example-toon.io/v1/verify/selfie", "json": {"selfie": photo}}
    assert not _bio(engine, toon)
    assert _bio(engine, kyc)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 15


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [("identity_capture", "houding", "pose"), ("identity_capture", "gevonden", "found"),
     ("identity_capture", "abiertos", "eye_state"), ("identity_capture", "huvud", "head"),
     ("restyle", "manhualian", "restyle"), ("restyle", "karikatur", "restyle"),
     ("restyle", "landmarks", "analysis"), ("restyle", "avatar", "likeness")],
)  # fmt: skip
def test_round50_words(lexicon: str, word: str, cls: str) -> None:
    assert load(lexicon).word(word) == cls
