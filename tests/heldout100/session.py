"""The script of the set-100 session: a Swiss librarian's iPhone 14 at work
(circulation, lending statistics, the story-time channel's analytics, the
digitisation app, events and room booking, a language course and a game)
and, rarely, her own streaming, podcast, bank and wearable apps. A precision
stress set: most flows are hard decoys; sensitive events rotate through a
schedule per app so that every family shows even in a small set.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    background,
    bank,
    circulation,
    digitise,
    events,
    lending,
    lingua,
    podcast,
    storytime,
    stream,
)
from .phone import Phone100

START = 1764576000.0  # 2025-12-01T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone100.make, START)

    def next(self, schedule: list, key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def table(self, flows: list, prob: float) -> None:
        """Each decoy generator of an app with the same chance, in a fixed order."""
        self.some([(prob, f) for f in flows])

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            ads.watch_pair(c),
            ads.adjust_session(c),
            circulation.holds(c),
        ]

    def circ_block(self) -> None:
        self.table(circulation.FLOWS, 0.45)

    def lending_block(self) -> None:
        self.table(lending.FLOWS, 0.45)

    def story_block(self) -> None:
        self.table(storytime.FLOWS, 0.5)

    def digitise_block(self) -> None:
        self.table(digitise.FLOWS, 0.45)

    def events_block(self) -> None:
        self.table(events.FLOWS, 0.5)

    def lingua_block(self) -> None:
        self.table(lingua.FLOWS, 0.4)
        if self.p(0.3):
            self.next(ads.DEV, "dev")

    def stream_block(self) -> None:
        self.table(stream.FLOWS, 0.6)
        if self.p(0.75):
            self.next(stream.VIEW, "stream_view")

    def podcast_block(self) -> None:
        self.table(podcast.FLOWS, 0.6)
        if self.p(0.75):
            self.next(podcast.VIEW, "pod_view")

    def bank_block(self) -> None:
        self.table(bank.FLOWS, 0.5)
        if self.p(0.8):
            self.next(bank.BIO, "bank_bio")


def generate_session(seed: int, target: int) -> tuple[Phone100, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.circ_block),
        (0.14, s.lending_block),
        (0.11, s.story_block),
        (0.12, s.digitise_block),
        (0.1, s.events_block),
        (0.13, s.lingua_block),
        (0.05, s.stream_block),
        (0.045, s.podcast_block),
        (0.1, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)


__all__ = ["Context", "generate_session"]
