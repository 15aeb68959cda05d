"""Round 45 (look-alikes round 44's engineers noticed): numbers where a playhead would sit
that measure something else, and audiences named in more languages.

- An ad beacon's OWN place (`positionPub`, French pub = publicité; Spanish
  `posicionAnuncio`, German `werbePosition`, Italian `posizioneSpot`): the ad's slot in
  the break is no playhead (`structures/not_playheads.py`, read by `playback_record`,
  `player_event_params`, `named_playback`, `player_event_beacon` and the endpoint reader).
  `pub` is an ad only beside a place or a length, so `pubDate` keeps its meaning.
- A CMS or a home screen placing a tile in a rail (`contentPosition=45&row=2`): a row,
  rail, shelf, carousel, tile or slot in the exchange makes `playback_position` quiet.
- A chat's presence heartbeat (`secondsOnline`, `secondesEnLigne`, `sekundenOnline`) and a
  studio encoder's keep-alive (`encoder`, `codificador`, `uptimeSec`): the link's or the
  machine's time, not a viewer's.
- Viewers and listeners as agent nouns in more languages (`spectateurs`,
  `telespectateurs`, `kijkers`, `tittare`, `gledatelji`, `nezok`...) are an audience, and
  the one unnamed number beside an audience count is another ratings column.

What still counts: the programme's own position on an SSAI beacon beside the ad's slot, a
podcast's position beside its `pubDate`, a live player's keep-alive counting seconds on
air, a bookmark's `contentPosition` with no rail or row."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.detect.structures.not_playheads import ad_owned_key, online_time_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_lookalikes.jsonl"

POSITIVES = [
    {
        "note": "an SSAI beacon: the ad's slot beside the programme's own position",
        "url": "https://ssai.example-tv.co.uk/b?evt=adBreakEnd&contentId=ep-91x&contentPositionSec=1830&adPosition=2",
        "method": "GET",
    },
    {
        "note": "a French pause beacon: idProgramme and positionSec beside an ad count",
        "url": "https://stats.example-replay.fr/v1/evenements?evenement=pause&idProgramme=p-4471a&positionSec=1422&nbPub=3",
        "method": "GET",
    },
    {
        "note": "a podcast's progress beside the episode's pubDate",
        "url": "https://api.example-pods.fr/v1/progress",
        "method": "POST",
        "json": {
            "episodeId": "ep-5521",
            "pubDate": "2026-03-01T06:00:00Z",
            "position_sec": 1260,
            "event": "pause",
        },
    },
    {
        "note": "a live player's keep-alive: channel and seconds on air",
        "url": "https://live.example-tvbr.com.br/api/heartbeat",
        "method": "POST",
        "json": {"evento": "heartbeat", "canal": "reality-24h", "segundos_no_ar": 2037},
    },
    {
        "note": "a bookmark's contentPosition with no rail or row",
        "url": "https://api.example-stream.com/v1/bookmarks?contentId=ep-2231&contentPosition=1845",
        "method": "PUT",
    },
    {
        "note": "a heartbeat host's player beacon: episode code and playhead",
        "url": "https://hb.example-tv.com/hb?e=hb&f=EP29499&p=1310",
        "method": "GET",
    },
    {
        "note": "a Polish watch log at a viewing endpoint: program and seconds",
        "url": "https://api.example-telewizja.pl/v1/ogladanie/historia",
        "method": "POST",
        "json": {"program": "Fakty", "sekundy": 1320},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round134_real_playheads_beside_the_lookalikes_are_still_found(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round134_ad_slots_layouts_presence_and_audiences_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    "key", ["positionPub", "dureePub", "posicionAnuncio", "werbePosition", "posizioneSpot"]
)
def test_round134_an_ad_word_makes_the_position_the_ads(key: str) -> None:
    assert ad_owned_key(key)


@pytest.mark.parametrize("key", ["pubDate", "pub_date", "contentPosition", "positionSec"])
def test_round134_pub_alone_or_no_ad_word_is_not_an_ad(key: str) -> None:
    """`pubDate` is a feed item's publication date: `pub` needs a place or a length."""
    assert not ad_owned_key(key)


@pytest.mark.parametrize(
    "key", ["secondsOnline", "onlineSec", "uptimeSec", "secondesEnLigne", "segundosEnLinea"]
)
def test_round134_time_online_or_up_is_a_links(key: str) -> None:
    assert online_time_key(key)


@pytest.mark.parametrize("key", ["segundos_no_ar", "positionSec", "watchedSeconds"])
def test_round134_a_players_counts_are_not_time_online(key: str) -> None:
    assert not online_time_key(key)


@pytest.mark.parametrize(
    "key",
    ["spectateurs", "téléspectateurs", "kijkers", "tittare", "telespectatori", "gledatelji",
     "nézők", "zuhörer", "Zuschauerzahl", "katsojat", "dinleyici", "зрители", "θεατές"],
)  # fmt: skip
def test_round134_viewers_and_listeners_are_an_audience(key: str) -> None:
    assert aggregate_key(key)
