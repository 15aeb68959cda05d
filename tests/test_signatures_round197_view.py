"""Round 54 viewing recall (sets 197 and 198 as development sets): Albanian and Haitian
Creole, tested in spellings and apps the sets never used.

- Albanian (`sq`) and Haitian Creole (`ht`) words as classes: watched (`shikuar`, Haitian
  `gade`, which does not inflect), watching (`shikim`), listened / listening (`degjuar`,
  `degjim`, `koute`, `ekoute`), seconds, minutes, duration (`kohezgjatja`, `tan`), a
  position (`pozicioni`, Haitian `kote_w_rive` "where you got to"), percent (`perqindja`,
  `pousantaj`), continue (`vazhdo`, `kontinye`), history (`historiku`, `istwa`), recently,
  a song, a title, a station, a match, finished; "the most watched" (`me_te_shikuarat`,
  `pi_gade`) as the `most` class, so a chart is everyone's; the plural `shikime` ("views",
  a chart's count) is left out;
- a watching or listening history's answer (the path says so in any language) whose rows
  each name a series, an episode by its number and a moment, with no playhead
  (`history_answer_episode_rows`, structure `episode_moment_rows`);
- SDK events (Meta custom events, Adjust callback / partner params, AppsFlyer event values,
  Branch custom data) read by the same words: an item id beside a watched amount.

Hard negatives (negatives_round197_view.jsonl): a shop's "view cart" (`shiko`) and
recently viewed products, a flat viewing, an eye exam (`shikimi`) and a hearing test, a
weather and a bus station, a football match's goals, a workout, a discount's percentage,
a checkout's continue, an order history, a most-watched chart with view counts, a parking
session, a job's position, a podcast catalogue's new episodes, a voicemail heard; Haitian
history lessons and stories (`istwa`), phone calls and voicemail (`koute`), a security
camera's settings and recordings (`gade`), a map's places and a delivery's address
(`kote`), the weather (`tan`), an exam's score, a recipe's timer, a petrol station, a
sign-up's continue, products seen, Meta and Adjust events of a shop, an alarm's event,
a photo shoot's poses (`poze`); an Albanian events calendar, a game played, a book's
chapter read, a lift stopped (`ndaluar`); a call centre's
review of recorded calls listened to (Haitian, French, English: a call is nobody's
programme).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.history_records import episode_moment_rows
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round197_view.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round197_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 40
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("shikuara", "watched"),  # Albanian, watched (plural)
        ("shikimit", "watching"),  # Albanian, of the watching
        ("degjuarat", "listened"),
        ("degjimin", "listen"),
        ("sekondat", "seconds"),
        ("minutat", "minutes"),
        ("kohezgjatjen", "duration"),  # by the stem
        ("pozicionin", "position"),
        ("perqindjen", "percent"),
        ("vazhdimi", "continue"),
        ("historikun", "history"),
        ("kengen", "song"),
        ("titullin", "title"),
        ("stacionin", "radio_station"),
        ("ndeshjet", "fixture"),
        ("perfunduara", "finished"),
        ("gade", "watched"),  # Haitian
        ("tande", "listened"),
        ("ekoute", "listen"),
        ("segond", "seconds"),
        ("minit", "minutes"),
        ("dirasyon", "duration"),
        ("pousantaj", "percent"),
        ("kontinye", "continue"),
        ("istwa", "history"),
        ("videyo", "video"),
        ("emisyon", "programme"),
        ("estasyon", "channel"),  # listed as a channel by an earlier language
        ("resamman", "recently"),
        ("kohes", "time"),  # Albanian `koha_shikimit`, watching time
        ("luajtur", "played"),
        ("kapitulli", "chapter"),
        ("chapit", "chapter"),
        ("audiolibri", "audiobook"),
        ("ndaluar", "stopped"),
        ("kanpe", "stopped"),
        ("pauzuar", "paused"),
        ("ngjarja", "event"),
        ("evenman", "event"),
    ],
)
def test_round197_view_words_read_by_class(key: str, expected: str) -> None:
    assert expected in play_words(key), key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("kote_ou_rive", "position"),  # Haitian, where you got to
        ("kote_w_kanpe", "position"),  # where you stopped
        ("vazhdo_degjimin", "continue"),  # Albanian, continue listening
        ("te_shikuarat", "watched"),
        ("se_fundmi", "recently"),
        ("me_te_degjuarat", "most"),  # the most listened: a chart
        ("pi_gade", "most"),  # Haitian, most watched
        ("an_poz", "paused"),  # Haitian, paused
        ("liv_odyo", "audiobook"),
    ],
)
def test_round197_view_phrases(key: str, expected: str) -> None:
    assert expected in play_words(key), key


@pytest.mark.parametrize("key", ["shiko", "shikime", "kote", "me"])
def test_round197_view_words_left_out(key: str) -> None:
    words = play_words(key)
    assert not {"watching", "watched", "position"} & set(words), (key, words)


def test_round197_view_episode_rows_need_a_moment_and_a_name() -> None:
    row = {"seriali": "s-1", "titulli": "A", "episodi": 4, "data": "2026-02-03T21:05:00Z"}
    assert episode_moment_rows([row, dict(row, episodi=5)])
    assert not episode_moment_rows([{"titulli": "A", "episodi": 4}])  # no moment
    assert not episode_moment_rows([{"episodi": 4, "data": "2026-02-03T21:05:00Z"}])  # no name
    order = {"porosiaId": "o-1", "totali": 5.5, "data": "2026-02-03T21:05:00Z"}
    assert not episode_moment_rows([order])  # an order history: no episode


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "a Haitian video player's event: paused (an poz), the video and the position",
        {
            "url": "https://api.example-tele.ht/v1/evenman",
            "method": "POST",
            "json": {"evenman": "an_poz", "videyo_id": "v-77", "pozisyon": 311},
        },
        "viewing_history.player_event_params",
    ),
    (
        "an Albanian film app's watching time (koha e shikimit) for a film",
        {
            "url": "https://api.example-kinema.al/v1/statistika",
            "method": "POST",
            "json": {"filmiId": "f-99", "koha_shikimit": 2410},
        },
        "viewing_history.playback_record",
    ),
    (
        "an Albanian video app's Meta custom event: a video by id and the seconds watched",
        {
            "url": "https://graph.facebook.com/v19.0/99887766/activities",
            "method": "POST",
            "form": {
                "event": "CUSTOM_APP_EVENTS",
                "custom_events": '[{"_eventName":"shikim_videoje","fb_content_type":"video",'
                '"fb_content_id":"film-771","sekonda_shikuar":640}]',
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "an Albanian app's Adjust partner params: a video id and the percentage watched",
        {
            "url": "https://app.adjust.com/event",
            "method": "POST",
            "form": {
                "app_token": "abc123def456",
                "event_token": "k9k9k9",
                "partner_params": '{"videoId":"v-1203","perqindja_shikuar":"75"}',
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "a Haitian TV app's AppsFlyer event value: a series id and the seconds watched",
        {
            "url": "https://inapps.appsflyer.com/api/v6.9/androidevent?app_id=ht.example.tele",
            "method": "POST",
            "json": {
                "eventName": "gade_videyo",
                "eventValue": '{"af_content_id":"ser-4411","segonn_gade":540}',
                "appsflyer_id": "1700000000000-1234567",
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "a Haitian app's Branch custom data: a programme id and the percentage watched",
        {
            "url": "https://api2.branch.io/v2/event/custom",
            "method": "POST",
            "json": {
                "name": "kontinye_gade",
                "custom_data": {"emisyon_id": "flm-88", "pousantaj_gade": "80"},
                "user_data": {"os": "Android"},
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "a Haitian podcast app's resume: the episode and where the listener got to",
        {
            "url": "https://api.example-pod.ht/v1/epizod/ep-4/pozisyon",
            "method": "PUT",
            "json": {"epizod": "ep-4", "kote_ou_rive": 900, "dire": 2700},
        },
        "viewing_history.playback_record",
    ),
    (
        "an Albanian radio app's listening: a station, when it came on and how long",
        {
            "url": "https://api.example-radio.al/v2/degjim",
            "method": "POST",
            "json": {
                "stacioni": "Radio Tirana 1",
                "fillimi": "2026-02-03T08:00:00Z",
                "kohezgjatja": 1800,
            },
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        "an Albanian podcast app's listening history: episodes by number and when heard",
        {
            "url": "https://api.example-pod.al/v1/historiku-degjimit",
            "method": "GET",
            "response": {
                "json": {
                    "lista": [
                        {
                            "podkastId": "pk-1",
                            "titulli": "Bisede",
                            "episodi": 48,
                            "degjuarMe": "2026-02-03T08:00:00Z",
                        },
                        {
                            "podkastId": "pk-2",
                            "titulli": "Histori",
                            "episodi": 7,
                            "degjuarMe": "2026-02-02T08:00:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.history_answer_episode_rows",
    ),
    (
        "a Haitian music app's recently heard songs: each by artist and title, and when",
        {
            "url": "https://api.example-mizik.ht/v1/mwen/denye-koute",
            "method": "GET",
            "response": {
                "json": {
                    "chante": [
                        {
                            "chante_id": "c-1",
                            "atis": "Boukman Eksperyans",
                            "tit": "Kalfou Danjere",
                            "dat_koute": "2026-02-03T08:00:00Z",
                        },
                        {
                            "chante_id": "c-2",
                            "atis": "Tabou Combo",
                            "tit": "New York City",
                            "dat_koute": "2026-02-03T08:10:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.recently_played_id_rows",
    ),
    (
        "an Albanian sports app's live heartbeat: a match and the seconds watched",
        {
            "url": "https://api.example-sport.al/v1/transmetim/puls",
            "method": "POST",
            "json": {"ndeshjaId": 5512, "sekondaShikuar": 1200, "drejtperdrejt": True},
        },
        "viewing_history.match_watched_time",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_round197_view_positives(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), note
