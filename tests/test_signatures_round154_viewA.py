"""Round 154 (held-out sets 147-151), viewing A: the families behind six recall misses.

- Segment's video spec sent by audio and podcast apps with the medium renamed ("Audio
  Content Playing", "Podcast Content Completed"): `segment_video` reads all three media.
- A zapping log in any language's inflection of the loanword (`/zapeamento`, `/zappeo`,
  `/zapowanie`): `channel_tuning_rows`' path words.
- A time position written to ANY item's own watched resource (`/cultos/<id>/assistido`,
  a church service; `/services/<id>/watched`): `watched_path_item_position`.
- A `<noun>_watched` list whose rows name that noun and how long (`cameras_assistidas`,
  `channels_watched`); a camera's feed counts only inside a show's record (a season):
  `watched_key_rows`.
- A piece named with how long it played under any abbreviation (`tagal_seg`, `play_dur`,
  `samayam_sec`, `kitni_der_dekha_min`), posted to a play log or to a path that says
  watched: `play_log_item_time_rows`, `watched_path_item_time_record`.
- A history answer whose rows say how far each item PLAYED (`playedUpTo`, Pocket Casts'
  sync field): `history_played_position_rows`.
- A Firebase event named for a medium and a phase only a playing piece reaches
  (`podcast_progress`, `episode_complete`): `measurement_played_piece`.

What stays quiet (negatives_round154_viewA.jsonl): a chat's voice note, a game level, a
footballer's minutes played, a piano practice, stocks viewed, a guard's security cameras,
a call history, a sermon marked seen, a history podcast's catalogue, a rewarded ad, an
app's screen time, a book chapter's and a download's Firebase events, a Segment audio ad,
a Zapier integration's Slack rows, a jeepney trip, a shop's product page, a board game's
logged play and a user's own session length."""

from __future__ import annotations

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.played_records import played_item
from exfilwatch.detect.structures.watched_key_rows import watched_noun_key
from exfilwatch.engine import Engine

POSITIVES: list[tuple[dict, str]] = [
    (
        {
            "note": "a podcast app's Segment event under the audio twin of the video spec",
            "url": "https://api.segment.io/v1/track",
            "json": {
                "type": "track",
                "event": "Audio Content Playing",
                "anonymousId": "a-1",
                "properties": {
                    "content_asset_id": "ep-771",
                    "program": "Morning Brief",
                    "position": 412,
                    "total_length": 1800,
                },
            },
        },
        "viewing_history.segment_video",
    ),
    (
        {
            "note": "a radio app's Segment batch: Podcast Content Completed",
            "url": "https://api.segment.io/v1/batch",
            "json": {
                "batch": [
                    {
                        "type": "track",
                        "event": "Podcast Content Completed",
                        "properties": {"content_asset_id": "ep-12", "position": 2400},
                    }
                ]
            },
        },
        "viewing_history.segment_video",
    ),
    (
        {
            "note": "a Spanish IPTV box's zapping log (zappeo: canal, entrada, salida)",
            "url": "https://iptv.example-cable.es/api/v2/zappeo",
            "json": {
                "cambios": [
                    {
                        "canal": "La 1",
                        "entrada": "2026-01-10T20:00:00Z",
                        "salida": "2026-01-10T20:14:00Z",
                    },
                    {
                        "canal": "Antena 3",
                        "entrada": "2026-01-10T20:14:00Z",
                        "salida": "2026-01-10T21:02:00Z",
                    },
                ]
            },
        },
        "viewing_history.channel_tuning_rows",
    ),
    (
        {
            "note": "a Polish TV box's zapping log (zapowanie: kanal, start, czas_s)",
            "url": "https://stb.example-kablowka.pl/api/zapowanie",
            "json": {
                "box": "dek-4",
                "lista": [
                    {
                        "kanal": "TVP1",
                        "poczatek": "2026-01-10T20:00:00Z",
                        "koniec": "2026-01-10T20:14:00Z",
                    },
                    {
                        "kanal": "Polsat",
                        "poczatek": "2026-01-10T20:14:00Z",
                        "koniec": "2026-01-10T20:40:00Z",
                    },
                ],
            },
        },
        "viewing_history.channel_tuning_rows",
    ),
    (
        {
            "note": "an Indonesian church service watched (kebaktian/<id>/ditonton, posisi_detik)",
            "url": "https://api.example-gereja.id/v1/kebaktian/512/ditonton",
            "json": {"posisi_detik": 1200, "durasi_detik": 3600},
        },
        "viewing_history.watched_path_item_position",
    ),
    (
        {
            "note": "an English church app's recorded service watched up to a position",
            "url": "https://api.example-church.org/v2/services/88/watched",
            "method": "PUT",
            "json": {"position_sec": 1430, "length_sec": 5400},
        },
        "viewing_history.watched_path_item_position",
    ),
    (
        {
            "note": "a reality show's camera feeds watched in a season (camera, seconds)",
            "url": "https://api.example-reality.tv/v1/house/feeds",
            "json": {
                "season": 4,
                "cameras_watched": [
                    {"camera": "kitchen", "seconds": 380, "at": "2026-01-10T20:00:00Z"},
                    {"camera": "garden", "seconds": 95, "at": "2026-01-10T20:07:00Z"},
                ],
            },
        },
        "viewing_history.watched_key_rows",
    ),
    (
        {
            "note": "an IPTV report of channels watched (channel, minutes)",
            "url": "https://api.example-iptv.com/v1/report",
            "json": {
                "channels_watched": [
                    {"channel": "News 24", "minutes": 42},
                    {"channel": "Sport 1", "minutes": 95},
                ]
            },
        },
        "viewing_history.watched_key_rows",
    ),
    (
        {
            "note": "an Indonesian karaoke box's play log (lagu_id, durasi_detik)",
            "url": "https://api.example-karaoke.id/v1/playlog",
            "json": {
                "room": "r-4",
                "lagu": [
                    {"lagu_id": 50122, "durasi_detik": 241},
                    {"lagu_id": 50981, "durasi_detik": 190},
                ],
            },
        },
        "viewing_history.play_log_item_time_rows",
    ),
    (
        {
            "note": "a Vietnamese short-video app's play stats (video_id, play_dur)",
            "url": "https://api.example-clip.vn/v3/stats/plays",
            "json": {
                "items": [{"video_id": "v-1", "play_dur": 12}, {"video_id": "v-2", "play_dur": 45}]
            },
        },
        "viewing_history.play_log_item_time_rows",
    ),
    (
        {
            "note": "an English clip app's watched record (clip, secs)",
            "url": "https://api.example-clips.com/v1/me/watched",
            "json": {"clip": "c-8812", "secs": 95},
        },
        "viewing_history.watched_path_item_time_record",
    ),
    (
        {
            "note": "a Spanish film app's watched record (pelicula_id, min)",
            "url": "https://api.example-cine.mx/v2/usuario/visto",
            "json": {"pelicula_id": "p-19", "min": 42},
        },
        "viewing_history.watched_path_item_time_record",
    ),
    (
        {
            "note": "a podcast app's history answer (uuid, title, playedUpTo)",
            "url": "https://api.example-pods.net/user/history",
            "method": "POST",
            "json": {"v": 1},
            "response": {
                "json": {
                    "episodes": [
                        {"uuid": "e-1", "title": "Ep 1", "playedUpTo": 1822},
                        {"uuid": "e-2", "title": "Ep 2", "playedUpTo": 40},
                    ]
                }
            },
        },
        "viewing_history.history_played_position_rows",
    ),
    (
        {
            "note": "a Firebase bundle's episode_complete event (episode_title, seconds)",
            "url": "https://app-measurement.com/a",
            "json": {
                "1": {
                    "1": 1,
                    "2": {
                        "1": [{"1": "episode_title", "2": "Ep 9"}, {"1": "seconds", "3": 1800}],
                        "2": "episode_complete",
                        "3": 1732953686623,
                    },
                }
            },
        },
        "viewing_history.measurement_played_piece",
    ),
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_viewing_history(engine: Engine, example: dict, rule: str) -> None:
    assert rule in viewing(engine, example), (example["note"], viewing(engine, example))


@pytest.mark.parametrize(
    ("key", "noun"),
    [("cameras_assistidas", "camera"), ("channels_watched", "channel"), ("watchedStocks", None),
     ("mostWatched", None), ("repos_watched", None)],
)  # fmt: skip
def test_a_watched_list_names_a_feed_or_a_piece(key: str, noun: str | None) -> None:
    assert watched_noun_key(key) == noun


@pytest.mark.parametrize(
    "row",
    [{"user_id": "u-1", "duration_sec": 30}, {"player_id": "p-1", "minutes_played": 78},
     {"ruta_id": "r-4", "tagal_seg": 1800}, {"app_name": "Maps", "samay_min": 42},
     {"song_id": "s-1", "dur_s": 90000}],
)  # fmt: skip
def test_no_piece_or_no_time_within_a_day_is_no_play(row: dict) -> None:
    assert not played_item(row)


def test_a_piece_with_an_abbreviated_time_is_a_play() -> None:
    assert played_item({"kanta_id": 58, "tagal_seg": 262})
    assert played_item({"match": "A v B", "dekha_min": 8})
