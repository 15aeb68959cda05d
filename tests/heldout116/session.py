"""The script of the set-116 session: a working day in a Warsaw garage on the
mechanic's phone. Most blocks are his work (job cards, diagnostics of customers'
cars, parts, an insurance claim, the lift and compressor); a few are his own
(ad SDKs in his apps, his VOD and music, his bank's face login, his own car and
watch). Sensitive events rotate through schedules, readable ones first, so that
even a small set has a readable carrier of each category.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    background,
    bank,
    claims,
    diag,
    music,
    owncar,
    parts,
    vod,
    warsztat,
    workshop_iot,
)
from .phone import Phone116

START = 1730786400.0  # 2024-11-05T06:00:00Z, 07:00 in Warsaw

Gen = Callable[[Context], Flow]

ADS_DEV: list[Gen] = [
    ads.appsflyer_launch,
    ads.firebase_event,
    ads.appsflyer_launch,
    ads.appsflyer_encrypted,
]
VIEW: list[Gen] = [
    vod.heartbeat,
    music.scrobble,
    vod.continue_rail,
    music.now_playing,
    vod.heartbeat,
    vod.beacon_packed,
    music.scrobble,
    music.play_log_msgpack,
]
BANK_BIO: list[Gen] = [
    bank.face_template_login,
    bank.face_login_selfie,
    bank.face_template_login,
    bank.step_up_encrypted,
    bank.face_login_selfie,
]
OWN_DEV: list[Gen] = [
    owncar.car_status,
    owncar.watch_pair,
    owncar.car_register,
    owncar.watch_fw_ping,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone116.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ads.appsflyer_launch(c),
            bank.face_login_selfie(c),
            vod.heartbeat(c),
            owncar.watch_pair(c),
            background.time_sync(c),
            warsztat.job_list(c),
            diag.session_start(c),
        ]

    def jobs_block(self) -> None:
        self.some(
            [
                (0.7, warsztat.job_card),
                (0.4, warsztat.job_list),
                (0.4, warsztat.invoice),
                (0.3, warsztat.customer_lookup),
                (0.15, warsztat.head_unit_record),
                (0.4, warsztat.chat_ua),
            ]
        )

    def diag_block(self) -> None:
        self.some(
            [
                (0.8, diag.session_start),
                (0.7, diag.fault_codes),
                (0.6, diag.live_pids),
                (0.4, diag.ecu_identification),
                (0.3, diag.infotainment_dump),
                (0.12, diag.infotainment_raw),
                (0.25, diag.tpms_learn),
                (0.15, diag.key_fob),
                (0.08, diag.scanner_update),
            ]
        )

    def parts_block(self) -> None:
        self.some(
            [
                (0.8, parts.tecdoc_articles),
                (0.6, parts.part_image),
                (0.5, parts.stock_prices),
                (0.4, parts.order),
                (0.15, parts.warranty_return),
            ]
        )

    def claim_block(self) -> None:
        self.some(
            [
                (0.8, claims.claim_clip),
                (0.7, claims.review_position),
                (0.5, claims.review_position),
                (0.3, claims.blur_faces),
                (0.4, claims.damage_estimate),
            ]
        )

    def iot_block(self) -> None:
        self.some(
            [
                (0.8, workshop_iot.lift_telemetry),
                (0.7, workshop_iot.compressor_telemetry),
                (0.3, workshop_iot.maintenance_alerts),
            ]
        )

    def leisure_block(self) -> None:
        """A break: his own VOD / music, with their ordinary catalogue traffic."""
        self.some(
            [
                (0.5, vod.catalogue),
                (0.4, vod.manifest),
                (0.3, music.chart),
                (0.15, ads.firebase_event),
            ]
        )
        if self.p(0.8):
            self.next(VIEW, "view")
        if self.p(0.3):
            self.next(ADS_DEV, "ads_dev")

    def bank_block(self) -> None:
        self.some([(0.6, bank.transfer), (0.3, bank.blik), (0.4, bank.nbp_rates)])
        if self.p(0.75):
            self.next(BANK_BIO, "bank_bio")

    def own_block(self) -> None:
        self.some([(0.5, owncar.car_trips), (0.5, owncar.watch_steps)])
        if self.p(0.6):
            self.next(OWN_DEV, "own_dev")


def generate_session(seed: int, target: int) -> tuple[Phone116, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.jobs_block),
        (0.25, s.diag_block),
        (0.16, s.parts_block),
        (0.11, s.claim_block),
        (0.12, s.iot_block),
        (0.06, s.leisure_block),
        (0.04, s.bank_block),
        (0.04, s.own_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
