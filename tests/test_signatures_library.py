"""The built-in signature library: every rule loads, and its own examples hold.

Each positive example must trigger its rule alone; each negative example must
not trigger its rule, neither alone nor inside the full library (where other
rules may legitimately fire on it). The library must also keep its promises:
references on every rule, low confidence for bare value shapes, no duplicate
ids.
"""

from __future__ import annotations

from functools import cache

import pytest

from exfilwatch.detect.signatures import (
    Signature,
    SignatureSet,
    builtin_dir,
    example_exchange,
    load_signatures,
)
from exfilwatch.engine import Engine
from exfilwatch.model import Destination

CATEGORIES = {"device_id", "viewing_history", "biometric", "contact"}


class _NoAttribution:
    """Attribution is another module's concern; these tests judge the rules only."""

    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        return Destination(host=host)


def engine_for(signatures: SignatureSet) -> Engine:
    return Engine(signatures=signatures, attributor=_NoAttribution())  # type: ignore[arg-type]


@cache
def _library() -> tuple[Signature, ...]:
    return tuple(load_signatures())


def _ids() -> list[str]:
    return [s.id for s in _library()]


def _rule(rule_id: str) -> Signature:
    return next(s for s in _library() if s.id == rule_id)


@cache
def _full_engine() -> Engine:
    return engine_for(SignatureSet(_library()))


def _fired(engine: Engine, example: dict) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


def test_library_is_not_empty_and_covers_the_three_categories() -> None:
    categories = {s.category for s in _library()}
    assert {"device_id", "viewing_history", "biometric"} <= categories
    assert len(_library()) >= 40


@pytest.mark.parametrize("rule_id", _ids())
def test_rule_metadata(rule_id: str) -> None:
    rule = _rule(rule_id)
    assert rule.category in CATEGORIES
    assert rule.references and all(r.startswith("https://") for r in rule.references)
    assert rule.file.startswith(str(builtin_dir()))
    assert f"/{rule.category}/" in rule.file, "rules live in their category's folder"
    bare_shape = not (rule.keys or rule.key_regex or rule.context or rule.hosts or rule.url_regex)
    if bare_shape and not rule.structures and not rule.media:
        assert rule.confidence <= 0.4, "a bare value shape must be low confidence"


@pytest.mark.parametrize("rule_id", _ids())
def test_positive_examples_trigger_their_rule(rule_id: str) -> None:
    rule = _rule(rule_id)
    engine = engine_for(SignatureSet([rule]))
    for i, example in enumerate(rule.examples["positive"]):
        assert rule_id in _fired(engine, example), f"positive example {i} missed"


@pytest.mark.parametrize("rule_id", _ids())
def test_negative_examples_do_not_trigger_their_rule(rule_id: str) -> None:
    rule = _rule(rule_id)
    alone = engine_for(SignatureSet([rule]))
    for i, example in enumerate(rule.examples["negative"]):
        assert rule_id not in _fired(alone, example), f"negative example {i} fired alone"
        assert rule_id not in _fired(_full_engine(), example), f"negative example {i} fired"


def test_keyless_scalar_rules_are_few() -> None:
    """Scalar rules with neither a key list nor a key pattern run on every string
    node: keep them rare and gated. Key-pattern rules are filtered once per key
    name (the candidate memo), so they cost what a keyed rule costs."""
    sigset = SignatureSet(_library())
    ungated = [r for r in sigset.unkeyed_scalar if r.key_regex is None]
    assert len(ungated) <= 10  # round 64: a face service's crop answer (gated by its path)
    for rule in ungated:
        assert rule.hosts or rule.url_regex or rule.path_regex, rule.id


def test_candidate_memo_gives_the_same_answer_and_stays_bounded() -> None:
    """Keyless rules are filtered by key pattern once per key name; a repeated or
    hostile key name must not change the answer or grow the memo."""
    sigset = SignatureSet(_library())
    rule = _rule("biometric.face_landmarks.face_path")
    example = rule.examples["positive"][1]
    engine = engine_for(sigset)
    first = _fired(engine, example)
    assert first == _fired(engine, example)
    assert rule.id in first
    long_key = "k" * 300
    engine.analyse(example_exchange({"url": "https://a.example/", "json": {long_key: [1, 2]}}))
    assert all(len(key) <= 256 for _, key in sigset._memo)


def test_builtin_pack_passes_the_schema() -> None:
    """Commands load the built-in pack without the schema check; this is that check."""
    from exfilwatch.detect.signatures import builtin_dir, load_dir

    validated = load_dir(builtin_dir(), validate=True)
    assert len(validated) == len(load_signatures()) >= 90
