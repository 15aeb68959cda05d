"""Round 48 (held-out sets 147, 148, 151, 153), device-id recall: families, not one set's
spellings.

- a header named for the person an app serves without an account (`x-<app>-listener`,
  `x-<app>-viewer-id`, `x-guest-id`, `x-anon-id`, the listener in the app's language)
  holding an id the phone minted;
- a device or install header without the retired `x-` prefix (`client-device`,
  `user-device`, `<app>-install`);
- a device key or token header in the exchange that carries the handset's own hardware
  ids (a bank's device registration or risk check), which the session then follows;
- Pushe's install id (`pid`, `pushe_id`) in the push SDK's calls to its service.

Hard negatives (viewer counts, a server's guest token, client hints, a face-scan SDK's
licence, per-request signatures, a shop's `pid`) are in
fixtures/negatives/negatives_round154_devR.jsonl. Every example is written for this test;
none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.session_values import SessionValues
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round154_devR.jsonl"


def _found(engine: Engine, example: dict) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


POSITIVES: list[tuple[str, dict]] = [
    (
        "device_id.header_accountless_person_id",
        {
            "note": "a podcast app's listener id header on a feed call",
            "url": "https://api.example-kuwentuhan.ph/v3/feed?lang=tl",
            "headers": {"x-kwento-listener": "4b7e0c2a-19d3-4f68-a5c1-e2d09b7f3a64"},
        },
    ),
    (
        "device_id.header_accountless_person_id",
        {
            "note": "a film app's viewer id header with a short type prefix",
            "url": "https://api.example-sinema.com.tr/v1/vitrin",
            "headers": {"x-sinema-viewer-id": "v_91c3e07a5b2d48f6e1a0"},
        },
    ),
    (
        "device_id.header_accountless_person_id",
        {
            "note": "a marketplace's guest id before sign-in",
            "url": "https://api.example-soko.co.ke/v2/bidhaa?page=2",
            "headers": {"x-soko-guest-id": "e03b9d7c51a24f86b0c2"},
        },
    ),
    (
        "device_id.header_accountless_person_id",
        {
            "note": "an anonymous id header on a news app's article call",
            "url": "https://api.example-zeitung.de/v1/artikel/88213",
            "headers": {"x-anon-id": "c7a1f04e-2b9d-4e35-8061-d5f3b2a9e7c0"},
        },
    ),
    (
        "device_id.header_accountless_person_id",
        {
            "note": "the listener in German after the station app's name",
            "url": "https://api.example-welle.de/v1/sendungen",
            "headers": {"x-welle-hoerer": "8f2d6b1e0a7c4935d2e1"},
        },
    ),
    (
        "device_id.header_accountless_person_id",
        {
            "note": "the listener in French on a podcast app",
            "url": "https://api.example-balado.fr/v2/episodes/recents",
            "headers": {"x-balado-auditeur": "0e9c4a7b-3d21-4f58-b6a0-c1e7d2f9a843"},
        },
    ),
    (
        "device_id.header_name",
        {
            "note": "a video app's device header without the x- prefix",
            "url": "https://api.example-video.vn/v1/trang-chu",
            "headers": {"user-device": "5a0f3c8e-d71b-4e26-9c04-b8e2a1f7d359"},
        },
    ),
    (
        "device_id.header_name",
        {
            "note": "an app-named install header without the x- prefix",
            "url": "https://api.example-haber.com.tr/v2/manset",
            "headers": {"haber-install": "k7Qm2Zx9Lp4Rt8Vw1Yb6"},
        },
    ),
    (
        "device_id.device_key_header_beside_hardware_ids",
        {
            "note": "a wallet's enrolment: a device token header and the handset's IMEI",
            "url": "https://api.example-cuzdan.com.tr/v1/cihaz/kayit",
            "method": "POST",
            "headers": {"x-cuzdan-device-token": "dt_4e81c07a2b9d3f56e0a1c7b8"},
            "json": {"imei": "490154203237518", "marka": "Samsung"},
        },
    ),
    (
        "device_id.device_key_header_beside_hardware_ids",
        {
            "note": "a bank's risk check: a device secret header and the build serial",
            "url": "https://api.example-bank.co.za/v3/risk/device",
            "method": "POST",
            "headers": {"device-secret": "1f6b0e9a7c3d4528b1e0c7f2a9d3e84561c0b7a2"},
            "json": {"serialNumber": "R58N93XKQ2P", "jailbroken": False},
        },
    ),
    (
        "device_id.pushe_install_id",
        {
            "note": "the push SDK's open report names the install",
            "url": "https://api.pushe.co/v2/opened",
            "method": "POST",
            "json": {"pid": "pid_7a0e-c41b93d2", "msg_id": "m-5501"},
        },
    ),
]


@pytest.mark.parametrize(("signature", "example"), POSITIVES, ids=[e["note"] for _, e in POSITIVES])
def test_family_positive(engine: Engine, signature: str, example: dict) -> None:
    assert ("device_id", signature) in _found(engine, example)


def test_device_key_header_is_followed_to_the_next_call(engine: Engine) -> None:
    """The key read beside the handset's ids is learned for the session, so the next call
    that carries only the header (a face check) is found too."""
    key = "7d0a3c91e52b48f6a1c07e9d3b25f4a8c6e1d902"
    registration = {
        "url": "https://api.example-banco.test/v2/aparelho/risco",
        "method": "POST",
        "headers": {"x-device-key": key},
        "json": {"android_id": "9c1e4a7b2d5f8036", "root": False},
    }
    face_check = {
        "url": "https://api.example-banco.test/v2/seguranca/face",
        "method": "POST",
        "headers": {"x-device-key": key},
        "json": {"selfie_ok": True},
    }
    assert not _found(engine, face_check)  # alone, the header is not read
    session = SessionValues()
    engine.analyse(example_exchange(registration), session, 0)
    later = engine.analyse(example_exchange(face_check), session, 1)
    assert any(f.signature == "learned:device_id" for f in later)


@pytest.mark.parametrize(
    "line", NEGATIVES.read_text(encoding="utf-8").splitlines(), ids=lambda line: line[:60]
)
def test_hard_negative(engine: Engine, line: str) -> None:
    example = json.loads(line)
    assert not _found(engine, example), example["note"]
