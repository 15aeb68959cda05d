"""Findings as JSON Lines: the exchange format other tools parse."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import IO

from ..model import Destination, Finding

_DESTINATION_ORDER = tuple(Destination.__dataclass_fields__)


def finding_line(finding: Finding) -> str:
    """One JSONL line, `destination` last. A destination repeats across a host's
    findings, so its JSON is made once (a third of the cost of a line)."""
    fields = _dumps(finding.fields_dict())
    return f'{fields[:-1]},"destination":{_destination_json(finding.destination.key())}}}\n'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=4096)
def _destination_json(key: tuple[object, ...]) -> str:
    return _dumps(dict(zip(_DESTINATION_ORDER, key, strict=True)))


def write_findings(out: IO[str], findings: Iterable[Finding], flush: bool = False) -> int:
    count = 0
    for finding in findings:
        out.write(finding_line(finding))
        count += 1
        if flush:
            out.flush()
    return count
