"""The script of the set-14 session: the tester uses eight apps in turn on a
Fire HD 10 (a video-meeting app, a kids' learning app, a Prime-Video-like
app, the Roku remote, a hearing-aid companion, a face-swap app, a Quran audio
app, a game with APS / ironSource ads), with ordinary background traffic and
Fire OS's own device calls in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import ads, game, hearing, kids, meeting, pvcatalog, quran
from . import background as bg
from . import faceswap as fs
from . import rokuremote as roku
from .phone import Tablet14
from .schedules import (
    FACE_BIO,
    FIRE_DEV,
    GAME_DEV,
    HEAR_BIO,
    HEAR_DEV,
    KIDS_VIEW,
    MEET_BIO,
    MEET_DEV,
    PV_VIEW,
    QURAN_VIEW,
    ROKU_DEV,
    ROKU_VIEW,
    Gen,
)

START = 1730800800.0  # 2024-11-05T10:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Tablet14.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.wifistub(c),
            bg.device_metrics(c),
            bg.ota_check(c),
            meeting.join(c),
            kids.pinpoint(c, False),
            roku.device_info(c),
            roku.link_device(c),
            hearing.register_aids(c),
            quran.register(c),
            game.login(c),
            ads.aps_config(c),
            ads.is_init(c),
        ]

    def meet_block(self) -> None:
        self.some(
            [
                (0.5, meeting.background_image),
                (0.2, meeting.segmentation_model),
                (0.5, meeting.talk_time),
                (0.5, meeting.qos_stats),
                (0.15, meeting.join),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MEET_BIO, "meet_bio")
        if self.p(0.45):
            self.next(MEET_DEV, "meet_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.6, kids.catalogue),
                (0.7, kids.video_segment),
                (0.5, kids.video_segment),
                (0.4, kids.quiz_answers),
                (0.2, kids.avatar_builder),
                (0.1, lambda c: kids.pinpoint(c, False)),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KIDS_VIEW, "kids_view")

    def pv_block(self) -> None:
        self.some(
            [
                (0.5, pvcatalog.browse),
                (0.5, pvcatalog.playback_resources),
                (0.7, pvcatalog.dash_segment),
                (0.5, pvcatalog.dash_segment),
                (0.35, pvcatalog.xray),
            ]
        )
        for _ in range(self.rng.randint(1, 3) if self.p(0.9) else 0):
            self.next(PV_VIEW, "pv_view")

    def roku_block(self) -> None:
        self.some(
            [
                (0.8, roku.keypress),
                (0.6, roku.keypress),
                (0.4, roku.keypress),
                (0.3, roku.icon),
                (0.25, roku.store_search),
            ]
        )
        if self.p(0.8):
            self.next(ROKU_VIEW, "roku_view")
        if self.p(0.6):
            self.next(ROKU_DEV, "roku_dev")

    def hear_block(self) -> None:
        self.some(
            [
                (0.3, hearing.audiogram),
                (0.4, hearing.environments),
                (0.2, hearing.firmware),
            ]
        )
        if self.p(0.75):
            self.next(HEAR_BIO, "hear_bio")
        if self.p(0.7):
            self.next(HEAR_DEV, "hear_dev")

    def face_block(self) -> None:
        self.some(
            [
                (0.7, fs.result_image),
                (0.5, fs.templates),
                (0.15, fs.article),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FACE_BIO, "face_bio")

    def quran_block(self) -> None:
        self.some(
            [
                (0.6, quran.recitation_url),
                (0.7, quran.audio_chunk),
                (0.4, quran.verses),
                (0.35, quran.prayer_times),
                (0.25, quran.verse_timings),
                (0.05, quran.register),
            ]
        )
        if self.p(0.85):
            self.next(QURAN_VIEW, "quran_view")

    def game_block(self) -> None:
        self.some(
            [
                (0.5, game.camera_telemetry),
                (0.6, game.level_done),
                (0.15, game.iap_receipt),
                (0.25, game.leaderboard),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GAME_DEV, "game_dev")

    def fire_os(self) -> None:
        """Fire OS's own device calls now and then, between the app blocks."""
        if self.p(0.12):
            self.next(FIRE_DEV, "fire_dev")


def generate_session(seed: int, target: int) -> tuple[Tablet14, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.meet_block),
        (0.11, s.kids_block),
        (0.14, s.pv_block),
        (0.12, s.roku_block),
        (0.10, s.hear_block),
        (0.14, s.face_block),
        (0.11, s.quran_block),
        (0.13, s.game_block),
    ]
    return s.finish(blocks, bg.BENIGN, target, 0.4, s.fire_os)
