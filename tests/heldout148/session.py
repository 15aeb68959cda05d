"""The script of the set-148 session: a Manila / Cebu family's phone moves between
a broadcaster's streaming app, an anime / K-drama app, a short-video app, a radio /
podcast app, an e-wallet, a bank, a remittance app, a telco app, a super-app and
the companion apps of the TV, band and karaoke box, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bangko,
    hanami,
    himig,
    household,
    kabayan,
    lakad,
    padala,
    piso,
    sayaw,
    telco,
)
from .phone import Phone148

START = 1733036400.0  # 2024-12-01T07:00:00Z (15:00 in Manila)

Gen = Callable[[Context], Flow]

KAB_VIEW: list[Gen] = [
    kabayan.watch_progress,
    kabayan.player_event,
    kabayan.continue_watching,
    kabayan.heartbeat_opaque,
    kabayan.player_event,
    kabayan.watch_progress,
]
HANAMI_VIEW: list[Gen] = [
    hanami.watch_log,
    hanami.watch_history,
    hanami.qos_beacon,
    hanami.watch_log,
]
SAYAW_VIEW: list[Gen] = [sayaw.feed_plays, sayaw.feed_plays, sayaw.packed_log]
HIMIG_VIEW: list[Gen] = [
    himig.podcast_progress,
    himig.tuning_log,
    himig.firebase_batch,
    himig.opaque_ping,
    himig.podcast_progress,
]
PISO_BIO: list[Gen] = [
    piso.selfie_upgrade,
    piso.face_login,
    piso.liveness_encrypted,
    piso.face_login,
]
PISO_DEV: list[Gen] = [piso.device_bind, piso.device_hash_header]
BANGKO_BIO: list[Gen] = [
    bangko.voice_verify,
    bangko.voice_enrol,
    bangko.voice_verify,
    bangko.voice_verify_opaque,
]
PADALA_BIO: list[Gen] = [padala.advance_compare, padala.face_analysis]
TV_VIEW: list[Gen] = [household.tv_acr, household.tv_acr, household.tv_acr_opaque]
HOME_DEV: list[Gen] = [
    household.band_sync,
    household.tv_status,
    household.mic_pair,
    household.band_sync,
]
LAKAD_DEV: list[Gen] = [lakad.risk_bundle, lakad.appsflyer_launch, lakad.facebook_event]
TELCO_DEV: list[Gen] = [telco.device_check, telco.diag_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone148.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            lakad.appsflyer_launch(c),
            piso.device_bind(c),
            hanami.box_register(c),
            telco.device_check(c),
            padala.adjust_session(c),
            household.mic_pair(c),
            background.time_sync(c),
            kabayan.catalogue(c),
        ]

    def kab_block(self) -> None:
        self.some(
            [
                (0.6, kabayan.catalogue),
                (0.7, kabayan.manifest),
                (0.3, kabayan.most_watched),
                (0.25, kabayan.noontime_vote),
                (0.5, background.cdn_thumb),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KAB_VIEW, "kab_view")

    def hanami_block(self) -> None:
        self.some(
            [(0.5, hanami.recommendations), (0.5, hanami.subtitles), (0.1, hanami.box_register)]
        )
        if self.p(0.8):
            self.next(HANAMI_VIEW, "hanami_view")

    def sayaw_block(self) -> None:
        self.some([(0.6, sayaw.comments), (0.4, sayaw.dance_score)])
        if self.p(0.7):
            self.next(SAYAW_VIEW, "sayaw_view")
        if self.p(0.3):
            self.flows.append(sayaw.filter_mesh(self.ctx))

    def himig_block(self) -> None:
        self.some([(0.5, himig.stations), (0.5, himig.now_playing), (0.3, himig.ebook_chapter)])
        if self.p(0.8):
            self.next(HIMIG_VIEW, "himig_view")

    def money_block(self) -> None:
        self.some(
            [
                (0.5, piso.qr_pay),
                (0.2, piso.profile_form),
                (0.4, bangko.transfer),
                (0.3, bangko.voice_assistant),
                (0.4, padala.rates),
                (0.25, padala.beneficiary),
                (0.25, padala.branch_map),
                (0.15, padala.adjust_session),
            ]
        )
        if self.p(0.5):
            self.next(PISO_BIO, "piso_bio")
        if self.p(0.4):
            self.next(PISO_DEV, "piso_dev")
        if self.p(0.4):
            self.next(BANGKO_BIO, "bangko_bio")
        if self.p(0.3):
            self.next(PADALA_BIO, "padala_bio")

    def errands_block(self) -> None:
        self.some(
            [
                (0.5, lakad.driver_location),
                (0.4, lakad.menu),
                (0.3, lakad.place_order),
                (0.4, telco.promos),
                (0.1, telco.sim_registration),
            ]
        )
        if self.p(0.5):
            self.next(LAKAD_DEV, "lakad_dev")
        if self.p(0.3):
            self.next(TELCO_DEV, "telco_dev")

    def home_block(self) -> None:
        self.some(
            [
                (0.3, household.band_weather),
                (0.3, household.mic_songbook),
                (0.3, household.mic_pitch),
            ]
        )
        if self.p(0.6):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.flows.append(household.mic_playlog(self.ctx))
        if self.p(0.5):
            self.next(HOME_DEV, "home_dev")


def generate_session(seed: int, target: int) -> tuple[Phone148, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.kab_block),
        (0.13, s.hanami_block),
        (0.12, s.sayaw_block),
        (0.11, s.himig_block),
        (0.18, s.money_block),
        (0.15, s.errands_block),
        (0.14, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
