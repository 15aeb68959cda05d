"""The held-out evaluation as a regression gate (issues 2, 3 and 4).

A small session (about 300 flows) is generated into a temp dir, scanned with
the real `exfilwatch scan` command, and scored by bench/evaluate.py. The
thresholds are the issues' "done when" figures; a regression in decoding,
known-value matching, the rule library or attribution fails here. The full-size
figures come from the commands in the README's evaluation section.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from _heldout_common import describe, score
from conftest import ROOT

sys.path.insert(0, str(ROOT))

from tests.heldout.generate import generate

# one xdist worker for the module: its fixtures build the set once
pytestmark = pytest.mark.xdist_group("heldout1")

SEED = 20240514
FLOWS = 300


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heldout")
    generate(out, seed=SEED, flows=FLOWS, replay=False)
    return out


@pytest.fixture(scope="module")
def har_result(heldout: Path) -> dict[str, Any]:
    return score(heldout, "session.har", "both", ["ByteDance"])


@pytest.fixture(scope="module")
def flows_result(heldout: Path) -> dict[str, Any]:
    return score(heldout, "session.flows", "known", ["ByteDance"])


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    generate(a, seed=3, flows=60, replay=True)
    generate(b, seed=3, flows=60, replay=True)
    for name in ("session.har", "session.flows", "replay.json", "known.yaml", "labels.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_set_covers_every_family(heldout: Path) -> None:
    doc = json.loads((heldout / "labels.json").read_text())
    summary = doc["summary"]
    for key in ("biometric", "viewing_history", "device_id", "contact", "negative"):
        assert summary.get(key, 0) > 0, key
    assert summary["biometric:signature_detectable"] >= 10
    flows = doc["flows"]
    encodings = {c["encoding"] for f in flows for c in f["carriers"] if c["known"]}
    assert {"plain", "sha1", "md5", "upper", "nosep"} <= encodings
    assert any(f["decoys"] for f in flows if not f["categories"])
    assert any(c["direction"] == "response" for f in flows for c in f["carriers"])


def test_every_exchange_maps_to_its_label(
    har_result: dict[str, Any], flows_result: dict[str, Any]
) -> None:
    for result in (har_result, flows_result):
        assert result["read_error"] is None
        assert result["unmatched_exchanges"] == 0
        assert result["unmapped_labels"] == 0


@pytest.mark.parametrize("which", ["har", "flows"])
def test_known_values_recall_and_precision(
    which: str, har_result: dict[str, Any], flows_result: dict[str, Any]
) -> None:
    """Issue 2: with --known, recall >= 0.98 and precision >= 0.97 per (flow, category)."""
    score = (har_result if which == "har" else flows_result)["scores"]["known"]
    overall = score["overall"]
    assert overall["recall"] >= 0.98, describe(score)
    assert overall["precision"] >= 0.97, describe(score)


def test_known_values_do_not_hang_on_the_rules(heldout: Path) -> None:
    """bench/evaluate.py reads known values with the built-in rules left out (several
    times faster); that is only a measure of `scan --known` while the rules change no
    known finding. Set 1 has every encoding the known values undo."""
    from exfilwatch.engine import EngineOptions
    from exfilwatch.scan import analyse_file

    def known(builtin: bool) -> list[tuple[str, str, str, str]]:
        engine = EngineOptions(str(heldout / "known.yaml"), builtin_signatures=builtin).build()
        found = analyse_file(heldout / "session.har", engine).findings
        rows = [(f.flow, f.category, f.location, f.signature) for f in found]
        return sorted(r for r in rows if r[3].startswith("known:"))

    with_rules = known(True)
    assert with_rules and known(False) == with_rules


# Set 1 was held out until the rule author was shown its misses (see the README's
# evaluation section for the figures before that); it is now a regression gate.
@pytest.mark.parametrize("category", ["biometric", "viewing_history", "device_id"])
def test_signatures_alone_recall_and_precision(category: str, har_result: dict[str, Any]) -> None:
    """Issue 3: signatures alone, >= 0.95 of the signature-detectable flows, precision >= 0.97."""
    score = har_result["scores"]["signatures"]
    cat = score["per_category"][category]
    assert cat["recall"] >= 0.95, describe(score)
    assert cat["precision"] >= 0.97, describe(score)


def test_attribution_of_major_vendors(har_result: dict[str, Any]) -> None:
    """Issue 4: owner, HQ country and (under --first-party ByteDance) party right."""
    att = har_result["attribution"]
    total = att["total"]
    assert total["flows"] > 50
    wrong = json.dumps(att["wrong"][:10], indent=1)
    assert total["owner_ok"] == total["flows"], wrong
    assert total["country_ok"] == total["flows"], wrong
    assert total["party_ok"] == total["flows"], wrong
