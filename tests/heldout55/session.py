"""The script of the set-55 session: a shop owner's Galaxy M34 through a working
day in Chennai (and a Colombo trip), mostly ORDINARY apps whose traffic looks
sensitive and is not. The few truly sensitive events (a payments app's face
KYC, a matrimony selfie check, face attendance, cricket and lesson watch logs,
ad SDKs with the GAID) rotate through schedules at low rates, so that every
category exists while at least 85% of the flows are negatives.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    attendance,
    background,
    billing,
    cleaner,
    cricket,
    edtech,
    games,
    kirana,
    matrimony,
    upi,
    yoga,
)
from .phone import Phone55

START = 1732939200.0  # 2024-11-30T04:00:00Z (09:30 in Chennai)

Gen = Callable[[Context], Flow]

UPI_BIO: list[Gen] = [upi.hv_liveness, upi.hv_match, upi.kyc_opaque, upi.hv_liveness]
UPI_DEV: list[Gen] = [upi.register_device]
KIRANA_DEV: list[Gen] = [
    kirana.ct_product_viewed,
    kirana.af_purchase,
    kirana.session_start,
    kirana.ct_app_launched,
]
CRIC_VIEW: list[Gen] = [
    cricket.watch_log,
    cricket.live_heartbeat,
    cricket.continue_watching,
    cricket.live_heartbeat,
    cricket.beacon_opaque,
    cricket.watch_log,
]
CRIC_DEV: list[Gen] = [cricket.fis, cricket.device_register, cricket.device_prefs]
JODI_DEV: list[Gen] = [matrimony.ct_event, matrimony.device_login, matrimony.prefs_cookie]
EDU_VIEW: list[Gen] = [edtech.lesson_progress, edtech.recently_watched, edtech.lesson_progress]
HB_BIO: list[Gen] = [attendance.face_punch, attendance.face_punch, attendance.face_enrol_opaque]
GAME_DEV: list[Gen] = [games.rewarded, games.admob_3d, games.analytics_opaque, games.rewarded]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone55.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.galaxy_store(c),
            upi.register_device(c),
            kirana.session_start(c),
            cricket.fis(c),
            cricket.device_register(c),
            matrimony.device_login(c),
            edtech.login(c),
            attendance.device_register(c),
            background.remote_config(c),
        ]

    def upi_block(self) -> None:
        self.some(
            [
                (0.7, upi.qr_parse),
                (0.7, upi.pay),
                (0.4, upi.history),
                (0.15, upi.sms_token),
                (0.15, upi.binding_status),
                (0.25, upi.offers),
            ]
        )
        if self.p(0.28):
            self.next(UPI_BIO, "upi_bio")
        if self.p(0.04):
            self.next(UPI_DEV, "upi_dev")

    def kirana_block(self) -> None:
        self.some(
            [
                (0.6, kirana.eta),
                (0.5, kirana.rider_track),
                (0.5, kirana.recently_viewed),
                (0.5, kirana.search),
                (0.2, kirana.voice_search),
                (0.25, kirana.recommendations),
                (0.7, kirana.product_image),
                (0.4, kirana.cart),
            ]
        )
        if self.p(0.25):
            self.next(KIRANA_DEV, "kirana_dev")

    def cricket_block(self) -> None:
        self.some(
            [
                (0.8, cricket.commentary),
                (0.6, cricket.live_score),
                (0.4, cricket.most_watched),
                (0.6, cricket.thumbnail),
                (0.5, cricket.segment),
            ]
        )
        if self.p(0.55):
            self.next(CRIC_VIEW, "cric_view")
        if self.p(0.06):
            self.next(CRIC_DEV, "cric_dev")

    def jodi_block(self) -> None:
        self.some(
            [
                (0.5, matrimony.profile_edit),
                (0.35, matrimony.photo_upload),
                (0.6, matrimony.matches),
                (0.35, matrimony.porutham),
                (0.3, matrimony.visitors),
            ]
        )
        if self.p(0.27):
            self.flows.append(matrimony.selfie_verify(self.ctx))
        if self.p(0.07):
            self.next(JODI_DEV, "jodi_dev")

    def billing_block(self) -> None:
        self.some(
            [
                (0.8, billing.invoice),
                (0.5, billing.scan_series),
                (0.3, billing.settings_sync),
                (0.3, billing.stock_report),
                (0.4, billing.customer_khata),
            ]
        )

    def edu_block(self) -> None:
        self.some(
            [
                (0.7, edtech.quiz_attempt),
                (0.4, edtech.practice_stats),
                (0.6, edtech.lesson_segment),
                (0.2, edtech.doubt_upload),
            ]
        )
        if self.p(0.45):
            self.next(EDU_VIEW, "edu_view")
        if self.p(0.04):
            self.flows.append(edtech.login(self.ctx))

    def yoga_block(self) -> None:
        self.some(
            [(0.9, yoga.pose_feedback), (0.6, yoga.pose_feedback), (0.4, yoga.session_summary)]
        )
        self.some([(0.4, yoga.class_segment)])

    def cleaner_block(self) -> None:
        self.some([(0.7, cleaner.scan_report), (0.4, cleaner.duplicate_photos)])
        if self.p(0.1):
            self.flows.append(cleaner.banner(self.ctx))

    def haaziri_block(self) -> None:
        self.some([(0.8, attendance.gps_checkin), (0.35, attendance.shift_report)])
        if self.p(0.37):
            self.next(HB_BIO, "hb_bio")
        if self.p(0.04):
            self.flows.append(attendance.device_register(self.ctx))

    def games_block(self) -> None:
        self.some(
            [
                (0.7, games.level_done),
                (0.3, games.leaderboard),
                (0.6, games.camera_settings),
                (0.3, games.replay_watch),
            ]
        )
        if self.p(0.22):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone55, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.upi_block),
        (0.11, s.kirana_block),
        (0.11, s.cricket_block),
        (0.10, s.jodi_block),
        (0.11, s.billing_block),
        (0.09, s.edu_block),
        (0.08, s.yoga_block),
        (0.07, s.cleaner_block),
        (0.10, s.haaziri_block),
        (0.11, s.games_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
