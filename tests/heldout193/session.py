"""The script of the set-193 session: a family's Samsung phone in Tashkent uses a
series app, a football live app, a music app, a Quran audio app, a bank with face
verification, a payments super-app, a taxi app and a marketplace, with the TV,
IPTV box and car apps in between. Sensitive events rotate through schedules.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, bozor, futbol, kino, musiqa, pay, quran, taxi, tv
from .phone import Phone193

START = 1732435200.0  # 2024-11-24T08:00:00Z

Gen = Callable[[Context], Flow]

KINO_VIEW: list[Gen] = [
    kino.progress,
    kino.heartbeat_ru,
    kino.continue_watching,
    kino.beacon_opaque,
]
FUTBOL_VIEW: list[Gen] = [futbol.live_heartbeat, futbol.highlight_watched, futbol.live_heartbeat]
MUSIQA_VIEW: list[Gen] = [musiqa.listen_report, musiqa.history_ru, musiqa.listen_opaque]
QURAN_VIEW: list[Gen] = [quran.listen_progress, quran.nasheed_tj, quran.listen_progress]
BANK_BIO: list[Gen] = [
    bank.selfie_match,
    bank.liveness_landmarks,
    bank.face_template,
    bank.face_opaque,
]
PAY_DEV: list[Gen] = [
    pay.appmetrica_report,
    pay.appsflyer_launch,
    pay.sdk_opaque,
    pay.firebase_install,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.iptv_tune, tv.acr_opaque, tv.iptv_tune]
TV_DEV: list[Gen] = [tv.tv_status, tv.iptv_auth, tv.car_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone193.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            pay.firebase_install(c),
            pay.appsflyer_launch(c),
            bank.device_register(c),
            taxi.taxi_register(c),
            musiqa.watch_pair(c),
            tv.iptv_auth(c),
            tv.car_status(c),
            background.time_sync(c),
        ]

    def kino_block(self) -> None:
        self.some(
            [
                (0.6, kino.catalogue),
                (0.5, kino.manifest),
                (0.3, kino.search),
                (0.3, kino.top_watched),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")

    def futbol_block(self) -> None:
        self.some([(0.7, futbol.scores), (0.4, futbol.standings), (0.4, futbol.live_viewers)])
        if self.p(0.8):
            self.next(FUTBOL_VIEW, "futbol_view")

    def musiqa_block(self) -> None:
        self.some([(0.5, musiqa.chart), (0.4, musiqa.lyrics), (0.05, musiqa.watch_pair)])
        if self.p(0.8):
            self.next(MUSIQA_VIEW, "musiqa_view")

    def quran_block(self) -> None:
        self.some([(0.6, quran.prayer_times), (0.4, quran.mushaf_page)])
        if self.p(0.75):
            self.next(QURAN_VIEW, "quran_view")

    def bank_block(self) -> None:
        self.some([(0.6, bank.rates), (0.5, bank.cards), (0.1, bank.device_register)])
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def pay_block(self) -> None:
        self.some([(0.6, pay.pay_bill), (0.4, pay.transfer)])
        if self.p(0.6):
            self.next(PAY_DEV, "pay_dev")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.6, taxi.ride_request),
                (0.4, taxi.driver_assigned),
                (0.6, taxi.track),
                (0.05, taxi.taxi_register),
            ]
        )

    def bozor_block(self) -> None:
        self.some(
            [
                (0.7, bozor.market_search),
                (0.4, bozor.market_seen),
                (0.3, bozor.market_dnn),
                (0.4, bozor.market_cart),
            ]
        )

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.3, tv.car_trip)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone193, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.kino_block),
        (0.11, s.futbol_block),
        (0.11, s.musiqa_block),
        (0.09, s.quran_block),
        (0.13, s.bank_block),
        (0.11, s.pay_block),
        (0.1, s.taxi_block),
        (0.08, s.bozor_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
