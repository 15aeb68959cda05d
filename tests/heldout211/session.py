"""The script of the set-211 session: a school day of a Lagos secondary
school's ICT coordinator, mostly administering the school's equipment (the
tablet MDM, the lab PCs and projectors, the library scanners, the bus
tracker, the e-learning dashboards, the CBT proctor console, the staff
attendance portal), with her own apps now and then (a Nollywood streaming
app with ad SDKs, her bank's selfie check, her earbuds) and ordinary
background traffic in between. A precision-stress set: about nine flows in
ten are ordinary, many of them look-alikes. Sensitive events rotate through a
schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import attendance, background, buds, campus, cbt, kilaasi, mdm, nolly, owo
from .phone import Coordinator211

START = 1733126400.0  # 2024-12-02T08:00:00Z (09:00 in Lagos)

Gen = Callable[[Context], Flow]

NOLLY_VIEW: list[Gen] = [
    nolly.watch_progress,
    nolly.continue_watching,
    nolly.appsflyer_content_view,
    nolly.watch_progress,
    nolly.player_beacon,
    nolly.watch_progress,
]
NOLLY_DEV: list[Gen] = [
    nolly.appsflyer_launch,
    nolly.rtb_bid,
    nolly.ga4_screen,
    nolly.ads_config_opaque,
    nolly.rtb_bid,
    nolly.appsflyer_subscribe,
]
OWO_BIO: list[Gen] = [owo.smile_selfie, owo.liveness_burst, owo.smile_selfie, owo.smile_selfie]
OWO_DEV: list[Gen] = [owo.device_bind, owo.balance_opaque, owo.device_bind]
BUDS_DEV: list[Gen] = [
    buds.status_sync,
    buds.bind,
    buds.log_protobuf,
    buds.device_info,
    buds.status_sync,
    buds.config_opaque,
]
SCHOOL_BIO: list[Gen] = [
    cbt.checkin_face,
    attendance.enrol_photo,
    cbt.incident_snapshot,
    cbt.checkin_face,
    attendance.push_biodata,
    attendance.enrol_photo,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Coordinator211.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            nolly.watch_progress(c),
            nolly.appsflyer_launch(c),
            owo.device_bind(c),
            owo.smile_selfie(c),
            buds.bind(c),
            kilaasi.register(c),
            mdm.device_list(c),
            campus.bus_position(c),
            cbt.proctor_board(c),
            attendance.punches(c),
            background.weather(c),
        ]

    def mdm_block(self) -> None:
        self.some(
            [
                (0.8, mdm.device_list),
                (0.4, mdm.device_detail),
                (0.25, mdm.lock_command),
                (0.15, mdm.push_app),
                (0.2, mdm.compliance),
                (0.08, mdm.enrol_token),
            ]
        )

    def campus_block(self) -> None:
        self.some(
            [
                (0.35, campus.lab_pcs),
                (0.15, campus.lab_session),
                (0.3, campus.projectors),
                (0.2, campus.projector_control),
                (0.3, campus.library_scan),
                (0.15, campus.library_stock),
                (0.1, campus.scanners),
                (0.4, campus.bus_position),
                (0.1, campus.bus_roster),
                (0.15, campus.timetable),
                (0.15, campus.announcements),
            ]
        )

    def kilaasi_block(self) -> None:
        self.some(
            [
                (0.5, kilaasi.lessons),
                (0.6, kilaasi.class_stats),
                (0.2, kilaasi.class_compare),
                (0.5, kilaasi.lesson_segment),
                (0.2, kilaasi.assign),
            ]
        )
        if self.p(0.12):
            self.flows.append(kilaasi.my_cpd_progress(self.ctx))
        if self.p(0.03):
            self.flows.append(kilaasi.register(self.ctx))

    def cbt_block(self) -> None:
        self.some(
            [
                (0.6, cbt.timer),
                (0.7, cbt.proctor_board),
                (0.3, cbt.incident_list),
                (0.15, cbt.results),
                (0.1, cbt.seat_plan),
            ]
        )
        if self.p(0.12):
            self.next(SCHOOL_BIO, "school_bio")

    def attendance_block(self) -> None:
        self.some(
            [
                (0.7, attendance.punches),
                (0.3, attendance.terminals),
                (0.2, attendance.lateness),
                (0.25, attendance.staff_list),
            ]
        )
        if self.p(0.1):
            self.next(SCHOOL_BIO, "school_bio")

    def nolly_block(self) -> None:
        self.some(
            [
                (0.5, nolly.catalogue),
                (0.3, nolly.trending),
                (0.25, nolly.trailer),
                (0.7, nolly.hls_segment),
                (0.5, nolly.hls_segment),
            ]
        )
        if self.p(0.55):
            self.next(NOLLY_VIEW, "nolly_view")
        if self.p(0.3):
            self.next(NOLLY_DEV, "nolly_dev")

    def owo_block(self) -> None:
        self.some(
            [
                (0.5, owo.fx_rates),
                (0.4, owo.transfer),
                (0.3, owo.airtime),
                (0.25, owo.profile),
            ]
        )
        if self.p(0.35):
            self.next(OWO_BIO, "owo_bio")
        if self.p(0.25):
            self.next(OWO_DEV, "owo_dev")

    def buds_block(self) -> None:
        self.some([(0.4, buds.eq_settings), (0.15, buds.firmware)])
        if self.p(0.5):
            self.next(BUDS_DEV, "buds_dev")


def generate_session(seed: int, target: int) -> tuple[Coordinator211, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.mdm_block),
        (0.2, s.campus_block),
        (0.15, s.kilaasi_block),
        (0.12, s.cbt_block),
        (0.09, s.attendance_block),
        (0.14, s.nolly_block),
        (0.07, s.owo_block),
        (0.06, s.buds_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
