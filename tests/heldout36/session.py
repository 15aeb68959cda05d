"""The script of the set-36 session: the family uses nine apps in turn on a
Redmi Note 12 (Azerbaijani, Uzbek and Persian streaming, a Persian music app, a
Quran / poetry audio app, a bank, a taxi app, a home camera, a game), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, camera, game, kino, persian, quran, taxi, uzplay
from .phone import Phone36

START = 1730793600.0  # 2024-11-05T08:00:00Z

Gen = Callable[[Context], Flow]

KINO_VIEW: list[Gen] = [
    kino.heartbeat,
    kino.watch_log,
    kino.continue_watching,
    kino.heartbeat,
    kino.beacon_opaque,
    kino.watch_log,
]
UZ_VIEW: list[Gen] = [
    uzplay.tomosha_progress,
    uzplay.progress_pb,
    uzplay.korish_tarixi,
    uzplay.live_ping,
    uzplay.tomosha_progress,
    uzplay.opaque_stat,
]
FA_VIEW: list[Gen] = [
    persian.tamasha_log,
    persian.tarikhche,
    persian.tamasha_log,
    persian.tamasha_opaque,
]
MUSIC_VIEW: list[Gen] = [
    persian.shenidan_sync,
    persian.now_playing,
    persian.recently_played,
    persian.now_playing,
]
QURAN_VIEW: list[Gen] = [
    quran.last_listened,
    quran.poem_plays,
    quran.listening_days,
    quran.last_listened,
    quran.sync_opaque,
]
BANK_BIO: list[Gen] = [
    bank.facetec_enrol,
    bank.face_landmarks,
    bank.voice_confirm,
    bank.facepp_compare,
    bank.face_template,
    bank.voice_enrol,
    lambda c: bank.facetec_enrol(c, "/match-3d-3d"),
    bank.liveness_opaque,
    bank.voice_confirm,
]
TAXI_BIO: list[Gen] = [
    taxi.shift_selfie,
    taxi.face_contours,
    taxi.rekognition_compare,
    taxi.shift_selfie,
    taxi.selfie_opaque,
]
CAM_BIO: list[Gen] = [
    camera.face_event,
    camera.enrol_member,
    camera.face_event,
    camera.face_library_sync,
    camera.face_event_opaque,
    camera.face_event,
]
CAM_DEV: list[Gen] = [camera.device_list, camera.status_by_mac, camera.bind_camera]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_auction,
    game.mintegral_setting,
    game.yandex_ad,
    game.appmetrica_report,
    game.mintegral_analytics,
    game.tapsell_request,
    game.admob,
    game.ad_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone36.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            kino.device_register(c),
            uzplay.login(c),
            persian.android_register(c),
            bank.appmetrica_startup(c),
            bank.bind_device(c),
            camera.bind_camera(c),
            game.mintegral_setting(c),
            background.remote_flags(c),
        ]

    def kino_block(self) -> None:
        self.some(
            [
                (0.6, kino.catalogue),
                (0.7, kino.hls_segment),
                (0.5, kino.hls_segment),
                (0.25, kino.search),
                (0.15, kino.profile_stats),
                (0.05, kino.device_register),
            ]
        )
        if self.p(0.85):
            self.next(KINO_VIEW, "kino", self.rng.randint(1, 2))

    def uz_block(self) -> None:
        self.some([(0.5, uzplay.banners), (0.3, uzplay.epg), (0.05, uzplay.login)])
        if self.p(0.85):
            self.next(UZ_VIEW, "uz")

    def fa_block(self) -> None:
        self.some([(0.5, persian.film_page), (0.1, persian.android_register)])
        if self.p(0.8):
            self.next(FA_VIEW, "fa")

    def music_block(self) -> None:
        self.some([(0.4, persian.charts), (0.3, persian.lyrics)])
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music")

    def quran_block(self) -> None:
        self.some(
            [
                (0.6, quran.verses),
                (0.4, quran.recitation_files),
                (0.3, quran.ganjoor_poem),
                (0.3, quran.cover),
                (0.3, quran.prayer_times),
            ]
        )
        if self.p(0.8):
            self.next(QURAN_VIEW, "quran")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.transactions),
                (0.1, bank.signup_form),
                (0.15, bank.face_help_article),
                (0.1, bank.appmetrica_startup),
                (0.08, bank.bind_device),
            ]
        )
        if self.p(0.9):
            self.next(BANK_BIO, "bank", self.rng.randint(1, 2))

    def taxi_block(self) -> None:
        self.some([(0.6, taxi.ride_estimate), (0.6, taxi.driver_location), (0.15, taxi.car_photo)])
        if self.p(0.85):
            self.next(TAXI_BIO, "taxi")

    def cam_block(self) -> None:
        self.some([(0.5, camera.motion_event), (0.3, camera.clip_fetch)])
        if self.p(0.9):
            self.next(CAM_BIO, "cam")
        if self.p(0.4):
            self.next(CAM_DEV, "cam_dev")

    def game_block(self) -> None:
        self.some([(0.6, game.level_telemetry), (0.3, game.leaderboard), (0.1, game.iap_verify)])
        self.next(GAME_DEV, "game", self.rng.randint(1, 3))


def generate_session(seed: int, target: int) -> tuple[Phone36, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.kino_block),
        (0.09, s.uz_block),
        (0.08, s.fa_block),
        (0.08, s.music_block),
        (0.10, s.quran_block),
        (0.16, s.bank_block),
        (0.12, s.taxi_block),
        (0.14, s.cam_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
