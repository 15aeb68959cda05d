"""The script of the set-195 session: a property manager's working day on her
Galaxy S23, mostly the building's systems (access and intercom, lockers,
facility sensors and cameras, the amenity room's TV, leasing and work orders)
and now and then her own streaming, podcast and bank apps. A precision stress
set: nearly all flows are ordinary look-alikes; the sensitive ones are rare and
rotate through a schedule per app so that a small set still covers each family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import access, amenity, background, bank, facility, leasing, lockers, podcast, streaming
from .phone import Phone195

START = 1764752400.0  # 2025-12-03T09:00:00Z (04:00 Toronto): the day's first sync

Gen = Callable[[Context], Flow]

ACCESS_BIO: list[Gen] = [
    access.face_enrol,
    access.face_enrol_photo,
    access.template_b64,
    access.face_enrol,
    access.face_sync_opaque,
]
ACCESS_DEV: list[Gen] = [access.register_phone, access.session_ping, access.register_phone]
STREAM_VIEW: list[Gen] = [
    streaming.progress,
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.progress,
    streaming.beacon_opaque,
    streaming.heartbeat,
]
POD_VIEW: list[Gen] = [podcast.listen_sync, podcast.history, podcast.listen_sync]
BANK_BIO: list[Gen] = [bank.live_photo, bank.motion_frames]
BANK_DEV: list[Gen] = [bank.bind_device, bank.risk_opaque, bank.bind_device]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone195.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            access.register_phone(c),
            access.audit_log(c),
            facility.laundry(c),
            lockers.deliveries(c),
            background.weather(c),
            amenity.fleet(c),
            streaming.appsflyer_launch(c),
            streaming.progress(c),
            access.face_enrol(c),
            facility.elevator(c),
            leasing.move_in_form(c),
        ]

    def access_block(self) -> None:
        self.some(
            [
                (0.8, access.audit_log),
                (0.4, access.remote_unlock),
                (0.3, access.lock_battery),
                (0.6, access.intercom_events),
                (0.3, access.audit_log),
            ]
        )
        if self.p(0.12):
            self.next(ACCESS_BIO, "access_bio")
        if self.p(0.05):
            self.next(ACCESS_DEV, "access_dev")

    def lockers_block(self) -> None:
        self.some(
            [
                (0.9, lockers.deliveries),
                (0.4, lockers.open_compartment),
                (0.5, lockers.expiry_notice),
            ]
        )

    def facility_block(self) -> None:
        self.some(
            [
                (0.5, facility.laundry),
                (0.4, facility.gym),
                (0.5, facility.elevator),
                (0.5, facility.thermostats),
                (0.3, facility.leak_alert),
                (0.5, facility.camera_analytics),
                (0.6, facility.camera_snapshot),
                (0.15, facility.clip_export),
            ]
        )

    def amenity_block(self) -> None:
        self.some(
            [
                (0.5, amenity.fleet),
                (0.6, amenity.playout_log),
                (0.3, amenity.reset_stick),
                (0.5, amenity.booking),
            ]
        )

    def leasing_block(self) -> None:
        self.some(
            [
                (0.4, leasing.move_in_form),
                (0.4, leasing.id_document),
                (0.6, leasing.work_order),
                (0.5, leasing.work_order_photo),
                (0.3, leasing.invoice),
                (0.2, leasing.signature),
            ]
        )

    def stream_block(self) -> None:
        self.some(
            [
                (0.8, streaming.catalogue),
                (0.7, streaming.thumbnail),
                (0.7, streaming.thumbnail),
                (0.5, streaming.manifest),
            ]
        )
        if self.p(0.3):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.04):
            self.flows.append(streaming.appsflyer_launch(self.ctx))

    def pod_block(self) -> None:
        self.some([(0.7, podcast.feed), (0.6, podcast.download), (0.5, podcast.charts)])
        if self.p(0.25):
            self.next(POD_VIEW, "pod_view")
        if self.p(0.04):
            self.flows.append(podcast.register(self.ctx))

    def bank_block(self) -> None:
        self.some(
            [
                (0.8, bank.balances),
                (0.4, bank.etransfer),
                (0.3, bank.check_result),
            ]
        )
        if self.p(0.15):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone195, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.access_block),
        (0.1, s.lockers_block),
        (0.24, s.facility_block),
        (0.08, s.amenity_block),
        (0.13, s.leasing_block),
        (0.1, s.stream_block),
        (0.07, s.pod_block),
        (0.06, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
