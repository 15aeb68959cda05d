"""What the proxy does with the analysis' outcomes, on its event loop: count, show, log.

Outcomes arrive in batches (see `channel`), so each batch is one log record and
one UI update: mitmproxy passes every log record to every addon, and a UI
redraws for every update. An analysis error is logged once per kind and only
counted after that; it never reaches the flow. Dropped exchanges (queue full)
are counted, and logged at most every `DROP_LOG_INTERVAL`. Findings an exchange
taught on earlier ones (`analysis.Late`) count as those exchanges' own, and mark
their flow if the UI's view still holds it.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, deque
from urllib.parse import urlsplit

from mitmproxy import ctx, http
from mitmproxy.hooks import UpdateHook

from .analysis import Analysed, Late
from .channel import Outcome, Ticket
from .marking import annotate
from .tally import Tally, comment_for, destination_label, marker_for, worst_category

logger = logging.getLogger("exfilwatch.addon")

MAX_EXPORT = 50_000
"""Finding lines kept in memory for `exfilwatch.export`; the JSONL file keeps all."""
DROP_LOG_INTERVAL = 10.0


class Results:
    def __init__(self) -> None:
        self.tally = Tally()
        self.recent: deque[str] = deque(maxlen=MAX_EXPORT)
        self.log_findings = True
        self._last_drop_log = 0.0

    def deliver(self, outcomes: list[Outcome]) -> None:
        """Count, mark and log a batch of outcomes (on the event loop, or a draining caller)."""
        updated: list[http.HTTPFlow] = []
        lines: list[str] = []
        for outcome in outcomes:
            if outcome.error is not None:
                self.failed(outcome.ticket, *outcome.error)
                continue
            result = outcome.result
            assert result is not None
            self.tally.add(result.host, result.destination, result.categories)
            if result.lines:
                self._show(outcome.ticket, result, lines, updated)
            for late in result.late:
                self._show_late(outcome.ticket, late, lines, updated)
        if lines:
            logger.info("\n".join(lines))
        if updated:
            _signal_update(updated)

    def _show(
        self, ticket: Ticket, result: Analysed, lines: list[str], updated: list[http.HTTPFlow]
    ) -> None:
        """An exchange's own findings: kept for export, logged, and on its flow."""
        self.recent.extend(result.lines)
        d = result.destination
        where = destination_label(d) if d is not None else "?"
        if self.log_findings:
            lines.append(_log_line(ticket.method, ticket.url, result.categories, where))
        flow = ticket.flow() if ticket.flow is not None else None
        if flow is not None:  # mitmdump forgets flows at once: parse only for a UI's
            annotate(flow, [json.loads(x) for x in result.lines], where)
            updated.append(flow)

    def _show_late(
        self, ticket: Ticket, late: Late, lines: list[str], updated: list[http.HTTPFlow]
    ) -> None:
        """An earlier exchange's findings, learned from this one: counted as its own, and
        on its flow if mitmproxy still holds it (rare: parsed whatever the UI)."""
        self.tally.add_late(late.destination, late.categories, late.first)
        self.recent.extend(late.lines)
        where = destination_label(late.destination)
        found = [json.loads(x) for x in late.lines]
        if self.log_findings:
            line = _log_line(found[0]["method"], found[0]["url"], late.categories, where)
            lines.append(f"{line}  (late: a later flow named this identifier)")
        flow = _flow_of(late.flow, ticket)
        if flow is not None:
            annotate(flow, found, where)
            updated.append(flow)

    def failed(self, ticket: Ticket | None, kind: str, message: str) -> None:
        if self.tally.count_error(kind):
            host = urlsplit(ticket.url).hostname if ticket is not None and ticket.url else None
            where = f" on {host}" if host else ""
            logger.warning(
                f"exfilwatch: analysis failed{where}: {kind}: {message} (traffic unaffected; "
                f"further {kind} errors are counted in the summary, not logged)"
            )

    def dropped(self) -> None:
        total = self.tally.count_dropped()
        now = time.monotonic()
        if total == 1 or now - self._last_drop_log >= DROP_LOG_INTERVAL:
            self._last_drop_log = now
            logger.warning(
                f"exfilwatch: analysis queue full, {total} exchange(s) not analysed so far "
                "(traffic unaffected; raise exfilwatch_queue / exfilwatch_queue_mb)"
            )


def _log_line(method: str, url: str, found: list[str], where: str) -> str:
    """What the log says of one exchange: never the query, which holds the identifiers."""
    categories = Counter(found)
    parts = urlsplit(url)
    return (
        f"exfilwatch: {marker_for(worst_category(categories))} "
        f"{comment_for(categories, where)}  "
        f"{method} {parts.scheme}://{parts.netloc}{parts.path}"
    )


def _flow_of(exchange_id: str, ticket: Ticket) -> http.HTTPFlow | None:
    """The flow an earlier exchange was, if mitmproxy still holds it: the one in hand (a
    WebSocket's earlier message) or one in the UI's view (mitmdump keeps none)."""
    flow_id = exchange_id.split("/", 1)[0]  # a WebSocket message is `{flow id}/ws{index}`
    own = ticket.flow() if ticket.flow is not None else None
    if own is not None and own.id == flow_id:
        return own
    try:
        view = ctx.master.addons.get("view")
    except Exception:  # no master (a bare test)
        return None
    flow = view.get_by_id(flow_id) if view is not None else None
    return flow if isinstance(flow, http.HTTPFlow) else None


def _signal_update(flows: list[http.HTTPFlow]) -> None:
    """Tell a UI (mitmproxy's console or mitmweb) to redraw the flows; mitmdump has none."""
    try:
        if ctx.master.addons.get("view") is not None:
            ctx.master.addons.trigger(UpdateHook(flows))
    except Exception as exc:  # no master (a bare test) or a UI addon failed
        logger.debug(f"exfilwatch: flow update not signalled: {exc}")
