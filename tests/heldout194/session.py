"""The script of the set-194 session: the household uses eight apps in turn
(Kurdish TV with receiver and TV ACR, football, music, Quran audio on the
iPhone, bank, wallet, ride/GPS tracker, classifieds) with background traffic in
between. Sensitive events rotate through schedules so every family shows."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import awaz, background, bank, bazar, gol, kanal, quran, ride, wallet
from .phone import Household194

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

KANAL_VIEW: list[Gen] = [
    kanal.watch_heartbeat,
    kanal.receiver_tuning,
    kanal.acr_report,
    kanal.continue_watching,
    kanal.watch_opaque,
    kanal.acr_opaque,
    kanal.watch_heartbeat,
]
GOL_VIEW: list[Gen] = [
    gol.stream_watch,
    gol.highlights_history,
    gol.stream_beacon_opaque,
    gol.stream_watch,
]
AWAZ_VIEW: list[Gen] = [awaz.listen_log, awaz.recently_played, awaz.listen_opaque, awaz.listen_log]
QURAN_VIEW: list[Gen] = [quran.listen_progress, quran.firebase_analytics, quran.lessons_history]
BANK_BIO: list[Gen] = [bank.selfie_login, bank.video_kyc, bank.face_opaque, bank.selfie_login]
WALLET_DEV: list[Gen] = [wallet.adjust_session, wallet.bind_device, wallet.device_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household194.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kanal.receiver_pair(c),
            gol.appsflyer(c),
            awaz.buds_register(c),
            wallet.bind_device(c),
            wallet.adjust_session(c),
            bazar.facebook_sdk(c),
            background.time_sync(c),
        ]

    def kanal_block(self) -> None:
        self.some(
            [
                (0.6, kanal.channels),
                (0.4, kanal.epg),
                (0.8, kanal.hls_segment),
                (0.6, kanal.hls_segment),
                (0.1, kanal.receiver_pair),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(KANAL_VIEW, "kanal_view")

    def gol_block(self) -> None:
        self.some(
            [(0.7, gol.scores), (0.4, gol.odds), (0.4, gol.most_watched), (0.2, gol.appsflyer)]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")

    def awaz_block(self) -> None:
        self.some(
            [
                (0.5, awaz.chart),
                (0.4, awaz.search),
                (0.7, awaz.cover_art),
                (0.1, awaz.buds_register),
            ]
        )
        if self.p(0.8):
            self.next(AWAZ_VIEW, "awaz_view")

    def quran_block(self) -> None:
        self.some([(0.6, quran.prayer_times), (0.4, quran.mushaf_page)])
        if self.p(0.8):
            self.next(QURAN_VIEW, "quran_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.fx_rates),
                (0.5, bank.statement),
                (0.3, bank.branches),
                (0.25, bank.id_card_ocr),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def wallet_block(self) -> None:
        self.some([(0.7, wallet.qr_pay), (0.4, wallet.topup)])
        if self.p(0.5):
            self.next(WALLET_DEV, "wallet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.6, ride.quote),
                (0.6, ride.driver_location),
                (0.4, ride.tracker_status),
                (0.25, ride.tracker_trips),
            ]
        )

    def bazar_block(self) -> None:
        self.some(
            [
                (0.7, bazar.listings),
                (0.8, bazar.photo),
                (0.6, bazar.photo),
                (0.2, bazar.post_ad),
                (0.1, bazar.facebook_sdk),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Household194, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.kanal_block),
        (0.12, s.gol_block),
        (0.13, s.awaz_block),
        (0.11, s.quran_block),
        (0.13, s.bank_block),
        (0.12, s.wallet_block),
        (0.11, s.ride_block),
        (0.11, s.bazar_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
