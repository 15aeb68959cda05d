"""Round 33, viewing history: words the lexicon lacked (Nordic "listened" and
"played", Yoruba and Hausa time and length, sermons as lectures, Thai episode and
title phrases, Hebrew and Urdu "continue", ids named in the language, the
Hungarian `Mp` seconds suffix). Own small payloads, not the held-out sets'."""

from __future__ import annotations

import json

import pytest

from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response


def _viewing(
    engine: Engine, url: str, body: dict | None = None, response: dict | None = None
) -> bool:
    req = Request(
        "POST" if body is not None else "GET",
        url,
        [("content-type", "application/json")],
        json.dumps(body).encode() if body is not None else b"",
    )
    resp = Response(
        200, [("content-type", "application/json")], json.dumps(response or {}).encode()
    )
    found = Engine.analyse(engine, Exchange("t", "1", req, resp))
    return any(f.category == "viewing_history" for f in found)


POSITIVES = [
    (
        "https://api.example-pod.no/v1/framdrift",
        {"episode": "e-9", "posisjon": 310, "lyttet": 0.4, "avspilt_sekunder": 30},
    ),
    (
        "https://api.example-pod.dk/v1/status",
        {"episode": "e-3", "posisjon": 95, "afspillet_sekunder": 20},
    ),
    (
        "https://api.example-orin.ng/v1/log",
        {"orin": "afrobeat-1", "igba_ti_gbo": 140, "igba_gbogbo": 200},
    ),
    (
        "https://api.example-church.ng/v1/wo",
        {"iwaasu_id": "svc-4", "akoko_wiwo": 900, "gigun": 3600},
    ),
    (
        "https://log.example-lakorn.th/v1/du",
        {
            "items": [
                {
                    "content_id": "d-1",
                    "chue_rueang": "x",
                    "ton_thi": 3,
                    "tamnaeng": 500,
                    "khwam_yao": 2700,
                }
            ]
        },
    ),
    (
        "https://api.example-film.hu/v1/naplo",
        {"filmAzonosito": "f-11", "pozicioMp": 600, "hosszMp": 5400},
    ),
]


@pytest.mark.parametrize(("url", "body"), POSITIVES)
def test_playback_in_new_words(engine: Engine, url: str, body: dict) -> None:
    assert _viewing(engine, url, body)


def test_continue_list_in_urdu(engine: Engine) -> None:
    items = [
        {"drama": "d-1", "qist": 4, "ruka_hua": 700},
        {"drama": "d-2", "qist": 9, "ruka_hua": 120},
    ]
    assert _viewing(engine, "https://api.example-tv.pk/v1/jaari", response={"items": items})


NEGATIVES = [
    ("https://api.example-church.ng/v1/iwaasu", {"iwaasu": [{"iwaasu_id": "s-1", "gigun": 5400}]}),
    ("https://api.example-spill.no/v1/resultat", {"spill": "sjakk", "spilt": 12, "vunnet": 7}),
    ("https://api.example-shop.hu/v1/termek", {"termekAzonosito": "t-1", "hossz": 120, "ar": 4990}),
]


@pytest.mark.parametrize(("url", "body"), NEGATIVES)
def test_catalogues_and_games_are_not_viewing(engine: Engine, url: str, body: dict) -> None:
    assert not _viewing(engine, url, body)
