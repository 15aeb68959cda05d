"""The README's generated parts match what they describe.

The rule tables in "Signature library" are the output of
`exfilwatch signatures list --format markdown`; regenerate them with that
command when a rule changes.
"""

from __future__ import annotations

from conftest import ROOT

from exfilwatch.cli.signatures import markdown_tables
from exfilwatch.detect.signatures import load_signatures


def _section(text: str, start: str, end: str) -> str:
    head = text.index(start) + len(start)
    return text[head : text.index(end, head)]


def test_rule_tables_are_the_library() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tables = _section(readme, "### The rules\n\n", "### Measured figures")
    expected = markdown_tables(load_signatures())
    assert tables.strip() == expected.strip(), (
        "README rule tables are stale: paste `exfilwatch signatures list --format markdown`"
    )


def test_markdown_tables_list_every_rule_once() -> None:
    rules = load_signatures()
    text = markdown_tables(rules)
    for rule in rules:
        assert text.count(f"| `{rule.id}` |") == 1, rule.id
    assert text.index("### Device identifiers") < text.index("### Viewing history")
