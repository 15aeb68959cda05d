"""Round 47 (held-out sets 143 and 145), recall: families, not one set's spellings.

- a request header named by the KIND of device it carries (`x-tablet-id`, `x-band`,
  `x-watch-sn`) holding an id-shaped value;
- a serial number written serial-first, as head-first languages do (`serial_tablet`,
  `numero_serie_reloj`, `nomor_seri_tv`);
- a face template under an African language's face word (Swahili `uso`, Hausa `fuska`);
- liveness challenges written flat, each with the head's yaw and pitch or an eye blink;
- a continue-watching rail's rows, each a title and the position to resume it from;
- radio stations named in Indonesian, Malay and Swahili, and Javanese "already listened"
  in its spoken spelling, read by the listening detectors.

Hard negatives (a browser tab, a price band, a drone's yaw, a TV series code, a shop's
rows, a weather station) are in fixtures/negatives/negatives_round146_recall.jsonl.
Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import math
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round146_recall.jsonl"


def _face_vector(seed: int, size: int = 128) -> str:
    """A unit-norm float32 embedding in base64, as face SDKs send one."""
    rng = random.Random(seed)
    values = [rng.gauss(0, 1) for _ in range(size)]
    norm = math.sqrt(sum(v * v for v in values))
    return base64.b64encode(struct.pack(f"<{size}f", *(v / norm for v in values))).decode()


def _rows(body: dict) -> dict:
    return {"headers": {"content-type": "application/json"}, "body": json.dumps(body)}


def _found(engine: Engine, example: dict) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


POSITIVES = [
    (
        "device_id.header_device_type_noun",
        {
            "note": "a Nigerian fitness app names the paired band's Bluetooth address",
            "url": "https://api.example-fit.ng/v2/steps",
            "method": "POST",
            "headers": {"x-fitband-id": "D4F01A22B97C"},
            "json": {"steps": 6120},
        },
    ),
    (
        "device_id.header_device_type_noun",
        {
            "note": "a kids' reading app sends the tablet's Android ID under x-tab-id",
            "url": "https://api.example-hadithi.co.ke/v1/vitabu/maendeleo",
            "method": "POST",
            "headers": {"x-tab-id": "a4c19e07b3d25f81"},
            "json": {"kitabu": "k-12", "ukurasa": 9},
        },
    ),
    (
        "device_id.header_device_type_noun",
        {
            "note": "a Mexican watch app's Android ID under a bare reloj header",
            "url": "https://api.example-pulso.mx/v1/ritmo",
            "headers": {"x-reloj": "5e0c7b19a2d84f36"},
        },
    ),
    (
        "device_id.serial_then_thing_key",
        {
            "note": "a Malay karaoke app posts the tablet's serial serial-first",
            "url": "https://api.example-lagu.my/v1/sesi",
            "method": "POST",
            "json": {"serial_tablet": "R83M20ZKQ4P", "pengguna": "u-77"},
        },
    ),
    (
        "device_id.serial_then_thing_key",
        {
            "note": "an Indonesian TV app's serial under nomor_seri_tv",
            "url": "https://api.example-tv.id/v1/aktivasi",
            "method": "POST",
            "json": {"nomor_seri_tv": "LG55UQ8040X2"},
        },
    ),
    (
        "biometric.face_word_african_template",
        {
            "note": "a Tanzanian wallet's face template under Swahili uso",
            "url": "https://api.example-mkoba.co.tz/v1/thibitisha",
            "method": "POST",
            "json": {"mteja": "T-1180", "uso_embedding": _face_vector(11)},
        },
    ),
    (
        "biometric.face_word_african_template",
        {
            "note": "a Kenyan SACCO app's face vector under Swahili uso and vekta",
            "url": "https://api.example-chama.co.ke/v1/ingia",
            "method": "POST",
            "json": {"uso_vekta": _face_vector(12), "simu": "07xx"},
        },
    ),
    (
        "biometric.liveness_head_pose_frames",
        {
            "note": "Indonesian liveness challenges: the head's yaw and pitch per action",
            "url": "https://api.example-ekyc.id/v2/hidup/hasil",
            "method": "POST",
            "json": {
                "langkah": [
                    {"gerakan": "kiri", "yaw_kepala": 27.5, "pitch_kepala": -4.1},
                    {"gerakan": "kanan", "yaw_kepala": -25.0, "pitch_kepala": -3.2},
                ]
            },
        },
    ),
    (
        "biometric.liveness_head_pose_frames",
        {
            "note": "English challenges with a blink flag beside bare yaw and pitch",
            "url": "https://api.example-kyc.com/v1/liveness/complete",
            "method": "POST",
            "json": {
                "challenges": [
                    {"action": "turn_left", "yaw": 22.0, "pitch": -6.0, "eyes_blinked": False},
                    {"action": "blink", "yaw": 1.5, "pitch": -2.0, "eyes_blinked": True},
                    {"action": "turn_right", "yaw": -24.0, "pitch": -5.5, "eyes_blinked": False},
                ]
            },
        },
    ),
    (
        "viewing_history.continue_rail_resume_rows",
        {
            "note": "an Indonesian continue-watching rail, judul and posisi per row",
            "url": "https://api.example-nonton.id/beranda/lanjutkan-menonton",
            "response": _rows(
                {
                    "baris": [
                        {"judul": "Tukang Ojek", "posisi": 1312},
                        {"judul": "Preman", "posisi": 64},
                    ]
                }
            ),
        },
    ),
    (
        "viewing_history.station_listen_session",
        {
            "note": "a Malay radio app's listening log: station, start and how long",
            "url": "https://api.example-radio.my/log/dengar",
            "method": "POST",
            "form": {"stesen": "era-fm", "mula": "1727748039273", "lama_dengar": "840"},
        },
    ),
]


@pytest.mark.parametrize(("signature", "example"), POSITIVES, ids=[e["note"] for _, e in POSITIVES])
def test_family_positive(engine: Engine, signature: str, example: dict) -> None:
    category = signature.split(".", 1)[0]
    assert (category, signature) in _found(engine, example)


def test_javanese_already_listened_list(engine: Engine) -> None:
    """`wis_dirungokke` (spoken Javanese "already listened to") over rows of songs."""
    example = {
        "url": "https://api.example-gending.id/v1/riwayat",
        "method": "POST",
        "json": {"wis_dirungokke": [{"lagu": "t-88", "irah_irahan": "Caping Gunung",
                                     "suwene_detik": 212, "wektu": 1727748000000}]},
    }  # fmt: skip
    assert any(cat == "viewing_history" for cat, _ in _found(engine, example))


@pytest.mark.parametrize(
    "line", NEGATIVES.read_text(encoding="utf-8").splitlines(), ids=lambda line: line[:60]
)
def test_hard_negative(engine: Engine, line: str) -> None:
    example = json.loads(line)
    assert not _found(engine, example), example["note"]
