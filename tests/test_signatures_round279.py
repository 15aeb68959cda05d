"""Round 67 (set 279): Hmong apps written in RPA (each syllable ends in its tone letter,
words of several syllables written apart: `yeeb_yaj_kiab`, `ntsej_muag`) and Lao keys in
Lao script.

The readings were there; the words were not. Hmong was in no lexicon, and some of the Lao
script words the segmentation of a spaceless key needs were missing:

- Hmong viewing words (exfilwatch/detect/lexicon/viewing.yaml): `saib` (watch; also Welsh
  `saib`, pause, which is now read as watching: a pause is a
  playback word either way), `mloog` (listen), `qhov chaw` (place: a playhead), `vib nas this`
  (seconds), `feeb` (minute), `ntev` (length), `sij hawm` (time), `hnub` (day), `keeb kwm`
  (history), `yeeb yaj kiab` (video), `zaj nkauj` (song), `npe` (name, title), `zaj lus qhia`
  (sermon, teaching), `tus hu nkauj` (singer);
- Lao viewing words in the script (segmentation, structures/_common.py): ວິດີໂອ (video),
  ລະຫັດ (code, id), ເບິ່ງ (watch), ເບິ່ງຮອດ (watched up to), ຕຳແໜ່ງ (position), ເວລາ (time),
  ປະຫວັດ (history), ຊື່ເລື່ອງ (title), ວັນທີ (date), ການ (a grammar word, read as nothing);
- biometric words (lexicon/biometric.yaml): Hmong `ntsej muag` (face), `cim ntsej muag` (a
  face's template), `ciaj sia` (alive: a liveness score); Lao ໃບໜ້າ `aibhna` (face), ຮູບໃບໜ້າ
  `hbaibhna` (face picture), ຈຸດໃບໜ້າ `chdaibhna` (face points), ຄະແນນມີຊີວິດ `khaennmixivid`
  (alive score), as the key reader spells them.

Left out: Hmong `suab` (voice, also any sound: a music app is `SuabNkauj`, "song sound").
Not answered: a Mixpanel event "watch the worship service" whose properties hold only the
sermon's title and a bare minutes count (`feeb`), the watching word being in the event name
only; the English "Watch Sermon" with `sermon` and `minutes` is not read either, and a
reading of it needs its own look-alikes (a calendar's service lengths).
Precision: tests/fixtures/negatives/negatives_round279.jsonl (a Lao order history and bank
history, a courier's position, a video catalogue, a Hmong purchase history, a map place, a
song catalogue, a church calendar, a face cream, a relative alive, a quiz score, a profile
photo URL, a search event).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round279.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 59 + seed * 5) % 83 - 41) / 330, 5) for i in range(size)]


def _jpeg_b64(seed: int, size: int = 700) -> str:
    """A JPEG's header and varied bytes, as base64."""
    body = bytes((i * 31 + seed * 7) % 256 for i in range(size))
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + body).decode()


VIEWING_POSITIVES = [
    # a Hmong video app saves where the viewer got to in a video
    {
        "url": "https://api.example-yeeb.us/v1/saib/qhov-chaw",
        "method": "POST",
        "json": {
            "yeeb_yaj_kiab_id": "y-318",
            "npe": "Noj Peb Caug Fresno",
            "qhov_chaw_vib_nas_this": 812,
            "ntev": 3600,
            "lub_sij_hawm": "2025-04-02T19:10:00Z",
        },
    },
    # the same app's watch history (keeb_kwm_saib), how far each video was watched
    {
        "url": "https://api.example-yeeb.us/v1/kuv/keeb-kwm",
        "method": "GET",
        "response": {
            "json": {
                "keeb_kwm_saib": [
                    {
                        "yeeb_yaj_kiab_id": "y-301",
                        "npe": "Dab Neeg Hmoob",
                        "saib_txog": 1204,
                        "hnub_saib": "2025-04-01T20:00:00Z",
                    },
                    {
                        "yeeb_yaj_kiab_id": "y-318",
                        "npe": "Noj Peb Caug Fresno",
                        "saib_txog": 812,
                        "hnub_saib": "2025-04-02T19:10:00Z",
                    },
                ]
            }
        },
    },
    # a church app's sermon video position under a path that names the sermon
    {
        "url": "https://app.example-lub-tsev-teev-ntuj.us/api/zaj-lus-qhia/lq-77/qhov-chaw",
        "method": "PUT",
        "json": {"qhov_chaw": 1530, "saib_ntev": 2900, "hnub": "2025-04-06T11:00:00Z"},
    },
    # a Braze custom event: a livestream watched, its name and the minutes watched
    {
        "url": "https://sdk.iad-03.braze.com/api/v3/data",
        "method": "POST",
        "json": {
            "api_key": "k-1",
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "saib_live",
                        "p": {
                            "live_id": "lv-42",
                            "npe": "Kev Ua Koob Tsheej Tshoob",
                            "feeb_saib": 37,
                            "pib_saib": "2025-04-02T18:00:00Z",
                        },
                    },
                    "time": 1743616800.5,
                }
            ],
        },
    },
    # a Mixpanel song heard: the song, its singer, the seconds listened
    {
        "url": "https://api.mixpanel.com/track",
        "method": "POST",
        "form": {
            "data": base64.b64encode(
                json.dumps(
                    [
                        {
                            "event": "Mloog Nkauj",
                            "properties": {
                                "token": "t-9",
                                "distinct_id": "u-5",
                                "zaj_nkauj": "Niam Txiv Tus Hlub",
                                "tus_hu": "Paj Zaub Vaj",
                                "sijhawm_mloog": 212,
                                "mloog_tiav": True,
                            },
                        }
                    ]
                ).encode()
            ).decode()
        },
    },
    # a Lao TV app's playback progress: video id, title, position, time watched
    {
        "url": "https://api.example-tv.la/v2/player/progress",
        "method": "POST",
        "json": {
            "ລະຫັດວິດີໂອ": "tv-90",
            "ຊື່ເລື່ອງ": "ລະຄອນລາວ",
            "ຕຳແໜ່ງ": 960,
            "ເວລາເບິ່ງ": 420,
            "ເວລາ": "2025-04-02T13:00:00Z",
        },
    },
    # the same app's watch history (ປະຫວັດການເບິ່ງ), where each video was watched up to
    {
        "url": "https://api.example-tv.la/v2/me/watched",
        "method": "GET",
        "response": {
            "json": {
                "ປະຫວັດການເບິ່ງ": [
                    {
                        "ລະຫັດວິດີໂອ": "tv-90",
                        "ຊື່ເລື່ອງ": "ລະຄອນລາວ",
                        "ເບິ່ງຮອດ": 960,
                        "ວັນທີ": "2025-04-02T13:00:00Z",
                    },
                    {
                        "ລະຫັດວິດີໂອ": "tv-12",
                        "ຊື່ເລື່ອງ": "ຂ່າວແລງ",
                        "ເບິ່ງຮອດ": 1500,
                        "ວັນທີ": "2025-04-01T19:00:00Z",
                    },
                ]
            }
        },
    },
    # a batch posted as a JSON string: a play ended, the video and the time watched
    {
        "url": "https://api.example-tv.la/v2/collect",
        "method": "POST",
        "json": {
            "payload": json.dumps(
                {
                    "events": [
                        {
                            "ev": "play_end",
                            "ລະຫັດວິດີໂອ": "tv-12",
                            "ເວລາເບິ່ງ": 1500,
                            "ts": 1743598800000,
                        }
                    ]
                },
                ensure_ascii=False,
            ),
            "v": 2,
        },
    },
]

FACE_POSITIVES = [
    # a clan app uploads face embeddings (cim_ntsej_muag) of the people in a photo
    {
        "url": "https://api.example-xeem.us/v2/duab/cov-ntsej-muag",
        "method": "POST",
        "json": {
            "duab_id": "d-88",
            "cov_ntsej_muag": [
                {"thawv": [0.1, 0.2, 0.15, 0.2], "cim_ntsej_muag": _vector(1), "npe": "Txiv Hlob"},
                {"thawv": [0.5, 0.4, 0.15, 0.2], "cim_ntsej_muag": _vector(2), "npe": "Niam Hlob"},
            ],
        },
    },
    # a tele-visit checks the patient's face: a selfie and a liveness score
    {
        "url": "https://visit.example-kho-mob.us/api/v1/kuaj-ntsej-muag",
        "method": "POST",
        "json": {
            "tus_neeg_mob": "P-2231",
            "duab_ntsej_muag": _jpeg_b64(3),
            "qhab_nia_ciaj_sia": 0.91,
        },
    },
    # a Lao wallet's face check: the selfie, face points and a liveness score
    {
        "url": "https://api.example-wallet.la/v1/pay/verify-face",
        "method": "POST",
        "json": {
            "ຮູບໃບໜ້າ": "data:image/jpeg;base64," + _jpeg_b64(4),
            "ຈຸດໃບໜ້າ": [[0.31, 0.42], [0.62, 0.41], [0.47, 0.58], [0.36, 0.74], [0.58, 0.75]],
            "ຄະແນນມີຊີວິດ": 0.97,
        },
    },
]


@pytest.mark.parametrize(
    ("lexicon", "words", "cls"),
    [
        ("viewing", ["saib"], "watching"),
        ("viewing", ["mloog"], "listen"),
        ("viewing", ["qhov", "chaw"], "position"),
        ("viewing", ["vib", "nas", "this"], "seconds"),
        ("viewing", ["feeb"], "minutes"),
        ("viewing", ["keeb", "kwm"], "history"),
        ("viewing", ["yeeb", "yaj", "kiab"], "video"),
        ("viewing", ["zaj", "nkauj"], "song"),
        ("viewing", ["zaj", "lus", "qhia"], "lecture"),
        ("biometric", ["ntsej", "muag"], "face"),
        ("biometric", ["ciaj", "sia"], "liveness"),
        ("biometric", ["hbaibhna"], "face"),
        ("biometric", ["chdaibhna"], "landmarks"),
        ("biometric", ["khaennmixivid"], "liveness"),
    ],
)
def test_words_read_as_their_class(lexicon: str, words: list[str], cls: str) -> None:
    assert cls in load(lexicon).classes_of(words)


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_hmong_and_lao_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_hmong_and_lao_faces_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
