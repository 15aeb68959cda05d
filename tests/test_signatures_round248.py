"""Round 248 (set 248): a cruise ship's gangway, cabin TVs and crew MDM, in spellings and apps
the set never used.

Four families the library did not read, and one owner it did not know:

- a biometric probe image (the sample captured now, ISO/IEC 2382-37) sent for comparison
  and answered with a match verdict or score (biometric/probe-image-comparison-verdict);
- enrolled face templates answered by a face or enrolment path, an offline verifier's sync
  (biometric/template-vector-face-path-response);
- the channel a set-top box or a room's TV shows now, named, at a set-top-box or IPTV path
  (viewing_history/set-top-box-current-channel);
- an MDM enrolment's id sent by the enrolled phone to its device management service
  (device_id/mdm-enrollment-id);
- a song, its artist and the seconds heard in an analytics event's own parameters
  (viewing_history/song-heard-event-params, structures/song_event_params.py);
- a ship's gangway, the e-gate of a port call, is a premises unit (lexicon/unit_owner.yaml):
  its kiosks' and cameras' serials are the line's, not the tester's.

Precision: tests/fixtures/negatives/negatives_round248.jsonl (an ultrasound probe, a reverse
image search, a course's and an insurer's enrolments, a chat's current channel, a box's
channel slot, a gangway's cameras, a song shared or bought from an analytics event).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round248.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

# a JPEG's start (SOI, APP0 JFIF) and filler: what a capture's base64 looks like
JPEG_B64 = base64.b64encode(
    bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(range(256)) * 2 + b"\xff\xd9"
).decode()


def _template_b64(seed: int, size: int = 128) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 37 + seed * 11) % 97 - 48) / 400 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


PROBE_POSITIVES = [
    # a stadium turnstile's probe picture, answered with a verdict
    {
        "url": "https://turnstiles.example-arena.com/api/v4/entry/check",
        "method": "POST",
        "json": {"seasonTicket": "ST-4410", "probe": {"picture": JPEG_B64, "camera": "N-3"}},
        "response": _response({"isMatch": True, "matchScore": 0.93}),
    },
    # a bank branch's teller tablet sends probeSample as a data URI, answered with a threshold
    {
        "url": "https://branch.example-bank.pt/balcao/v2/identificar",
        "method": "POST",
        "json": {"cliente": "C-88", "probeSample": "data:image/jpeg;base64," + JPEG_B64},
        "response": _response({"verified": False, "threshold": 0.8, "similarity": 0.41}),
    },
]

TEMPLATE_RESPONSE_POSITIVES = [
    # a Spanish office's door terminals download the staff's templates (plantilla) by page
    {
        "url": "https://acceso.example-oficina.es/reconocimiento-facial/api/v2/personal?pagina=3",
        "method": "GET",
        "response": _response({"personal": [{"dni": "X-1", "plantilla": _template_b64(1)}]}),
    },
    # a stadium's enrolment sync answered with templates under an enrollment path
    {
        "url": "https://turnstiles.example-arena.com/api/v4/enrollment-sync?after=88120",
        "method": "GET",
        "response": _response(
            {
                "changes": [
                    {"holder": "ST-4410", "template": _template_b64(2), "quality": 0.9},
                    {"holder": "ST-4411", "template": _template_b64(3), "quality": 0.8},
                ]
            }
        ),
    },
]

CURRENT_CHANNEL_POSITIVES = [
    # a hospital's bedside TVs, each room's tuned channel, at an IPTV path
    {
        "url": "https://tv.example-hospital.org/iptv/rest/v1/endpoints?ward=B",
        "method": "GET",
        "response": _response(
            {
                "endpoints": [
                    {"bed": "B-12", "state": "on", "tuned_channel": "BBC Two"},
                    {"bed": "B-14", "state": "on", "tuned_channel": "Channel 4"},
                ]
            }
        ),
    },
    # a French home box reports the station it shows (chaineCourante) under an HbbTV path
    {
        "url": "https://api.example-box.fr/hbbtv/v3/etat",
        "method": "POST",
        "json": {"chaineCourante": "France 5", "veille": False},
    },
    # an Italian hotel's set-top boxes (canaleAttuale) on a status page
    {
        "url": "https://tv.example-albergo.it/settop/api/stato?piano=2",
        "method": "GET",
        "response": _response({"camere": [{"camera": "204", "canaleAttuale": "La7"}]}),
    },
]

ENROLMENT_POSITIVES = [
    # a UEM agent's check-in names the handheld by its enrolment id in a header
    {
        "url": "https://uem.example-retail.com/agent/v1/checkin",
        "method": "POST",
        "headers": {"x-mdm-enrollment-id": "c0ffee12-3456-4789-abcd-ef0123456789"},
        "json": {"battery": 54},
    },
    # an MDM path's command poll with the enrolment id in the body
    {
        "url": "https://devices.example-hospital.org/mdm/v2/commands/next",
        "method": "POST",
        "json": {"enrolmentId": "ENRL-9A8B7C6D5E4F3A2B1C0D", "os": "android"},
    },
]

SONG_PARAMS_POSITIVES = [
    # a Portuguese music app's Adjust partner params (faixa, cantor, segundos_ouvidos)
    {
        "url": "https://app.adjust.com/event",
        "method": "POST",
        "form": {
            "app_token": "zz81kq",
            "event_token": "m4n5b6",
            "partner_params": json.dumps(
                {"faixa": "Garota de Ipanema", "cantor": "Tom Jobim", "segundos_ouvidos": "163"}
            ),
        },
    },
    # an English podcast-and-music app's Amplitude event properties (track, artist, minutes)
    {
        "url": "https://api2.amplitude.com/2/httpapi",
        "method": "POST",
        "json": {
            "api_key": "k",
            "events": [
                {
                    "event_type": "t_9",
                    "event_properties": {
                        "track_id": "t-771",
                        "artist": "Nina Simone",
                        "minutes": 3,
                    },
                }
            ],
        },
    },
]


@pytest.mark.parametrize("example", SONG_PARAMS_POSITIVES, ids=lambda e: e["url"])
def test_a_song_heard_in_event_params_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.song_heard_event_params" in found, found


@pytest.mark.parametrize("example", PROBE_POSITIVES, ids=lambda e: e["url"])
def test_probe_image_with_a_verdict_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "biometric.probe_image.comparison_verdict" in signatures_found(engine, example, BIO)


@pytest.mark.parametrize("example", TEMPLATE_RESPONSE_POSITIVES, ids=lambda e: e["url"])
def test_templates_answered_by_a_face_or_enrolment_path_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.template_vector_face_path_response" in found, found


@pytest.mark.parametrize("example", CURRENT_CHANNEL_POSITIVES, ids=lambda e: e["url"])
def test_a_boxs_current_channel_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.set_top_box_current_channel" in found, found


@pytest.mark.parametrize("example", ENROLMENT_POSITIVES, ids=lambda e: e["url"])
def test_an_mdm_enrolment_id_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id.mdm_enrollment_id" in signatures_found(engine, example, DEV)


def test_a_phones_own_serial_away_from_a_gangway_stays_found(engine: Engine) -> None:
    """The gangway word vetoes a gangway's units only: the same device object posted by a
    phone's own companion app is still the tester's."""
    example = {
        "url": "https://api.example-watch.com/v1/devices/register",
        "method": "POST",
        "json": {"device": {"serialNumber": "R5CW88K1Q2Z", "model": "W-5"}},
    }
    assert signatures_found(engine, example, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
