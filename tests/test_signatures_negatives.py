"""Ordinary requests (our own corpus, tests/fixtures/negatives) give no finding in
the three categories: precision comes first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import SignatureSet, example_exchange, load_signatures
from exfilwatch.engine import Engine
from exfilwatch.model import Destination

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives"
CATEGORIES = {"device_id", "viewing_history", "biometric"}


class _NoAttribution:
    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        return Destination(host=host)


def _examples() -> list[dict]:
    out = []
    for path in sorted(NEGATIVES.glob("*.jsonl")):
        out += [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return out


def test_corpus_is_large_and_varied() -> None:
    examples = _examples()
    assert len(examples) >= 200
    assert len({e["note"] for e in examples}) >= 12


def test_no_ordinary_request_is_reported() -> None:
    engine = Engine(signatures=SignatureSet(load_signatures()), attributor=_NoAttribution())  # type: ignore[arg-type]
    dirty = []
    for example in _examples():
        found = [
            f.signature
            for f in engine.analyse(example_exchange(example))
            if f.category in CATEGORIES
        ]
        if found:
            dirty.append((example["note"], example["url"][:80], found))
    assert not dirty, dirty


@pytest.mark.parametrize(
    "name",
    [
        "ordinary.jsonl",
        "negatives_round41_view_logs.jsonl",
        "negatives_round118_biometric.jsonl",
        "generic_lookalikes.jsonl",
        "negatives_families.jsonl",
        "negatives_set5.jsonl",
        "negatives_set6.jsonl",
        "negatives_generalise.jsonl",
        "negatives_round8_view_device.jsonl",
        "negatives_round11_view_device.jsonl",
        "negatives_round13_view_device.jsonl",
        "negatives_round15_view_device.jsonl",
        "negatives_round8_biometric.jsonl",
        "negatives_round11_biometric.jsonl",
        "negatives_round13_biometric.jsonl",
        "negatives_round15_biometric.jsonl",
        "negatives_round17.jsonl",
        "negatives_round19_view_device.jsonl",
        "negatives_round29_device.jsonl",
        "negatives_round33_device.jsonl",
        "negatives_round35_device.jsonl",
        "negatives_round96_device.jsonl",
        "negatives_round21_view.jsonl",
        "negatives_round19_biometric.jsonl",
        "negatives_round21_biometric.jsonl",
        "negatives_round25_biometric.jsonl",
        "negatives_round21_device.jsonl",
        "negatives_round25_device.jsonl",
        "negatives_round25_view.jsonl",
        "negatives_round29_view.jsonl",
        "negatives_round33_view.jsonl",
        "negatives_round35_view.jsonl",
        "negatives_round37_view_sdk.jsonl",
        "negatives_round29_biometric.jsonl",
        "negatives_round33_biometric.jsonl",
        "negatives_round35_biometric.jsonl",
        "negatives_round37_biometric.jsonl",
        "negatives_round37_device.jsonl",
        "negatives_round37_view_logs.jsonl",
        "negatives_round41_biometric.jsonl",
        "negatives_round43_biometric.jsonl",
        "negatives_round45_biometric.jsonl",
        "negatives_round41_view_events.jsonl",
        "negatives_round43_device.jsonl",
        "negatives_round43_view_logs.jsonl",
        "negatives_round43_view_precision.jsonl",
        "negatives_round45_view.jsonl",
        "negatives_round45_device.jsonl",
        "negatives_round47_view.jsonl",
        "negatives_round47_biometric.jsonl",
        "negatives_round47_device.jsonl",
        "negatives_round49_device.jsonl",
        "negatives_round49_view.jsonl",
        "negatives_round51_device.jsonl",
        "negatives_round53_device.jsonl",
        "negatives_round53_biometric.jsonl",
        "negatives_round53_viewing.jsonl",
        "negatives_round55_viewing.jsonl",
        "negatives_round55_device.jsonl",
        "negatives_round55_biometric.jsonl",
        "negatives_round57_biometric.jsonl",
        "negatives_round57_device.jsonl",
        "negatives_round57_viewing.jsonl",
        "negatives_round59_device.jsonl",
        "negatives_round59_viewing.jsonl",
        "negatives_round59_biometric.jsonl",
        "negatives_round61_device.jsonl",
        "negatives_round61_biometric.jsonl",
        "negatives_round61_viewing.jsonl",
        "negatives_round63_viewing.jsonl",
        "negatives_round63_biometric.jsonl",
        "negatives_round63_device.jsonl",
        "negatives_round65_device.jsonl",
        "negatives_round68_device.jsonl",
        "negatives_round67_view_recall.jsonl",
        "negatives_round68_biometric.jsonl",
        "negatives_round70_view_precision.jsonl",
        "negatives_round71_view.jsonl",
        "negatives_round72_device.jsonl",
        "negatives_round74_device.jsonl",
        "negatives_round75_device.jsonl",
        "negatives_round75_view.jsonl",
        "negatives_round73_view.jsonl",
        "negatives_round73_biometric.jsonl",
        "negatives_round75_biometric.jsonl",
        "negatives_round78_biometric.jsonl",
        "negatives_round79_biometric.jsonl",
        "negatives_round81_biometric.jsonl",
        "negatives_round78_device.jsonl",
        "negatives_round80_device.jsonl",
        "negatives_round83_device.jsonl",
        "negatives_round84_device.jsonl",
        "negatives_round86_device.jsonl",
        "negatives_round77_view.jsonl",
        "negatives_round79_view.jsonl",
        "negatives_round81_view.jsonl",
        "negatives_round82_view.jsonl",
        "negatives_round85_view.jsonl",
        "negatives_round87_view.jsonl",
        "negatives_round88_device.jsonl",
        "negatives_round88_biometric.jsonl",
        "negatives_round89_view.jsonl",
        "negatives_round92_device.jsonl",
        "negatives_round92_view.jsonl",
        "negatives_round96_biometric.jsonl",
        "negatives_round97_biometric.jsonl",
        "negatives_round97_device.jsonl",
        "negatives_round96_view.jsonl",
        "negatives_round97_view.jsonl",
        "negatives_round98_view.jsonl",
        "negatives_round100_view.jsonl",
        "negatives_round100_device.jsonl",
        "negatives_round100_biometric.jsonl",
        "negatives_round102_device.jsonl",
        "negatives_round102_view.jsonl",
        "negatives_round102_biometric.jsonl",
        "negatives_round110_biometric.jsonl",
        "negatives_round110_view_celtic_ethiopic.jsonl",
        "negatives_round110_device_recall.jsonl",
        "negatives_round110_view_languages.jsonl",
        "negatives_round110_device_precision.jsonl",
        "negatives_round110_view_precision.jsonl",
        "negatives_round114_device_recall.jsonl",
        "negatives_round114_device_precision.jsonl",
        "negatives_round114_biometric.jsonl",
        "negatives_round114_view.jsonl",
        "negatives_round118_view_khmer_lao.jsonl",
        "negatives_round118_device_precision.jsonl",
        "negatives_round118_device_recall.jsonl",
        "negatives_round118_view_ja_pl_fa.jsonl",
        "negatives_round122_view_ph.jsonl",
        "negatives_round122_device_recall.jsonl",
        "negatives_round122_view_ng.jsonl",
        "negatives_round122_celtic.jsonl",
        "negatives_round122_view_am.jsonl",
        "negatives_round122_device_precision.jsonl",
        "negatives_round130_view_west.jsonl",
        "negatives_round130_device_recall.jsonl",
        "negatives_round130_view_my_th.jsonl",
        "negatives_round130_south_asia.jsonl",
        "negatives_round130_precision.jsonl",
        "negatives_round130_mongolian.jsonl",
        "negatives_round134_lookalikes.jsonl",
        "negatives_round134_viewing_b.jsonl",
        "negatives_round134_device.jsonl",
        "negatives_round134_viewing_a.jsonl",
        "negatives_round134_biometric.jsonl",
        "negatives_round134_device_precision.jsonl",
        "negatives_round142_viewing_precision.jsonl",
        "negatives_round142_device.jsonl",
        "negatives_round142_viewing_a.jsonl",
        "negatives_round142_viewing_b.jsonl",
        "negatives_round142_device_precision.jsonl",
        "negatives_round142_biometric.jsonl",
        "negatives_round146_precision.jsonl",
        "negatives_round146_recall.jsonl",
        "negatives_round146_korean.jsonl",
        "negatives_round154_viewA.jsonl",
        "negatives_round154_viewB.jsonl",
        "negatives_round154_viewP.jsonl",
        "negatives_round154_devP.jsonl",
        "negatives_round154_devR.jsonl",
        "negatives_round162_prec.jsonl",
        "negatives_round162_viewA.jsonl",
        "negatives_round162_dev.jsonl",
        "negatives_round162_bio.jsonl",
        "negatives_round162_viewB.jsonl",
        "negatives_round170_prec.jsonl",
        "negatives_round170_viewA.jsonl",
        "negatives_round170_viewB.jsonl",
        "negatives_round170_bio.jsonl",
        "negatives_round170_dev.jsonl",
        "negatives_round176_biodev.jsonl",
        "negatives_round176_view.jsonl",
        "negatives_round184_viewA.jsonl",
        "negatives_round184_viewB.jsonl",
        "negatives_round184_bio.jsonl",
        "negatives_round192_bio.jsonl",
        "negatives_round184_dev.jsonl",
        "negatives_round192_dev.jsonl",
        "negatives_round192_viewA.jsonl",
        "negatives_round192_viewB.jsonl",
        "negatives_round193_view.jsonl",
        "negatives_round197_view.jsonl",
        "negatives_round197_biodev.jsonl",
        "negatives_round200_view.jsonl",
        "negatives_round203_view.jsonl",
        "negatives_round202_prec.jsonl",
        "negatives_round207.jsonl",
        "negatives_round206_view.jsonl",
        "negatives_round211_view.jsonl",
        "negatives_round209.jsonl",
        "negatives_round212.jsonl",
        "negatives_round214.jsonl",
    ],
)
def test_corpus_files_are_valid_examples(name: str) -> None:
    for line in (NEGATIVES / name).read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert example["url"].startswith(("http://", "https://"))
        example_exchange(example)  # builds without error
