"""The script of the set-96 session: an installer's working day in Poland and
Czechia on an iPhone 14. Most blocks are work apps whose traffic only looks
sensitive (clients' devices, the employer's fleet and tools, course progress,
tutorial-video statistics, Wi-Fi surveys); a few blocks are his own streaming,
podcast, bank, games and wearables, which carry the truly sensitive flows.
Sensitive events rotate through a schedule per app so every family shows.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    commission,
    facecheck,
    fleet,
    games,
    jobs,
    learning,
    podcast,
    solar,
    streaming,
    wearables,
    wifisurvey,
)
from .phone import Phone96

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]
QUOTA = {"stream_view": 28, "pod_view": 16, "bank_bio": 42, "games_dev": 22, "wear_dev": 18}
"""Sensitive events per app in a 1,500-flow session (scaled to the session size)."""
BANK_BIO: list[Gen] = [
    bank.facetec,
    facecheck.vision_landmarks,
    bank.voice_login,
    bank.selfie_match,
    facecheck.blink_challenge,
    bank.enrollment,
    bank.voice_enrol,
    bank.opaque_kyc,
    bank.voice_login,
    bank.facetec,
]


class Session(SessionBase):
    def __init__(self, seed: int, target: int) -> None:
        super().__init__(seed, Phone96.make, START)
        self.target = target

    def next(self, schedule: list[Gen], key: str) -> None:
        """The next sensitive event of an app, until its quota for the set is used
        (a precision set: only a few dozen truly sensitive flows per category)."""
        quota = round(QUOTA[key] * self.target / 1500)
        if self.k.get(key, 0) < quota:
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def decoys(self, gens: list[Gen], low: int, high: int) -> None:
        for _ in range(self.rng.randint(low, high)):
            self.flows.append(self.rng.choice(gens)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.firebase_config(c),
            wearables.watch_register(c),
            bank.bind_device(c),
            games.adjust_session(c),
            background.weather(c),
        ]

    def work(self, gens: list[Gen], low: int = 2, high: int = 5) -> Callable[[], None]:
        return lambda: self.decoys(gens, low, high)

    def stream_block(self) -> None:
        self.decoys(streaming.DECOYS, 1, 3)
        for _ in range(self.rng.randint(1, 2)):
            self.next(streaming.VIEW, "stream_view")

    def podcast_block(self) -> None:
        self.decoys(podcast.DECOYS, 1, 2)
        self.next(podcast.VIEW, "pod_view")

    def bank_block(self) -> None:
        self.decoys(bank.DECOYS, 1, 3)
        for _ in range(self.rng.randint(1, 2)):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.flows.append(bank.bind_device(self.ctx))

    def games_block(self) -> None:
        self.decoys(games.DECOYS, 1, 3)
        if self.p(0.8):
            self.next(games.DEV, "games_dev")

    def wear_block(self) -> None:
        self.decoys(wearables.DECOYS, 0, 1)
        self.next(wearables.DEV, "wear_dev")


def generate_session(seed: int, target: int) -> tuple[Phone96, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed, target)
    s.startup()
    blocks = [
        (0.19, s.work(commission.DECOYS)),
        (0.11, s.work(solar.DECOYS)),
        (0.11, s.work(fleet.DECOYS)),
        (0.13, s.work(jobs.DECOYS)),
        (0.11, s.work(learning.DECOYS)),
        (0.07, s.work(wifisurvey.DECOYS)),
        (0.06, s.stream_block),
        (0.045, s.podcast_block),
        (0.085, s.bank_block),
        (0.06, s.games_block),
        (0.04, s.wear_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
