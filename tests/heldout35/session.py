"""The script of the set-35 session: the tester uses nine apps in turn on a
Galaxy A35 (two streamers, a radio app, a bank, an eID wallet, a ride-hailing
driver app, a TV companion, a dating app, a game), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dating, eid, ekran, game, gledaj, radio, ride, tvlink
from .phone import Phone35

START = 1741766400.0  # 2025-03-12T08:00:00Z

Gen = Callable[[Context], Flow]

GLEDAJ_VIEW: list[Gen] = [
    gledaj.napredak,
    gledaj.npaw,
    gledaj.istorija,
    lambda c: gledaj.npaw(c, "start"),
    gledaj.opaque_beacon,
    gledaj.napredak,
]
EKRAN_VIEW: list[Gen] = [
    ekran.ogled,
    ekran.gledane,
    ekran.zgodovina,
    ekran.batch_opaque,
    ekran.ogled,
]
RADIO_VIEW: list[Gen] = [radio.slusanje, radio.history_batch, radio.ga4, radio.slusanje]
TV_VIEW: list[Gen] = [tvlink.acr, tvlink.gledano, tvlink.acr_protobuf, tvlink.acr]
BANK_BIO: list[Gen] = [
    bank.facetec,
    bank.face_template,
    bank.glas_upis,
    bank.glas_provera,
    lambda c: bank.facetec(c, "match-3d-3d"),
    bank.sealed_bio,
    bank.glas_provera,
]
EID_BIO: list[Gen] = [eid.chip_upload, eid.liveness, eid.regula_match, eid.contours, eid.sealed]
RIDE_BIO: list[Gen] = [ride.selfie, ride.compare_faces, ride.face_details, ride.selfie_opaque]
DATE_BIO: list[Gen] = [
    dating.verify_selfie,
    dating.face_mesh,
    dating.blendshapes,
    dating.face_vector,
    dating.vector_opaque,
]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_auction,
    game.applovin,
    game.mintegral_setting,
    game.admob,
    game.mintegral_analytics,
    game.unity_config,
    game.hashed_gaid,
    game.telemetry_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone35.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            gledaj.registracija(c),
            ekran.fis(c),
            bank.vezivanje(c),
            eid.registracija(c),
            ride.device(c),
            tvlink.pair(c),
            dating.adjust(c),
            game.unity_config(c),
            background.time_sync(c),
        ]

    def gledaj_block(self) -> None:
        self.some(
            [
                (0.6, gledaj.katalog),
                (0.7, gledaj.poster),
                (0.6, gledaj.segment),
                (0.25, gledaj.pretraga),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GLEDAJ_VIEW, "gledaj_view")
        if self.p(0.08):
            self.flows.append(gledaj.registracija(self.ctx))

    def ekran_block(self) -> None:
        self.some([(0.5, ekran.spored), (0.5, ekran.priporocila), (0.1, ekran.fis)])
        if self.p(0.85):
            self.next(EKRAN_VIEW, "ekran_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.5, radio.now_playing),
                (0.3, radio.stations),
                (0.3, radio.stream),
                (0.25, radio.stream_gaid),
            ]
        )
        if self.p(0.85):
            self.next(RADIO_VIEW, "radio_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.transakcije),
                (0.4, bank.kursna_lista),
                (0.15, bank.selfie_decoy),
                (0.15, bank.vezivanje),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def eid_block(self) -> None:
        self.some(
            [
                (0.5, eid.dokumenti),
                (0.2, eid.pol_decoy),
                (0.2, eid.article_decoy),
                (0.1, eid.registracija),
            ]
        )
        if self.p(0.9):
            self.next(EID_BIO, "eid_bio")

    def ride_block(self) -> None:
        self.some([(0.7, ride.location), (0.4, ride.fare), (0.5, ride.offers), (0.15, ride.device)])
        if self.p(0.85):
            self.next(RIDE_BIO, "ride_bio")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvlink.keypress),
                (0.3, tvlink.epg),
                (0.2, tvlink.apps),
                (0.3, tvlink.status),
                (0.08, tvlink.pair),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def date_block(self) -> None:
        self.some(
            [
                (0.6, dating.feed),
                (0.6, dating.photo_fetch),
                (0.2, dating.profile_photo),
                (0.15, dating.signup),
                (0.15, dating.register),
                (0.1, dating.adjust),
            ]
        )
        if self.p(0.85):
            self.next(DATE_BIO, "date_bio")

    def game_block(self) -> None:
        self.some([(0.5, game.camera_telemetry), (0.3, game.leaderboard), (0.4, game.creative)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone35, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.gledaj_block),
        (0.1, s.ekran_block),
        (0.1, s.radio_block),
        (0.12, s.bank_block),
        (0.11, s.eid_block),
        (0.1, s.ride_block),
        (0.1, s.tv_block),
        (0.11, s.date_block),
        (0.14, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
