"""The script of the set-84 session: a fitness instructor's iPhone through a
teaching day. Most of the traffic is her work apps (class management, class
music, creator dashboard, motion coaching, member feedback, nutrition, the
gym's scale, payroll), built to LOOK sensitive without being so; a few blocks
of her own streaming, podcasts, bank, watch/earbuds and a game carry the truly
sensitive flows. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    background,
    bank,
    classmusic,
    creator,
    feedback,
    game,
    gym,
    motion,
    nutrition,
    payroll,
    podcast,
    scale,
    stream,
    wear,
)
from .phone import Phone84

START = 1764460800.0  # 2025-11-30T00:00:00Z (early morning in Auckland)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.progress,
    stream.watch_log,
    stream.segment_video,
    stream.continue_watching,
    stream.progress,
    stream.opaque_qoe,
]
POD_VIEW: list[Gen] = [podcast.update_episode, podcast.history, podcast.update_episode]
BANK_BIO: list[Gen] = [
    bank.compare_faces,
    bank.liveness_result,
    bank.voice_verify,
    bank.voice_enrol,
    bank.voice_verify,
    bank.opaque_liveness,
]
WEAR_DEV: list[Gen] = [
    wear.register,
    wear.firmware,
    wear.buds_status,
    wear.workout_sync,
    wear.opaque_telemetry,
]
AD_DEV: list[Gen] = [
    ads.adjust_game_session,
    ads.prebid_auction,
    game.game_session,
    ads.prebid_denied,
    ads.adjust_denied_event,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone84.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.configcat(c),
            gym.timetable(c),
            wear.register(c),
        ]

    def gym_block(self) -> None:
        self.some(
            [
                (0.6, gym.timetable),
                (0.8, gym.equipment_status),
                (0.4, gym.equipment_fleet),
                (0.7, gym.hr_screen),
                (0.6, gym.checkin),
                (0.3, gym.face_photo_roster),
                (0.15, gym.blog_article),
            ]
        )

    def music_block(self) -> None:
        self.some(
            [
                (0.6, classmusic.playlist),
                (0.6, classmusic.usage_report),
                (0.8, classmusic.now_playing),
                (0.3, classmusic.bpm_search),
                (0.3, classmusic.cue_sheet),
                (0.3, classmusic.track_embedding),
            ]
        )

    def creator_block(self) -> None:
        self.some(
            [
                (0.6, creator.my_videos),
                (0.6, creator.retention),
                (0.5, creator.most_watched),
                (0.5, creator.upload_chunk),
                (0.3, creator.video_edit),
            ]
        )

    def motion_block(self) -> None:
        self.some(
            [
                (0.8, motion.pose_frames),
                (0.4, motion.vision_joints),
                (0.6, motion.rep_summary),
                (0.5, motion.packed_skeleton),
                (0.3, motion.coach_video),
            ]
        )

    def feedback_block(self) -> None:
        self.some(
            [
                (0.7, feedback.ratings),
                (0.5, feedback.attendance),
                (0.3, feedback.survey_signup),
                (0.5, feedback.face_emoji_submit),
            ]
        )

    def food_block(self) -> None:
        self.some([(0.8, nutrition.food_photo), (0.4, nutrition.barcode), (0.6, nutrition.diary)])

    def scale_block(self) -> None:
        self.some([(0.8, scale.reading), (0.4, scale.history), (0.15, scale.firmware)])

    def payroll_block(self) -> None:
        self.some(
            [
                (0.5, payroll.roster),
                (0.5, payroll.kiosk_clock),
                (0.4, payroll.timesheets),
                (0.5, payroll.booking),
            ]
        )

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream.catalogue),
                (0.7, stream.thumbnail),
                (0.8, stream.hls_segment),
                (0.6, stream.hls_segment),
                (0.3, stream.search),
            ]
        )
        if self.p(0.8):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.2):
            self.next([ads.adjust_denied_event], "stream_dev")

    def podcast_block(self) -> None:
        self.some([(0.6, podcast.audio_download), (0.3, podcast.search)])
        if self.p(0.6):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.transactions),
                (0.4, bank.faceid_setting),
                (0.5, bank.biometric_login),
                (0.3, bank.speech_payment),
                (0.1, bank.bank_device),
            ]
        )
        for _ in range(2 if self.p(0.25) else 1):
            self.next(BANK_BIO, "bank_bio")

    def wear_block(self) -> None:
        self.some([(0.3, wear.watchfaces)])
        if self.p(0.5):
            self.next(WEAR_DEV, "wear_dev")

    def game_block(self) -> None:
        self.some(
            [
                (0.7, game.camera_track),
                (0.5, game.leaderboard),
                (0.3, game.remote_config),
                (0.3, game.avatar_face),
            ]
        )
        if self.p(0.5):
            self.next(AD_DEV, "ad_dev")


def generate_session(seed: int, target: int) -> tuple[Phone84, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.gym_block),
        (0.10, s.music_block),
        (0.10, s.creator_block),
        (0.10, s.motion_block),
        (0.06, s.feedback_block),
        (0.07, s.food_block),
        (0.07, s.scale_block),
        (0.06, s.payroll_block),
        (0.09, s.stream_block),
        (0.04, s.podcast_block),
        (0.07, s.bank_block),
        (0.05, s.wear_block),
        (0.08, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
