"""Round 44 (held-out sets 123, 127 and 130: English, French, Darija in Arabizi, Brazilian
Portuguese): the families behind the sets' viewing misses and false positives, tested
in spellings, languages and apps the sets never used, with look-alikes that stay silent.

Families: a programme's id with the playhead in that programme on any beacon (an SSAI
ad-break beacon is fired from inside the programme); a live-TV tuning log that names
its channels by logical channel number and DVB service name, timed by a dwell; a
station's own playout fetched by anyone is no one's listening; a live player's keep-alive
naming the channel is its viewer's live viewing; Moroccan Darija in
Arabizi has words for every viewing class; Portuguese `em` ("watched at") dates a row."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.programme_positions import (
    programme_position_key,
    programme_position_params,
)

VIEW = {"viewing_history"}


def _found(engine: Any, example: dict[str, Any]) -> set[str]:
    return signatures_found(engine, example, VIEW)


# -- a programme's id and the playhead in it, on any beacon ---------------------------


@pytest.mark.parametrize(
    "url",
    [
        # an English SSAI break-end beacon (episode id and the content playhead, ms)
        "https://ssai.example-freeview.co.uk/b?type=breakEnd&episodeId=ep-22071&contentPositionMs=1830000",
        # Spanish content beacon: the programme's code and its position
        "https://medicion.example-tele.es/pixel?idPrograma=PR88120&posicionPrograma=1622",
        # Italian ad-resume beacon: the programme's id and its position in seconds
        "https://adv.example-rete.it/ripresa?evento=fine_pausa&programmaId=pg77&posizioneProgrammaSec=905",
        # Dutch: a numeric programme id and the programme's playhead
        "https://ads.example-omroep.nl/ssai?ev=breakStart&programmaId=551208&programmaPositieSec=733",
    ],
)
def test_a_programme_and_its_playhead_on_a_beacon_is_viewing(engine: Any, url: str) -> None:
    assert "viewing_history.programme_position_beacon" in _found(engine, {"url": url})


@pytest.mark.parametrize(
    "params",
    [
        {"event": "firstQuartile", "adId": "ad5512", "creativeId": "cr882", "quartile": "1"},
        {"evenement": "progression", "idProgramme": "pg2201", "positionPub": "12"},
        {"evento": "quartil", "idPrograma": "pg2201", "posicaoAnuncioSeg": "12"},
        {"contentId": "c1182", "contentPosition": "45", "row": "2"},
        {"contenuId": "c8812", "positionContenu": "4"},
        {"programmeId": "pg2201", "programmePosition": "1200", "rank": "3"},
    ],
)
def test_ad_positions_slots_and_creatives_are_no_programme_playhead(params: dict) -> None:
    assert programme_position_params(params) is None


@pytest.mark.parametrize("key", ["adPositionSec", "positionPub", "viewersContentPosition"])
def test_an_ads_or_an_audiences_position_is_not_the_programmes(key: str) -> None:
    assert programme_position_key(key) is None


# -- a live-TV tuning log by channel number and service name --------------------------


def test_a_tuning_log_by_channel_number_and_service_name_is_viewing(engine: Any) -> None:
    log = {
        "url": "https://telemetry.example-saorview.ie/v2/tuning-log",
        "method": "POST",
        "json": {
            "tunings": [
                {"lcn": 2, "service_name": "RTÉ One", "start": "2025-03-01T20:00:00Z",
                 "dwell_s": 1860},
                {"lcn": 3, "service_name": "RTÉ2", "start": "2025-03-01T20:31:00Z",
                 "dwell_s": 420},
            ]
        },
    }  # fmt: skip
    assert "viewing_history.channel_tuning_rows" in _found(engine, log)


def test_a_channel_scan_has_numbers_and_names_but_no_viewing(engine: Any) -> None:
    scan = {
        "url": "https://telemetry.example-saorview.ie/v2/logs/scan",
        "method": "POST",
        "json": {"services": [{"lcn": 2, "service_name": "RTÉ One", "frequency_khz": 474000}]},
    }
    assert _found(engine, scan) == set()


# -- a station's playout, fetched by anyone ------------------------------------------

_RECENT = [
    {"artist": "Fontaines D.C.", "title": "Starburster", "playedAt": "2025-03-01T09:56:10Z"},
    {"artist": "Kneecap", "title": "H.O.O.D.", "playedAt": "2025-03-01T09:52:40Z"},
]


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-fm.ie/v1/stations/dublin-fm/now-playing",
        "https://api.example-radio.be/v1/radios/classic-21/derniers-titres",
        "https://api.example-omroep.nl/v2/zenders/radio-2/nu",
        "https://api.example-gorsaf.cymru/v1/gorsafoedd/radio-cymru/chwarae",
    ],
)
def test_a_stations_recently_played_is_no_ones_listening(engine: Any, url: str) -> None:
    feed = {"url": url, "method": "GET", "response": {"json": {"recentlyPlayed": _RECENT}}}
    assert _found(engine, feed) == set()


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-fm.ie/v1/me/stations/dublin-fm/recently-played",
        "https://api.example-fm.ie/v1/stations/dublin-fm/recently-played?userId=u-88120",
    ],
)
def test_a_persons_own_recently_played_stays(engine: Any, url: str) -> None:
    mine = {"url": url, "method": "GET", "response": {"json": {"recentlyPlayed": _RECENT}}}
    assert _found(engine, mine)


# -- a live player's keep-alive naming the channel -----------------------------------

HEARTBEAT = "viewing_history.live_channel_heartbeat"


@pytest.mark.parametrize(
    ("url", "body"),
    [
        (
            "https://api.example-direct.fr/v3/en-direct/ping",
            {"chaine": "Info Continu", "evenement": "heartbeat", "secondes_connecte": 912},
        ),
        (
            "https://api.example-reality.com.br/v2/ao-vivo/batimento",
            {"canal": "fazenda-24h", "angulo": "curral", "evento": "heartbeat", "minutos": 41},
        ),
    ],
)
def test_a_live_keep_alive_naming_the_channel_is_viewing(engine: Any, url: str, body: dict) -> None:
    assert HEARTBEAT in _found(engine, {"url": url, "method": "POST", "json": body})


@pytest.mark.parametrize(
    ("url", "body"),
    [
        # a chat's presence heartbeat: no live path
        ("https://chat.example-team.com/api/presence",
         {"channel": "general", "event": "heartbeat", "idle_seconds": 30}),
        # a studio encoder's keep-alive on a live path: equipment, not a viewer
        ("https://ops.example-studio.com/v1/live/heartbeat",
         {"channel": "Studio B", "event": "heartbeat", "encoder": "enc-7", "uptime_seconds": 5000}),
        # an audience figure: how many watch, not one viewer
        ("https://stats.example-live.com/v1/live/heartbeat",
         {"channel": "News 24", "event": "heartbeat", "concurrent_viewers": 18200, "seconds": 60}),
    ],
)  # fmt: skip
def test_presence_equipment_and_audience_pings_are_no_live_viewing(
    engine: Any, url: str, body: dict
) -> None:
    assert HEARTBEAT not in _found(engine, {"url": url, "method": "POST", "json": body})


# -- Moroccan Darija in Arabizi --------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("wa9t_sma3", ("time", "listen")),
        ("tferrej_modda", ("watching", "duration")),
        ("l7al9a_w9eft", ("episode", "stopped")),
        ("d9aye9_mubachir", ("minutes", "live")),
        ("bernamej", ("programme",)),
        ("l9anat", ("channel",)),
        ("sma3t", ("listened",)),
        ("idha3a", ("radio_station",)),
    ],
)
def test_darija_words_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_a_darija_listening_session_is_viewing(engine: Any) -> None:
    session = {
        "url": "https://api.example-idha3a.ma/v2/sessions",
        "method": "POST",
        "json": {"bernamej": "Sba7 l5ir", "bdit": "2025-03-01T08:00:00Z", "modda_sma3": 2710},
    }
    assert _found(engine, session)


def test_a_darija_watching_session_is_viewing(engine: Any) -> None:
    session = {
        "url": "https://api.example-tfarja.ma/v1/tfarja",
        "method": "POST",
        "json": {"mousalsal": "Lmktoub", "l7al9a": 14, "tferrej_tawani": 1840},
    }
    assert _found(engine, session)


# -- Portuguese `visto_em`, French `vu_le` ---------------------------------------------


def test_portuguese_watched_at_rows_are_history(engine: Any) -> None:
    watched = [
        {"clipe": "c-4410", "nome": "Melhores momentos", "assistido_em": "2025-03-01T22:10:00Z"},
        {"clipe": "c-4411", "nome": "Entrevista", "assistido_em": "2025-03-01T22:20:00Z"},
    ]
    rows = {
        "url": "https://api.example-clube.com.br/v2/conta/videos-assistidos",
        "method": "GET",
        "response": {"json": {"historico": watched}},
    }
    assert _found(engine, rows)
