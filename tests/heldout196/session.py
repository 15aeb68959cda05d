"""The script of the set-196 session: the family's Tecno phone runs eight apps in turn
(series streaming, live football, music, gospel audio, a mobile-money wallet, a bank,
a moto-taxi app, the decoder / TV companions, a smartwatch), with ordinary traffic in
between. Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, bendskin, gospel, kongossa, lions, makossa, momo, tvbox, watch
from .phone import Phone196

START = 1764576000.0  # 2025-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

KONGOSSA_VIEW: list[Gen] = [
    kongossa.regarder_event,
    kongossa.continuer,
    kongossa.regarder_event,
    kongossa.beacon_opaque,
    kongossa.regarder_event,
]
LIONS_VIEW: list[Gen] = [
    lions.heartbeat,
    lions.watch_log_pidgin,
    lions.telemetry_numeric,
    lions.heartbeat,
]
MAKOSSA_VIEW: list[Gen] = [
    makossa.ecoute,
    makossa.historique_duala,
    makossa.ecoute,
    makossa.beacon_msgpack,
    makossa.ecoute,
]
GOSPEL_VIEW: list[Gen] = [gospel.sermon_progress, gospel.ga4_audio, gospel.sermon_progress]
MOMO_BIO: list[Gen] = [
    momo.smile_selfie,
    momo.gabarit_visage,
    momo.voix_verif,
    momo.antifraude_opaque,
    momo.voix_verif,
]
MOMO_DEV: list[Gen] = [momo.lier_appareil, momo.fraude_hash, momo.lier_appareil]
BANK_BIO: list[Gen] = [bank.connexion_visage, bank.connexion_visage, bank.connexion_pb]
TV_VIEW: list[Gen] = [tvbox.zapping, tvbox.acr_report, tvbox.acr_opaque, tvbox.acr_report]
WATCH_DEV: list[Gen] = [watch.bind, watch.sync_hashed, watch.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone196.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kongossa.appsflyer_launch(c),
            momo.lier_appareil(c),
            bank.enrolement_appareil(c),
            bendskin.adjust_session(c),
            tvbox.tv_remote_pair(c),
            watch.bind(c),
        ]

    def kongossa_block(self) -> None:
        self.some(
            [
                (0.6, kongossa.catalogue),
                (0.7, kongossa.segment),
                (0.5, kongossa.segment),
                (0.3, kongossa.tendances),
                (0.1, kongossa.appsflyer_launch),
            ]
        )
        if self.p(0.75):
            self.next(KONGOSSA_VIEW, "kongossa")

    def lions_block(self) -> None:
        self.some(
            [
                (0.7, lions.scores),
                (0.3, lions.standings),
                (0.3, lions.viewers_count),
                (0.35, lions.ad_bid),
            ]
        )
        if self.p(0.7):
            self.next(LIONS_VIEW, "lions")

    def makossa_block(self) -> None:
        self.some([(0.7, makossa.audio_chunk), (0.3, makossa.charts), (0.3, makossa.paroles)])
        if self.p(0.7):
            self.next(MAKOSSA_VIEW, "makossa")

    def gospel_block(self) -> None:
        self.some([(0.4, gospel.bible_position), (0.2, gospel.pledge), (0.3, gospel.calendar)])
        if self.p(0.7):
            self.next(GOSPEL_VIEW, "gospel")

    def momo_block(self) -> None:
        self.some(
            [
                (0.7, momo.solde),
                (0.4, momo.transfert),
                (0.3, momo.agents_proches),
                (0.15, momo.kyc_form),
            ]
        )
        if self.p(0.55):
            self.next(MOMO_BIO, "momo_bio")
        if self.p(0.4):
            self.next(MOMO_DEV, "momo_dev")

    def bank_block(self) -> None:
        self.some([(0.5, bank.releve), (0.4, bank.taux_change), (0.15, bank.enrolement_appareil)])
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, bendskin.commander),
                (0.7, bendskin.suivi_chauffeur),
                (0.3, bendskin.tarifs),
                (0.2, bendskin.adjust_session),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvbox.epg),
                (0.3, tvbox.abonnement),
                (0.2, tvbox.audiences),
                (0.1, tvbox.tv_remote_pair),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv")

    def watch_block(self) -> None:
        self.some([(0.7, watch.sync)])
        if self.p(0.5):
            self.next(WATCH_DEV, "watch")


def generate_session(seed: int, target: int) -> tuple[Phone196, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.kongossa_block),
        (0.12, s.lions_block),
        (0.12, s.makossa_block),
        (0.09, s.gospel_block),
        (0.14, s.momo_block),
        (0.1, s.bank_block),
        (0.1, s.ride_block),
        (0.11, s.tv_block),
        (0.07, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
