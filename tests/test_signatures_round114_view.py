"""Round 114 (sets 111-114), viewing history: the families behind a Spanish channel log,
a Firebase play event, a music gateway's listen log, Javanese, Sundanese and Indonesian
keys, and two kinds of everyone's figures read as one person's viewing.

- Javanese (`jv`) and Sundanese (`su`) join every viewing class the detectors read
  (ngoko and krama, loma and lemes: `didelok`, `dipirsani`, `dilalajoan`, `geus lalajo`,
  `didangukeun`, `suwene`, `lilana`, `wektu`, `waktos`), and a match is a fixture in
  Indonesian, Malay, Javanese, Sundanese, Dutch, Polish and more (`laga`, `perlawanan`);
- a `tuning` class (a channel changed to or tuned in: `sintonia`, `pindah saluran`,
  `zenderwissel`) opens the tuning rule's path, and rows under a key that says channel
  history or tuning need only when each came on and how long (`channel_log_rows`);
- a Firebase event named with a bare verb (`video_play`) counts when a param says how
  long it PLAYED (`seconds_played`); a gateway call whose `method` logs a listen
  (`log.listen`, `history.addPlay`) is the history being written;
- Dutch `op` / `om`, German `am` date a played row (`gespeeldOp`).

What stays quiet: a rail ranked by everyone's watching in any language (the lexicon's
`most` class in the path: `paling-akeh-ditonton`, `pangseringna-dilalajoan`), a team's
training report with average watch times (`gem`, `rata_rata`, `sredni`), a chat's
channel history, a gateway reading or logging an error, a game level's play event."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round114_view.jsonl"
_ISO = "2026-03-02T19:00:00Z"

POSITIVES = [
    {
        "note": "a Javanese film app's watched seconds (wis didelok, irah-irahan, wektu)",
        "url": "https://api.example-jogja.id/v1/ndelok",
        "json": {"id_tayangan": "t-77", "irah-irahan": "Kethoprak Mataram",
                 "wis_didelok_detik": 1320, "wektu": _ISO},
    },
    {
        "note": "a Sundanese series app's watched flag and minutes (geus dilalajoan, lilana)",
        "url": "https://api.example-bandung.id/v1/lalajo",
        "json": {"id_acara": "a-5", "judul": "Si Kabayan", "geus_dilalajoan": True,
                 "lilana_menit": 37, "waktos": _ISO},
    },
    {
        "note": "a Sundanese song app's listened seconds (kawih, didangukeun)",
        "url": "https://api.example-kawih.id/v1/dangukeun",
        "json": {"kawih_id": "k-9", "judul": "Es Lilin", "didangukeun_detik": 190},
    },
    {
        "note": "a Portuguese box's channel changes (from, to, when, seconds) under its key",
        "url": "https://api.example-tv.pt/v2/eventos",
        "json": {"trocas_de_canal": [
            {"de": "canal-5", "para": "canal-9", "em": _ISO, "duracao_seg": 300},
            {"de": "canal-9", "para": "canal-2", "em": "2026-03-02T19:05:00Z", "duracao_seg": 1200},
        ]},
    },
    {
        "note": "an Italian box's tuning rows posted to a path saying tunings",
        "url": "https://api.example-tv.it/v1/sintonizzazioni",
        "json": {"righe": [{"canale": "Rai 1", "inizio": _ISO, "durata_sec": 900}]},
    },
    {
        "note": "a Malay football app's minutes watched of a match (perlawanan)",
        "url": "https://api.example-bola.my/v1/acara",
        "json": {"id_perlawanan": "p-3", "perlawanan": "JDT lwn Selangor", "minit_ditonton": 55},
    },
    {
        "note": "a podcast gateway's play history write (method=history.addPlay)",
        "url": "https://api.example-pods.de/rpc?method=history.addPlay&v=2",
        "method": "POST",
        "json": {"episode_id": "ep-4471", "at": 1772478000},
    },
    {
        "note": "a Dutch radio app's recently played rows with when each played (gespeeldOp)",
        "url": "https://api.example-radio.nl/v1/me/laatst",
        "method": "GET",
        "response": {"json": {"laatstGespeeld": [
            {"trackId": 881, "titel": "Mag het licht uit", "gespeeldOp": _ISO},
            {"trackId": 882, "titel": "Groter dan ik", "gespeeldOp": "2026-03-02T19:04:00Z"},
        ]}},
    },
    {
        "note": "a Dutch podcast app's Firebase event episode_listen with seconds_listened",
        "url": "https://app-measurement.com/a",
        "headers": {"content-type": "application/x-www-form-urlencoded"},
        "body_base64": (
            "Co0BCAESawokCg1lcGlzb2RlX3RpdGxlEhNIZXQgVXVyIHZhbiBkZSBXb2xmChUKCmVwaXNvZGVfaWQS"
            "B2VwLTU1MTIKFQoQc2Vjb25kc19saXN0ZW5lZBjmBRIOZXBpc29kZV9saXN0ZW4YgIy8sL8yQgdhbmRy"
            "b2lkchNubC5leGFtcGxlLnBvZGNhc3Rz"
        ),
    },
    {
        "note": "a Mexican video app's Firebase event video_play with seconds_played",
        "url": "https://app-measurement.com/a",
        "headers": {"content-type": "application/x-www-form-urlencoded"},
        "body_base64": (
            "CmoIARJLCiEKCnZpZGVvX25hbWUSE0Jham8gZWwgbWlzbW8gY2llbG8KEwoOc2Vjb25kc19wbGF5ZWQY"
            "3AsSCnZpZGVvX3BsYXkYgIy8sL8yQgdhbmRyb2lkchBteC5leGFtcGxlLnZpZGVv"
        ),
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round114_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round114_rankings_team_reports_and_reads_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("didelok", "watched"),
        ("dipirsani", "watched"),
        ("dilalajoan", "watched"),
        ("lalajo", "watching"),
        ("ngrungokake", "listen"),
        ("didangukeun", "listened"),
        ("suwene", "duration"),
        ("lilana", "duration"),
        ("wektu", "time"),
        ("waktos", "time"),
        ("rampung", "finished"),
        ("beres", "finished"),
        ("pangseringna", "most"),
        ("sintonia", "tuning"),
        ("zenderwissel", "tuning"),
        ("perlawanan", "fixture"),
        ("laga", "fixture"),
    ],
)
def test_round114_lexicon_reads_javanese_sundanese_and_tuning(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
