"""The script of the set-138 session: a freelance producer / sound engineer's Pixel 8.

A precision stress set: most blocks are work apps whose traffic looks like the
categories (retention curves, frame-accurate review notes, timeline playheads,
rented cameras' serials, bystanders' face boxes, podcast download counts, stock
clip previews, diarized transcripts, a studio panel's serial). A few blocks are
the tester's own: evening viewing on Veillée+, an ad SDK in a crossword game, a
bank's selfie check. Sensitive events rotate through schedules so that even a
small set covers each family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    analytics,
    background,
    bank,
    blur,
    booking,
    dubbing,
    game,
    nlesync,
    panel,
    podcast,
    rental,
    review,
    stock,
    streaming,
)  # fmt: skip
from .phone import Phone138

START = 1731351600.0  # 2024-11-11T19:00:00Z (14:00 in Montreal)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.heartbeat,
    streaming.beacon_opaque,
    streaming.heartbeat,
]
GAME_DEV: list[Gen] = [game.applovin_mediate, game.backend_hello, game.applovin_mediate]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone138.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            analytics.dashboard_summary(c),
            streaming.adjust_session(c),
            streaming.heartbeat(c),
            game.applovin_mediate(c),
            bank.device_login(c),
            bank.onfido_live_photo(c),
            bank.face_template(c),
            background.weather(c),
        ]

    def work(self, apps: list[Gen], lo: int = 1, hi: int = 4) -> None:
        """A run of a work app: ordinary look-alike traffic only."""
        for _ in range(self.rng.randint(lo, hi)):
            self.flows.append(self.rng.choice(apps)(self.ctx))

    def stream_block(self) -> None:
        self.some([(0.6, streaming.catalogue), (0.7, streaming.manifest), (0.8, streaming.segment)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(STREAM_VIEW, "view")
        if self.p(0.15):
            self.flows.append(streaming.adjust_session(self.ctx))

    def game_block(self) -> None:
        self.work(game.ALL_ORDINARY, 1, 3)
        if self.p(0.5):
            self.next(GAME_DEV, "game")

    def bank_block(self) -> None:
        self.work(bank.ALL_ORDINARY, 1, 3)
        if self.p(0.4):
            self.flows.append(bank.device_login(self.ctx))
            self.next(bank.BIO, "bio")


def generate_session(seed: int, target: int) -> tuple[Phone138, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()

    def app(apps: list[Gen]) -> Callable[[], None]:
        return lambda: s.work(apps)

    blocks = [
        (0.13, app(analytics.ALL)),
        (0.13, app(review.ALL)),
        (0.10, app(nlesync.ALL)),
        (0.08, app(rental.ALL)),
        (0.06, app(booking.ALL)),
        (0.08, app(blur.ALL)),
        (0.07, app(podcast.ALL)),
        (0.09, app(stock.ALL)),
        (0.07, app(dubbing.ALL)),
        (0.04, app(panel.ALL)),
        (0.04, s.stream_block),
        (0.05, s.game_block),
        (0.03, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
