"""Findings as JSON Lines: the exchange format other tools parse."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from ..model import Finding


def finding_line(finding: Finding) -> str:
    return json.dumps(finding.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def write_findings(out: IO[str], findings: Iterable[Finding], flush: bool = False) -> int:
    count = 0
    for finding in findings:
        out.write(finding_line(finding))
        count += 1
        if flush:
            out.flush()
    return count
