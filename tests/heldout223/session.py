"""The script of the set-223 session: a working day on the juristic-office
manager's phone in a Bangkok condominium tower. Most of it is the building's
traffic (turnstiles and face enrolment, lifts and barriers, lobby signage, gym,
pool, parcel lockers, CCTV, the residents' app console); between rounds she
uses her own drama app, messenger, bank and watch. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    amenity,
    background,
    bank,
    cctv,
    chat,
    console,
    faceaccess,
    lakorn,
    lifts,
    signage,
    watch,
)
from .phone import Manager223

START = 1741831200.0  # 2025-03-13T02:00:00Z (09:00 in Bangkok)

Gen = Callable[[Context], Flow]

ACCESS_BIO: list[Gen] = [
    faceaccess.feature_push,
    faceaccess.face_enrol,
    faceaccess.template_bundle,
    faceaccess.face_enrol,
    faceaccess.feature_push,
]
ACCESS_DEV: list[Gen] = [faceaccess.admin_login]
CONSOLE_DEV: list[Gen] = [
    lambda c: console.residents(c, True),
    console.register,
    lambda c: console.invoices(c, True),
    lambda c: console.announce(c, True),
]
LAKORN_VIEW: list[Gen] = [
    lakorn.progress,
    lakorn.ga4_video,
    lakorn.du_to,
    lakorn.beacon,
    lambda c: lakorn.ga4_video(c, "video_complete"),
    lakorn.progress,
]
LAKORN_DEV: list[Gen] = [
    lakorn.appsflyer_launch,
    lakorn.firebase_installation,
    lakorn.ga4_screen,
    lakorn.stats_opaque,
    lakorn.appsflyer_event,
    lakorn.register_device,
]
CHAT_DEV: list[Gen] = [chat.sync, chat.keepalive, chat.register, chat.sync]
BANK_BIO: list[Gen] = [
    bank.liveness,
    bank.selfie_compare,
    bank.match3d,
    bank.face_jwe,
    bank.liveness,
    bank.selfie_compare,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance, bank.balance]
WATCH_DEV: list[Gen] = [
    watch.sync,
    watch.device_info,
    watch.dump,
    watch.bind,
    watch.sync,
    watch.config,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Manager223.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            console.register(c),
            faceaccess.admin_login(c),
            background.weather(c),
            lakorn.firebase_installation(c),
            lakorn.appsflyer_launch(c),
            chat.register(c),
            bank.device_bind(c),
            watch.bind(c),
            background.news(c),
        ]

    def access_block(self) -> None:
        self.some(
            [
                (0.8, faceaccess.acs_events),
                (0.5, faceaccess.gate_status),
                (0.3, faceaccess.remote_open),
                (0.5, faceaccess.visitor_pass),
                (0.35, faceaccess.user_record),
                (0.12, faceaccess.face_delete),
            ]
        )
        if self.p(0.4):
            self.next(ACCESS_BIO, "access_bio")
        if self.p(0.06):
            self.next(ACCESS_DEV, "access_dev")

    def lift_block(self) -> None:
        self.some(
            [
                (0.8, lifts.lift_status),
                (0.4, lifts.lift_faults),
                (0.3, lifts.lift_call),
                (0.7, lifts.barrier_events),
                (0.3, lifts.barrier_open),
                (0.25, lifts.parking_quota),
            ]
        )

    def signage_block(self) -> None:
        self.some(
            [
                (0.9, signage.play_log),
                (0.5, signage.play_log),
                (0.3, signage.schedule),
                (0.3, signage.players),
                (0.4, signage.clip_upload),
            ]
        )

    def amenity_block(self) -> None:
        self.some(
            [
                (0.5, amenity.gym_fleet),
                (0.6, amenity.gym_workouts),
                (0.4, amenity.pool_readings),
                (0.3, amenity.pool_booking),
                (0.7, amenity.locker_deposits),
                (0.5, amenity.locker_notify),
                (0.2, amenity.locker_health),
            ]
        )

    def cctv_block(self) -> None:
        self.some(
            [
                (0.5, cctv.nvr_list),
                (0.7, cctv.motion_events),
                (0.8, cctv.thumbnail),
                (0.5, cctv.thumbnail),
                (0.4, cctv.playback),
                (0.3, cctv.timeline),
            ]
        )

    def console_block(self) -> None:
        self.some(
            [
                (0.7, console.residents),
                (0.3, console.announce),
                (0.4, console.invoices),
                (0.5, console.tickets),
                (0.5, console.resident_avatar),
            ]
        )
        if self.p(0.12):
            self.next(CONSOLE_DEV, "console_dev")

    def lakorn_block(self) -> None:
        self.some(
            [
                (0.6, lakorn.rails),
                (0.8, lakorn.hls),
                (0.6, lakorn.hls),
                (0.3, lakorn.search),
                (0.3, lakorn.top10),
                (0.5, lakorn.poster),
            ]
        )
        if self.p(0.8):
            self.next(LAKORN_VIEW, "lakorn_view")
        if self.p(0.2):
            self.next(LAKORN_DEV, "lakorn_dev")

    def chat_block(self) -> None:
        self.some(
            [
                (0.9, chat.message),
                (0.6, chat.message),
                (0.4, chat.sticker),
                (0.2, chat.voice_note),
                (0.3, chat.read_receipts),
            ]
        )
        if self.p(0.15):
            self.next(CHAT_DEV, "chat_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.4, bank.promptpay),
                (0.3, bank.slip),
                (0.2, bank.profile),
            ]
        )
        if self.p(0.65):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.25):
            self.next(BANK_DEV, "bank_dev")

    def watch_block(self) -> None:
        self.some([(0.6, watch.daily), (0.3, watch.watchface)])
        if self.p(0.4):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Manager223, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.access_block),
        (0.1, s.lift_block),
        (0.09, s.signage_block),
        (0.1, s.amenity_block),
        (0.09, s.cctv_block),
        (0.12, s.console_block),
        (0.12, s.lakorn_block),
        (0.1, s.chat_block),
        (0.06, s.bank_block),
        (0.06, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
