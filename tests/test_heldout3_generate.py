"""Held-out set 3's generator: deterministic for a seed, labels consistent with
the carriers they were written from, every input format describing the same flows.

No scoring here: the set is measured once, by the lead, against the signatures.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.heldout3.generate import generate, summarise

FILES = ("session.har", "session.flows", "replay.json", "known.yaml", "labels.json")
SENSITIVE = ("biometric", "viewing_history", "device_id")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h3a")
    generate(out, seed=5, flows=300)
    return out


def _labels(folder: Path) -> dict:
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


def test_same_seed_gives_identical_files(small_set: Path, tmp_path: Path) -> None:
    generate(tmp_path, seed=5, flows=300)
    for name in FILES:
        assert (small_set / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_other_seed_differs(small_set: Path, tmp_path: Path) -> None:
    generate(tmp_path, seed=6, flows=300, replay=False)
    assert (small_set / "labels.json").read_bytes() != (tmp_path / "labels.json").read_bytes()
    assert not (tmp_path / "replay.json").exists()


def test_labels_agree_with_their_carriers(small_set: Path) -> None:
    doc = _labels(small_set)
    assert doc["set"] == 3 and doc["format"] == "exfilwatch-heldout-labels/1"
    flows = doc["flows"]
    assert len(flows) >= 300
    assert [f["index"] for f in flows] == list(range(len(flows)))
    assert len({f["flow_id"] for f in flows}) == len(flows)
    known_kinds = set(yaml.safe_load((small_set / "known.yaml").read_text()))
    for f in flows:
        cats = {c["category"] for c in f["carriers"]}
        assert f["categories"] == sorted(cats)
        assert set(f["signature_detectable"]) == cats
        for cat in cats:
            expected = any(c["detectable"] for c in f["carriers"] if c["category"] == cat)
            assert f["signature_detectable"][cat] is expected
        for cat, kinds in f["known"].items():
            assert set(kinds) <= known_kinds, (f["index"], kinds)
            assert cat in cats
        for c in f["carriers"]:
            assert c["where"], f["index"]
            assert c["direction"] in ("request", "response")
    assert doc["summary"] == summarise(flows)


def test_every_category_has_both_kinds_of_flow(small_set: Path) -> None:
    summary = _labels(small_set)["summary"]
    for cat in SENSITIVE:
        assert summary.get(f"{cat}:signature_detectable", 0) > 0, cat
        assert summary[cat] > summary[f"{cat}:signature_detectable"], cat
    assert summary["negative"] > summary["device_id"]
    assert summary["negative:decoy"] > 0


def test_inputs_describe_the_labelled_flows(small_set: Path) -> None:
    flows = _labels(small_set)["flows"]
    har = json.loads((small_set / "session.har").read_text(encoding="utf-8"))
    entries = har["log"]["entries"]
    assert [(e["request"]["method"], e["request"]["url"]) for e in entries] == [
        (f["method"], f["url"]) for f in flows
    ]
    replay = json.loads((small_set / "replay.json").read_text(encoding="utf-8"))["requests"]
    assert [r["url"] for r in replay] == [f["url"] for f in flows]
    from exfilwatch.sources import SourceOptions, read_exchanges

    def key(url: str) -> str:  # scheme and port aside, as bench/evaluate.py matches
        parts = urlsplit(url)
        return f"{parts.hostname}{parts.path}?{parts.query}"

    dumped = [
        key(ex.request.url) for ex in read_exchanges(small_set / "session.flows", SourceOptions())
    ]
    assert Counter(dumped) == Counter(key(f["url"]) for f in flows)
