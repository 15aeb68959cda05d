"""The script of the set-47 session: a commuter's Pixel 8 moves between rail,
scooters, groceries, banking and tax, news and streaming, driving school, the
watch, chat and photo prints, the smart home and a game, with ordinary
background traffic in between. Sensitive events are rare (a precision stress
set) and rotate through a schedule so that every family shows."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    fitness,
    game,
    grocery,
    home,
    media,
    school,
    scooter,
    social,
    tax,
    transit,
)
from .phone import Phone47

START = 1727769600.0  # 2024-10-01T08:00:00Z
Gen = Callable[[Context], Flow]

BANK_BIO: list[Gen] = [
    bank.facetec_enrol,
    bank.kyc_result,
    bank.facetec_match,
    bank.kyc_sealed,
    bank.kyc_result,
]
VIEW: list[Gen] = [
    media.heartbeat,
    media.watch_log,
    media.listen_log,
    media.continue_watching,
    media.sealed_beacon,
    media.heartbeat,
    media.listen_log,
]
DEV: list[Gen] = [
    transit.adjust_session,
    game.unity_ad_request,
    fitness.pair_watch,
    home.devices,
    grocery.fis_register,
    bank.device_binding,
    transit.adjust_event,
    fitness.sync_watch,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone47.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def block(self, table: list[tuple[float, Gen]]) -> Callable[[], None]:
        return lambda: self.some(table)

    def bank_block(self) -> None:
        self.some([(0.6, bank.instalments), (0.5, bank.transfer), (0.3, bank.id_card_upload)])
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")

    def media_block(self) -> None:
        self.some(
            [
                (0.7, media.most_read),
                (0.8, media.thumbnail),
                (0.5, media.thumbnail),
                (0.5, media.catalogue),
            ]
        )
        if self.p(0.5):
            self.next(VIEW, "view")

    def school_block(self) -> None:
        self.some(
            [
                (0.6, school.lessons),
                (0.8, school.quiz_answer),
                (0.6, school.quiz_answer),
                (0.4, school.exam_result),
                (0.12, school.video_progress),
            ]
        )

    def any_dev(self) -> None:
        if self.p(0.055):
            self.next(DEV, "dev")


TABLES: list[tuple[float, list[tuple[float, Gen]]]] = [
    (
        0.12,
        [
            (0.8, transit.departures),
            (0.5, transit.trip_progress),
            (0.6, transit.live_positions),
            (0.3, transit.ticket),
        ],
    ),
    (
        0.08,
        [
            (0.7, scooter.nearby),
            (0.6, scooter.ride_status),
            (0.3, scooter.end_ride),
            (0.2, scooter.car_unlock),
        ],
    ),
    (
        0.1,
        [
            (0.6, grocery.cart),
            (0.4, grocery.loyalty),
            (0.6, grocery.order_progress),
            (0.3, grocery.reorder_list),
        ],
    ),
    (0.05, [(0.7, tax.form_progress), (0.5, tax.receipt_upload), (0.3, tax.refund_estimate)]),
    (0.08, [(0.7, fitness.workout), (0.5, fitness.pose_reps)]),
    (0.1, [(0.6, social.voice_note), (0.8, social.receipts), (0.6, social.reaction)]),
    (0.05, [(0.7, social.retouch_order), (0.7, social.photo_upload)]),
    (0.07, [(0.6, home.motion_event), (0.4, home.schedule), (0.2, home.firmware_check)]),
    (
        0.08,
        [(0.7, game.level_done), (0.4, game.replay), (0.4, game.reward), (0.3, game.unity_config)],
    ),
]


def generate_session(seed: int, target: int) -> tuple[Phone47, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    c = s.ctx
    s.flows += [
        background.generate_204(c),
        transit.adjust_session(c),
        grocery.fis_register(c),
        bank.device_binding(c),
        fitness.pair_watch(c),
        home.devices(c),
        background.time_sync(c),
    ]
    blocks = [(w, s.block(t)) for w, t in TABLES]
    blocks += [(0.1, s.bank_block), (0.1, s.media_block), (0.07, s.school_block)]
    return s.finish(blocks, background.BENIGN, target, 0.4, after=s.any_dev)
