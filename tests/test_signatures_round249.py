"""Round 64 (set 249): Gujarati viewing words, singular time units, a listen's time as a
played amount, a plural face-match resource's percentage, an in-person verification
capture and a channel named with when it was watched, in spellings and apps the set never
used.

- Words (exfilwatch/detect/lexicon/viewing.yaml): Gujarati `joyo` (watched), `sambhalya` /
  `sambhalyo` (listened), `taajetar` (recently), `dhabkar` (heartbeat), `sharuat` (started),
  `kyare` (when).
- A unit in the singular after a timed word (`watched_minute`, `sambhalyo_minute`) is the
  unit (structures/playback_words.py `_SUFFIX_UNITS`).
- An analytics event for a piece with the act's time (`listen_ms`, `watch_time`) is a piece
  played (structures/measured_plays.py `_param_kind`), in the protobuf and JSON forms.
- A face-comparison resource in the plural with a score named for the comparison and sent
  as a percentage in text (biometric.face_compare.path_verdict, face_outputs.py).
- A video or photo under a part named for in-person verification or video KYC
  (biometric.kyc_in_person_verification_capture).
- A channel named with one moment under a watched key (viewing_history.channel_watched_moment,
  structures/channel_watched_moments.py).

Precision: tests/fixtures/negatives/negatives_round249.jsonl (a shop's `joyo` jewel, a
hospital's heartbeat, a bank's IPv6 form, a PAN card in video KYC, a play's second act...).
Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round249.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _field(number: int, payload: bytes | str | int) -> bytes:
    """One protobuf field: a varint for an int, length-delimited for text or bytes."""
    if isinstance(payload, int):
        return _varint(number << 3) + _varint(payload)
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _measurement_bundle(name: str, params: dict[str, str | int]) -> str:
    """A Firebase Analytics upload (app-measurement.com/a) holding one event, base64: the
    bundle {1: 1, 2: event}, the event {1: param..., 2: name, 3: ms}, a param {1: name, 2:
    text | 3: number}, as the SDK writes it without a schema."""
    rows = b"".join(
        _field(1, _field(1, key) + _field(3 if isinstance(value, int) else 2, value))
        for key, value in params.items()
    )
    event = rows + _field(2, name) + _field(3, 1743600000000)
    bundle = _field(1, 1) + _field(2, event) + _field(8, "android")
    return base64.b64encode(_field(1, bundle)).decode()


def _multipart(part: str, filename: str, media: str, extra: dict[str, str]) -> dict[str, Any]:
    """A multipart body with text fields and one file part."""
    fields = "".join(
        f'--XB\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
        for k, v in extra.items()
    )
    file_part = (
        f'--XB\r\nContent-Disposition: form-data; name="{part}"; filename="{filename}"\r\n'
        f"Content-Type: {media}\r\n\r\nCAPTURE-bytes\r\n--XB--\r\n"
    )
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": fields + file_part,
    }


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("joyo", ("watched",)),
        ("sambhalyo", ("listened",)),
        ("taajetarna", ("recently",)),
        ("dhabkar", ("heartbeat",)),
        ("sharuaat", ("started",)),
        ("kyaare", ("at",)),
        ("watched_minute", ("watched", "minutes")),
        ("sambhalyo_minute", ("listened", "minutes")),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


GUJARATI_POSITIVES = [
    # a devotional radio app's session: station, when it started, minutes listened
    {
        "url": "https://api.example-bhakti.in/v2/kendra/session-poorn",
        "method": "POST",
        "json": {
            "station_naam": "Sant Vani",
            "sharuaat": "2025-04-02T06:10:00+05:30",
            "sambhalyo_minute": 42,
        },
    },
    # a film app's Adjust partner params: the film and the minutes watched (joyo)
    {
        "url": "https://app.adjust.com/event",
        "method": "POST",
        "form": {
            "app_token": "gj8k2m",
            "event_token": "e77",
            "partner_params": json.dumps(
                {"film": "Chhello Divas", "film_id": "f-31", "joyo_minutes": 96}
            ),
        },
    },
    # a music app's recently heard songs dated with kyaare
    {
        "url": "https://api.example-sur.in/v3/me/taajetarna-geeto",
        "method": "GET",
        "response": _response(
            {
                "taajetarna": [
                    {
                        "geet": "Tara Vina Shyam",
                        "gayak": "Aishwarya Majmudar",
                        "kyaare": "2025-04-02T07:01:00+05:30",
                    },
                    {
                        "geet": "Mor Bani Thanghat Kare",
                        "gayak": "Aditya Gadhvi",
                        "kyaare": "2025-04-02T07:06:00+05:30",
                    },
                ]
            }
        ),
    },
    # a kabaddi stream's keep-alive at a Gujarati heartbeat path with seconds watched
    {
        "url": "https://api.example-kabaddi.in/v1/live/dhabkaro",
        "method": "POST",
        "json": {
            "match_id": 501,
            "match": "Gujarat Giants vs Puneri Paltan",
            "watched_second": 1260,
        },
    },
]


@pytest.mark.parametrize("example", GUJARATI_POSITIVES, ids=lambda e: e["url"])
def test_gujarati_and_singular_unit_positive_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


LISTEN_TIME_POSITIVES = [
    # protobuf bundle: a track play with its title and the milliseconds listened
    {
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": _measurement_bundle(
            "track_play", {"track_title": "Kesariya Balam", "listen_ms": 184000}
        ),
    },
    # Measurement Protocol JSON: an episode play with the time watched
    {
        "url": "https://www.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=s",
        "method": "POST",
        "json": {
            "app_instance_id": "5f0c2d1e9a8b7c6d5e4f3a2b1c0d9e8f",
            "events": [
                {"name": "episode_play", "params": {"episode_id": "ep-12", "watch_time": 1312}}
            ],
        },
    },
]


@pytest.mark.parametrize("example", LISTEN_TIME_POSITIVES, ids=lambda e: e["url"][:40])
def test_listen_time_event_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert any("measurement" in rule for rule in found), found


FACE_MATCH_POSITIVES = [
    {
        "url": "https://kyc.example-nbfc.in/api/v1/applicants/a-5/facecomparisons",
        "method": "POST",
        "json": {
            "left": "https://files.example-nbfc.in/1",
            "right": "https://files.example-nbfc.in/2",
        },
        "response": _response({"data": {"isSame": True, "matchPercent": "81.5%"}}),
    },
    {
        "url": "https://api.example-ekyc.in/v2/face-matches",
        "method": "POST",
        "json": {"selfie_ref": "s-1", "photo_ref": "p-1"},
        "response": _response({"answer": {"matched": False, "similarity_score": "42 %"}}),
    },
]


@pytest.mark.parametrize("example", FACE_MATCH_POSITIVES, ids=lambda e: e["url"])
def test_plural_face_match_percentage_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "biometric.face_compare.path_verdict" in signatures_found(engine, example, BIO)


IPV_POSITIVES = [
    {
        "url": "https://api.example-demat.in/onboarding/step/7",
        "method": "POST",
        **_multipart("ipvRecording", "r.mp4", "video/mp4", {"otp": "5521", "lat": "23.02"}),
    },
    {
        "url": "https://vcip.example-smallbank.in/v1/calls/c-8/evidence",
        "method": "POST",
        **_multipart("v_cip_customer_frame", "f.jpg", "image/jpeg", {"call": "c-8"}),
    },
]


@pytest.mark.parametrize("example", IPV_POSITIVES, ids=lambda e: e["url"])
def test_in_person_verification_capture_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.kyc_in_person_verification_capture" in found, found


CHANNEL_POSITIVES = [
    # a DTH box's last channel in a response, with when it was watched until
    {
        "url": "https://mw.example-dth.in/box/v3/power-on",
        "method": "GET",
        "response": _response(
            {"lcn": 201, "serviceName": "TV9 Gujarati", "watched_till": "2025-04-02T23:10:00+05:30"}
        ),
    },
    # a radio app's profile: the station last listened to and when (Gujarati keys)
    {
        "url": "https://api.example-akashvani.in/v1/profile/chhellu",
        "method": "PUT",
        "json": {"channel_naam": "Vividh Bharati Rajkot", "sambhalyo_samay": 1743562800},
    },
]


@pytest.mark.parametrize("example", CHANNEL_POSITIVES, ids=lambda e: e["url"])
def test_channel_watched_moment_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.channel_watched_moment" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
