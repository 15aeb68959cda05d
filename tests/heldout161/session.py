"""The script of the set-161 session: the family's apps in turn (catch-up TV,
pay-TV and its box, music, podcasts, the bank, the state wallet, betting,
delivery, the smart TV and the car), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    akouste,
    background,
    car,
    gipedo,
    kanali,
    melodia,
    stoixima,
    tavla,
    trapeza,
    tvacr,
    wallet,
)
from .phone import Family161

START = 1741082400.0  # 2025-03-04T10:00:00Z

Gen = Callable[[Context], Flow]

KANALI_VIEW: list[Gen] = [
    kanali.thesi_report,
    kanali.opaque_stats,
    kanali.youbora_ping,
    kanali.synexeia,
    kanali.youbora_start,
    kanali.firebase_screen,
    kanali.thesi_report,
    kanali.youbora_ping,
]
GIPEDO_VIEW: list[Gen] = [
    gipedo.live_heartbeat,
    gipedo.zapping_log,
    gipedo.zapping_compact,
    gipedo.continue_watching,
    gipedo.live_heartbeat,
    gipedo.zapping_log,
]
MELODIA_VIEW: list[Gen] = [melodia.akroasi, melodia.akroasi, melodia.offline_sync, melodia.akroasi]
AKOUSTE_VIEW: list[Gen] = [
    akouste.progress,
    akouste.queue_sync,
    akouste.progress,
    akouste.batch_opaque,
]
BANK_BIO: list[Gen] = [
    trapeza.face_login,
    trapeza.voice_verify_opaque,
    trapeza.voice_enrol,
    trapeza.face_login,
    trapeza.face_login,
]
WALLET_BIO: list[Gen] = [
    wallet.selfie_match,
    wallet.iproov_frames,
    wallet.face_result,
    wallet.iproov_frames,
    wallet.sealed_match,
    wallet.selfie_match,
]
STOIX_VIEW: list[Gen] = [stoixima.stream_watch, stoixima.player_ping, stoixima.stream_watch]
TV_VIEW: list[Gen] = [tvacr.acr_report, tvacr.acr_fingerprints, tvacr.acr_report]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family161.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.remote_config(c),
            gipedo.stb_register(c),
            trapeza.device_binding(c),
            stoixima.appsflyer(c),
            tavla.adjust_session(c),
            melodia.buds_pair(c),
            akouste.idfa_attrib(c),
            tvacr.tv_status(c),
            car.heartbeat(c),
        ]

    def kanali_block(self) -> None:
        self.some(
            [
                (0.6, kanali.catalogue),
                (0.7, kanali.thumbnail),
                (0.5, kanali.thumbnail),
                (0.5, kanali.manifest),
                (0.4, kanali.most_watched),
                (0.2, kanali.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KANALI_VIEW, "kanali_view")

    def gipedo_block(self) -> None:
        self.some(
            [
                (0.6, gipedo.match_stats),
                (0.4, gipedo.epg),
                (0.2, gipedo.voice_search),
                (0.1, gipedo.stb_register),
            ]
        )
        if self.p(0.8):
            self.next(GIPEDO_VIEW, "gipedo_view")

    def melodia_block(self) -> None:
        self.some(
            [
                (0.4, melodia.charts),
                (0.3, melodia.lyrics),
                (0.7, melodia.artwork),
                (0.1, melodia.buds_pair),
            ]
        )
        if self.p(0.75):
            self.next(MELODIA_VIEW, "melodia_view")

    def akouste_block(self) -> None:
        self.some(
            [
                (0.4, akouste.search),
                (0.5, akouste.feed),
                (0.3, akouste.book_progress),
                (0.15, akouste.buds_firmware),
                (0.1, akouste.idfa_attrib),
            ]
        )
        if self.p(0.75):
            self.next(AKOUSTE_VIEW, "akouste_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, trapeza.transactions),
                (0.5, trapeza.fx_rates),
                (0.3, trapeza.device_check),
                (0.1, trapeza.device_binding),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def wallet_block(self) -> None:
        self.some([(0.5, wallet.documents), (0.3, wallet.mrz_ocr)])
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")

    def stoixima_block(self) -> None:
        self.some(
            [
                (0.7, stoixima.odds),
                (0.4, stoixima.geo_check),
                (0.4, stoixima.bet_slip),
                (0.4, stoixima.stream_manifest),
                (0.3, stoixima.appsflyer),
            ]
        )
        if self.p(0.6):
            self.next(STOIX_VIEW, "stoix_view")

    def tavla_block(self) -> None:
        self.some(
            [
                (0.7, tavla.restaurants),
                (0.5, tavla.courier),
                (0.4, tavla.order),
                (0.15, tavla.profile_photo),
                (0.25, tavla.adjust_session),
            ]
        )

    def tv_block(self) -> None:
        self.some([(0.4, tvacr.store_rail), (0.15, tvacr.tv_status)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def car_block(self) -> None:
        self.some([(0.6, car.trip_summary), (0.3, car.heartbeat)])
        if self.p(0.7):
            self.flows.append(car.radio_log(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Family161, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.kanali_block),
        (0.12, s.gipedo_block),
        (0.1, s.melodia_block),
        (0.08, s.akouste_block),
        (0.1, s.bank_block),
        (0.09, s.wallet_block),
        (0.11, s.stoixima_block),
        (0.09, s.tavla_block),
        (0.09, s.tv_block),
        (0.07, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
