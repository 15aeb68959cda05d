"""The script of the set-114 session: a shift at the warehouse and the evening
after, on Daan's own phone. Most blocks are his work (the shift-lead app, the
robot and forklift dashboard, the site's cameras and screens, the time clock's
team view, safety training); a few are his own (streaming, music, bank, earbuds,
a puzzle game). Sensitive events rotate through a schedule per app so that even
a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    blokjes,
    buds,
    fleet,
    havenbank,
    kijkhuis,
    klankkast,
    site,
    timeclock,
    training,
    wms,
)
from .phone import Phone114

START = 1732255200.0  # 2024-11-22T06:00:00Z (07:00 in Rotterdam, early shift)

Gen = Callable[[Context], Flow]

WMS_DEV: list[Gen] = [wms.byod_checkin, wms.byod_checkin_opaque, wms.byod_enrol]
CLOCK_BIO: list[Gen] = [
    timeclock.my_face_template,
    timeclock.coworker_reenrol,
    timeclock.relay_opaque,
    timeclock.my_mobile_clockin,
]
TRAIN_VIEW: list[Gen] = [training.xapi_statement, training.resume_position, training.xapi_statement]
KIJK_VIEW: list[Gen] = [
    kijkhuis.kijkpositie,
    kijkhuis.verder_kijken,
    kijkhuis.kijkpositie,
    kijkhuis.heartbeat_blob,
]
KIJK_DEV: list[Gen] = [kijkhuis.register, kijkhuis.login]
KLANK_VIEW: list[Gen] = [
    klankkast.recent,
    klankkast.played,
    klankkast.beacon_rows,
    klankkast.played,
]
BANK_BIO: list[Gen] = [
    havenbank.face_login,
    havenbank.face_login_sealed,
    havenbank.voice_id_enrol,
    havenbank.face_login,
]
BUDS_DEV: list[Gen] = [buds.sync, buds.firmware_opaque, buds.pair, buds.fis]
GAME_DEV: list[Gen] = [blokjes.appsflyer, blokjes.own_ad_opaque, blokjes.adjust_session]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone114.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        """Commute and the gate: music on the way, his own mobile clock-in, the MDM."""
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            klankkast.played(c),
            background.rain_radar(c),
            wms.byod_checkin(c),
            timeclock.my_mobile_clockin(c),
            timeclock.team_checkins(c),
            wms.pick_rates(c),
            background.time_sync(c),
        ]

    def wms_block(self) -> None:
        self.some(
            [
                (0.6, wms.pick_rates),
                (0.5, wms.pick_route),
                (0.5, wms.wave_tasks),
                (0.35, wms.scanner_fleet),
                (0.15, wms.scanner_ring),
                (0.2, wms.team_roster),
                (0.1, wms.incident),
                (0.1, wms.app_config),
                (0.08, wms.my_shift_scanner),
                (0.15, wms.proximity_tags),
            ]
        )
        if self.p(0.03):
            self.next(WMS_DEV, "wms_dev")

    def fleet_block(self) -> None:
        self.some(
            [
                (0.7, fleet.robot_poses),
                (0.3, fleet.robot_registry),
                (0.4, fleet.forklift_telematics),
                (0.2, fleet.forklift_unlock),
                (0.35, fleet.printer_status),
                (0.3, fleet.print_label),
                (0.2, fleet.voice_headsets),
                (0.12, fleet.voice_misrecognition),
                (0.2, fleet.forklift_fatigue_summary),
            ]
        )

    def site_block(self) -> None:
        self.some(
            [
                (0.4, site.cctv_health),
                (0.5, site.yard_plates),
                (0.3, site.yard_snapshot),
                (0.3, site.dock_assign),
                (0.3, site.breakroom_playout),
                (0.15, site.breakroom_schedule),
                (0.25, site.breakroom_tv_state),
            ]
        )

    def clock_block(self) -> None:
        self.some(
            [
                (0.7, timeclock.team_checkins),
                (0.25, timeclock.disputed_snapshot),
                (0.3, timeclock.terminal_status),
                (0.3, timeclock.hours_overview),
                (0.03, timeclock.register),
            ]
        )
        if self.p(0.12):
            self.next(CLOCK_BIO, "clock_bio")

    def training_block(self) -> None:
        self.some(
            [
                (0.6, training.team_report),
                (0.4, training.catalogue),
                (0.3, training.quiz),
                (0.5, training.video_segment),
                (0.4, training.video_segment),
            ]
        )
        if self.p(0.15):
            self.next(TRAIN_VIEW, "train_view")

    def kijk_block(self) -> None:
        self.some(
            [
                (0.6, kijkhuis.home_rails),
                (0.7, kijkhuis.poster),
                (0.5, kijkhuis.manifest),
                (0.3, kijkhuis.search),
            ]
        )
        if self.p(0.35):
            self.next(KIJK_VIEW, "kijk_view")
        if self.p(0.08):
            self.next(KIJK_DEV, "kijk_dev")

    def klank_block(self) -> None:
        self.some(
            [
                (0.4, klankkast.charts),
                (0.4, klankkast.search),
                (0.6, klankkast.artwork),
                (0.3, klankkast.lyrics),
            ]
        )
        if self.p(0.4):
            self.next(KLANK_VIEW, "klank_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, havenbank.balance),
                (0.5, havenbank.transactions),
                (0.3, havenbank.price_series),
            ]
        )
        if self.p(0.3):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(havenbank.device_binding(self.ctx))

    def buds_block(self) -> None:
        self.some([(0.5, buds.eq_preset), (0.15, buds.hearing_check)])
        if self.p(0.3):
            self.next(BUDS_DEV, "buds_dev")

    def game_block(self) -> None:
        self.some([(0.8, blokjes.level_end), (0.5, blokjes.level_end), (0.3, blokjes.leaderboard)])
        if self.p(0.35):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone114, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.wms_block),
        (0.18, s.fleet_block),
        (0.14, s.site_block),
        (0.12, s.clock_block),
        (0.10, s.training_block),
        (0.06, s.kijk_block),
        (0.05, s.klank_block),
        (0.04, s.bank_block),
        (0.04, s.buds_block),
        (0.05, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
