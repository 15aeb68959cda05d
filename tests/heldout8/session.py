"""The script of the set-8 session: the tester uses eight apps in turn on an
iPhone 15 (a casual game with ad mediation, a music app, an exam proctor, a
language app, a betting app with selfie KYC, a kids' video app, a smart-glasses
companion, a live-shopping app), with ordinary background traffic in between.
Sensitive events rotate through the schedules of schedules.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import adnets as ad
from . import (
    background,
    betting,
    game,
    glasses,
    kids,
    lingo,
    liveshop,
    liveshop_misc,
    music_log,
    music_misc,
    proctor_misc,
)
from .phone import Phone8
from .schedules import (
    BET_BIO,
    EXAM_BIO,
    GAME_DEV,
    GLASS_DEV,
    KIDS_VIEW,
    LINGO_BIO,
    MUSIC_VIEW,
    SHOP_VIEW,
    Gen,
)

START = 1742288400.0  # 2025-03-18T09:00:00Z

# fmt: off
GAME = [(0.6, game.level_telemetry), (0.3, game.leaderboard), (0.15, game.iap_verify),
        (0.5, game.board_art), (0.1, game.player_session)]
MUSIC = [(0.6, music_misc.audio_segment), (0.5, music_misc.artwork), (0.3, music_misc.search),
         (0.3, music_misc.home_shelf), (0.2, music_misc.lyrics), (0.03, music_log.login)]
EXAM = [(0.5, proctor_misc.questions), (0.5, proctor_misc.answer),
        (0.1, proctor_misc.help_article), (0.1, proctor_misc.speedtest),
        (0.3, proctor_misc.heartbeat), (0.06, proctor_misc.register_device)]
LINGO = [(0.5, lingo.lessons), (0.45, lingo.pronunciation), (0.1, lingo.signup),
         (0.06, lingo.azure_profile), (0.3, lingo.video_progress), (0.2, lingo.adjust_session)]
BET = [(0.7, betting.odds), (0.5, betting.odds), (0.3, betting.bet_slip),
       (0.2, betting.veriff_session), (0.15, betting.onfido_check), (0.35, betting.device_intel)]
KIDS = [(0.7, kids.segment), (0.5, kids.segment), (0.5, kids.thumbnail), (0.2, kids.search),
        (0.3, kids.rails)]
GLASS = [(0.45, glasses.media_import), (0.25, glasses.imu_series), (0.45, glasses.face_clusters)]
SHOP = [(0.6, liveshop_misc.product), (0.5, liveshop_misc.video_fetch),
        (0.3, liveshop_misc.comments), (0.15, liveshop_misc.order),
        (0.04, liveshop.device_register), (0.2, liveshop_misc.tryon_open),
        (0.3, liveshop_misc.tryon_session)]
# fmt: on


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone8.make, START)

    def next(self, schedule: list[Gen], key: str, low: int = 1, high: int = 1) -> None:
        for _ in range(self.rng.randint(low, high)):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def app(self, table: list[tuple[float, Gen]], prob: float, sched: list[Gen], key: str,
            high: int = 1) -> None:  # fmt: skip
        """One visit to an app: its ordinary calls, then (with `prob`) its sensitive ones."""
        self.some(table)
        if self.p(prob):
            self.next(sched, key, 1, high)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.flags(c),
            game.player_session(c),
            ad.unity_config(c),
            ad.ironsource_init(c),
            music_log.login(c),
            proctor_misc.register_device(c),
            lingo.adjust_session(c),
            betting.register(c),
            glasses.pair(c),
            liveshop.device_register(c),
        ]


def generate_session(seed: int, target: int) -> tuple[Phone8, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, lambda: s.app(GAME, 1.0, GAME_DEV, "game", 3)),
        (0.13, lambda: s.app(MUSIC, 0.9, MUSIC_VIEW, "music", 2)),
        (0.14, lambda: s.app(EXAM, 0.92, EXAM_BIO, "exam", 2)),
        (0.12, lambda: s.app(LINGO, 0.8, LINGO_BIO, "lingo")),
        (0.12, lambda: s.app(BET, 0.7, BET_BIO, "bet")),
        (0.13, lambda: s.app(KIDS, 0.9, KIDS_VIEW, "kids", 2)),
        (0.11, lambda: s.app(GLASS, 0.75, GLASS_DEV, "glass")),
        (0.12, lambda: s.app(SHOP, 0.88, SHOP_VIEW, "shop", 2)),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
