"""What the proxy keeps of an exchange while it is analysed, and what comes back.

Two channels carry exchanges to the analysis: `child.ProcessChannel` (a child
process, the default) and `threaded.ThreadChannel` (a thread of the proxy's own
process). Both take an exchange without waiting (`submit` says False when the
queue is full) and hand back `Outcome`s on mitmproxy's event loop, in order.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .analysis import Analysed

if TYPE_CHECKING:
    import asyncio

    from ..model import Exchange


@dataclass(slots=True)
class Ticket:
    """The flow (weakly: mitmdump may forget it first) and what the log line names."""

    flow: weakref.ref | None
    method: str
    url: str


@dataclass(slots=True)
class Outcome:
    ticket: Ticket
    result: Analysed | None
    error: tuple[str, str] | None = None
    """(kind, message) when the analysis failed."""


class Channel(Protocol):
    def submit(self, exchange: Exchange, ticket: Ticket) -> bool:
        """Queue an exchange; False (never a wait) when the queue is full."""
        ...

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Deliver outcomes on this loop from now on."""
        ...

    def drain(self, timeout: float) -> bool:
        """Analyse everything queued and deliver it here; False if `timeout` passed first."""
        ...

    def close(self) -> int:
        """Stop; returns how many queued exchanges were abandoned."""
        ...

    def resize(self, max_jobs: int, max_bytes: int) -> None:
        """New queue bounds (the options changed)."""
        ...
