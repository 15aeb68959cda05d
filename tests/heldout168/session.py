"""The script of the set-168 session: the family uses its apps in turn (catch-up on
the phone and the iPad, a commercial streamer, pay-TV with the fibre box, the
Samsung TV's ACR, music, podcasts, the bank, the ID app, meal delivery, the watch
and the car), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family, opaque
ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    fietskoerier,
    glaslijn,
    grachtbank,
    kijkpunt,
    klankstroom,
    oorwurm,
    pols,
    schermland,
    sleutel,
    tvacr,
)
from .phone import Gezin168

START = 1741251600.0  # 2025-03-06T09:00:00Z

Gen = Callable[[Context], Flow]

KIJK_VIEW: list[Gen] = [
    kijkpunt.kijkvoortgang,
    kijkpunt.ipad_voortgang,
    kijkpunt.kantar_beacon,
    kijkpunt.verder_kijken,
    kijkpunt.kijkvoortgang,
    kijkpunt.stats_blob,
    kijkpunt.ipad_voortgang,
]
SCHERM_VIEW: list[Gen] = [
    schermland.heartbeat,
    schermland.youbora_start,
    schermland.youbora_ping,
    schermland.heartbeat,
    schermland.kijk_verder_sync,
]
GLAS_VIEW: list[Gen] = [
    glaslijn.zap_log,
    glaslijn.opname_positie,
    glaslijn.zap_log,
    glaslijn.zap_log_oud,
]
GLAS_DEV: list[Gen] = [glaslijn.kastje_status, glaslijn.kastje_ping, glaslijn.kastje_registratie]
TV_VIEW: list[Gen] = [tvacr.acr_report, tvacr.acr_report, tvacr.acr_binary]
TV_DEV: list[Gen] = [tvacr.tv_config, tvacr.tv_koppelen]
KLANK_VIEW: list[Gen] = [
    klankstroom.luistergeschiedenis,
    klankstroom.recent_afgespeeld,
    klankstroom.luistergeschiedenis,
    klankstroom.offline_batch,
]
OOR_VIEW: list[Gen] = [oorwurm.voortgang, oorwurm.voortgang, oorwurm.widget_sync]
SLEUTEL_BIO: list[Gen] = [
    sleutel.liveness_frames,
    sleutel.gezichtssjabloon,
    sleutel.liveness_resultaat,
    sleutel.herverificatie,
    sleutel.liveness_frames,
]
BANK_DEV: list[Gen] = [grachtbank.apparaat_binden, grachtbank.risico_fingerprint]
POLS_DEV: list[Gen] = [
    pols.horloge_sync,
    pols.horloge_lijst,
    pols.horloge_opaque,
    pols.auto_status,
    pols.auto_rit,
    pols.auto_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Gezin168.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kijkpunt.firebase_install(c),
            kijkpunt.apparaat_registratie(c),
            schermland.appsflyer(c),
            glaslijn.kastje_registratie(c),
            tvacr.tv_koppelen(c),
            klankstroom.registreer(c),
            grachtbank.apparaat_binden(c),
            sleutel.toestel_koppelen(c),
            fietskoerier.adjust_session(c),
            background.tijd(c),
        ]

    def kijk_block(self) -> None:
        self.some(
            [
                (0.6, kijkpunt.meest_bekeken),
                (0.4, kijkpunt.gids),
                (0.6, kijkpunt.manifest),
                (0.7, kijkpunt.thumbnail),
                (0.5, kijkpunt.thumbnail),
                (0.25, kijkpunt.zoeken),
                (0.04, kijkpunt.firebase_install),
                (0.06, kijkpunt.apparaat_registratie),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KIJK_VIEW, "kijk_view")

    def scherm_block(self) -> None:
        self.some(
            [
                (0.5, schermland.top10),
                (0.5, schermland.catalogus),
                (0.3, schermland.trailer),
                (0.25, schermland.appsflyer),
            ]
        )
        if self.p(0.85):
            self.next(SCHERM_VIEW, "scherm_view")

    def glas_block(self) -> None:
        self.some(
            [
                (0.5, glaslijn.livescore),
                (0.4, glaslijn.koers_tussenstand),
                (0.4, glaslijn.epg),
                (0.5, glaslijn.stream_token),
            ]
        )
        if self.p(0.8):
            self.next(GLAS_VIEW, "glas_view")
        if self.p(0.35):
            self.next(GLAS_DEV, "glas_dev")

    def tv_block(self) -> None:
        self.some([(0.6, tvacr.afstandsbediening), (0.3, tvacr.afstandsbediening)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def klank_block(self) -> None:
        self.some(
            [
                (0.4, klankstroom.hitlijst),
                (0.3, klankstroom.songtekst),
                (0.7, klankstroom.audio_segment),
                (0.6, klankstroom.audio_segment),
                (0.3, klankstroom.afspeellijst),
            ]
        )
        if self.p(0.8):
            self.next(KLANK_VIEW, "klank_view")

    def oor_block(self) -> None:
        self.some([(0.6, oorwurm.podtrac_download), (0.4, oorwurm.feed), (0.05, oorwurm.account)])
        if self.p(0.8):
            self.next(OOR_VIEW, "oor_view")

    def sleutel_block(self) -> None:
        self.some(
            [(0.5, sleutel.claim_token), (0.3, sleutel.mrz_ocr), (0.4, sleutel.inlog_verzoek)]
        )
        if self.p(0.8):
            self.next(SLEUTEL_BIO, "sleutel_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, grachtbank.transacties),
                (0.3, grachtbank.geldautomaten),
                (0.3, grachtbank.betaalverzoek),
                (0.12, grachtbank.selfie_rekening),
            ]
        )
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def fiets_block(self) -> None:
        self.some(
            [
                (0.6, fietskoerier.menu),
                (0.4, fietskoerier.bestellen),
                (0.8, fietskoerier.koerier_locatie),
                (0.5, fietskoerier.koerier_locatie),
                (0.3, fietskoerier.adjust_event),
                (0.1, fietskoerier.adjust_session),
            ]
        )

    def pols_block(self) -> None:
        self.some([(0.4, pols.route), (0.15, pols.ovfiets), (0.15, pols.sportschool)])
        if self.p(0.75):
            self.next(POLS_DEV, "pols_dev")


def generate_session(seed: int, target: int) -> tuple[Gezin168, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.kijk_block),
        (0.11, s.scherm_block),
        (0.10, s.glas_block),
        (0.08, s.tv_block),
        (0.10, s.klank_block),
        (0.07, s.oor_block),
        (0.10, s.sleutel_block),
        (0.09, s.bank_block),
        (0.09, s.fiets_block),
        (0.08, s.pols_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
