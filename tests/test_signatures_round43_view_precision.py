"""Round 43, viewing history precision: an audience count (`assistido_por: 662088`,
watched BY that many people) or an average (`duracao_media_min`) on a "most
watched" rail is a statistic of the title, not one person's history; a lesson's
progress fraction is not viewing. Recall kept: a podcast episode's position with
its id only in the URL path, and an ACR viewing report's rows. Own small payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round43_view_precision.jsonl"
)
CATEGORIES = {"viewing_history", "biometric", "device_id"}


def _exchange(url: str, body: object, method: str = "POST") -> Exchange:
    raw = json.dumps(body).encode()
    return Exchange(
        "t",
        "1",
        Request(method, url, [("content-type", "application/json")], raw),
        Response(204, [], b""),
    )


def _viewing(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"}


POSITIVES = [
    (
        "viewing_history.progress_sync_url_media_path",
        _exchange(
            "https://api.example-radio.mx/v1/podcasts/episodios/208976624/progreso",
            {"posicion_s": 1204, "duracion_s": 3300, "reproducido_en": "2025-03-01T10:00:00Z"},
            "PUT",
        ),
    ),
    (
        "viewing_history.progress_sync_url_media_path",
        _exchange(
            "https://api.example-vod.pl/v1/odcinek/E-9921/postep",
            {"pozycja_ms": 1834000},
            "PATCH",
        ),
    ),
    (
        "viewing_history.endpoint.playback_record",
        _exchange(
            "https://acr.example-tv.eg/v1/viewing/report",
            {
                "psid": "p-1",
                "viewingSegments": [
                    {"contentId": "SH-1", "channel": "CBC", "durationSec": 1260, "source": "acr"}
                ],
            },
        ),
    ),
    (
        "viewing_history.endpoint.playback_record",
        _exchange(
            "https://api.example-tv.com.tr/v1/tv/ABC/izleme-gecmisi",
            {"gecmis": [{"kanal": "TRT 1", "program": "Haber", "sure_dk": 45}]},
        ),
    ),
]


@pytest.mark.parametrize(("rule", "exchange"), POSITIVES)
def test_positive(engine: Engine, rule: str, exchange: Exchange) -> None:
    assert rule in _viewing(engine, exchange)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_hard_negative(engine: Engine, example: dict) -> None:
    found = [f for f in engine.analyse(example_exchange(example)) if f.category in CATEGORIES]
    assert found == [], [f.signature for f in found]


@pytest.mark.parametrize(
    "key",
    ["assistido_por", "duracao_media_min", "watched_by", "avgWatchTime", "vu_par", "izleyici"],
)
def test_aggregate_keys(key: str) -> None:
    assert aggregate_key(key)


@pytest.mark.parametrize(
    "key", ["watched_ms", "media_id", "duracion_s", "posicion_s", "izlenme_suresi", "duration"]
)
def test_personal_keys_are_not_aggregate(key: str) -> None:
    assert not aggregate_key(key)


def test_most_watched_rail_response_is_not_history(engine: Engine) -> None:
    exchange = Exchange(
        "t",
        "1",
        Request(
            "GET", "https://api.example-novela.com.br/v2/home/trilhos/mais-assistidos", [], b""
        ),
        Response(
            200,
            [("content-type", "application/json")],
            json.dumps(
                {"itens": [{"titulo_id": "N1", "assistido_por": 662088, "duracao_media_min": 47}]}
            ).encode(),
        ),
    )
    assert _viewing(engine, exchange) == set()
