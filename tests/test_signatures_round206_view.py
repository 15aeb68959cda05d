"""Round 56 A viewing (sets 206, Lao family, and 200, Khmer, as development sets): the
families behind their misses, tested in apps and spellings the sets never used.

- one tuning record (a channel named in text, when it came on, how long) sent on its own
  to a path that logs plays or viewing (`/stb/v2/log/play`, `/watch-log`), any language;
- a live player's keep-alive under the lexicon's heartbeat word (Lao `hua_jai`, "heart")
  naming the channel, its start and the seconds (`live_channel_join_row`);
- a radio session under the Lao / Khmer / Thai word for radio (`/withayu/`, `/vetyo/`) naming
  the station (Lao `sathani`) with a start (`roem`) and seconds (`vinathi`);
- a recently-listened answer dated by Lao `mue` ("when": `fang_mue`, "listened when");
- a piece named in the path and marked finished, with plain seconds (`/meul/{id}/phak/{n}/ruoch`);
- a VOD's id beside plain seconds at a media progress path (`/vod/progress`);
- a bare "recent" list whose rows name a song, its singer and one moment;
- a karaoke song sung: its name and the seconds sung, at a karaoke path.

Hard negatives (negatives_round206_view.jsonl): Wi-Fi scans, a chat channel's call, a
push-to-talk log, an RF survey, a game server's play log, petrol, EV-charging and bus
`sathani`, a health app's `hua_jai`, orders, deliveries and uploads finished in seconds,
upload / transcode / render progress, karaoke room bookings, a quiz round's score, recent
orders, searches, releases and tour dates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round206_view.jsonl"
_ISO = "2025-03-08T20:15:00Z"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def _post(url: str, body: dict[str, Any], method: str = "POST") -> dict[str, Any]:
    return {"url": url, "method": method, "json": body}


def _answer(url: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "GET", "response": {"json": body}}


POSITIVES = [
    (
        "en stb play log, one record",
        _post(
            "https://mw.example-cable.com/stb/api/log/play",
            {"channelNo": 104, "channelName": "BBC World", "start": _ISO, "duration": 1312},
        ),
        "viewing_history.play_log_tuning_record",
    ),
    (
        "es watch-log record with an end",
        _post(
            "https://api.example-tv.co/v1/watch-log",
            {"canal": "Caracol", "inicio": _ISO, "fin": "2025-03-08T20:55:00Z"},
        ),
        "viewing_history.play_log_tuning_record",
    ),
    (
        "en viewing report, one record",
        _post(
            "https://api.example-iptv.th/v2/viewing/report",
            {"channel_name": "Thai PBS", "start_time": _ISO, "duration_sec": 845},
        ),
        "viewing_history.play_log_tuning_record",
    ),
    (
        "lo live keep-alive hua_jai",
        _post(
            "https://api.example-tvlao.la/v1/live/huajai",
            {"xong": "Lao Star", "roem": _ISO, "vinathi": 60},
        ),
        "viewing_history.live_channel_join_row",
    ),
    (
        "lo radio session",
        _post(
            "https://api.example-fm.la/api/withayu/listen",
            {"sathani": "Lao National Radio", "roem": _ISO, "vinathi": 1860},
        ),
        "viewing_history.radio_listening_session_row",
    ),
    (
        "th radio session (witthayu)",
        _post(
            "https://api.example-fm.th/v1/witthayu/session",
            {"station": "Cool Fahrenheit 93", "start": _ISO, "seconds": 940},
        ),
        "viewing_history.radio_listening_session_row",
    ),
    (
        "km episode finished with plain seconds",
        _post(
            "https://api.example-lakhon.kh/v3/meul/s-77/phak/9/ruoch",
            {"vinati": 2450, "ryea_pel": 2500},
            "PUT",
        ),
        "viewing_history.path_piece_finished_seconds",
    ),
    (
        "en series episode finished",
        _post(
            "https://api.example-stream.com/v2/series/sr-1182/episodes/4/finished",
            {"seconds": 2710},
        ),
        "viewing_history.path_piece_finished_seconds",
    ),
    (
        "en video progress id + seconds",
        _post(
            "https://api.example-learn-tv.com/v1/videos/progress",
            {"video_id": "vid-99213", "seconds": 633},
        ),
        "viewing_history.vod_progress_content_seconds",
    ),
    (
        "km recent songs with singer",
        _answer(
            "https://api.example-chamrieng.kh/v1/knhom/thmeythmey",
            {
                "thmeythmey": [
                    {"chhmoh": "Oun Nov Tae Oun", "neak_chamrieng": "Preap Sovath", "pel": _ISO},
                    {"chhmoh": "Kom Kach Kanha", "neak_chamrieng": "Meas Soksophea", "pel": _ISO},
                ]
            },
        ),
        "viewing_history.recent_song_artist_rows",
    ),
    (
        "en recent tracks with artist",
        _answer(
            "https://api.example-radioapp.com/v1/me/recent",
            {"recent": [{"track": "Skull", "artist": "VannDa", "at": 1741464900}]},
        ),
        "viewing_history.recent_song_artist_rows",
    ),
    (
        "en karaoke performance",
        _post(
            "https://api.example-ktv-app.com/v2/karaoke/performances",
            {"song_name": "My Way", "seconds": 275, "score": 91},
        ),
        "viewing_history.karaoke_song_sung",
    ),
    (
        "lo listened rows dated by mue",
        _answer(
            "https://api.example-siang.la/v1/khong_khoi/fang",
            {
                "phleng": [
                    {"sue_phleng": "Champa Muang Lao", "nakhong": "Aluna", "fang_mue": _ISO},
                    {"sue_phleng": "Sao Vientiane", "nakhong": "Sone", "fang_mue": _ISO},
                ]
            },
        ),
        None,
    ),
]


@pytest.mark.parametrize(("label", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round206_view_positive(
    engine: Engine, label: str, example: dict[str, Any], rule: str | None
) -> None:
    found = _viewing(engine, example)
    assert (rule in found) if rule else found, label


def test_round206_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 25
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]
