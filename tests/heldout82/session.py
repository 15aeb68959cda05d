"""The script of the set-82 session: a call-centre agent's Galaxy A54 across
night shifts in Manila and Pune. Mostly work apps whose traffic resembles
sensitive data (softphone and speech analytics, workforce management,
e-learning, wallboard, accent coaching, IT), errands and a game, with a few
truly sensitive apps (streaming, podcasts, bank, earbuds / watch) kept rare so
that at least 85% of the flows are negatives, most of them hard decoys.
Sensitive events rotate through a schedule per app so every family shows.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    accent,
    background,
    bank,
    errands,
    game,
    learning,
    music,
    softphone,
    speech,
    stream,
    voiceid,
    wear,
    workforce,
)
from .phone import Phone82

START = 1795903200.0  # 2026-11-28T22:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.resume_point,
    stream.segment_video,
    stream.heartbeat,
    stream.continue_watching,
    stream.qoe_opaque,
    stream.segment_video,
]
MUSIC_VIEW: list[Gen] = [
    music.listen_log,
    music.podcast_progress,
    music.amplitude,
    music.listen_log,
]
BANK_BIO: list[Gen] = [
    bank.selfie_match,
    bank.rekognition,
    bank.liveness_result,
    voiceid.voiceprint,
    voiceid.azure_voice_enrol,
    bank.liveness_opaque,
    bank.rekognition,
]
WEAR_DEV: list[Gen] = [
    wear.buds_register,
    wear.watch_sync,
    wear.buds_firmware,
    wear.watch_ping,
    wear.watch_sync,
]
ADS_DEV: list[Gen] = [
    errands.adjust,
    game.unity_ads,
    errands.appsflyer,
    lambda c: errands.adjust(c, "event"),
    game.login,
    errands.ride_device,
    workforce.mdm_checkin,
    game.unity_ads,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone82.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            stream.firebase_install(c),
            bank.device_bind(c),
            wear.buds_register(c),
            background.flags(c),
        ]

    def desk_block(self) -> None:
        self.some(
            [
                (0.9, softphone.wrapup),
                (0.5, speech.analytics_result),
                (0.4, speech.diarisation),
                (0.4, speech.keyword_hits),
                (0.6, softphone.agent_state),
                (0.3, softphone.recording_upload),
                (0.2, softphone.qa_scorecard),
                (0.4, softphone.voice_quality),
                (0.5, softphone.wrapup),
            ]
        )

    def work_block(self) -> None:
        self.some(
            [
                (0.5, workforce.adherence),
                (0.5, workforce.break_timer),
                (0.25, workforce.headset_checkout),
                (0.25, workforce.hotdesk_login),
                (0.2, workforce.schedule),
                (0.6, workforce.wallboard),
                (0.35, workforce.hold_music_chart),
                (0.2, workforce.shared_pcs),
                (0.15, workforce.it_ticket),
            ]
        )

    def learn_block(self) -> None:
        self.some(
            [
                (0.5, learning.catalogue),
                (0.3, learning.team_completion),
                (0.3, learning.quiz_submit),
                (0.6, learning.video_fetch),
                (0.5, learning.video_fetch),
                (0.5, accent.azure_pron),
                (0.35, accent.speechace),
                (0.5, accent.coach_progress),
                (0.25, accent.coach_lessons),
            ]
        )

    def errand_block(self) -> None:
        self.some(
            [
                (0.5, errands.restaurants),
                (0.4, errands.track_rider),
                (0.4, errands.fare_quote),
                (0.35, errands.trip_status),
                (0.12, errands.place_order),
                (0.35, game.camera_telemetry),
                (0.2, game.avatar_save),
                (0.1, game.profile_form),
                (0.25, game.leaderboard),
                (0.3, game.unity_video),
            ]
        )
        if self.p(0.24):
            self.next(ADS_DEV, "ads_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.5, stream.catalogue),
                (0.5, stream.trailer),
                (0.3, stream.search),
                (0.3, music.charts),
                (0.3, music.lyrics),
                (0.6, music.audio_segment),
                (0.2, music.search),
            ]
        )
        if self.p(0.62):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.42):
            self.next(MUSIC_VIEW, "music_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balances),
                (0.5, bank.transactions),
                (0.2, bank.bio_toggle),
                (0.3, bank.otp),
                (0.2, bank.promo_article),
                (0.03, bank.device_bind),
            ]
        )
        if self.p(0.9):
            self.next(BANK_BIO, "bank_bio")

    def wear_block(self) -> None:
        self.some([(0.5, wear.buds_eq), (0.3, wear.watch_faces)])
        if self.p(0.45):
            self.next(WEAR_DEV, "wear_dev")


def generate_session(seed: int, target: int) -> tuple[Phone82, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.24, s.desk_block),
        (0.18, s.work_block),
        (0.16, s.learn_block),
        (0.14, s.errand_block),
        (0.12, s.stream_block),
        (0.13, s.bank_block),
        (0.07, s.wear_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
