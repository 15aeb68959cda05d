"""Round 45-46 device ids: abbreviated device nouns, thing noun + id/serial keys in
other languages, Tizen DUIDs with a platform tag. Positives and hard negatives are
written here (not copied from any held-out set) so the shapes stay general."""

from __future__ import annotations

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine


def _ids(engine: Engine, url: str, body: dict[str, object]) -> set[str]:
    ex = example_exchange({"url": url, "method": "POST", "json": body})
    return {f.signature for f in engine.analyse(ex) if f.category == "device_id"}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (
            {"dispo": "5c1f0e9a7d3b2a64", "partido": "x", "seg": 60},
            "device_id.device_noun_abbreviation",
        ),
        ({"apar": "2f1c7a8e-4b3d-4e6f-9a01-5c2d7e8f9b10"}, "device_id.device_noun_abbreviation"),
        ({"espelhoId": "MRR8D5CDEBFD2", "ts": 1}, "device_id.thing_noun_id_multilingual"),
        ({"kamera_sn": "EZC6901234567"}, "device_id.thing_noun_id_multilingual"),
        ({"id_specchio": "a3f9c2e17b6d4e08"}, "device_id.thing_noun_id_multilingual"),
        ({"duid": "T:F620137B060B9", "idContenido": "ep-1"}, "device_id.duid"),
    ],
)
def test_fires(engine: Engine, body: dict[str, object], rule: str) -> None:
    assert rule in _ids(engine, "https://api.example-app.es/v1/evento", body)


@pytest.mark.parametrize(
    "body",
    [
        {"dispo": True, "date": "2026-05-01"},
        {"dev": "staging"},
        {"camaraId": "2"},
        {"sn_camara": "ILCE7M3K"},
        {"espelhoNr": "V5.7.3-2024"},
        {"duid": "T:KANTSU2E"},
        {"pedido": "P-1", "camaraId": "EZC6482913057"},
    ],
)
def test_quiet(engine: Engine, body: dict[str, object]) -> None:
    assert not _ids(engine, "https://api.example-app.es/v1/evento", body)
