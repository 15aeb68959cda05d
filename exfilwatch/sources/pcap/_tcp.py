"""One direction of a TCP connection put back in order.

Segments arrive out of order, twice (retransmissions), overlapping, or never
(a capture that dropped them). A `HalfStream` hands its consumer the bytes in
sequence order exactly once; bytes it already delivered are trimmed off a
retransmission; when a hole is not filled before `max_pending` bytes wait
behind it (or the connection ends), the hole is reported as a gap of N bytes
and delivery carries on after it, so what is recoverable is still analysed.
"""

from __future__ import annotations

from collections.abc import Callable

_MOD = 1 << 32
_HALF = 1 << 31

DataSink = Callable[[bytes, float], None]
GapSink = Callable[[int], None]


def seq_diff(a: int, b: int) -> int:
    """a - b in 32-bit sequence space (wraps around)."""
    d = (a - b) % _MOD
    return d - _MOD if d >= _HALF else d


class HalfStream:
    """Reassembles the bytes one endpoint sent; see the module docstring."""

    __slots__ = (
        "bytes",
        "fin",
        "gap_bytes",
        "gaps",
        "max_pending",
        "next_seq",
        "on_data",
        "on_gap",
        "pending",
        "pending_bytes",
        "retransmitted",
    )

    def __init__(self, on_data: DataSink, on_gap: GapSink, max_pending: int) -> None:
        self.on_data = on_data
        self.on_gap = on_gap
        self.max_pending = max_pending
        self.next_seq: int | None = None
        self.pending: dict[int, tuple[bytes, float]] = {}
        self.pending_bytes = 0
        self.bytes = 0
        self.gaps = 0
        self.gap_bytes = 0
        self.retransmitted = 0
        self.fin = False

    def syn(self, isn: int) -> None:
        """The SYN consumes one sequence number: data starts after it."""
        if self.next_seq is None:
            self.next_seq = (isn + 1) % _MOD

    def add(self, seq: int, data: bytes, ts: float) -> None:
        if not data:
            return
        if self.next_seq is None:
            self.next_seq = seq  # joined mid-connection: start where we are
        diff = seq_diff(seq, self.next_seq)
        if diff < 0:
            if diff + len(data) <= 0:
                self.retransmitted += 1
                return
            data = data[-diff:]
            diff = 0
        if diff > 0:
            old = self.pending.get(seq)
            if old is None or len(old[0]) < len(data):
                self.pending_bytes += len(data) - (len(old[0]) if old else 0)
                self.pending[seq] = (data, ts)
            if self.pending_bytes > self.max_pending:
                self.skip_gap()
            return
        self._emit(data, ts)
        if self.pending:
            self._drain()

    def _emit(self, data: bytes, ts: float) -> None:
        self.next_seq = (self.next_seq + len(data)) % _MOD  # type: ignore[operator]
        self.bytes += len(data)
        self.on_data(data, ts)

    def _drain(self) -> None:
        """Deliver what waited behind a hole that is now filled (or skipped)."""
        base = self.next_seq
        for seq in sorted(self.pending, key=lambda s: seq_diff(s, base)):  # type: ignore[arg-type]
            diff = seq_diff(seq, self.next_seq)  # type: ignore[arg-type]
            if diff > 0:
                break
            data, ts = self.pending.pop(seq)
            self.pending_bytes -= len(data)
            if diff + len(data) > 0:
                self._emit(data[-diff:] if diff else data, ts)

    def skip_gap(self) -> None:
        """Give up on the oldest hole: report it and go on after it."""
        if not self.pending:
            return
        first = min(self.pending, key=lambda s: seq_diff(s, self.next_seq))  # type: ignore[arg-type]
        missing = seq_diff(first, self.next_seq)  # type: ignore[arg-type]
        if missing > 0:
            self.gaps += 1
            self.gap_bytes += missing
            self.next_seq = first
            self.on_gap(missing)
        self._drain()

    def flush(self) -> None:
        """At the end of the connection: deliver everything, holes reported."""
        while self.pending:
            self.skip_gap()
