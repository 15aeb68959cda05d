"""The generators of held-out sets 3 to 20: deterministic for a seed, labels
consistent with the carriers they were written from, every input format
describing the same flows, and the guard against an unlabelled identifier.

No scoring here: a set is scored against the signatures once, when it is first
written (tests/test_heldout*.py hold the scores).
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.heldout.flowmodel import Carrier
from tests.heldout.setwriter import summarise

FILES = ("session.har", "session.flows", "replay.json", "known.yaml", "labels.json")
SENSITIVE = ("biometric", "viewing_history", "device_id")


SETS = tuple(range(3, 288))


@pytest.fixture(
    scope="module",
    params=[pytest.param(n, marks=pytest.mark.xdist_group(f"gen{n}")) for n in SETS],
    ids=[f"set{n}" for n in SETS],
)
def set_number(request: pytest.FixtureRequest) -> int:
    return request.param


def _module(number: int, name: str) -> ModuleType:
    return importlib.import_module(f"tests.heldout{number}.{name}")


@pytest.fixture(scope="module")
def small_set(set_number: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(f"h{set_number}a")
    _module(set_number, "generate").generate(out, seed=5, flows=300)
    return out


# Determinism and seeding are checked on 120 flows, as the other-process check does:
# every app of a set has its turn by then, and the 300-flow sample above is for shares.
TINY = 120


@pytest.fixture(scope="module")
def tiny_set(set_number: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(f"h{set_number}t")
    _module(set_number, "generate").generate(out, seed=5, flows=TINY)
    return out


def _labels(folder: Path) -> dict:
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


def test_same_seed_gives_identical_files(set_number: int, tiny_set: Path, tmp_path: Path) -> None:
    _module(set_number, "generate").generate(tmp_path, seed=5, flows=TINY)
    for name in FILES:
        assert (tiny_set / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_other_seed_differs(set_number: int, tiny_set: Path, tmp_path: Path) -> None:
    _module(set_number, "generate").generate(tmp_path, seed=6, flows=TINY, replay=False)
    assert (tiny_set / "labels.json").read_bytes() != (tmp_path / "labels.json").read_bytes()
    assert not (tmp_path / "replay.json").exists()


def test_labels_agree_with_their_carriers(set_number: int, small_set: Path) -> None:
    doc = _labels(small_set)
    assert doc["set"] == set_number and doc["format"] == "exfilwatch-heldout-labels/1"
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


# Precision stress sets: about nine tenths ordinary look-alike apps and a few dozen
# sensitive flows per 1,500, so a 300-flow sample may hold no opaque carrier of a
# category; what they must hold is a large share of ordinary traffic.
PRECISION_STRESS = frozenset(
    {43, 45, 47, 49, 51, 53, 55, 57, 60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88}
    | {90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 112, 114, 116, 125, 128, 132}
    | {138, 142, 146, 150, 154, 158, 162, 166, 170, 173, 176, 179, 183, 187, 191, 195, 199}
    | {202, 205, 208, 211, 214, 217, 220, 223, 226, 229, 232, 236, 239, 242, 245, 248, 251, 254}
    | {260, 263, 266, 269}
    | {275, 278, 281, 284, 287}
)


# Set 101's only opaque device carrier (an id inside Adjust's callback_params) rides
# in flows that also carry a readable id, so every device flow of the set is readable
# as a flow (its writer's choice; the label of the carrier itself is honest).
ALL_READABLE_IN_SAMPLE = frozenset({(101, "device_id")})


# Sets 248 and 251 were written as stress sets, then relabelled: the guests' and
# patrons' faces and the rooms' viewing that the ship and the resort handle are
# biometric and viewing history (the categories are about the data, as in 223 and
# 232), which leaves ordinary traffic at 0.69 and 0.73 of their 300-flow samples.
NEGATIVE_SHARE = {248: 0.65, 251: 0.7}


def test_every_category_has_both_kinds_of_flow(set_number: int, small_set: Path) -> None:
    summary = _labels(small_set)["summary"]
    stress = set_number in PRECISION_STRESS
    for cat in SENSITIVE:
        assert summary.get(f"{cat}:signature_detectable", 0) > 0, cat
        readable = stress or (set_number, cat) in ALL_READABLE_IN_SAMPLE
        assert readable or summary[cat] > summary[f"{cat}:signature_detectable"], cat
    total = len(_labels(small_set)["flows"])
    # ordinary traffic is a large share of any session, most of a precision stress set
    lowest = NEGATIVE_SHARE.get(set_number, 0.8 if stress else 0.3)
    assert summary["negative"] > lowest * total
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


_IN_URL_OR_HEADER = re.compile(r"(query|header|path|url)\b", re.IGNORECASE)


def _known(carrier: Carrier) -> bool:
    return carrier.category == "device_id" and carrier.known and carrier.encoding == "plain"


def _guard_victim(flows: list) -> Any:
    """A flow with one of the phone's known identifiers, in its URL or a header where
    the guard always reads it if the set has one (an SDK-made install id is labelled
    too but is no known.yaml value; a body the app gzips itself is opaque to it)."""
    known = [f for f in flows if any(_known(c) for c in f.carriers)]
    visible = [
        f for f in known if any(_known(c) and _IN_URL_OR_HEADER.match(c.where) for c in f.carriers)
    ]
    return (visible or known)[0]


@pytest.mark.parametrize("number", SETS)
def test_every_device_identifier_in_a_flow_is_labelled(number: int) -> None:
    """The generator's own guard: an identifier slipped in without a carrier fails."""
    check_labels = _module(number, "generate").check_labels
    phone, flows = _module(number, "session").generate_session(9, 120)
    check_labels(phone, flows)
    victim = _guard_victim(flows)
    kept: list[Carrier] = list(victim.carriers)
    victim.carriers.clear()
    with pytest.raises(AssertionError, match="unlabelled"):
        check_labels(phone, flows)
    victim.carriers.extend(kept)


# Set 89's dating app sends an MD5 of the ANDROID_ID in a header on every call (an
# opaque carrier): in the 300-flow sample that app's share of the traffic puts half
# the device-id flows behind an opaque carrier (0.27 of them at 1,500 flows).
OPAQUE_SHARE_LIMITS = {(89, "device_id"): 0.55}


def test_sensitive_flows_are_mostly_but_not_all_detectable(
    set_number: int, small_set: Path
) -> None:
    summary = _labels(small_set)["summary"]
    lowest = 0.0 if set_number in PRECISION_STRESS else 0.01
    for cat in SENSITIVE:
        share = 1 - summary[f"{cat}:signature_detectable"] / summary[cat]
        floor = 0.0 if (set_number, cat) in ALL_READABLE_IN_SAMPLE else lowest
        highest = OPAQUE_SHARE_LIMITS.get((set_number, cat), 0.45)
        assert floor <= share < highest, (cat, share)  # some opaque carriers, most readable


def test_same_seed_gives_identical_files_in_another_process(tmp_path: Path) -> None:
    """Python seeds `hash()` per process: a set must not depend on it (set 2 once did).
    Two processes with other hash seeds build every set (tests/heldout/digests.py)."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    numbers = ["", "2", *map(str, SETS)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.heldout.digests", str(tmp_path / seed), *numbers],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2")
    ]  # fmt: skip
    outputs = [proc.communicate() for proc in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-2000:]
    first, second = (json.loads(out) for out, _ in outputs)
    assert set(first) == set(numbers)
    differ = [n or "1" for n in numbers if first[n] != second[n]]
    assert not differ, f"sets whose files depend on PYTHONHASHSEED: {differ}"
