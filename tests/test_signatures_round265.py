"""Round 66 (set 265): Belarusian and Lithuanian apps, a Huawei-family IPTV box and Gemius.

What was missing, and what was chosen:

- Belarusian viewing words, Cyrillic as the key reader spells it and Łacinka: `перадача` /
  `pieradača` (programme), `прагляд` / `prahliad` (viewing), `пазіцыя` / `pazicyja`
  (position), `гісторыя` / `historyja` (history), `працягласць` (duration)
  (exfilwatch/detect/lexicon/viewing.yaml); with them a TV app's heartbeat, its
  continue-watching list and an AppMetrica event's JSON value read as any language's do;
- a custom event named in the app's language for a piece heard or watched, with the piece
  and a position in it (Branch's `/v2/event/custom`, `custom_data` string values:
  viewing_history/custom-event-named-piece-position, structures/named_event_positions.py);
- a set-top box's reports to IPTV middleware of the Huawei family, whose every interface is
  under `/EPG/` (the tuning-log rules keep guide paths out): one channel reported started
  (`ReportChannel`, viewing_history/iptv-middleware-channel-play-report,
  structures/channel_reports.py) and an uploaded channel log (`ChannelLog`,
  viewing_history/iptv-middleware-channel-log);
- Belarusian `прылада` / `prylada` (device) and `ідэнтыфікатар` (identifier)
  (lexicon/device.yaml), so `klučPrylady` is a device key;
- Belarusian `tvar` (face), also Czech and Slovak "shape", as an ambiguous face word
  (lexicon/biometric.yaml), read over a burst of camera frames (biometric/ambiguous-face-frames,
  structures/face_frames.py) as well as beside a template word;
- Gemius: the hit's `id` is the publisher's script identifier and stays unread; the app
  SDK's install id under its own user-id key (`gemiusAppUID`) is read on Gemius hosts
  (device_id/gemius-user-cookie).

Left out: Belarusian `žyvy` (alive) as a liveness word (it is also "live" of a live
broadcast). Precision: tests/fixtures/negatives/negatives_round265.jsonl (a Czech shop's
and a drawing tool's shapes, a shop's device product, a TV guide, a map position, a shop's
and a download's Branch events, a chart place, a chat's channel report and log, a hotel
guide under /EPG/, a Gemius hit without a user id, a news app's reading history).

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

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round265.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _jpeg(seed: int) -> str:
    """A small JPEG-framed payload as base64, as a camera frame is sent."""
    body = bytes((i * 37 + seed * 11) % 251 for i in range(420))
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + body + b"\xff\xd9").decode()


VIEWING_POSITIVES = [
    # a Belarusian TV app's heartbeat: the programme, channel and position (Cyrillic keys)
    {
        "url": "https://api.example-tele.by/v3/player/puls",
        "method": "POST",
        "json": {
            "прагляд": {
                "перадача": "m-480",
                "назва": "Вячэрні выпуск",
                "пазіцыя": 915,
                "працягласць": 2400,
            }
        },
    },
    # the app's continue-watching list answered with programmes and positions
    {
        "url": "https://api.example-tele.by/v3/profil/praciahnuc",
        "method": "GET",
        "response": {
            "json": {
                "гісторыя": [
                    {"перадача": "m-1", "назва": "Фільм", "пазіцыя": 640},
                    {"перадача": "m-2", "назва": "Серыял", "пазіцыя": 1210},
                ]
            }
        },
    },
    # a Lithuanian radio app's Branch custom event: the programme heard and the position
    {
        "url": "https://api2.branch.io/v2/event/custom",
        "method": "POST",
        "json": {
            "name": "laida_perklausyta",
            "custom_data": {"laida": "Vakaro garsai", "pozicija": "1725"},
        },
    },
    # a Huawei-family IPTV box reports a channel started, under the middleware's EPG prefix
    {
        "url": "http://mw.example-telekom.lv/EPG/JSON/ReportChannel",
        "method": "POST",
        "json": {
            "action": "0",
            "channelID": "7",
            "channelName": "LTV1",
            "startTime": 1764500000000,
        },
    },
    # the same box's XML channel log, Russian keys in Latin letters
    {
        "url": "http://mw.example-telekom.lv:33200/EPG/XML/ChannelLog",
        "method": "POST",
        "headers": {"content-type": "text/xml"},
        "body": '<ChannelLog><zapis kanal="LTV1" nachalo="2025-11-03T18:00:00Z" '
        'dlitelnost="1500"/><zapis kanal="TV3" nachalo="2025-11-03T18:25:00Z" '
        'dlitelnost="700"/></ChannelLog>',
    },
]

DEVICE_POSITIVES = [
    # a Belarusian bank's device key, Łacinka, camelCase
    {
        "url": "https://api.example-bank.by/v1/uvachod",
        "method": "POST",
        "json": {"klučPrylady": "9b1de0c4-2f7a-4c61-8e53-0a6f4d2b71c9", "mova": "be"},
    },
    # the same in Cyrillic: the device's identifier
    {
        "url": "https://api.example-bank.by/v1/rehistracyja",
        "method": "POST",
        "json": {"ідэнтыфікатарПрылады": "5c2e71a0-8d34-4b9f-a6e2-13f07c9d48b5"},
    },
    # a Gemius stream hit with the app SDK's install id
    {
        "url": "https://by.hit.gemius.pl/_1764500000000/redot.gif?l=30&id=QwErTy.uiOp12345&gemiusAppUID=0a9d41c7e3b25f8a6d10",
        "method": "GET",
    },
]

FACE_POSITIVES = [
    # a flashing-screen liveness check: frames under Łacinka `tvar`
    {
        "url": "https://api.example-bank.by/v2/tvar/pravierka",
        "method": "POST",
        "json": {"tvar": {"kadry": [_jpeg(1), _jpeg(2), _jpeg(3)]}},
    },
    # the same under the Cyrillic word, a bare list
    {
        "url": "https://api.example-bank.by/v2/biometryja",
        "method": "POST",
        "json": {"твар": [_jpeg(4), _jpeg(5)], "sesija": "s-19"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("перадача", ("programme",)),
        ("pieradača", ("programme",)),
        ("прагляд", ("watching",)),
        ("prahliad", ("watching",)),
        ("пазіцыя_сек", ("position", "seconds")),
        ("pazicyja", ("position",)),
        ("гісторыя", ("history",)),
        ("працягласць", ("duration",)),
    ],
)
def test_belarusian_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_belarusian_lithuanian_and_iptv_viewing_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_belarusian_device_keys_and_gemius_install_id_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_frames_under_belarusian_tvar_are_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.ambiguous_face_frames" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
