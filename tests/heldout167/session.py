"""The script of the set-167 session: the family uses eight apps in turn on the
Tecno phone, the TV box and the smart TV, with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import arada, background, bank, birr, ride, telco, tewahedo, tv, zema, zena
from .phone import Phone167

START = 1741500000.0  # 2025-03-09 (Megabit 2017 E.C.)

Gen = Callable[[Context], Flow]

ARADA_VIEW: list[Gen] = [arada.progress, arada.continue_list, arada.box_resume_blob, arada.progress]
ZEMA_VIEW: list[Gen] = [
    zema.play_log,
    zema.ga4_play,
    zema.compact_scrobble,
    zema.play_log,
    zema.ga4_play,
]
CHURCH_VIEW: list[Gen] = [
    tewahedo.mezmur_play,
    tewahedo.oromo_sermon,
    tewahedo.kidase_tuning,
    tewahedo.opaque_sync,
    tewahedo.mezmur_play,
]
BIRR_BIO: list[Gen] = [
    birr.face_login,
    birr.voice_verify,
    birr.face_login_encrypted,
    birr.face_login,
]
BANK_BIO: list[Gen] = [bank.fayda_auth, bank.face_template, bank.face_template]
ZENA_VIEW: list[Gen] = [
    zena.player_event,
    zena.amharic_clip,
    zena.measurement_tag,
    zena.player_event,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.tuning_log, tv.acr_blob, tv.acr_report, tv.tuning_log]
TELCO_DEV: list[Gen] = [telco.device_register, telco.health_ping, telco.balance]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone167.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            telco.device_register(c),
            arada.appsflyer(c),
            arada.box_register(c),
            birr.register_device(c),
            ride.adjust_session(c),
            zema.buds_pair(c),
            tv.box_ping(c),
            telco.health_ping(c),
        ]

    def arada_block(self) -> None:
        self.some(
            [
                (0.6, arada.catalogue),
                (0.7, arada.segment),
                (0.5, arada.segment),
                (0.5, arada.thumb),
                (0.25, arada.search),
                (0.3, arada.player_trace),
                (0.1, arada.appsflyer),
                (0.05, arada.box_register),
            ]
        )
        if self.p(0.8):
            self.next(ARADA_VIEW, "arada_view")

    def zema_block(self) -> None:
        self.some(
            [
                (0.4, zema.chart),
                (0.4, zema.lyrics),
                (0.6, zema.cover),
                (0.25, zema.voice_search),
                (0.1, zema.buds_pair),
            ]
        )
        if self.p(0.8):
            self.next(ZEMA_VIEW, "zema_view")

    def church_block(self) -> None:
        self.some(
            [
                (0.5, tewahedo.reading_plan),
                (0.3, tewahedo.calendar),
                (0.2, tewahedo.hall_screen_playout),
                (0.2, tewahedo.asrat),
            ]
        )
        if self.p(0.8):
            self.next(CHURCH_VIEW, "church_view")

    def birr_block(self) -> None:
        self.some(
            [
                (0.6, birr.transfer),
                (0.3, birr.merchant_qr),
                (0.3, birr.agents_nearby),
                (0.3, birr.airtime),
                (0.08, birr.register_device),
            ]
        )
        if self.p(0.55):
            self.next(BIRR_BIO, "birr_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.4, bank.statement),
                (0.3, bank.fx_rates),
                (0.2, bank.branches),
                (0.2, bank.id_ocr),
                (0.2, bank.open_form),
            ]
        )
        if self.p(0.55):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.bundles),
                (0.4, telco.serving_cell),
                (0.2, telco.speedtest),
            ]
        )
        if self.p(0.7):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.estimate),
                (0.4, ride.trip_assigned),
                (0.5, ride.location_stream),
                (0.2, ride.ride_login),
                (0.2, ride.adjust_session),
            ]
        )

    def zena_block(self) -> None:
        self.some([(0.5, zena.feed), (0.3, zena.article), (0.3, zena.most_viewed)])
        if self.p(0.8):
            self.next(ZENA_VIEW, "zena_view")

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.15, tv.tv_firmware), (0.2, tv.box_ping)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Phone167, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.arada_block),
        (0.12, s.zema_block),
        (0.12, s.church_block),
        (0.11, s.birr_block),
        (0.1, s.bank_block),
        (0.09, s.telco_block),
        (0.1, s.ride_block),
        (0.11, s.zena_block),
        (0.1, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
