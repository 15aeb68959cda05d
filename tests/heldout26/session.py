"""The script of the set-26 session: the tester uses eight apps in turn on a
Pixel 8 in Riyadh and Dubai (streaming, music, government services, rides,
Quran / adhan, marriage, smart-home camera, a racing game), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, baytcam, game, mishwar, naghma, shashat, tawtheeq, tilawa, wisal
from .phone import Phone26

START = 1733126400.0  # 2024-12-02T08:00:00Z

Gen = Callable[[Context], Flow]

SHASHAT_VIEW: list[Gen] = [
    shashat.nabd,
    shashat.heartbeat,
    shashat.continue_watching,
    shashat.watch_log,
    shashat.nabd,
    shashat.opaque_beacon,
    shashat.heartbeat,
]
NAGHMA_VIEW: list[Gen] = [
    naghma.plays,
    naghma.track_played,
    naghma.recently_played,
    naghma.plays,
    naghma.opaque_telemetry,
]
NAGHMA_DEV: list[Gen] = [naghma.appsflyer, naghma.ad_decision]
GOV_BIO: list[Gen] = [
    tawtheeq.liveness_frames,
    tawtheeq.id_photo_match,
    tawtheeq.liveness_result,
    tawtheeq.rekognition_compare,
    tawtheeq.sealed_liveness,
    tawtheeq.liveness_frames,
]
RIDE_BIO: list[Gen] = [
    mishwar.selfie_recheck,
    mishwar.face_vector,
    mishwar.selfie_recheck,
    mishwar.sealed_check,
]
QURAN_VIEW: list[Gen] = [
    tilawa.recitation_log,
    tilawa.last_played,
    tilawa.audio_events,
    tilawa.recitation_log,
    tilawa.opaque_sync,
]
WISAL_BIO: list[Gen] = [
    wisal.gesture_selfie,
    wisal.mlkit_face,
    wisal.azure_detect,
    wisal.sealed_verify,
    wisal.mlkit_face,
]
BAYT_BIO: list[Gen] = [
    baytcam.face_event,
    baytcam.enrol_member,
    baytcam.face_event,
    baytcam.telemetry_pb,
]
BAYT_DEV: list[Gen] = [baytcam.register_camera, baytcam.device_status, baytcam.ble_provision]
GAME_DEV: list[Gen] = [
    game.ironsource_logs,
    game.mintegral_setting,
    game.unity_config,
    game.pangle_get_ads,
    game.mintegral_analytics,
    game.unity_auction,
    game.player_login,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone26.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            tawtheeq.register_device(c),
            wisal.session_start(c),
            baytcam.register_camera(c),
            tilawa.adhan_register(c),
            naghma.appsflyer(c),
            game.player_login(c),
            background.remote_config(c),
        ]

    def shashat_block(self) -> None:
        self.some(
            [
                (0.6, shashat.catalogue),
                (0.8, shashat.hls_segment),
                (0.6, shashat.hls_segment),
                (0.3, shashat.search),
                (0.35, shashat.ima_preroll),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(SHASHAT_VIEW, "shashat_view")

    def naghma_block(self) -> None:
        self.some([(0.7, naghma.stream), (0.3, naghma.charts), (0.3, naghma.lyrics)])
        if self.p(0.85):
            self.next(NAGHMA_VIEW, "naghma_view")
        if self.p(0.4):
            self.next(NAGHMA_DEV, "naghma_dev")

    def gov_block(self) -> None:
        self.some(
            [
                (0.5, tawtheeq.services),
                (0.4, tawtheeq.session_header),
                (0.2, tawtheeq.profile_form),
                (0.1, tawtheeq.register_device),
            ]
        )
        if self.p(0.85):
            self.next(GOV_BIO, "gov_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, mishwar.location_ping),
                (0.4, mishwar.fare_estimate),
                (0.3, mishwar.voice_note),
                (0.3, mishwar.trips),
                (0.2, mishwar.risk_fp),
            ]
        )
        if self.p(0.6):
            self.next(RIDE_BIO, "ride_bio")

    def quran_block(self) -> None:
        self.some(
            [
                (0.5, tilawa.prayer_times),
                (0.3, tilawa.qibla),
                (0.4, tilawa.tafsir),
                (0.7, tilawa.recitation_mp3),
                (0.05, tilawa.adhan_register),
            ]
        )
        if self.p(0.85):
            self.next(QURAN_VIEW, "quran_view")

    def wisal_block(self) -> None:
        self.some(
            [
                (0.5, wisal.matches),
                (0.15, wisal.signup_form),
                (0.2, wisal.profile_photo),
                (0.1, wisal.session_start),
            ]
        )
        if self.p(0.7):
            self.next(WISAL_BIO, "wisal_bio")

    def bayt_block(self) -> None:
        self.some([(0.6, baytcam.motion_event), (0.6, baytcam.clip_thumb)])
        if self.p(0.75):
            self.next(BAYT_BIO, "bayt_bio")
        if self.p(0.45):
            self.next(BAYT_DEV, "bayt_dev")

    def game_block(self) -> None:
        self.some([(0.5, game.camera_telemetry), (0.4, game.leaderboard), (0.15, game.iap_receipt)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone26, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.shashat_block),
        (0.13, s.naghma_block),
        (0.12, s.gov_block),
        (0.12, s.ride_block),
        (0.12, s.quran_block),
        (0.11, s.wisal_block),
        (0.12, s.bayt_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
