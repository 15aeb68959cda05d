"""The script of the set-54 session: the household uses eight phone apps and the
LG TV in turn (telenovelas, football, music / podcasts, the TV's own ACR and
ads, a neobank, a lending app, the telco app, the gym app), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import attrib, background, banco, futbol, gym, musica, novelas, presta, telco, tvlg
from .phone import Phone54
from .schedules import (
    ADS,
    BANCO_BIO,
    BANCO_DEV,
    FUTBOL_VIEW,
    GYM_BIO,
    MUSICA_VIEW,
    NOVELA_MISC,
    NOVELA_VIEW,
    PRESTA_BIO,
    PRESTA_DEV,
    TELCO_BIO,
    TELCO_DEV,
    TV_DEV,
    TV_VIEW,
    Gen,
)

START = 1732089600.0  # 2024-11-20T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone54.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tvlg.device_register(c),
            novelas.kochava(c, "install"),
            attrib.branch_open(c),
            banco.incode_start(c),
            telco.register_line(c),
            gym.device_register(c),
            background.tv_time(c),
        ]

    def novela_block(self) -> None:
        self.some(
            [
                (0.6, novelas.catalogue),
                (0.8, novelas.poster),
                (0.4, novelas.poster),
                (0.2, novelas.search),
                (0.25, novelas.kochava),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(NOVELA_VIEW, "novela_view")
        if self.p(0.3):
            self.next(NOVELA_MISC, "novela_misc")

    def futbol_block(self) -> None:
        self.some(
            [
                (0.5, futbol.stats_heatmap),
                (0.4, futbol.odds),
                (0.3, futbol.lineup),
                (0.15, futbol.stadium_360),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FUTBOL_VIEW, "futbol_view")
        if self.p(0.55):
            self.next(ADS, "ads")

    def musica_block(self) -> None:
        self.some(
            [
                (0.4, musica.lyrics),
                (0.7, musica.cover),
                (0.15, musica.equaliser),
                (0.3, musica.search),
                (0.15, musica.taste_vector),
            ]
        )
        if self.p(0.85):
            self.next(MUSICA_VIEW, "musica_view")
        if self.p(0.45):
            self.next(ADS, "ads")

    def tv_block(self) -> None:
        self.some(
            [(0.4, tvlg.epg), (0.3, tvlg.weather), (0.1, tvlg.firmware), (0.6, tvlg.launcher_art)]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.5):
            self.next(TV_DEV, "tv_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.15, banco.signup_form),
                (0.4, banco.transfer),
                (0.5, banco.balance_series),
                (0.15, banco.incode_start),
            ]
        )
        if self.p(0.85):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.4):
            self.next(BANCO_DEV, "banco_dev")

    def presta_block(self) -> None:
        self.some(
            [
                (0.3, presta.faq_face),
                (0.5, presta.amortisation),
                (0.3, presta.income_form),
                (0.2, presta.metamap_verification),
                (0.2, presta.truora_enrollment),
                (0.2, presta.truora_validation_result),
            ]
        )
        if self.p(0.85):
            self.next(PRESTA_BIO, "presta_bio")
        if self.p(0.4):
            self.next(PRESTA_DEV, "presta_dev")

    def telco_block(self) -> None:
        self.some([(0.6, telco.data_usage), (0.3, telco.plans), (0.2, telco.ringback)])
        if self.p(0.8):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.35):
            self.next(TELCO_DEV, "telco_dev")

    def gym_block(self) -> None:
        self.some(
            [
                (0.5, gym.timetable),
                (0.4, gym.squat_counter),
                (0.4, gym.occupancy),
                (0.1, gym.device_register),
            ]
        )
        if self.p(0.85):
            self.next(GYM_BIO, "gym_bio")


def generate_session(seed: int, target: int) -> tuple[Phone54, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.novela_block),
        (0.13, s.futbol_block),
        (0.12, s.musica_block),
        (0.14, s.tv_block),
        (0.12, s.banco_block),
        (0.11, s.presta_block),
        (0.11, s.telco_block),
        (0.10, s.gym_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
