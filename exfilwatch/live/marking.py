"""Findings shown on the flow in mitmproxy's UIs: a marker, a comment line, the metadata.

So that `~marked`, `~comment device_id` and `~meta gps_adid` find the flows a
tester cares about. Runs on the event loop only (flows are not thread-safe).
"""

from __future__ import annotations

from typing import Any

from mitmproxy import http

from .tally import OUR_MARKERS, comment_for, marker_for, worst_category

META_KEY = "exfilwatch"
MAX_FINDINGS_PER_FLOW = 200
"""Findings kept in one flow's metadata (a long WebSocket can carry thousands)."""


def annotate(flow: http.HTTPFlow, findings: list[dict[str, Any]], where: str) -> None:
    """Marker, comment and metadata, merged with what earlier messages of the flow gave."""
    meta = flow.metadata.get(META_KEY)
    if not isinstance(meta, dict):
        meta = {"findings": [], "categories": {}, "more": 0}
        flow.metadata[META_KEY] = meta
    categories: dict[str, int] = meta["categories"]
    for f in findings:
        categories[f["category"]] = categories.get(f["category"], 0) + 1
        if len(meta["findings"]) < MAX_FINDINGS_PER_FLOW:
            meta["findings"].append(f)
        else:
            meta["more"] += 1
    worst = worst_category(categories)
    meta["worst"] = worst
    meta["destination"] = where
    _set_comment(flow, meta, comment_for(categories, where))
    if not flow.marked or flow.marked in OUR_MARKERS:
        flow.marked = marker_for(worst)


def _set_comment(flow: http.HTTPFlow, meta: dict[str, Any], comment: str) -> None:
    """Our line replaces our previous one; a tester's own comment is kept above it."""
    previous = meta.get("comment") or ""
    base = flow.comment or ""
    if previous and base.endswith(previous):
        base = base[: -len(previous)].rstrip("\n")
    flow.comment = f"{base}\n{comment}" if base else comment
    meta["comment"] = comment
