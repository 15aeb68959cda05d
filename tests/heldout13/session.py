"""The script of the set-13 session: a teenager uses eight apps in turn on a
Pixel 7a (camera messenger, bank, school, anime streaming, rhythm game, sports
tracker, live / VOD streaming, photo kiosk), with ordinary background traffic
in between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    anime,
    anime_sdks,
    background,
    bank,
    kiosk,
    lenses,
    lenses_decoys,
    live,
    rhythm,
    school,
    sports,
)
from .phone import Phone13
from .schedules import (
    ANIME_VIEW,
    BANK_BIO,
    GAME_DEV,
    KIOSK_BIO,
    LIVE_VIEW,
    SCHOOL_BIO,
    SNAP_BIO,
    SPORT_DEV,
    Gen,
)

START = 1730880000.0  # 2024-11-06T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone13.make, START)

    def next(self, schedule: list[Gen], key: str, times: int = 1) -> None:
        for _ in range(times):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            lenses.device_register(c),
            bank.device_binding(c),
            school.firebase_install(c),
            school.device_enrol(c),
            anime.token(c),
            rhythm.session_start(c),
            sports.sensors_register(c),
            sports.device_sync(c),
            live.channel_shell(c),
            background.remote_config(c),
        ]

    def snap_block(self) -> None:
        self.some(
            [
                (0.5, lenses_decoys.lens_carousel),
                (0.6, lenses_decoys.chat_send),
                (0.25, lenses_decoys.avatar_editor),
                (0.4, lenses_decoys.lens_asset),
                (0.3, lenses_decoys.feature_weights),
                (0.05, lenses.device_register),
            ]
        )
        if self.p(0.85):
            self.next(SNAP_BIO, "snap_bio")
        if self.p(0.5):
            self.flows.append(lenses.story_views(self.ctx))

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.balances),
                (0.4, bank.spending_chart),
                (0.25, bank.transfer),
                (0.15, bank.voice_help),
                (0.1, bank.device_binding),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def school_block(self) -> None:
        self.some(
            [
                (0.5, school.timetable),
                (0.3, school.attendance_status),
                (0.15, school.profile_form),
                (0.4, school.class_photo_thumb),
                (0.08, school.firebase_install),
                (0.08, school.device_enrol),
                (0.1, background.remote_config),
            ]
        )
        if self.p(0.85):
            self.next(SCHOOL_BIO, "school_bio")

    def anime_block(self) -> None:
        self.some(
            [
                (0.5, anime.series_page),
                (0.3, anime.search),
                (0.6, anime.streams),
                (0.7, anime.hls_segment),
                (0.5, anime.thumbnail),
                (0.2, anime_sdks.segment_other),
                (0.08, anime.token),
            ]
        )
        self.next(ANIME_VIEW, "anime_view", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def game_block(self) -> None:
        self.some([(0.5, rhythm.score_submit), (0.4, rhythm.song_catalogue), (0.1, rhythm.signup)])
        self.next(GAME_DEV, "game_dev", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def sport_block(self) -> None:
        self.some(
            [
                (0.5, sports.workout_plain),
                (0.3, sports.hr_zones),
                (0.4, sports.segments),
                (0.5, background.map_tile),
            ]
        )
        if self.p(0.85):
            self.next(SPORT_DEV, "sport_dev")

    def live_block(self) -> None:
        self.some(
            [
                (0.3, live.channel_shell),
                (0.6, live.ivs_playlist),
                (0.5, live.preview_thumb),
                (0.4, live.chat_send),
            ]
        )
        self.next(LIVE_VIEW, "live_view", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def kiosk_block(self) -> None:
        self.some(
            [
                (0.4, kiosk.stores),
                (0.3, kiosk.prices),
                (0.4, kiosk.print_order),
                (0.3, kiosk.order_status),
            ]
        )
        if self.p(0.85):
            self.next(KIOSK_BIO, "kiosk_bio")


def generate_session(seed: int, target: int) -> tuple[Phone13, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.snap_block),
        (0.12, s.bank_block),
        (0.12, s.school_block),
        (0.15, s.anime_block),
        (0.13, s.game_block),
        (0.11, s.sport_block),
        (0.14, s.live_block),
        (0.09, s.kiosk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
