"""The script of the set-29 session: the tester uses eight apps in turn on a
Galaxy S23 (streaming, music, social, super-app, bank, taxi driver, smart-TV
companion, game), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, game, kino, music, qalta, social, taxi, tv
from .phone import Phone29

START = 1732608000.0  # 2024-11-26T08:00:00Z

Gen = Callable[[Context], Flow]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone29.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def extras(self, benign: list[Gen], low: int, high: int) -> None:
        for _ in range(self.rng.randint(low, high)):
            self.flows.append(self.rng.choice(benign)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kino.register(c),
            music.DEV[0](c),
            social.register_device(c),
            qalta.bind(c),
            bank.device_print(c),
            taxi.register(c),
            tv.pair(c),
            game.login(c),
            game.remote_config(c),
        ]

    def kino_block(self) -> None:
        self.extras(kino.BENIGN, 1, 4)
        self.next(kino.VIEW, "kino_view", self.rng.randint(1, 3))
        if self.p(0.35):
            self.next(kino.DEV, "kino_dev")

    def music_block(self) -> None:
        self.extras(music.BENIGN, 1, 3)
        self.next(music.VIEW, "music_view", self.rng.randint(1, 2))
        if self.p(0.1):
            self.next(music.DEV, "music_dev")

    def social_block(self) -> None:
        self.extras(social.BENIGN, 1, 3)
        if self.p(0.9):
            self.next(social.BIO, "social_bio")
        if self.p(0.6):
            self.next(social.VIEW, "social_view")
        if self.p(0.35):
            self.next(social.DEV, "social_dev")

    def qalta_block(self) -> None:
        self.extras(qalta.BENIGN, 1, 3)
        if self.p(0.85):
            self.next(qalta.BIO, "qalta_bio")
        if self.p(0.3):
            self.next(qalta.DEV, "qalta_dev")

    def bank_block(self) -> None:
        self.extras(bank.BENIGN, 1, 2)
        if self.p(0.85):
            self.next(bank.BIO, "bank_bio")
        if self.p(0.4):
            self.next(bank.DEV, "bank_dev")

    def taxi_block(self) -> None:
        self.extras(taxi.BENIGN, 1, 3)
        if self.p(0.75):
            self.next(taxi.BIO, "taxi_bio")
        if self.p(0.5):
            self.next(taxi.DEV, "taxi_dev")

    def tv_block(self) -> None:
        self.extras(tv.BENIGN, 1, 3)
        self.next(tv.VIEW, "tv_view")
        if self.p(0.35):
            self.next(tv.DEV, "tv_dev")

    def game_block(self) -> None:
        self.extras(game.BENIGN, 1, 2)
        self.next(game.DEV, "game_dev", self.rng.randint(1, 3))


def generate_session(seed: int, target: int) -> tuple[Phone29, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.kino_block),
        (0.11, s.music_block),
        (0.14, s.social_block),
        (0.13, s.qalta_block),
        (0.12, s.bank_block),
        (0.12, s.taxi_block),
        (0.11, s.tv_block),
        (0.13, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
