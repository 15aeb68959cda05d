"""Round 48 viewing recall (sets 152-153 as development sets): the families behind their
misses, tested in spellings the sets never used.

- a receiver's STAY on a channel in any language the act lexicon's `dwell` class reads
  (Spanish `permanencia_seg`, Chinese 停留时长, Korean 체류시간, English `stayTime`), a
  channel numbered in a channel-change report, and the watch time of a channel row
  (`watchTime`, Persian `zaman_did` "time seen");
- one channel row sent to a channel LOG path (`/log/kanal`, `/channel-log`), and a smart
  TV's automatic content recognition report (`/acr/`) of channel rows;
- a video posted in a channel or a feed, named by the post's id, with its progress;
- an analytics SDK's custom event named by its `slug`, its watched time in a metrics map;
- Persian words: `shoro` (start), `dar` (at: `shenide_shode_dar`, "listened at").

Hard negatives (negatives_round154_viewB.jsonl): a hotel's stay in nights, a help desk's
or a campaign's contact channel (WhatsApp, email), a Wi-Fi or a PBX channel, a chat's
channel log, a post's video upload, custom events for a purchase or a level.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.channel_logs import dwell_key
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.post_progress import post_media_progress
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round154_viewB.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round154_viewb_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    "key",
    ["permanencia_seg", "停留时长", "체류시간", "stayTime", "verweildauer", "tempo_di_permanenza"],
)
def test_stay_on_a_channel_read_in_many_languages(key: str) -> None:
    assert dwell_key(key)


@pytest.mark.parametrize("key", ["permanenza_notti", "estancia_noches", "stay_days", "sehdauer"])
def test_stays_in_nights_or_days_are_no_channel_stay(key: str) -> None:
    assert not dwell_key(key)


def test_persian_words() -> None:
    assert play_words("zaman_did") == ("duration",)
    assert play_words("زمان_دید") == ("duration",)
    assert play_words("shoro") == ("started",)
    assert play_words("شنیده_شده_در") == ("listened", "at")
    assert play_words("payam") == ("message",)


@pytest.mark.parametrize(
    "example",
    [
        {  # a Spanish IPTV box's zapping stats, the stay on each channel
            "url": "https://stb.example-cable.es/api/v2/estadisticas/zapping",
            "method": "POST",
            "json": {
                "zapping": [
                    {"canal": "La 1", "desde": "2025-05-01T20:00:00Z", "permanencia_seg": 900},
                    {"canal": "Antena 3", "desde": "2025-05-01T20:15:00Z", "permanencia_seg": 60},
                ]
            },
        },
        {  # a Chinese set-top box's channel stays (停留时长)
            "url": "https://stb.example-iptv.cn/v1/zapping",
            "method": "POST",
            "json": {"channel_name": "CCTV-5", "停留时长": 1260},
        },
        {  # a numbered channel-change report with dwell seconds
            "url": "https://tv.example-telco.ng/box/v1/channel-change",
            "method": "POST",
            "json": {"events": [{"from_channel": 105, "to_channel": 112, "dwell_sec": 640}]},
        },
        {  # a Portuguese live app's single channel row to its channel log
            "url": "https://api.example-aovivo.pt/v3/canal-log",
            "method": "POST",
            "json": {"canal": "RTP 1", "inicio": "2025-05-01T20:00:00Z", "duracao": 1800},
        },
        {  # an ACR report of channel rows in Persian script ("time seen", "start")
            "url": "https://acr.example-tv.com/acr/v1/upload",
            "method": "POST",
            "json": {
                "natayej": [
                    {
                        "کانال": "شبکه سه",
                        "برنامه": "اخبار",
                        "زمان_دید": 120,
                        "شروع": "2025-05-01T20:00:00Z",
                    }
                ]
            },
        },
        {  # a messenger channel's video post watched, named by its message (payam) id
            "url": "https://api.example-payamresan.ir/v2/kanal/9/film",
            "method": "POST",
            "json": {"payam_id": 41, "pishraft_video": 60, "sanie": 300},
        },
        {  # a Metrix-style custom event: the watched minutes in its metrics map
            "url": "https://tracker.example-analytics.id/v3/engagement_event",
            "method": "POST",
            "json": {
                "events": [
                    {
                        "type": "custom",
                        "slug": "nonton_video",
                        "attributes": {"video_id": "v-88"},
                        "metrics": {"watch_time": 420},
                    }
                ]
            },
        },
        {  # a Persian music app's recently heard songs in Persian script
            "url": "https://api.example-ahang.ir/api/v1/user/recent",
            "method": "GET",
            "response": {
                "json": {
                    "آخرین": [
                        {"ahang_id": 1, "onvan": "A", "شنیده_شده_در": "2025-05-01T20:00:00Z"},
                        {"ahang_id": 2, "onvan": "B", "شنیده_شده_در": "2025-05-01T20:04:00Z"},
                    ]
                }
            },
        },
    ],
)
def test_round154_viewb_families(engine: Engine, example: dict[str, Any]) -> None:
    assert _viewing(engine, example)


def test_post_progress_needs_media_and_time() -> None:
    assert post_media_progress({"post_id": 1, "video_progress": 0.5, "seconds": 30})
    assert post_media_progress({"post_id": 1, "progress": 0.5, "seconds": 30}) is None
    assert post_media_progress({"post_id": 1, "video_progress": 0.5, "title": "x"}) is None
    upload = {"post_id": 1, "video_progress": 0.5, "seconds": 30, "bytes": 9}
    assert post_media_progress(upload) is None
