"""The script of the set-80 session: a hotel and restaurant worker's shift on a
Redmi Note 13, mostly in work apps whose traffic resembles sensitive data
(hard decoys), with a few blocks in her own streaming, podcast, bank, wearable
and game apps where the truly sensitive flows are. Sensitive events rotate
through schedules so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, desk, games, hotel, lobby, media, own, restaurant, staff
from .phone import Phone80

START = 1764576000.0  # 2025-12-01T08:00:00Z

Gen = Callable[[Context], Flow]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone80.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            hotel.room_status(c),
            staff.clock_in(c),
            own.watch_sync(c),
            games.adjust_session(c),
        ]

    def hotel_block(self) -> None:
        self.some(hotel.BLOCK)

    def desk_block(self) -> None:
        self.some(desk.DESK)

    def restaurant_block(self) -> None:
        self.some(restaurant.BLOCK)

    def staff_block(self) -> None:
        self.some(staff.BLOCK)

    def lobby_block(self) -> None:
        self.some(lobby.BLOCK)

    def game_block(self) -> None:
        self.some(games.BLOCK)
        if self.p(0.45):
            self.next(games.ADS, "ads")

    def media_block(self) -> None:
        self.some(media.BLOCK)
        if self.p(0.9):
            self.next(media.VIEW, "view")

    def own_block(self) -> None:
        self.some(own.BLOCK)
        if self.p(0.8):
            self.next(own.BIO, "bio")
        if self.p(0.25):
            self.next(own.DEV, "dev")


def generate_session(seed: int, target: int) -> tuple[Phone80, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.hotel_block),
        (0.1, s.desk_block),
        (0.2, s.restaurant_block),
        (0.12, s.staff_block),
        (0.12, s.lobby_block),
        (0.07, s.game_block),
        (0.09, s.media_block),
        (0.08, s.own_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
