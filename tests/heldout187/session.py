"""The script of the set-187 session: a day at a phone and TV repair shop in
Melbourne on the technician's own Galaxy S23. Most blocks are shop work full of
customers' device identifiers (tickets, diagnostics, TV test patterns, parts,
trade-in checks, security cameras, loan phones, courier labels); a few are her
own apps (a streaming app, a music app, her bank). Sensitive events rotate
through a schedule per app and are rare, as a precision stress set needs.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    cameras,
    courier,
    diag,
    fixdesk,
    flick,
    loaners,
    parts,
    tradein,
    tunely,
    tvtest,
)
from .phone import Phone187

START = 1764572400.0  # 2025-12-01T07:00:00Z, 6 pm in Melbourne

Gen = Callable[[Context], Flow]

FIXDESK_DEV: list[Gen] = [fixdesk.push_register, fixdesk.offline_sync, fixdesk.push_register]
DIAG_SENS: list[Gen] = [
    diag.licence_check,
    diag.front_camera_face_test,
    diag.licence_ping_opaque,
    diag.self_test,
    diag.licence_check,
    diag.front_camera_face_test,
]
FLICK_VIEW: list[Gen] = [
    flick.progress,
    flick.continue_watching,
    flick.progress,
    flick.legacy_beacon,
]
TUNELY_VIEW: list[Gen] = [tunely.listen_event, tunely.listen_event, tunely.offline_plays]
TUNELY_DEV: list[Gen] = [tunely.audio_route, tunely.firebase_install]
BANK_BIO: list[Gen] = [bank.onfido_selfie, bank.template_recheck, bank.onfido_selfie]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone187.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            fixdesk.push_register(c),
            fixdesk.tickets_list(c),
            background.weather(c),
            tunely.firebase_install(c),
            flick.progress(c),
            bank.onfido_selfie(c),
            background.time_sync(c),
        ]

    def fixdesk_block(self) -> None:
        self.some(
            [
                (0.7, fixdesk.tickets_list),
                (0.5, fixdesk.ticket_create),
                (0.4, fixdesk.intake_photo),
                (0.3, fixdesk.sms_customer),
                (0.25, fixdesk.invoice),
                (0.2, fixdesk.handover_signature),
            ]
        )
        if self.p(0.08):
            self.next(FIXDESK_DEV, "fixdesk_dev")

    def diag_block(self) -> None:
        self.some(
            [
                (0.7, diag.battery_report),
                (0.35, diag.faceid_module_test),
                (0.4, diag.camera_test),
                (0.4, diag.sensor_test),
            ]
        )
        if self.p(0.12):
            self.next(DIAG_SENS, "diag_sens")

    def tv_block(self) -> None:
        self.some(
            [
                (0.6, tvtest.cast_session),
                (0.8, tvtest.demo_heartbeat),
                (0.6, tvtest.demo_heartbeat),
                (0.3, tvtest.pattern_catalogue),
                (0.4, tvtest.colour_readings),
                (0.3, tvtest.panel_diag),
            ]
        )

    def parts_block(self) -> None:
        self.some(
            [
                (0.8, parts.search),
                (0.8, parts.thumbnail),
                (0.6, parts.thumbnail),
                (0.4, parts.price_history),
                (0.3, parts.recently_viewed),
                (0.2, parts.cart_checkout),
            ]
        )

    def tradein_block(self) -> None:
        self.some(
            [
                (0.9, tradein.imei_check),
                (0.5, tradein.imei_check),
                (0.3, tradein.batch_quote),
                (0.2, tradein.payout),
            ]
        )

    def camera_block(self) -> None:
        self.some(
            [
                (0.7, cameras.events),
                (0.6, cameras.snapshot),
                (0.3, cameras.nvr_status),
                (0.3, cameras.playback),
            ]
        )
        if self.p(0.1):
            self.flows.append(cameras.face_capture(self.ctx))

    def loaner_block(self) -> None:
        self.some([(0.6, loaners.pool_list), (0.4, loaners.checkout), (0.2, loaners.wipe)])

    def courier_block(self) -> None:
        self.some([(0.6, courier.create_shipment), (0.6, courier.track), (0.4, courier.label_pdf)])

    def flick_block(self) -> None:
        self.some(
            [
                (0.6, flick.home_rails),
                (0.5, flick.manifest),
                (0.9, flick.segment),
                (0.7, flick.segment),
            ]
        )
        if self.p(0.4):
            self.next(FLICK_VIEW, "flick_view")
        if self.p(0.1):
            self.flows.append(flick.appsflyer_launch(self.ctx))

    def tunely_block(self) -> None:
        self.some([(0.4, tunely.search), (0.8, tunely.artwork), (0.3, tunely.chart)])
        if self.p(0.4):
            self.next(TUNELY_VIEW, "tunely_view")
        if self.p(0.12):
            self.next(TUNELY_DEV, "tunely_dev")

    def bank_block(self) -> None:
        self.some([(0.8, bank.transactions), (0.2, bank.payee_add)])
        if self.p(0.3):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.flows.append(bank.device_bind(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone187, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.fixdesk_block),
        (0.13, s.diag_block),
        (0.11, s.tv_block),
        (0.11, s.parts_block),
        (0.09, s.tradein_block),
        (0.09, s.camera_block),
        (0.06, s.loaner_block),
        (0.07, s.courier_block),
        (0.07, s.flick_block),
        (0.06, s.tunely_block),
        (0.04, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
