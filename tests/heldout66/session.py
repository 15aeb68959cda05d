"""The script of the set-66 session: a young professional's iPhone 15 in
Singapore and Malaysia over a day, mostly ordinary apps whose traffic looks
sensitive but is not, with a few truly sensitive flows per category rotating
through a schedule per app (opaque ones included).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    condo,
    cowork,
    dating,
    expense,
    fitness,
    games,
    lingo,
    markets,
    news,
    parking,
    stream,
    superapp,
)
from .phone import Phone66

START = 1764547200.0  # 2025-12-01T00:00:00Z (08:00 in Singapore)

Gen = Callable[[Context], Flow]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone66.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            superapp.appsflyer(c),
            fitness.watch_register(c),
            background.flags(c),
        ]

    def super_block(self) -> None:
        self.some(
            [
                (0.8, superapp.ride_eta),
                (0.7, superapp.food_order),
                (0.6, superapp.recently_viewed),
                (0.5, superapp.wallet_qr),
            ]
        )
        self.next(superapp.DEV, "super_dev", 0.1)

    def cowork_block(self) -> None:
        self.some(
            [
                (0.8, cowork.room_sensors),
                (0.6, cowork.door_qr),
                (0.4, cowork.printer_job),
                (0.4, cowork.booking),
            ]
        )

    def condo_block(self) -> None:
        self.some([(0.6, condo.gym_machine), (0.5, condo.visitor_pass), (0.6, condo.lift_status)])
        self.next(condo.BIO, "condo_bio", 0.32)

    def markets_block(self) -> None:
        self.some(
            [
                (0.8, markets.watchlist),
                (0.9, markets.candles),
                (0.6, markets.candles),
                (0.4, markets.order),
            ]
        )
        self.next(markets.BIO, "markets_bio", 0.22)

    def expense_block(self) -> None:
        self.some([(0.8, expense.receipt_upload), (0.7, expense.ocr_result)])

    def lingo_block(self) -> None:
        self.some(
            [(0.9, lingo.pronunciation), (0.6, lingo.pronunciation), (0.6, lingo.lesson_progress)]
        )

    def fitness_block(self) -> None:
        self.some(
            [
                (0.7, fitness.class_preview),
                (0.7, fitness.class_thumb),
                (0.6, fitness.hr_series),
                (0.5, fitness.schedule),
            ]
        )
        self.next(fitness.DEV, "fit_dev", 0.15)

    def parking_block(self) -> None:
        self.some([(0.9, parking.lots), (0.6, parking.gantry_session)])

    def news_block(self) -> None:
        self.some(
            [(0.8, news.most_read), (0.8, news.thumb), (0.6, news.thumb), (0.3, news.face_article)]
        )
        self.next(news.VIEW, "news_view", 0.3)

    def stream_block(self) -> None:
        self.some([(0.7, stream.catalogue), (0.8, stream.segment), (0.7, stream.segment)])
        self.next(stream.VIEW, "stream_view", 0.6)

    def dating_block(self) -> None:
        self.some([(0.6, dating.photo_upload), (0.5, dating.traits)])
        self.next(dating.BIO, "date_bio", 0.35)
        self.next([dating.adjust], "date_dev", 0.12)

    def games_block(self) -> None:
        self.some(
            [(0.8, games.camera_telemetry), (0.6, games.camera_telemetry), (0.5, games.leaderboard)]
        )
        self.next(games.DEV, "game_dev", 0.15)


def generate_session(seed: int, target: int) -> tuple[Phone66, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.super_block),
        (0.08, s.cowork_block),
        (0.08, s.condo_block),
        (0.09, s.markets_block),
        (0.06, s.expense_block),
        (0.07, s.lingo_block),
        (0.09, s.fitness_block),
        (0.06, s.parking_block),
        (0.1, s.news_block),
        (0.09, s.stream_block),
        (0.08, s.dating_block),
        (0.08, s.games_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
