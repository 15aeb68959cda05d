"""The script of the set-117 session: a family shares a vivo phone, an Android
TV box and a Bluetooth speaker across nine apps (Khmer dramas, Lao TV, music,
dharma talks, football, karaoke, a bank wallet, a telco, a tuk-tuk driver app)
with ordinary traffic in between. Sensitive events rotate through a schedule
per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    dharma,
    football,
    karaoke,
    laotv,
    music,
    reachflix,
    ride,
    sdks,
    telco,
)
from .phone import Phone117

START = 1733205600.0  # 2024-12-03T06:00:00Z (13:00 in Phnom Penh)

Gen = Callable[[Context], Flow]

KH_VIEW: list[Gen] = [
    reachflix.player_event,
    reachflix.beacon_opaque,
    reachflix.continue_watching,
    reachflix.player_event,
    reachflix.player_event,
]
LAO_VIEW: list[Gen] = [laotv.tuning_log, laotv.watch_history, laotv.tuning_opaque, laotv.tuning_log]
MUSIC_VIEW: list[Gen] = [music.play_log, music.recent, music.play_log]
DHARMA_VIEW: list[Gen] = [
    dharma.listen_progress,
    sdks.firebase_video_event,
    dharma.listen_opaque,
    dharma.listen_progress,
]
FOOT_VIEW: list[Gen] = [
    football.heartbeat,
    football.heartbeat,
    football.heartbeat_opaque,
    football.heartbeat,
]
BANK_BIO: list[Gen] = [bank.liveness, bank.face_quality, bank.liveness_opaque, bank.face_compare]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_opaque,
    telco.voice_verify,
]
RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.face_vector,
    ride.face_vector_opaque,
    ride.selfie_check,
]
ADS: list[Gen] = [
    sdks.appsflyer_launch,
    sdks.pangle_ad,
    sdks.mintegral_setting,
    sdks.adjust_session,
    sdks.facebook_activities,
    sdks.pangle_encrypted,
    sdks.onesignal_player,
    sdks.firebase_install,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone117.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.firebase_install(c),
            sdks.appsflyer_launch(c),
            laotv.box_register(c),
            music.speaker_pair(c),
            bank.device_bind(c),
            telco.sim_register(c),
            background.time_sync(c),
        ]

    def kh_block(self) -> None:
        self.some(
            [
                (0.6, reachflix.catalogue),
                (0.5, reachflix.manifest),
                (0.3, reachflix.search),
                (0.1, reachflix.subscribe),
                (0.7, background.thumb),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(KH_VIEW, "kh_view")
        if self.p(0.35):
            self.next(ADS, "ads")

    def lao_block(self) -> None:
        self.some(
            [
                (0.5, laotv.epg),
                (0.3, laotv.ratings),
                (0.7, laotv.segment),
                (0.5, laotv.segment),
                (0.05, laotv.box_register),
            ]
        )
        if self.p(0.85):
            self.next(LAO_VIEW, "lao_view")

    def music_block(self) -> None:
        self.some([(0.4, music.charts), (0.4, music.lyrics), (0.1, music.speaker_pair)])
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def dharma_block(self) -> None:
        self.some([(0.5, dharma.talks), (0.3, dharma.sutra_text), (0.2, dharma.calendar)])
        if self.p(0.8):
            self.next(DHARMA_VIEW, "dharma_view")

    def foot_block(self) -> None:
        self.some([(0.6, football.scores), (0.3, football.odds)])
        for _ in range(self.rng.randint(0, 2)):
            self.next(FOOT_VIEW, "foot_view")
        if self.p(0.3):
            self.next(ADS, "ads")

    def kara_block(self) -> None:
        self.some([(0.6, karaoke.song_search), (0.3, karaoke.score_upload), (0.3, sdks.pangle_ad)])
        if self.p(0.75):
            self.flows.append(karaoke.song_played(self.ctx))

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.khqr_pay),
                (0.5, bank.fx),
                (0.1, bank.device_bind),
                (0.2, sdks.adjust_session),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some(
            [
                (0.6, telco.balance),
                (0.3, telco.assistant_stt),
                (0.05, telco.sim_register),
                (0.2, sdks.onesignal_player),
            ]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.location),
                (0.6, ride.location),
                (0.5, ride.jobs),
                (0.2, ride.tracker),
                (0.15, ride.doc_upload),
                (0.2, sdks.facebook_activities),
            ]
        )
        if self.p(0.6):
            self.next(RIDE_BIO, "ride_bio")


def generate_session(seed: int, target: int) -> tuple[Phone117, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.kh_block),
        (0.12, s.lao_block),
        (0.10, s.music_block),
        (0.09, s.dharma_block),
        (0.10, s.foot_block),
        (0.08, s.kara_block),
        (0.12, s.bank_block),
        (0.10, s.telco_block),
        (0.13, s.ride_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
