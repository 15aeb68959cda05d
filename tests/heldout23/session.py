"""The script of the set-23 session: a tester in a US living room uses six Fire
TV apps (a FAST channel app, a subscription video app, a live-sports app, an
ACR service, a voice remote with voice profiles, and the ads inside them) and
four Quest 3 apps (social VR with face and eye tracking, VR fitness, a 180/360
video player, a VR shooter), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import acr, ads, avatar, background, dome, fast, fitness, game, social, sports, svod, voice
from .phone import Devices23

START = 1730840400.0  # 2024-11-05T21:00:00Z (evening on the US east coast)

Gen = Callable[[Context], Flow]

FAST_VIEW: list[Gen] = [fast.watch_event, fast.resume_point, fast.watch_event, fast.opaque_beacon]
SVOD_VIEW: list[Gen] = [svod.keep_alive, svod.bookmarks, svod.keep_alive, svod.msl_logblob]
SPORTS_VIEW: list[Gen] = [
    sports.conviva_hb,
    sports.mux_beacon,
    sports.conviva_hb,
    sports.mux_beacon,
]
ACR_VIEW: list[Gen] = [acr.match_report, acr.fingerprint_batch, acr.match_report]
VOICE_BIO: list[Gen] = [
    voice.identify,
    voice.enrol,
    voice.speaker_scores,
    voice.identify,
    voice.profile_sync_opaque,
]
AD_DEV: list[Gen] = [ads.aps_bid, ads.ortb_video, ads.impression, ads.aps_bid]
SOCIAL_BIO: list[Gen] = [
    social.expressions,
    social.eye_gaze,
    social.expressions,
    social.face_calibration,
    social.expressions_protobuf,
    avatar.landmarks,
    social.expressions,
    social.eye_gaze,
    avatar.selfie_upload,
]
FIT_VIEW: list[Gen] = [
    fitness.class_progress,
    lambda c: fitness.amplitude(c, "class_video_progress"),
]
DOME_VIEW: list[Gen] = [dome.history, dome.heartbeat, dome.heartbeat, dome.beacon_opaque]
GAME_DEV: list[Gen] = [game.ugs_events, game.ad_request, game.ugs_events]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Devices23.make, START)

    def next(self, schedule: list[Gen], key: str, times: int = 1) -> None:
        for _ in range(times):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.wifistub(c),
            svod.device_register(c),
            voice.codepair(c),
            fast.stitcher_master(c),
            sports.entitlement(c),
            background.horizon_logging(c),
            social.join(c),
            fitness.register(c),
            dome.register(c),
            game.player_login(c),
        ]

    def fast_block(self) -> None:
        self.some(
            [
                (0.6, fast.stitcher_master),
                (0.7, fast.ad_quartile),
                (0.4, fast.ad_quartile),
                (0.4, fast.guide),
                (0.5, fast.channel_art),
                (0.15, fast.search),
            ]
        )
        if self.p(0.85):
            self.next(FAST_VIEW, "fast_view", self.rng.randint(1, 2))

    def svod_block(self) -> None:
        self.some(
            [
                (0.6, svod.lolomo),
                (0.6, svod.artwork),
                (0.3, svod.trailer_segment),
                (0.08, svod.device_register),
            ]
        )
        if self.p(0.85):
            self.next(SVOD_VIEW, "svod_view", self.rng.randint(1, 2))

    def sports_block(self) -> None:
        self.some(
            [
                (0.6, sports.scoreboard),
                (0.4, sports.odds),
                (0.3, sports.highlight_list),
                (0.3, sports.entitlement),
            ]
        )
        if self.p(0.85):
            self.next(SPORTS_VIEW, "sports_view", self.rng.randint(1, 2))

    def acr_block(self) -> None:
        self.some([(0.2, acr.config)])
        if self.p(0.9):
            self.next(ACR_VIEW, "acr_view")

    def voice_block(self) -> None:
        self.some([(0.5, voice.voice_search), (0.08, voice.codepair)])
        if self.p(0.9):
            self.next(VOICE_BIO, "voice_bio")

    def ads_block(self) -> None:
        self.next(AD_DEV, "ad_dev")
        self.some([(0.5, ads.creative), (0.3, ads.impression)])

    def social_block(self) -> None:
        self.some(
            [
                (0.8, social.hands_and_pose),
                (0.4, social.hands_and_pose),
                (0.3, social.rooms),
                (0.12, social.join),
                (0.15, avatar.outfits),
                (0.1, avatar.model_download),
            ]
        )
        self.next(SOCIAL_BIO, "social_bio", self.rng.randint(1, 3))

    def fit_block(self) -> None:
        self.some(
            [
                (0.6, fitness.workout_summary),
                (0.4, fitness.leaderboard),
                (0.3, fitness.class_catalogue),
                (0.3, lambda c: fitness.amplitude(c, "workout_completed")),
                (0.08, fitness.register),
            ]
        )
        if self.p(0.8):
            self.next(FIT_VIEW, "fit_view")

    def dome_block(self) -> None:
        self.some(
            [
                (0.8, dome.segment),
                (0.5, dome.segment),
                (0.4, dome.thumb),
                (0.3, dome.viewport_heatmap),
                (0.08, dome.register),
            ]
        )
        if self.p(0.85):
            self.next(DOME_VIEW, "dome_view")

    def game_block(self) -> None:
        self.some(
            [
                (0.7, game.match_telemetry),
                (0.3, game.store),
                (0.1, game.player_login),
                (0.2, background.horizon_logging),
            ]
        )
        if self.p(0.8):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Devices23, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.fast_block),
        (0.12, s.svod_block),
        (0.12, s.sports_block),
        (0.07, s.acr_block),
        (0.09, s.voice_block),
        (0.10, s.ads_block),
        (0.16, s.social_block),
        (0.10, s.fit_block),
        (0.08, s.dome_block),
        (0.08, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
