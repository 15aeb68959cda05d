"""The script of the set-184 session: the family's Tecno phone moves between a
streaming app, a music app, a lectures / khassaïdes app, a mobile-money wallet,
a bank, a ride app, a delivery app and the companions of the TV decoder, the
smart TV, the smartwatch and the motorbike tracker, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    decoder,
    delivery,
    khassida,
    mbalax,
    moto,
    ride,
    smarttv,
    teranga,
    wallet,
    watch,
)
from .phone import Phone184

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

TERANGA_VIEW: list[Gen] = [
    teranga.xool_progress,
    teranga.player_event,
    teranga.reprendre,
    teranga.xool_progress,
    teranga.beacon_opaque,
    teranga.player_event,
    teranga.li_ma_xool,
]
TERANGA_DEV: list[Gen] = [teranga.measurement, teranga.firebase_installation, teranga.measurement]
MBALAX_VIEW: list[Gen] = [
    mbalax.degg,
    mbalax.deggal_ma,
    mbalax.degg,
    mbalax.sync_opaque,
    mbalax.degg,
]
KAAMIL_VIEW: list[Gen] = [
    khassida.ecoute_khassida,
    khassida.ecoute_coran,
    khassida.historique,
    khassida.resume_opaque,
    khassida.ecoute_khassida,
]
WALLET_BIO: list[Gen] = [
    wallet.smile_zip_opaque,
    wallet.smile_job,
    wallet.vivacite,
    wallet.vivacite,
]
WALLET_DEV: list[Gen] = [wallet.bind_device, wallet.risk_ping_opaque, wallet.bind_device]
BANK_BIO: list[Gen] = [
    bank.voix_verification,
    bank.gabarit_facial,
    bank.antifraude_opaque,
    bank.voix_enrolement,
    bank.vecteur_locuteur,
    bank.voix_verification,
    bank.gabarit_facial,
]
RIDE_DEV: list[Gen] = [ride.register, ride.health_opaque, ride.health_opaque, ride.register]
DECODER_VIEW: list[Gen] = [decoder.zapping, decoder.zapping_opaque, decoder.zapping]
TV_VIEW: list[Gen] = [smarttv.acr_report, smarttv.acr_report, smarttv.acr_opaque]
TV_DEV: list[Gen] = [smarttv.tv_state, smarttv.pair]
WATCH_DEV: list[Gen] = [watch.device_list, watch.ota_opaque, watch.bind, watch.device_list]
MOTO_DEV: list[Gen] = [moto.status, moto.keepalive_opaque, moto.status, moto.add_tracker]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone184.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            teranga.firebase_installation(c),
            mbalax.appsflyer(c),
            mbalax.login(c),
            khassida.register(c),
            wallet.bind_device(c),
            ride.register(c),
            delivery.adjust_session(c),
            decoder.pair(c),
            smarttv.pair(c),
            watch.bind(c),
            moto.add_tracker(c),
        ]

    def teranga_block(self) -> None:
        self.some(
            [
                (0.6, teranga.catalogue),
                (0.8, teranga.segment),
                (0.6, teranga.segment),
                (0.3, teranga.most_watched),
                (0.3, teranga.live_score),
                (0.2, teranga.laamb_programme),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TERANGA_VIEW, "teranga_view")
        if self.p(0.3):
            self.next(TERANGA_DEV, "teranga_dev")

    def mbalax_block(self) -> None:
        self.some(
            [
                (0.7, mbalax.stream_file),
                (0.3, mbalax.charts),
                (0.3, mbalax.lyrics),
                (0.1, mbalax.appsflyer),
                (0.04, mbalax.login),
            ]
        )
        if self.p(0.8):
            self.next(MBALAX_VIEW, "mbalax_view")

    def kaamil_block(self) -> None:
        self.some(
            [
                (0.4, khassida.prayer_times),
                (0.3, khassida.khassida_pdf),
                (0.25, khassida.lecture_page),
                (0.2, khassida.qibla),
                (0.2, khassida.most_listened),
                (0.05, khassida.register),
            ]
        )
        if self.p(0.75):
            self.next(KAAMIL_VIEW, "kaamil_view")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.7, wallet.transfert),
                (0.4, wallet.marchand_qr),
                (0.3, wallet.woyofal),
                (0.3, wallet.agents),
                (0.4, wallet.historique_tx),
                (0.1, wallet.photo_profil),
            ]
        )
        if self.p(0.65):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.comptes),
                (0.3, bank.taux),
                (0.3, bank.assistant_transcription),
                (0.2, bank.cheque_ocr),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANK_BIO, "bank_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.estimate),
                (0.5, ride.driver_assigned),
                (0.4, ride.driver_photo),
                (0.4, ride.route),
            ]
        )
        if self.p(0.45):
            self.next(RIDE_DEV, "ride_dev")

    def delivery_block(self) -> None:
        self.some(
            [
                (0.7, delivery.restaurants),
                (0.5, delivery.commande),
                (0.5, delivery.suivi_livreur),
                (0.2, delivery.adjust_session),
                (0.15, delivery.client_profile),
            ]
        )

    def decoder_block(self) -> None:
        self.some(
            [
                (0.5, decoder.guide),
                (0.2, decoder.abonnement),
                (0.2, decoder.enregistrements),
                (0.05, decoder.pair),
            ]
        )
        if self.p(0.8):
            self.next(DECODER_VIEW, "decoder_view")

    def tv_block(self) -> None:
        self.some([(0.3, smarttv.app_store), (0.3, smarttv.mirroring)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some([(0.7, watch.steps), (0.3, watch.watchfaces)])
        if self.p(0.5):
            self.next(WATCH_DEV, "watch_dev")

    def moto_block(self) -> None:
        self.some([(0.5, moto.trips), (0.3, moto.family_map), (0.2, moto.geofence)])
        if self.p(0.6):
            self.next(MOTO_DEV, "moto_dev")


def generate_session(seed: int, target: int) -> tuple[Phone184, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.teranga_block),
        (0.11, s.mbalax_block),
        (0.1, s.kaamil_block),
        (0.11, s.wallet_block),
        (0.08, s.bank_block),
        (0.08, s.ride_block),
        (0.08, s.delivery_block),
        (0.08, s.decoder_block),
        (0.07, s.tv_block),
        (0.06, s.watch_block),
        (0.07, s.moto_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
