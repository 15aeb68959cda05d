"""Round 66 (set 264): Zimbabwe and Malawi apps in Shona, Ndebele and Chichewa.

The readings were there; the words were not, save two:

- Shona, Chichewa and Ndebele viewing words (exfilwatch/detect/lexicon/viewing.yaml): to watch
  (`kutarisa`, `kuonera`), watched (`yakatariswa`, `zoonera`, `okubukelwe`), listen and
  listened (`kuteerera`, `yakateererwa`), seconds and minutes (`masekondi`, `amasekhondi`,
  `mphindi`), time (`nguva`, `nthawi`), song, singer and film (`rwiyo`, `nziyo`, `muimbi`,
  `umculi`, `kanema`), episode and event (`chikamu`, `chiitiko`, `chochitika`), programme
  (`uhlelo`), history (`nhoroondo`; Chichewa `mbiri` is also "two" and "fame", so only in its
  phrases: `mbiri_yoonera`), continue (`enderera`), recently played (`zvichangoridzwa`), title and
  name (`mutu`, `zita`) and position (`nzvimbo`, also a place: read only as a number among
  playback words);
- face words (lexicon/biometric.yaml): Shona `chiso`, Chichewa `nkhope`, Ndebele and Zulu
  `ubuso`, a face's likeness `isifaniso` (template), and Shona / Chichewa enrolment words;
- a set-top box's audience report naming the DVB service by its id and its `name` (the SDT's
  service name) rather than a `channel` key (structures/dvb_tunes.py);
- songs heard offline, posted back on an `offline` path with the artist, when and how long
  (viewing_history/offline-heard-song-rows, structures/recent_song_rows.py).

Precision: tests/fixtures/negatives/negatives_round264.jsonl (a delivery place, a league
table's positions, news headlines, a song bought, a payment history under `mbiri`, a concert
ticket, a face cream, a quiz's example, a makeup look, a support chat, a ride's minutes, a
decoder's timers, an offline download queue, a film shop's catalogue).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round264.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 128) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 97 - 48) / 380 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _vector(seed: int, size: int = 256) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 59 + seed * 5) % 83 - 41) / 330, 5) for i in range(size)]


VIEWING_POSITIVES = [
    # Shona: a drama episode watched (kutarisa), seconds watched, the time
    {
        "url": "https://api.example-terevhizheni.co.zw/v2/mutambi/kutarisa",
        "method": "POST",
        "json": {
            "kutarisa": {
                "contentId": "ep-901",
                "zita": "Mhuri yeMukoma",
                "chikamu": 4,
                "nguvaYakatariswa": 612,
                "nguva": "2025-05-03T19:30:00Z",
            }
        },
    },
    # Chichewa: a children's film watched (kuonera) with seconds and the start time
    {
        "url": "https://api.example-ana.mw/v2/kuonera",
        "method": "POST",
        "json": {
            "mwana": "c-17",
            "kuonera": {
                "kanema_id": "v88",
                "mutu": "Chule ndi Kalulu",
                "masekondi": 305,
                "nthawi": "2025-05-03T07:10:00Z",
            },
        },
    },
    # Shona: a song listened to (kuteerera) by a singer, seconds listened
    {
        "url": "https://api.example-mimhanzi.co.zw/v1/kuteerera",
        "method": "POST",
        "json": {
            "kuteerera": {
                "rwiyoId": "s-31",
                "rwiyo": "Hazvineyi",
                "muimbi": "Mbare Trio",
                "masekondiAkateererwa": 174,
                "nguva": "2025-05-03T12:00:00Z",
            }
        },
    },
    # Ndebele: what was watched this week, programme, channel, time and minutes
    {
        "url": "https://api.example-tv.co.zw/v2/okubukelwe?days=7",
        "method": "GET",
        "response": {
            "json": {
                "okubukelwe": [
                    {
                        "uhlelo": "Izindaba",
                        "isiteshi": "ZTV",
                        "isikhathi": "2025-05-02T20:00:00Z",
                        "imizuzu": 30,
                    },
                    {
                        "uhlelo": "Ibhola",
                        "isiteshi": "SportsOne",
                        "isikhathi": "2025-05-03T15:00:00Z",
                        "imizuzu": 95,
                    },
                ]
            }
        },
    },
    # Chichewa: a child's watch history (mbiri_yoonera), titles and minutes
    {
        "url": "https://api.example-ana.mw/v2/makolo/mbiri_yoonera?masiku=7",
        "method": "GET",
        "response": {
            "json": {
                "zoonera": [
                    {"mutu": "Tiwerenge", "mphindi": 12, "nthawi": "2025-05-02T08:00:00Z"},
                    {"mutu": "Nyimbo za Mmawa", "mphindi": 6, "nthawi": "2025-05-03T08:00:00Z"},
                ]
            }
        },
    },
    # Shona: continue watching (enderera), each title with its position
    {
        "url": "https://api.example-terevhizheni.co.zw/v2/account/enderera",
        "method": "GET",
        "response": {
            "json": {
                "enderera": [
                    {"contentId": "ep-1", "zita": "Gore Rimwe", "nzvimbo": 1412, "kureba": 2700},
                    {"contentId": "ep-2", "zita": "Mhuri", "nzvimbo": 388, "kureba": 2400},
                ]
            }
        },
    },
    # a decoder's XML audience report: the service by id and name, the programme, start and seconds
    {
        "url": "https://rp.example-decoder.co.zw/stb/v1/audience",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": (
            '<?xml version="1.0"?><audience><tune service="44" name="ZTV" programme="Izindaba"'
            ' start="2025-05-03T20:00:00Z" duration="1800" source="LIVE"/></audience>'
        ),
    },
    # Ndebele songs heard offline, synced back
    {
        "url": "https://api.example-umculo.co.zw/v2/offline/izingoma",
        "method": "POST",
        "json": {
            "izingoma": [
                {
                    "ingoma": "Sibonga",
                    "umculi": "Bulawayo Choir",
                    "amasekhondi": 201,
                    "isikhathi": "2025-05-03T06:00:00Z",
                },
                {
                    "ingoma": "Thula",
                    "umculi": "Nobuhle",
                    "amasekhondi": 48,
                    "isikhathi": "2025-05-03T06:05:00Z",
                },
            ]
        },
    },
]

FACE_POSITIVES = [
    # Ndebele: faces in a TV camera's frame, each with its likeness (a template)
    {
        "url": "https://api.example-tv.co.zw/v1/camera/ubuso/fanisa",
        "method": "POST",
        "json": {
            "ubuso": [
                {"isifaniso": _template_b64(1), "ibhokisi": [10, 20, 110, 140]},
                {"isifaniso": _template_b64(2), "ibhokisi": [200, 30, 290, 150]},
            ]
        },
    },
    # Shona: a wallet enrolling the face (chiso) as an embedding
    {
        "url": "https://api.example-mari.co.zw/v2/chiso/nyoresa",
        "method": "POST",
        "json": {"nhamba": "+263770000001", "chiso": {"embedding": _vector(3)}},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("kutarisa", ("watching",)),
        ("kuonera", ("watching",)),
        ("nguvaYakatariswa", ("time", "watched")),
        ("masekondi_oonera", ("seconds", "watched")),
        ("okubukelwe", ("watched",)),
        ("masekondiAkateererwa", ("seconds", "listened")),
        ("amasekhondi", ("seconds",)),
        ("mphindi", ("minutes",)),
        ("rwiyo", ("song",)),
        ("muimbi", ("artist",)),
        ("umculi", ("artist",)),
        ("kanema_id", ("video", "id")),
        ("nhoroondo", ("history",)),
        ("mbiri_yoonera", ("history",)),
        ("enderera", ("continue",)),
        ("zvichangoridzwa", ("recently",)),
        ("uhlelo", ("program",)),
        ("nzvimbo", ("position",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


def test_mbiri_alone_is_not_history() -> None:
    assert "history" not in play_words("mbiri")


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_shona_ndebele_chichewa_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_shona_and_ndebele_face_templates_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
