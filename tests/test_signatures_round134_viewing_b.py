"""Round 45 (held-out sets 132, 133), viewing B. Recall: Kurmanji and Sorani Kurdish words
for listening, watching, history, time and position; Turkish past participles holding a
moment (`dinlendi: <date>`, "listened"), recently played plurals, a broadcast's heartbeat;
a numbered recitation or lecture beside a listened amount; an XML viewing report of one
row; a course lesson's video, seconds watched. Precision: a waiting room's, a shop's or a
screen network's proof-of-play is the business's playout, in any language; a lesson's
unitless slide index is no playhead. Own small payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.playouts import screen_playout
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_viewing_b.jsonl"
CATEGORIES = {"viewing_history", "biometric", "device_id"}


def _exchange(
    url: str,
    body: object = None,
    method: str = "POST",
    response: object = None,
    content_type: str = "application/json",
) -> Exchange:
    if isinstance(body, str):
        raw = body.encode()
    else:
        raw = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
    answer = json.dumps(response, ensure_ascii=False).encode() if response is not None else b""
    return Exchange(
        "t",
        "1",
        Request(method, url, [("content-type", content_type)], raw),
        Response(200, [("content-type", "application/json")], answer),
    )


def _viewing(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"}


POSITIVES = {
    "kurmanji_radio_session": _exchange(
        "https://api.example-deng.krd/v1/guhdari",
        {
            "radyo": "deng-fm",
            "dest_pê_kir": "2025-11-03T08:10:00Z",
            "dema_guhdariyê_çirke": 1820,
        },
    ),
    "kurmanji_listening_history": _exchange(
        "https://api.example-deng.krd/v1/bikarhêner/dîrok",
        None,
        "GET",
        {
            "dîroka_guhdarîkirinê": [
                {"stran_id": 5512, "stranbêj": "Ciwan", "guhdarîkirin": "2025-11-03T08:01:00Z"},
                {"stran_id": 5519, "stranbêj": "Rewşen", "guhdarîkirin": "2025-11-03T08:06:00Z"},
            ]
        },
    ),
    "kurmanji_player_event_query": _exchange(
        "https://api.example-deng.krd/v1/lêdan?stran=88120&cih_çirke=95&dem=1762157400000",
        None,
        "GET",
    ),
    "turkish_history_listened_at": _exchange(
        "https://api.example-podcast.com.tr/v2/profil/gecmis",
        None,
        "GET",
        {
            "gecmis": [
                {"baslik": "Sabah Sohbeti 12", "dinlendi": "2025-11-03T07:40:00Z", "sure": 1800},
                {"baslik": "Sabah Sohbeti 13", "dinlendi": "2025-11-03T07:10:00Z", "sure": 1500},
            ]
        },
    ),
    "turkish_recently_played_plural": _exchange(
        "https://api.example-muzik.com.tr/v1/ben/son-calinanlar",
        None,
        "GET",
        {
            "sonCalinanlar": [
                {"parcaId": 71120, "calinmaTarihi": "2025-11-03T07:40:00Z"},
                {"parcaId": 71188, "calinmaTarihi": "2025-11-03T07:36:00Z"},
            ]
        },
    ),
    "turkish_broadcast_heartbeat": _exchange(
        "https://api.example-ekran.com.tr/v1/tekrar/nabiz?yayin_id=ks-22&pozisyon=734",
        None,
        "GET",
    ),
    "turkish_xml_report_one_row": _exchange(
        "https://stb.example-kablo.com.tr/api/izlemeRaporu",
        '<?xml version="1.0"?><izlemeRaporu><kayit kanal="Show TV" '
        'baslangic="2025-11-03T19:00:00Z" sure="1800"/></izlemeRaporu>',
        content_type="application/xml",
    ),
    "numbered_recitation_listened": _exchange(
        "https://api.example-quran.id/v1/log",
        {"surahNo": 36, "listenedSeconds": 640, "date": "2025-11-03T05:10:00Z"},
    ),
    "italian_lesson_video_seconds_watched": _exchange(
        "https://api.example-corsi.it/v1/corsi/ECO-2/lezioni/3/progresso",
        {"secondi_visti": 1260, "durata": 1800},
        "PUT",
    ),
    "spanish_lesson_video_watched_share": _exchange(
        "https://api.example-academia.mx/v1/cursos/FIN-9/lecciones/4/progreso",
        {"segundos_vistos": 940, "porcentaje_visto": 61},
        "PUT",
    ),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_viewing_found(engine: Engine, name: str) -> None:
    assert _viewing(engine, POSITIVES[name]), name


WAITING_ROOM_PLAYS = {
    "plays": [
        {"videoId": "clip-a-30", "startedAt": 1762157400000, "playedSec": 30, "completed": True},
        {"videoId": "clip-b-45", "startedAt": 1762157431000, "playedSec": 45, "completed": True},
    ]
}


@pytest.mark.parametrize(
    "url",
    [
        "https://cms.example-screens.es/v1/players/sala-de-espera-2/pop",
        "https://api.example-praxis.de/v1/wartezimmer/tv-1/protokoll",
        "https://api.example-dooh.com/v1/screens/scr-7/pop",
        "https://api.example-signage.com/v1/devices/d-12/playlog",
    ],
)
def test_business_screen_proof_of_play_is_no_viewing(engine: Engine, url: str) -> None:
    assert not _viewing(engine, _exchange(url, WAITING_ROOM_PLAYS))


def test_person_scoped_path_is_not_a_screen() -> None:
    """A viewer's own player under `/users/<id>/...` stays someone's, even with `pop`."""
    from exfilwatch.decode import decode_exchange

    nodes = decode_exchange(
        _exchange("https://api.example.com/v1/users/u-8/players/p-1/pop", WAITING_ROOM_PLAYS)
    ).nodes
    assert not screen_playout(nodes, "api.example.com")


def test_pop_music_genre_is_not_a_proof_of_play() -> None:
    from exfilwatch.decode import decode_exchange

    nodes = decode_exchange(
        _exchange("https://api.example-radio.com/v1/genres/pop", None, "GET", {"a": 1})
    ).nodes
    assert not screen_playout(nodes, "api.example-radio.com")


def test_hard_negatives_give_no_finding(engine: Engine) -> None:
    dirty = []
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        example = json.loads(line)
        found = [
            f.signature
            for f in engine.analyse(example_exchange(example))
            if f.category in CATEGORIES
        ]
        if found:
            dirty.append((example["note"], found))
    assert not dirty, dirty
