"""The matcher's memos (`SignatureSet._value_fits`, `_exchange_fits`) must never change
what is found: a value's remembered answers are keyed by its exact type, and a URL's by
the URL and method."""

from __future__ import annotations

from typing import Any

from exfilwatch.decode import decode_exchange
from exfilwatch.detect.signatures import SignatureSet, compile_signature, example_exchange


def _rule(rule_id: str, match: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rule_id,
        "title": rule_id,
        "description": "a test rule",
        "category": "device_id",
        "severity": "low",
        "confidence": 0.5,
        "references": ["https://example.org"],
        "match": match,
        "examples": {"positive": [], "negative": []},
    }


def _found(rules: SignatureSet, example: dict[str, Any]) -> list[tuple[str, str]]:
    exchange = example_exchange(example)
    hits = rules.match(exchange, decode_exchange(exchange))
    return sorted((hit.signature.id, str(hit.node)) for hit in hits)


def _set() -> SignatureSet:
    return SignatureSet(
        [
            compile_signature(_rule("test.one", {"value_regex": "^1$"}), "t1"),
            compile_signature(
                _rule("test.one_on_v2", {"value_regex": "^1$", "url_regex": "/v2/"}), "t2"
            ),
        ]
    )


def test_true_and_one_are_remembered_apart() -> None:
    """`True == 1` and they hash alike, but `str(True)` is "True": a memo keyed by the
    value alone would give the flag the number's answer."""
    rules = _set()
    first = _found(rules, {"url": "https://a.example/v1/x", "json": {"n": 1, "flag": True}})
    again = _found(rules, {"url": "https://a.example/v1/x", "json": {"flag": True, "n": 1}})
    assert [rule for rule, _ in first] == ["test.one"]
    assert [rule for rule, _ in again] == ["test.one"]


def test_a_value_seen_before_is_judged_again_by_each_exchange_url() -> None:
    """The value's answer is remembered, its URL test is not shared across URLs."""
    rules = _set()
    on_v1 = _found(rules, {"url": "https://a.example/v1/x", "json": {"n": 1}})
    on_v2 = _found(rules, {"url": "https://a.example/v2/x", "json": {"n": 1}})
    on_v1_again = _found(rules, {"url": "https://a.example/v1/x", "json": {"n": 1}})
    assert {rule for rule, _ in on_v1} == {"test.one"}
    assert {rule for rule, _ in on_v2} == {"test.one", "test.one_on_v2"}
    assert on_v1_again == on_v1


def test_memos_agree_with_a_fresh_set_on_the_same_exchanges() -> None:
    examples = [
        {"url": "https://a.example/v2/x", "json": {"a": "1", "b": 1, "c": [1, "1", True]}},
        {"url": "https://a.example/v1/x", "form": {"a": "1", "b": "2"}},
        {"url": "https://a.example/v2/x?id=1", "headers": {"x-n": "1"}},
    ]
    warm = _set()
    for example in examples * 2:
        _found(warm, example)
    assert [_found(warm, e) for e in examples] == [_found(_set(), e) for e in examples]
