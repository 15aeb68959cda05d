"""Round 59 (sets 59-60), biometric: a gym's face-turnstile enrolment (a photo under
`fotoAcesso` posted to `/membros/biometria-facial`, a path that names facial
biometrics in Portuguese), unico / Acesso's CreateProcess (`subject`, `onlySelfie`,
`imagebase64`) and Smile ID's typed image list (`partner_params` beside `images` with
`image_type_id` 2 / 4 / 6). The look-alikes stay quiet: a facial-treatment booking,
plant and text recognition, a gym's QR code and logo, articles about facial
biometrics, profile photos, ID documents for OCR, Smile ID jobs with ID card images
alone, and shops' and recipes' typed image lists."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_image_types import typed_kyc_images
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round59_biometric.jsonl"
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAABjFN6iPbC4cQEplrZo1YtcbcDw1Y9vc9iW5AvXNGERRYfxd3FyNxcTw9psom1h"
    "gN58q454ftgz9/HvriajSNKikl4K8rmjE165WCBAhCknwy++KiVC0YuaXbgwjeKJqHl4nwWhsMlkBvmD2A2RQRhe"
)

POSITIVES = [
    (
        "biometric.face_image.recognition_path_photo",
        {
            "url": "https://app.example-gym.com.br/api/membros/biometria-facial",
            "method": "POST",
            "json": {"fotoAcesso": JPEG, "unidade": "Centro"},
        },
    ),
    (
        "biometric.face_image.recognition_path_photo",
        {
            "url": "https://porte.example-bureau.fr/api/reconnaissance-faciale/enrolement",
            "method": "POST",
            "json": {"photoBadge": JPEG},
        },
    ),
    (
        "biometric.face_image.recognition_path_photo",
        {
            "url": "https://brama.example-silownia.pl/api/czlonkowie/7/rozpoznawanie-twarzy",
            "method": "POST",
            "json": {"zdjecie": JPEG},
        },
    ),
    (
        "biometric.face_image.identity_process_selfie",
        {
            "url": "https://crediario.example-acesso.io/services/v3/AcessoService.svc/processes",
            "method": "POST",
            "json": {
                "subject": {"Code": "12345678909", "Name": "ANA"},
                "onlySelfie": True,
                "imagebase64": JPEG,
            },
        },
    ),
    (
        "biometric.face_image.typed_kyc_images",
        {
            "url": "https://api.example-smile.com/v1/upload",
            "method": "POST",
            "json": {
                "partner_params": {"job_id": "j", "user_id": "u", "job_type": 2},
                "images": [
                    {"image_type_id": 2, "image": JPEG},
                    {"image_type_id": 4, "image": JPEG},
                ],
            },
        },
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round59_shapes_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round59_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("code", "face"),
    [(0, True), (2, True), ("2", True), (4, True), (6, True), (1, False), (3, False), (7, False)],
)
def test_typed_images_read_only_selfie_and_liveness_codes(code: object, face: bool) -> None:
    """A selfie (0 / 2) or liveness (4 / 6) code on an image is a face; the ID card
    codes (1 / 3 / 5 / 7) are not."""
    job = {"partner_params": {"job_id": "j", "job_type": 1}}
    found = typed_kyc_images({**job, "images": [{"image_type_id": code, "image": JPEG}]})
    assert bool(found) is face


def test_typed_images_need_a_job() -> None:
    images = [{"image_type_id": 2, "image": JPEG}]
    assert typed_kyc_images({"partner_params": {"job_id": "j"}, "images": images})
    assert typed_kyc_images({"partner_params": {"user_id": "u"}, "images": images}) is None
    assert typed_kyc_images({"images": images}) is None
    assert (
        typed_kyc_images({"partner_params": {"job_id": "j"}, "images": [{"image": JPEG}]}) is None
    )
