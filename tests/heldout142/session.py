"""The script of the set-142 session: a dispatcher's working day in Rotterdam and
Antwerp on a personal phone. Most blocks are the company's dashboards (TMS, parcels,
fleet trackers, dashcam console, warehouse, yard gate, training portal, depot radio,
route planner); between them, now and then, the dispatcher's own apps (weather with
ads, podcasts); the bank onboarding happens once with one retry, and the streaming
app only in the evening (the last part of the session). Sensitive events rotate
through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    dashcam,
    fleet,
    kijk,
    optimiser,
    parcels,
    podcast,
    radio,
    tms,
    training,
    warehouse,
    weer,
    yard,
)
from .phone import Phone142

START = 1733122800.0  # 2024-12-02T07:00:00Z (08:00 in Rotterdam)

Gen = Callable[[Context], Flow]

WEER_DEV: list[Gen] = [weer.admob, weer.admob, weer.usage_beacon, weer.admob, weer.register]
POD_VIEW: list[Gen] = [
    podcast.listen_session,
    podcast.continue_list,
    podcast.listen_session,
    podcast.offline_flush,
]
KIJK_VIEW: list[Gen] = [
    kijk.progress,
    lambda c: kijk.comscore(c, "play"),
    kijk.continue_rail,
    kijk.qoe_beacon,
    kijk.comscore,
    kijk.progress,
]
DASH_BIO: list[Gen] = [dashcam.fatigue_detail, dashcam.driver_match]


class Session(SessionBase):
    def __init__(self, seed: int, target: int) -> None:
        super().__init__(seed, Phone142.make, START)
        self.target = target
        self.bank_done = 0
        self.evening_started = False

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tms.dispatcher_login(c),
            weer.register(c),
            tms.route_progress(c),
            podcast.firebase_install(c),
            background.time_sync(c),
            fleet.tracker_list(c),
        ]

    # --- the company's dashboards (look-alikes only, dashcam aside) ---------

    def tms_block(self) -> None:
        self.some(
            [
                (0.9, tms.route_progress),
                (0.5, tms.stop_update),
                (0.4, tms.eta_recalc),
                (0.35, tms.order_list),
                (0.2, tms.fleet_roster),
                (0.05, tms.dispatcher_login),
            ]
        )

    def parcel_block(self) -> None:
        self.some(
            [
                (0.9, parcels.scan_history),
                (0.5, parcels.scan_history),
                (0.3, parcels.delivery_proof),
                (0.3, parcels.scanner_checkin),
                (0.25, parcels.sort_stats),
            ]
        )

    def fleet_block(self) -> None:
        self.some(
            [
                (0.7, fleet.tracker_list),
                (0.7, fleet.position_series),
                (0.4, fleet.geofence_alerts),
                (0.2, fleet.trip_report),
            ]
        )

    def dash_block(self) -> None:
        self.some(
            [
                (0.9, dashcam.alerts),
                (0.5, dashcam.clip_download),
                (0.3, dashcam.camera_health),
            ]
        )
        if self.p(0.18):
            self.next(DASH_BIO, "dash_bio")

    def warehouse_block(self) -> None:
        self.some(
            [
                (0.7, warehouse.plc_status),
                (0.5, warehouse.printer_job),
                (0.4, warehouse.plc_counters),
                (0.3, warehouse.dock_schedule),
            ]
        )

    def yard_block(self) -> None:
        self.some([(0.9, yard.gate_reads), (0.4, yard.plate_crop), (0.25, yard.gate_open)])

    def training_block(self) -> None:
        self.some(
            [(0.8, training.course_stats), (0.4, training.catalogue), (0.3, training.manual_page)]
        )

    def radio_block(self) -> None:
        self.some([(0.7, radio.playout_log), (0.6, radio.now_playing), (0.15, radio.schedule)])

    def planner_block(self) -> None:
        self.some(
            [
                (0.8, optimiser.optimise),
                (0.5, optimiser.here_matrix),
                (0.5, optimiser.progress_polyline),
            ]
        )

    # --- the dispatcher's own apps ------------------------------------------

    def weer_block(self) -> None:
        self.some([(0.8, weer.radar), (0.5, weer.forecast)])
        if self.p(0.45):
            self.next(WEER_DEV, "weer_dev")

    def pod_block(self) -> None:
        self.some([(0.4, podcast.charts), (0.3, podcast.search), (0.8, podcast.audio)])
        if self.p(0.55):
            self.next(POD_VIEW, "pod_view")

    def kijk_block(self) -> None:
        if not self.evening_started:
            self.evening_started = True
            self.flows.append(kijk.register(self.ctx))
        self.some(
            [
                (0.7, kijk.catalogue),
                (0.8, kijk.manifest),
                (0.7, kijk.thumbnail),
                (0.5, kijk.thumbnail),
            ]
        )
        if self.p(0.7):
            self.next(KIJK_VIEW, "kijk_view")

    def evening(self) -> bool:
        return len(self.flows) > 0.6 * self.target

    def private_block(self) -> None:
        """Weather and podcasts by day; the streaming app takes over in the evening."""
        if self.evening() and self.p(0.6):
            self.kijk_block()
        elif self.p(0.5):
            self.weer_block()
        else:
            self.pod_block()

    def bank_onboarding(self) -> None:
        c = self.ctx
        flows = [bank.signup_form(c), bank.document(c), bank.live_photo(c), bank.live_video(c)]
        flows += [bank.sealed_selfie(c), bank.bind_device(c), bank.check_result(c)]
        self.flows += flows

    def bank_retry(self) -> None:
        c = self.ctx
        self.flows += [bank.live_photo(c), bank.sealed_selfie(c), bank.check_result(c)]

    def after(self) -> None:
        """The bank onboarding mid-morning, and the selfie retry in the afternoon."""
        share = len(self.flows) / self.target
        if self.bank_done == 0 and share > 0.3:
            self.bank_done = 1
            self.bank_onboarding()
        elif self.bank_done == 1 and share > 0.7:
            self.bank_done = 2
            self.bank_retry()


def generate_session(seed: int, target: int) -> tuple[Phone142, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed, target)
    s.startup()
    blocks = [
        (0.17, s.tms_block),
        (0.12, s.parcel_block),
        (0.11, s.fleet_block),
        (0.09, s.dash_block),
        (0.09, s.warehouse_block),
        (0.08, s.yard_block),
        (0.05, s.training_block),
        (0.06, s.radio_block),
        (0.08, s.planner_block),
        (0.12, s.private_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4, s.after)
