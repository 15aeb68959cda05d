"""The script of the set-7 session: the tester uses eight apps in turn on a
Pixel 8 (a smartwatch companion, a baby monitor, a crypto exchange, a sermon
streaming app, a webtoon / anime app, a dashcam app, a TV companion, an
eldercare tablet), with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, chapel, dashcam, eldercare, exchange, nursery, toons, tvlink, wearable
from .phone import Phone7

START = 1730793600.0  # 2024-11-05T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

BAND_DEV: list[Gen] = [
    wearable.sync_upload,
    wearable.devices_list,
    wearable.sync_protobuf,
    wearable.paired_device,
    wearable.sync_upload,
    wearable.config_opaque,
]
NEST_BIO: list[Gen] = [
    nursery.face_seen,
    nursery.familiar_face_enrol,
    nursery.face_ingest_opaque,
    nursery.face_seen,
]
NEST_DEV: list[Gen] = [nursery.camera_list, nursery.stream_token, nursery.camera_register]
COIN_BIO: list[Gen] = [
    exchange.shufti_face,
    exchange.regula_match,
    exchange.onboarding_frames,
    exchange.shufti_authenticate,
    exchange.regula_match,
]
COIN_DEV: list[Gen] = [
    exchange.device_risk,
    exchange.appsflyer_launch,
    exchange.signed_ticker,
    exchange.appsflyer_launch,
]
CHAPEL_VIEW: list[Gen] = [
    chapel.watch_progress,
    chapel.ga4_video,
    chapel.listen_history,
    chapel.opaque_beacon,
    lambda c: chapel.ga4_video(c, "video_complete"),
    chapel.watch_progress,
]
TOON_VIEW: list[Gen] = [
    toons.anime_watch,
    toons.continue_watching,
    toons.anime_beacon_opaque,
    toons.anime_watch,
]
DASH_BIO: list[Gen] = [
    dashcam.dms_event,
    dashcam.driver_snapshot,
    dashcam.dms_event,
    dashcam.dms_protobuf,
]
DASH_DEV: list[Gen] = [dashcam.bind, dashcam.heartbeat_opaque, dashcam.bind]
TV_VIEW: list[Gen] = [tvlink.acr_report, tvlink.watch_history, tvlink.acr_opaque, tvlink.acr_report]
ELDER_BIO: list[Gen] = [
    eldercare.speaker_verify,
    eldercare.speaker_enrol,
    eldercare.speaker_verify,
    eldercare.speaker_verify_opaque,
]
TV_DEV: list[Gen] = [tvlink.tv_status, tvlink.opaque_tv_ping, tvlink.pair_tv]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone7.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            wearable.paired_device(c),
            nursery.firebase_installation(c),
            nursery.camera_register(c),
            exchange.appsflyer_launch(c),
            exchange.device_risk(c),
            dashcam.bind(c),
            tvlink.pair_tv(c),
            background.time_sync(c),
            chapel.live_status(c),
        ]

    def band_block(self) -> None:
        self.some(
            [
                (0.6, wearable.daily_summary),
                (0.4, wearable.watchface_install),
                (0.35, wearable.pose_coach),
                (0.2, wearable.firmware_check),
            ]
        )
        if self.p(0.8):
            self.next(BAND_DEV, "band_dev")

    def nest_block(self) -> None:
        self.some(
            [
                (0.5, nursery.cry_event),
                (0.3, nursery.face_covered_alert),
                (0.5, nursery.sleep_report),
                (0.6, nursery.snapshot_thumb),
                (0.05, nursery.firebase_installation),
            ]
        )
        if self.p(0.8):
            self.next(NEST_BIO, "nest_bio")
        if self.p(0.4):
            self.next(NEST_DEV, "nest_dev")

    def coin_block(self) -> None:
        self.some(
            [
                (0.7, exchange.candles),
                (0.5, exchange.order_book),
                (0.2, exchange.withdraw),
                (0.15, exchange.kyc_form),
                (0.15, exchange.push_register),
            ]
        )
        if self.p(0.6):
            self.next(COIN_BIO, "coin_bio")
        if self.p(0.6):
            self.next(COIN_DEV, "coin_dev")

    def chapel_block(self) -> None:
        self.some(
            [
                (0.6, chapel.catalogue),
                (0.7, chapel.hls_segment),
                (0.5, chapel.hls_segment),
                (0.2, chapel.notes),
                (0.15, chapel.donation),
                (0.2, chapel.live_status),
                (0.1, chapel.ga4_donation),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(CHAPEL_VIEW, "chapel_view")

    def toon_block(self) -> None:
        self.some(
            [
                (0.6, toons.home_feed),
                (0.8, toons.comic_image),
                (0.6, toons.comic_image),
                (0.6, toons.reading_progress),
                (0.3, toons.anime_manifest),
                (0.2, toons.comments),
            ]
        )
        if self.p(0.7):
            self.next(TOON_VIEW, "toon_view")

    def dash_block(self) -> None:
        self.some(
            [
                (0.6, dashcam.gps_track),
                (0.3, dashcam.road_clip),
                (0.2, dashcam.mount_calibration),
                (0.3, dashcam.trip_summary),
            ]
        )
        if self.p(0.8):
            self.next(DASH_BIO, "dash_bio")
        if self.p(0.35):
            self.next(DASH_DEV, "dash_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvlink.keypress),
                (0.4, tvlink.keypress),
                (0.4, tvlink.epg),
                (0.2, tvlink.installed_apps),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(TV_DEV, "tv_dev")

    def elder_block(self) -> None:
        self.some(
            [
                (0.5, eldercare.fall_window),
                (0.3, eldercare.call_signal),
                (0.4, eldercare.reminders),
            ]
        )
        if self.p(0.8):
            self.next(ELDER_BIO, "elder_bio")


def generate_session(seed: int, target: int) -> tuple[Phone7, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.band_block),
        (0.14, s.nest_block),
        (0.15, s.coin_block),
        (0.15, s.chapel_block),
        (0.14, s.toon_block),
        (0.14, s.dash_block),
        (0.14, s.tv_block),
        (0.09, s.elder_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
