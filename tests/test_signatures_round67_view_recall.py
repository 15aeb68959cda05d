"""Round 26 viewing recall (sets 67, 69): Hebrew keys in Hebrew script read through
their consonantal transliteration (`צפייה` -> watching, `מיקום` -> position, `משך` ->
duration); transliterated Hebrew `orech` (duration); a watching object under such a key
(`"tzfiya": {"tochen", "mikum", "orech"}`); a live room (or streamer, pinyin `zhubo`,
`fangjian`) watched for a time; a play event typed as a song (NetEase's weblog
scrobble); a watch-history response whose progress key is pinyin (`tingshu_jindu`).
Hard negatives are ordinary apps of the same shapes (a ride's location and duration in
Hebrew, a Greek parcel tracking, game lobbies, hotel and meeting rooms, a live room's
ranking, gifts, an editor's preview, a route replay, a game level played, a song
shared, download and reading progress, a shop's footprint)."""

from __future__ import annotations

import json

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("צפייה", ("watching",)),
        ("צפיה", ("watching",)),
        ("מיקום", ("position",)),
        ("משך", ("duration",)),
        ("תוכנית", ("programme",)),
        ("זמן_צפייה", ("time", "watching")),
        ("orech", ("duration",)),
        ("παρακολούθηση", ("watching",)),
        ("δευτερόλεπτα", ("seconds",)),
        ("zhubo", ("streamer",)),
        ("fangjian", ("room",)),
        ("zuji", ("history",)),
    ],
)
def test_hebrew_greek_and_pinyin_keys_read_as_classes(key: str, words: tuple) -> None:
    assert play_words(key) == words


def test_hebrew_script_watch_report(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.co.il/v3/player/doch",
        "method": "POST",
        "json": {
            "צפייה": {"תוכנית": "Show", "פרק": 3, "מיקום": 564, "משך": 2352},
            "סוג": "heartbeat",
        },
    }
    assert _viewing(engine, example)


def test_transliterated_hebrew_cast_session(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.co.il/v2/cast/session",
        "method": "POST",
        "json": {
            "receiver": {"modelName": "Chromecast HD"},
            "tzfiya": {"tochen": "srs-2291-e4", "mikum": 1264, "orech": 3044},
            "event": "cast_progress",
        },
    }
    assert "viewing_history.watching_object" in _viewing(engine, example)


def test_live_room_watched_in_growingio_attributes(engine: Engine) -> None:
    example = {
        "url": "https://napi.growingio.com/v3/projects/a1b2c3d4e5f6/collect?stm=1730764820870",
        "method": "POST",
        "json": [
            {
                "eventType": "CUSTOM",
                "eventName": "live_room_leave",
                "attributes": {"room_id": "521521", "watch_duration_s": "2624", "category": "x"},
            }
        ],
    }
    assert _viewing(engine, example) == ["viewing_history.live_room_watched"]


def test_pinyin_footprint_sync(engine: Engine) -> None:
    example = {
        "url": "https://api.example-live.cn/user/zuji/tongbu",
        "method": "POST",
        "json": {
            "zuji": [
                {"fangjian": 880123, "zhubo": "A", "guankan_miao": 3695, "jinru_shijian": 1},
                {"fangjian": 660002, "zhubo": "B", "guankan_miao": 1276, "jinru_shijian": 2},
            ]
        },
    }
    assert "viewing_history.live_room_watched" in _viewing(engine, example)


def test_netease_style_weblog_scrobble(engine: Engine) -> None:
    logs = [{"action": "play", "json": {"id": "1456", "type": "song", "time": 119}}]
    example = {
        "url": "https://interface.example-music.cn/api/feedback/weblog",
        "method": "POST",
        "form": {"logs": json.dumps(logs)},
    }
    assert _viewing(engine, example) == ["viewing_history.typed_play_event"]


def test_pinyin_listen_history_response(engine: Engine) -> None:
    rows = [
        {"albumId": 801, "albumTitle": "A", "trackId": 2285, "tingshu_jindu": 190},
        {"albumId": 928, "albumTitle": "B", "trackId": 9566, "tingshu_jindu": 1945},
    ]
    example = {
        "url": "https://mobile.example-fm.cn/nyx/history/query/v2?pageSize=20",
        "method": "GET",
        "response": {"json": {"ret": 0, "data": {"listenModelList": rows}}},
    }
    assert _viewing(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        # Sensors Data-style event with Chinese-character keys (room number, host, watched)
        {"event": "watch_live", "properties": {"房间号": "8801", "主播": "A", "观看时长": 1200}},
        # ByteDance AppLog-style event named for watching a live room, bare duration
        {
            "event_v3": [
                {"event": "live_watch_duration", "params": {"room_id": "7", "duration": 60}}
            ]
        },
        # Thai-script history (video code, position, duration)
        {"ประวัติการดู": [{"รหัสวิดีโอ": "v1", "ตำแหน่ง": 1200, "ระยะเวลา": 2400}]},
        # Persian-script history (episode id, position, duration)
        {"تاریخچه_تماشا": [{"شناسه_قسمت": "e1", "موقعیت": 1200, "مدت": 2400}]},
    ],
)
def test_other_scripts_and_live_sdks(engine: Engine, body: object) -> None:
    example = {"url": "https://api.example.test/v1/log", "method": "POST", "json": body}
    assert _viewing(engine, example)
