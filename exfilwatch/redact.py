"""Evidence that shows enough to check a finding and never a whole identifier.

This tool holds the most sensitive data a phone has; its own outputs must not
become the leak. Every excerpt goes through `redact` unless the user asked for
`--reveal`.
"""

from __future__ import annotations


def redact(value: object, reveal: bool = False) -> str:
    if isinstance(value, bool) or value is None:
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int) and abs(value) < 1_000_000:
        return str(value)  # durations, positions and counts, not identifiers
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\n", " ").replace("\r", " ")
    if reveal:
        return text if len(text) <= 200 else text[:200] + "…"
    if len(text) <= 4:
        return "…"
    if len(text) <= 12:
        return f"{text[:2]}…{text[-2:]}"
    return f"{text[:4]}…{text[-4:]}"


def excerpt(key: str, value: object, reveal: bool = False) -> str:
    shown = redact(value, reveal)
    return f"{key}={shown}" if key else shown
