"""The script of the set-10 session: the tester uses eight apps in turn on a
Redmi Note 13 (short video, online classes, photo beautifier, health insurance,
taxi driving, OTT sports, audiobooks, a game with ad SDKs) plus the car and
fitness-mirror companions, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import adgame as ag
from . import audiobooks as ab
from . import background
from . import beauty as bt
from . import beauty_misc as bm
from . import carlink as cr
from . import classroom as cl
from . import kuaibo as kb
from . import mirror as mr
from . import ottsdk as sdk
from . import ride as rd
from . import shortvideo as sv
from . import sportsott as ot
from . import vitals as vt
from .phone import Phone10

START = 1741852800.0  # 2025-03-13T08:00:00Z

Gen = Callable[[Context], Flow]

VIDEO_VIEW: list[Gen] = [
    sv.app_log,
    sv.aweme_stats,
    kb.client_log,
    sv.app_log,
    kb.client_log_sealed,
    sv.aweme_stats,
]
EDU_BIO: list[Gen] = [
    cl.attention_samples,
    cl.focus_summary,
    cl.attention_samples,
    cl.attention_protobuf,
]
PHOTO_BIO: list[Gen] = [
    bt.facepp_detect,
    bt.landmarks_106,
    bt.landmarks_240,
    bt.face_shape,
    bt.landmarks_106,
    bt.face_group_sealed,
]
HEALTH_BIO: list[Gen] = [
    vt.roi_signals,
    vt.roi_patches,
    vt.roi_signals,
    vt.scan_result,
    vt.scan_sealed,
]
TAXI_BIO: list[Gen] = [rd.liveness_result, rd.facepp_compare, rd.selfie_upload]
OTT_VIEW: list[Gen] = [
    sdk.conviva_hb,
    ot.playback_hb,
    ot.history_add,
    sdk.conviva_hb,
    sdk.segment_video,
    ot.continue_watching_sync,
    ot.hb_protobuf,
]
BOOK_VIEW: list[Gen] = [ab.listen_progress, ab.play_stats, ab.listen_progress, ab.beacon_sealed]
GAME_DEV: list[Gen] = [ag.yandex_ad, ag.mintegral_ad, ag.pangle_ad, ag.yandex_ad, ag.login]
CAR_BIO: list[Gen] = [cr.face_id_enrol, cr.voice_enrol, cr.face_id_sync]
CAR_DEV: list[Gen] = [cr.bind, cr.bind_protobuf, cr.status]
MIRROR_DEV: list[Gen] = [mr.pair, mr.ble_provision_log, mr.state]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone10.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.miui_204(c),
            sv.device_register(c),
            kb.msa_ids(c),
            cl.firebase_install(c),
            bt.msa_stat(c),
            vt.app_open(c),
            ag.login(c),
            cr.bind(c),
            mr.pair(c),
            background.ntp_http(c),
        ]

    def video(self) -> None:
        self.some(
            [
                (0.6, kb.feed),
                (0.8, kb.thumbnail),
                (0.5, kb.thumbnail),
                (0.6, kb.video_chunk),
                (0.2, kb.search),
                (0.2, lambda c: sv.app_log(c, watch=False)),
                (0.04, sv.device_register),
                (0.08, kb.msa_ids),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VIDEO_VIEW, "video_view")

    def edu(self) -> None:
        self.some(
            [
                (0.4, cl.catalogue),
                (0.5, cl.whiteboard),
                (0.4, cl.ice_candidates),
                (0.35, cl.replay_progress),
                (0.04, cl.firebase_install),
            ]
        )
        if self.p(0.8):
            self.next(EDU_BIO, "edu_bio")

    def photo(self) -> None:
        self.some(
            [
                (0.5, bm.sticker_catalogue),
                (0.4, bm.slider_prefs),
                (0.15, bm.article),
                (0.3, bm.album_backup),
                (0.3, bt.msa_stat),
            ]
        )
        if self.p(0.85):
            self.next(PHOTO_BIO, "photo_bio")

    def health(self) -> None:
        self.some(
            [
                (0.25, vt.signup),
                (0.4, vt.premium_quote),
                (0.4, vt.steps),
                (0.25, vt.clinics),
                (0.3, vt.app_open),
            ]
        )
        if self.p(0.8):
            self.next(HEALTH_BIO, "health_bio")

    def taxi(self) -> None:
        self.some(
            [
                (0.8, rd.track),
                (0.5, rd.track),
                (0.6, rd.dispatch),
                (0.3, rd.trip_summary),
                (0.15, rd.sentry_crash),
            ]
        )
        if self.p(0.5):
            self.next(TAXI_BIO, "taxi_bio")

    def ott(self) -> None:
        self.some([(0.5, ot.epg), (0.5, ot.scores), (0.3, ot.drm_license)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")

    def books(self) -> None:
        self.some(
            [
                (0.5, ab.catalogue),
                (0.8, ab.chapter_audio),
                (0.4, ab.chapter_text),
                (0.2, ab.bookshelf),
            ]
        )
        if self.p(0.8):
            self.next(BOOK_VIEW, "book_view")

    def game(self) -> None:
        self.some([(0.6, ag.telemetry), (0.3, ag.leaderboard), (0.1, ag.iap)])
        if self.p(0.85):
            self.next(GAME_DEV, "game_dev")

    def car(self) -> None:
        self.some([(0.4, cr.route), (0.2, cr.ota_check), (0.5, cr.media_history)])
        if self.p(0.5):
            self.next(CAR_BIO, "car_bio")
        if self.p(0.4):
            self.next(CAR_DEV, "car_dev")

    def fitness(self) -> None:
        self.some([(0.5, mr.workout_summary), (0.4, mr.class_catalogue), (0.7, mr.class_history)])
        if self.p(0.45):
            self.next(MIRROR_DEV, "mirror_dev")


def generate_session(seed: int, target: int) -> tuple[Phone10, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.video),
        (0.12, s.edu),
        (0.12, s.photo),
        (0.10, s.health),
        (0.11, s.taxi),
        (0.13, s.ott),
        (0.09, s.books),
        (0.08, s.game),
        (0.06, s.car),
        (0.06, s.fitness),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
