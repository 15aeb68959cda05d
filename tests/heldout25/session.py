"""The script of the set-25 session: the family uses eight iPad apps in turn
(streaming, portal with voice assistant, bank, webtoons, K-pop fan app, music,
online academy, a game), while the TV and the watch talk in between, with
ordinary background traffic. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, game, gongbu, melo, nuri, pado, star, toon, tv
from .phone import Phone25

START = 1731283200.0  # 2024-11-11T00:00:00Z (09:00 in Seoul)

Gen = Callable[[Context], Flow]

PADO_VIEW: list[Gen] = [
    pado.sicheong_log,
    pado.resume_sync,
    pado.gongyeon_live,
    pado.continue_watching,
    pado.sicheong_log,
    pado.opaque_beacon,
]
NURI_BIO: list[Gen] = [
    nuri.speaker_verify,
    nuri.speaker_enrol,
    nuri.speaker_result,
    nuri.speaker_verify,
    nuri.voice_features_opaque,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.liveness_landmarks,
    bank.rekognition_compare,
    bank.idcard_match_result,
    bank.face_login,
    bank.face_opaque,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.fds_check]
TOON_VIEW: list[Gen] = [toon.motion_play, toon.recent_sync, toon.motion_play, toon.motion_quartile]
STAR_BIO: list[Gen] = [star.blendshapes, star.face_mesh, star.blendshapes, star.avatar_protobuf]
STAR_VIEW: list[Gen] = [star.amp_fancam]
MELO_VIEW: list[Gen] = [
    melo.stream_log,
    melo.watch_offline_plays,
    melo.stream_log,
    melo.recent_played,
]
MELO_DEV: list[Gen] = [melo.watch_register, melo.firebase_install]
GONG_VIEW: list[Gen] = [gongbu.lecture_jindo, gongbu.lecture_heartbeat]
GONG_BIO: list[Gen] = [
    gongbu.proctor_capture,
    gongbu.proctor_summary,
    gongbu.enrol_face,
    gongbu.proctor_summary,
]
GAME_DEV: list[Gen] = [
    game.admob,
    game.applovin,
    game.unity_config,
    game.kaebi_ad,
    game.popmile_offerwall,
    game.applovin_event,
    game.admob,
    game.anticheat_opaque,
]
TV_VIEW: list[Gen] = [tv.acr_report, pado.tv_heartbeat, tv.acr_fingerprints, tv.acr_report]
TV_DEV: list[Gen] = [pado.tv_register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone25.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            pado.app_launch(c),
            bank.device_bind(c),
            melo.firebase_install(c),
            melo.watch_register(c),
            pado.tv_register(c),
            game.unity_config(c),
            background.flags(c),
        ]

    def pado_block(self) -> None:
        self.some(
            [
                (0.7, pado.home_rails),
                (0.8, pado.hls_segment),
                (0.6, pado.hls_segment),
                (0.5, pado.thumbnail),
                (0.3, pado.search),
                (0.1, pado.app_launch),
            ]
        )
        self.next(PADO_VIEW, "pado", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def nuri_block(self) -> None:
        self.some(
            [
                (0.5, nuri.weather),
                (0.4, nuri.news_article),
                (0.4, nuri.autocomplete),
                (0.4, nuri.map_tiles),
                (0.2, nuri.place_route),
            ]
        )
        self.next(NURI_BIO, "nuri", 1 if self.p(0.85) else 0)

    def bank_block(self) -> None:
        self.some([(0.6, bank.balance), (0.3, bank.transfer), (0.3, bank.fx_rates)])
        self.next(BANK_BIO, "bank", 1 if self.p(0.8) else 0)
        self.next(BANK_DEV, "bank_dev", 1 if self.p(0.4) else 0)

    def toon_block(self) -> None:
        self.some(
            [
                (0.8, toon.episode_images),
                (0.6, toon.episode_images),
                (0.5, toon.title_page),
                (0.3, toon.comments),
                (0.1, toon.cookie_purchase),
            ]
        )
        self.next(TOON_VIEW, "toon", 1 if self.p(0.8) else 0)

    def star_block(self) -> None:
        self.some(
            [
                (0.4, star.filter_catalogue),
                (0.3, star.call_slot),
                (0.3, star.photocards),
                (0.3, star.amp_filter),
            ]
        )
        self.next(STAR_BIO, "star", self.rng.randint(1, 2) if self.p(0.85) else 0)
        self.next(STAR_VIEW, "star_view", 1 if self.p(0.5) else 0)

    def melo_block(self) -> None:
        self.some(
            [(0.6, melo.chart), (0.6, melo.album_art), (0.3, melo.lyrics), (0.1, melo.eq_preset)]
        )
        self.next(MELO_VIEW, "melo", self.rng.randint(1, 2) if self.p(0.85) else 0)
        self.next(MELO_DEV, "melo_dev", 1 if self.p(0.15) else 0)

    def gongbu_block(self) -> None:
        self.some(
            [
                (0.4, gongbu.timetable),
                (0.3, gongbu.handout),
                (0.3, gongbu.lecture_catalogue),
                (0.2, gongbu.quiz_submit),
            ]
        )
        self.next(GONG_VIEW, "gong_view", 1 if self.p(0.8) else 0)
        self.next(GONG_BIO, "gong_bio", 1 if self.p(0.6) else 0)

    def game_block(self) -> None:
        self.some(
            [
                (0.5, game.camera_state),
                (0.4, game.level_path),
                (0.3, game.leaderboard),
                (0.15, game.iap_verify),
            ]
        )
        self.next(GAME_DEV, "game", self.rng.randint(1, 3))

    def tv_block(self) -> None:
        self.some([(0.3, tv.epg), (0.15, tv.tv_firmware)])
        self.next(TV_VIEW, "tv", 1 if self.p(0.9) else 0)
        self.next(TV_DEV, "tv_dev", 1 if self.p(0.1) else 0)


def generate_session(seed: int, target: int) -> tuple[Phone25, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.pado_block),
        (0.12, s.nuri_block),
        (0.11, s.bank_block),
        (0.11, s.toon_block),
        (0.12, s.star_block),
        (0.12, s.melo_block),
        (0.10, s.gongbu_block),
        (0.10, s.game_block),
        (0.08, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
