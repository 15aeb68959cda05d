"""Round 66: precision gaps met while working sets 256 and 263: look-alikes the library
reported, made silent narrowly.

- A musician's tuner or practice app keeps "tunes" (tuning presets, tunes practised, a
  tuning session on an audio interface's input): rows with a name, a moment and a duration,
  posted to `/tunes` or `/tuning`, read as a TV's tuning log by
  `viewing_history.channel_tuning_rows` and `channel_switch_report` (and, with `tunedAt`
  beside a `channel`, `linear_tv_watch_time`). A row naming an instrument, its strings or a
  pitch is an instrument's tuning, and a channel of audio hardware (`inputChannel`,
  `midiChannel`) names no broadcast channel (exfilwatch/detect/structures/channel_logs.py).
- A Turkish or Tatar bank transfer names its recipient `alıcı` (Turkish "recipient", also
  a satellite receiver), holding an account number, a card number or an IBAN:
  `device_id.receiver_noun_id` now leaves transfer and payment paths (havale, EFT, ödeme,
  küçerü), Turkish and Tatar amount and currency words (miktar, para birimi, döviz, küləm,
  valyuta) and IBANs of 20 characters or fewer alone.

A TV box's `{ch, name, start, end}` row stays a tuning: `ch` is the box's channel number.
Precision: tests/fixtures/negatives/negatives_round66_precision.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round66_precision.jsonl"
TOUCHED = {
    "viewing_history.channel_tuning_rows",
    "viewing_history.channel_switch_report",
    "viewing_history.linear_tv_watch_time",
    "device_id.receiver_noun_id",
}

POSITIVES = [
    (
        "viewing_history.channel_tuning_rows",
        {
            "url": "https://iptv.example-telco.test/api/v1/tunes/log",
            "method": "POST",
            "json": {
                "tunes": [
                    {
                        "channelName": "Sky News",
                        "startTime": "2025-03-04T07:10:00Z",
                        "endTime": "2025-03-04T07:55:00Z",
                    },
                    {
                        "channelName": "BBC One",
                        "startTime": "2025-03-04T08:00:00Z",
                        "durationSec": 1800,
                    },
                ]
            },
        },
    ),
    (
        "viewing_history.channel_switch_report",
        {
            "url": "https://api.example-livetv.test/v3/tuning",
            "method": "POST",
            "json": {
                "channelName": "City News 24",
                "audioChannel": "stereo",
                "tunedAt": "2025-03-04T07:10:00Z",
                "dwellSec": 620,
            },
        },
    ),
    (
        "viewing_history.linear_tv_watch_time",
        {
            "url": "https://stb-telemetry.example-cable.test/report",
            "method": "POST",
            "form": {"channel_number": "101", "watch_duration": "1800", "stb": "stb-22"},
        },
    ),
    (
        "device_id.receiver_noun_id",
        {
            "url": "https://api.example-uydu.test/v1/izleme",
            "method": "POST",
            "json": {"alici_seri": "TX55A9021877", "kanal": "TRT 1", "saniye": 900},
        },
    ),
    (
        "device_id.receiver_noun_id",
        {
            "url": "https://hc.example-broadcaster.test/v1/tuning/log",
            "method": "POST",
            "json": {"receiver": "3f9e2c71a0b84d56", "rows": [{"sid": 1024, "secs": 1810}]},
        },
    ),
]


@pytest.mark.parametrize(("rule", "example"), POSITIVES)
def test_touched_rule_still_fires(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in signatures_found(engine, example, {rule.split(".")[0]}), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:50])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, {"viewing_history", "device_id", "biometric"})
    assert not found, (example["note"], found)
    assert not found & TOUCHED
