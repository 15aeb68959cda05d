"""The script of the set-30 session: the tester uses eight apps in turn on an OPPO
Reno11 F (a streaming app, a music app, an e-wallet, a karaoke app, a rider app, a
dating app, a school app, an ad-funded game), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dating, game, karaoke, music, rider, school, stream, stream_misc, wallet
from .phone import Phone30

START = 1741939200.0  # 2025-03-14T08:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.watch_log_th,
    stream.youbora_start,
    stream.youbora_ping,
    stream.watch_log_tl,
    stream.continue_sync,
    stream.opaque_beacon,
    stream.youbora_ping,
    stream.continue_list,
    stream.resume_point,
    stream.watch_log_th,
]
MUSIC_VIEW: list[Gen] = [
    music.play_report,
    music.listen_batch,
    music.play_pb,
    music.play_report,
    music.recently_played,
    music.opaque_stat,
]
WALLET_BIO: list[Gen] = [
    wallet.facetec,
    wallet.liveness_result,
    wallet.advance_check,
    lambda c: wallet.facetec(c, "enrollment-3d"),
    wallet.selfie_frames,
    wallet.kyc_sealed,
]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.appsflyer]
KARAOKE_BIO: list[Gen] = [
    karaoke.voice_enrol,
    karaoke.voiceprint,
    karaoke.voice_login,
    karaoke.timbre_profile,
    karaoke.voice_sealed,
    karaoke.voice_login,
]
KARAOKE_DEV: list[Gen] = [karaoke.mic_status, karaoke.mic_bind]
RIDER_BIO: list[Gen] = [rider.rekognition, rider.selfie_check, rider.face_attrs, rider.face_sealed]
DATING_BIO: list[Gen] = [
    dating.pose_verify,
    dating.blendshapes,
    dating.selfie_match,
    dating.verify_sealed,
]
SCHOOL_BIO: list[Gen] = [
    school.tc_search,
    school.attendance_embed,
    school.attendance_photo,
    school.tc_enrol,
    school.tc_search,
    school.template_sealed,
]
GAME_DEV: list[Gen] = [
    game.admob,
    game.applovin,
    game.pangle,
    game.mintegral,
    game.vungle,
    game.pangle_sealed,
    game.admob,
    game.firebase_install,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone30.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            stream_misc.device_register(c),
            music.login(c),
            wallet.device_bind(c),
            wallet.appsflyer(c),
            karaoke.mic_bind(c),
            rider.login(c),
            dating.session_start(c),
            school.device_reg(c),
            game.firebase_install(c),
            background.component_update(c),
        ]

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream_misc.catalogue),
                (0.7, stream_misc.hls_segment),
                (0.5, stream_misc.hls_segment),
                (0.5, stream_misc.thumb),
                (0.25, stream_misc.epg),
                (0.25, stream_misc.search),
                (0.05, stream_misc.device_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(STREAM_VIEW, "stream_view")

    def music_block(self) -> None:
        self.some(
            [(0.8, music.audio_chunk), (0.4, music.lyrics), (0.3, music.chart), (0.08, music.login)]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MUSIC_VIEW, "music_view")

    def wallet_block(self) -> None:
        self.some([(0.6, wallet.history), (0.4, wallet.qr_pay), (0.2, wallet.kyc_form)])
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def karaoke_block(self) -> None:
        self.some(
            [
                (0.6, karaoke.song_search),
                (0.6, karaoke.melody),
                (0.5, karaoke.score),
                (0.15, karaoke.cover_share),
            ]
        )
        if self.p(0.7):
            self.next(KARAOKE_BIO, "karaoke_bio")
        if self.p(0.35):
            self.next(KARAOKE_DEV, "karaoke_dev")

    def rider_block(self) -> None:
        self.some(
            [
                (0.7, rider.gps_trail),
                (0.5, rider.job_offer),
                (0.3, rider.earnings),
                (0.1, rider.login),
            ]
        )
        if self.p(0.7):
            self.next(RIDER_BIO, "rider_bio")

    def dating_block(self) -> None:
        self.some(
            [
                (0.6, dating.deck),
                (0.25, dating.photo_upload),
                (0.2, dating.signup),
                (0.15, dating.tips_article),
                (0.1, dating.session_start),
            ]
        )
        if self.p(0.7):
            self.next(DATING_BIO, "dating_bio")

    def school_block(self) -> None:
        self.some(
            [
                (0.5, school.timetable),
                (0.3, school.grades),
                (0.3, school.homework),
                (0.08, school.device_reg),
            ]
        )
        if self.p(0.75):
            self.next(SCHOOL_BIO, "school_bio")

    def game_block(self) -> None:
        self.some([(0.5, game.camera_telemetry), (0.3, game.leaderboard), (0.15, game.iap)])
        for _ in range(self.rng.randint(1, 3)):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone30, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.stream_block),
        (0.12, s.music_block),
        (0.13, s.wallet_block),
        (0.12, s.karaoke_block),
        (0.12, s.rider_block),
        (0.11, s.dating_block),
        (0.12, s.school_block),
        (0.13, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
