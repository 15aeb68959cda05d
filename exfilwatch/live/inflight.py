"""The exchanges the proxy has handed to its analysis process and not yet had answered.

In order: first those still to be written to the pipe (the first of them maybe
half written), then those the child has. The queue's bounds count them all: a
queued exchange keeps its bodies in memory until it is answered, so that a new
child can be given it again if the old one dies. Writing never blocks: what
the pipe cannot take now stays, and goes when the event loop says it can.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field

from .channel import Ticket


@dataclass(slots=True)
class Job:
    ticket: Ticket
    chunks: list[bytes]
    size: int
    left: list[memoryview] = field(default_factory=list)
    """What is still to write of it (filled when it starts going to the pipe)."""

    @property
    def is_exchange(self) -> bool:
        """False for the child's options, which go first to each new child."""
        return bool(self.ticket.method)


class Inflight:
    def __init__(self) -> None:
        self.unsent: deque[Job] = deque()
        self.sent: deque[Job] = deque()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self.unsent) + len(self.sent)

    def fits(self, size: int, max_jobs: int, max_bytes: int) -> bool:
        """Room for one more? One job over the byte budget still goes into an empty queue:
        its bytes are in memory already, and refusing it would leave big bodies unseen."""
        waiting = len(self)
        return waiting < max_jobs and not (waiting and self.bytes + size > max_bytes)

    def add(self, job: Job, first: bool = False) -> None:
        if first:
            self.unsent.appendleft(job)
        else:
            self.unsent.append(job)
        self.bytes += job.size

    def write(self, fd: int) -> bool:
        """Write what the (non-blocking) pipe takes; True when nothing is left to write.

        OSError other than a full pipe (the child is gone) goes to the caller."""
        try:
            while self.unsent:
                job = self.unsent[0]
                if not job.left:
                    job.left = [memoryview(c) for c in job.chunks]
                while job.left:
                    written = os.write(fd, job.left[0])
                    if written < len(job.left[0]):
                        job.left[0] = job.left[0][written:]
                        return False
                    job.left.pop(0)
                self.sent.append(self.unsent.popleft())
        except BlockingIOError:
            return False
        return True

    def answered(self) -> Job:
        """The oldest job the child has: answers come in order."""
        job = self.sent.popleft()
        self.bytes -= job.size
        return job

    def resend(self) -> None:
        """A new child: everything goes again from the start, but the old child's options."""
        jobs = [j for j in (*self.sent, *self.unsent) if j.is_exchange]
        self.sent.clear()
        self.unsent.clear()
        for job in jobs:
            job.left = []
        self.unsent.extend(jobs)
        self.bytes = sum(j.size for j in jobs)

    def clear(self) -> list[Job]:
        """Forget every job; returns the exchanges among them."""
        jobs = [j for j in (*self.sent, *self.unsent) if j.is_exchange]
        self.sent.clear()
        self.unsent.clear()
        self.bytes = 0
        return jobs
