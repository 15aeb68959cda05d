"""The script of the set-217 session: a care home's day in Utrecht as its IT and
care coordinator's network sees it (room sensors and nurse-call pendants,
residents' tablets under MDM, the day-room TV, the video-call robot, medication
carts, fall-detection cameras, the staff face-login terminal) and her own phone
(streaming app, bank, smartwatch), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too; most flows are ordinary look-alikes.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, horloge, kijken, sensoren, tablets, zorg
from .phone import Home217

START = 1764662400.0  # 2025-12-02T08:00:00Z

Gen = Callable[[Context], Flow]

KIJK_VIEW: list[Gen] = [kijken.voortgang, kijken.voortgang, kijken.opaque_beacon, kijken.voortgang]
KIJK_DEV: list[Gen] = [kijken.appsflyer_launch, kijken.rtb_bid, kijken.rtb_bid]
BANK_BIO: list[Gen] = [bank.selfie_kyc, bank.liveness_clip, bank.opaque_frames, bank.selfie_kyc]
WATCH_DEV: list[Gen] = [horloge.sync, horloge.bind, horloge.sync, horloge.cfg_opaque, horloge.sync]
SENSOR_DEV: list[Gen] = [sensoren.commission, sensoren.heartbeat_opaque, sensoren.commission]
TABLET_DEV: list[Gen] = [tablets.mdm_checkin, tablets.mdm_checkin, tablets.mdm_poll_opaque]
TERM_BIO: list[Gen] = [zorg.face_enrol, zorg.template_sync_opaque, zorg.face_enrol]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Home217.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kijken.appsflyer_launch(c),
            bank.device_bind(c),
            horloge.bind(c),
            tablets.mdm_checkin(c),
            sensoren.status(c),
            tablets.tv_playlist(c),
            zorg.face_login(c),
            zorg.pose_event(c),
            background.weather(c),
        ]

    def kijk_block(self) -> None:
        self.some(
            [
                (0.6, kijken.catalogus),
                (0.8, kijken.hls_segment),
                (0.6, kijken.hls_segment),
                (0.3, kijken.zoeken),
            ]
        )
        if self.p(0.6):
            self.next(KIJK_VIEW, "kijk_view")
        if self.p(0.2):
            self.next(KIJK_DEV, "kijk_dev")

    def bank_block(self) -> None:
        self.some([(0.7, bank.saldo), (0.4, bank.iban_check)])
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(bank.device_bind(self.ctx))

    def watch_block(self) -> None:
        self.some([(0.3, horloge.watchfaces)])
        if self.p(0.5):
            self.next(WATCH_DEV, "watch_dev")

    def sensor_block(self) -> None:
        self.some(
            [
                (0.8, sensoren.alert),
                (0.5, sensoren.status),
                (0.3, sensoren.inventory),
                (0.6, sensoren.pendant_press),
                (0.25, sensoren.pendant_battery),
            ]
        )
        if self.p(0.06):
            self.next(SENSOR_DEV, "sensor_dev")

    def tablet_block(self) -> None:
        self.some(
            [
                (0.4, tablets.app_catalogue),
                (0.3, tablets.kiosk_profile),
                (0.5, tablets.tv_playlist),
                (0.6, tablets.tv_screen_status),
                (0.4, tablets.robot_schedule),
                (0.5, tablets.robot_telemetry),
            ]
        )
        if self.p(0.12):
            self.next(TABLET_DEV, "tablet_dev")

    def zorg_block(self) -> None:
        self.some(
            [
                (0.6, zorg.cart_status),
                (0.4, zorg.cart_dose),
                (0.5, zorg.pose_event),
                (0.3, zorg.pose_track_packed),
                (0.3, zorg.camera_health),
                (0.5, zorg.face_login),
                (0.3, zorg.roster),
            ]
        )
        if self.p(0.1):
            self.next(TERM_BIO, "term_bio")


def generate_session(seed: int, target: int) -> tuple[Home217, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.kijk_block),
        (0.07, s.bank_block),
        (0.06, s.watch_block),
        (0.25, s.sensor_block),
        (0.22, s.tablet_block),
        (0.28, s.zorg_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
