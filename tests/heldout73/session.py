"""The script of the set-73 session: the tester uses the apps on the OPPO Reno 11
in turn (Vietnamese and Thai streaming, football, karaoke, audiobooks, the
e-wallet, voice banking, courier work) while the family TV plays in the
background, with ordinary system and background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    delivery,
    firebase,
    football,
    heytap,
    karaoke,
    lakorn,
    phimviet,
    sachnoi,
    samsungtv,
    sdks,
    voicebank,
    wallet,
)
from .phone import Phone73
from .schedules import (
    BONG_DEV,
    BONG_VIEW,
    LAKORN_DEV,
    LAKORN_VIEW,
    PHIM_DEV,
    PHIM_VIEW,
    SACH_DEV,
    SACH_VIEW,
    SHIP_BIO,
    SHIP_DEV,
    SING_BIO,
    SING_DEV,
    SING_VIEW,
    SYS_DEV,
    TV_DEV,
    TV_VIEW,
    VI_BIO,
    VI_DEV,
    VOICE_BIO,
    Gen,
)

START = 1741420800.0  # 2025-03-08T08:00:00Z, 15:00 in Ho Chi Minh City


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone73.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def maybe(self, prob: float, schedule: list[Gen], key: str, most: int = 1) -> None:
        if self.p(prob):
            for _ in range(self.rng.randint(1, most)):
                self.next(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            heytap.ota_check(c),
            phimviet.device_register(c),
            firebase.fis(c),
            sdks.appsflyer(c),
            karaoke.mic_pair(c),
            wallet.device_bind(c),
            voicebank.register_device(c),
            delivery.register(c),
            samsungtv.firmware_check(c),
            samsungtv.time_sync(c),
        ]

    def phim_block(self) -> None:
        self.some(
            [
                (0.6, phimviet.catalogue),
                (0.6, phimviet.thumbnail),
                (0.3, phimviet.search),
                (0.7, phimviet.hls_segment),
                (0.4, phimviet.hls_segment),
                (0.2, phimviet.player_config),
                (0.2, phimviet.recs),
            ]
        )
        self.maybe(0.9, PHIM_VIEW, "phim_view", 2)
        self.maybe(0.5, PHIM_DEV, "phim_dev")

    def lakorn_block(self) -> None:
        self.some(
            [
                (0.6, lakorn.home),
                (0.6, lakorn.poster),
                (0.4, lakorn.episode_list),
                (0.2, lakorn.comments),
            ]
        )
        self.maybe(0.85, LAKORN_VIEW, "lakorn_view", 2)
        self.maybe(0.5, LAKORN_DEV, "lakorn_dev")

    def bong_block(self) -> None:
        self.some(
            [
                (0.7, football.scores),
                (0.4, football.shot_map),
                (0.3, football.odds),
                (0.3, football.lineups),
                (0.4, football.stream_manifest),
                (0.2, football.vr_camera),
            ]
        )
        self.maybe(0.85, BONG_VIEW, "bong_view", 3)
        self.maybe(0.45, BONG_DEV, "bong_dev")

    def sing_block(self) -> None:
        self.some([(0.6, karaoke.pitch_contour), (0.5, karaoke.lyrics), (0.4, karaoke.song_search)])
        self.maybe(0.7, SING_VIEW, "sing_view")
        self.maybe(0.55, SING_BIO, "sing_bio")
        self.maybe(0.4, SING_DEV, "sing_dev")

    def sach_block(self) -> None:
        self.some(
            [
                (0.5, sachnoi.ebook_position),
                (0.3, sachnoi.ebook_position),
                (0.5, sachnoi.catalogue),
                (0.6, sachnoi.audio_chunk),
                (0.3, sachnoi.cover),
            ]
        )
        self.maybe(0.85, SACH_VIEW, "sach_view", 2)
        self.maybe(0.35, SACH_DEV, "sach_dev")

    def vi_block(self) -> None:
        self.some([(0.6, wallet.history), (0.25, wallet.signup_profile), (0.4, wallet.qr_pay)])
        self.maybe(0.85, VI_BIO, "vi_bio", 2)
        self.maybe(0.4, VI_DEV, "vi_dev")

    def voice_block(self) -> None:
        self.some(
            [
                (0.45, voicebank.assistant_stt),
                (0.3, voicebank.fx_rates),
                (0.5, voicebank.accounts),
                (0.1, voicebank.register_device),
            ]
        )
        self.maybe(0.85, VOICE_BIO, "voice_bio", 2)

    def ship_block(self) -> None:
        self.some(
            [
                (0.7, delivery.gps_track),
                (0.4, delivery.gps_track),
                (0.5, delivery.proof_of_delivery),
                (0.5, delivery.orders),
            ]
        )
        self.maybe(0.85, SHIP_BIO, "ship_bio", 2)
        self.maybe(0.35, SHIP_DEV, "ship_dev")

    def tv_block(self) -> None:
        self.some([(0.4, samsungtv.epg), (0.2, samsungtv.time_sync), (0.4, samsungtv.app_icon)])
        self.maybe(0.85, TV_VIEW, "tv_view", 2)
        self.maybe(0.45, TV_DEV, "tv_dev")

    def system_block(self) -> None:
        self.some([(0.5, heytap.weather), (0.3, heytap.push_register), (0.3, heytap.theme_store)])
        self.maybe(0.6, SYS_DEV, "sys_dev")


def generate_session(seed: int, target: int) -> tuple[Phone73, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.phim_block),
        (0.11, s.lakorn_block),
        (0.11, s.bong_block),
        (0.10, s.sing_block),
        (0.10, s.sach_block),
        (0.11, s.vi_block),
        (0.10, s.voice_block),
        (0.10, s.ship_block),
        (0.10, s.tv_block),
        (0.05, s.system_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
