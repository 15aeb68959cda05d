"""The script of the set-19 session: a UK commuter's Pixel 8a with earbuds
paired, using six apps in turn (streaming, podcasts / radio, rail tickets,
a neobank, the earbuds' companion, a game), with background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, buds, game, podcast, rail, telly
from .phone import Phone19

START = 1731398400.0  # 2024-11-12T08:00:00Z
Gen = Callable[[Context], Flow]

TELLY_VIEW: list[Gen] = [
    telly.playback_stats,
    telly.comscore,
    telly.resume_points,
    telly.continue_watching,
    telly.comscore,
    telly.kantar_opaque,
    telly.playback_stats,
]
POD_VIEW: list[Gen] = [podcast.progress, podcast.listens, podcast.session_pb, podcast.progress]
RAIL_BIO: list[Gen] = [
    rail.railcard_photo,
    rail.face_match_result,
    rail.photo_opaque,
    rail.face_match_result,
]
BANK_BIO: list[Gen] = [
    bank.voice_verify,
    bank.selfie,
    bank.voice_enrol,
    bank.stepup_opaque,
    bank.voice_verify,
]
BUDS_DEV: list[Gen] = [buds.register, buds.firmware, buds.ble_list, buds.status_pb]
GAME_DEV: list[Gen] = [game.unity_auction, game.applovin, game.unity_events, game.game_device]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone19.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            telly.register(c),
            rail.install(c),
            bank.bind(c),
            buds.register(c),
            game.game_device(c),
            background.time_sync(c),
        ]

    def telly_block(self) -> None:
        self.some(
            [
                (0.6, telly.catalogue),
                (0.7, telly.thumbnail),
                (0.8, telly.segment),
                (0.5, telly.segment),
                (0.2, telly.search),
                (0.04, telly.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(TELLY_VIEW, "telly_view")

    def pod_block(self) -> None:
        self.some([(0.5, podcast.feed), (0.4, podcast.radio_live)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(POD_VIEW, "pod_view")

    def rail_block(self) -> None:
        self.some([(0.7, rail.journeys), (0.4, rail.ticket), (0.05, rail.install)])
        if self.p(0.9):
            self.next(RAIL_BIO, "rail_bio")

    def bank_block(self) -> None:
        self.some([(0.7, bank.transactions), (0.15, bank.bind)])
        if self.p(0.95):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_BIO, "bank_bio")

    def buds_block(self) -> None:
        self.some([(0.3, buds.hearing_test), (0.5, buds.eq_presets)])
        if self.p(0.85):
            self.next(BUDS_DEV, "buds_dev")

    def game_block(self) -> None:
        self.some([(0.6, game.camera_telemetry), (0.3, game.leaderboard)])
        if self.p(0.9):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone19, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.telly_block),
        (0.15, s.pod_block),
        (0.15, s.rail_block),
        (0.17, s.bank_block),
        (0.13, s.buds_block),
        (0.18, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
