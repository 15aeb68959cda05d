"""The script of the set-128 session: a control-room operator's shift on her work
phone. Most blocks are her job (the VMS, footfall, crowd and queue analytics,
car-park plate reads, signage, access control, MDM, incidents); a few are her
own apps (a video app with its SDKs, an e-wallet). Sensitive events rotate
through a schedule per app so even a small set shows each, opaque ones too,
and stay a few dozen per 1,500 flows (a precision stress set).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    access,
    adsdk,
    background,
    crowd,
    footfall,
    incident,
    lpr,
    mdm,
    siaran,
    signage,
    vms,
    wallet,
)
from .phone import Phone128

START = 1731369600.0  # 2024-11-12T00:00:00Z, 08:00 in Kuala Lumpur: the morning shift

Gen = Callable[[Context], Flow]

VMS_BIO: list[Gen] = [
    vms.watchlist_alert,
    vms.watchlist_enrol,
    vms.watchlist_alert,
    vms.watchlist_sync_opaque,
]
MDM_DEV: list[Gen] = [mdm.checkin, mdm.heartbeat_opaque, mdm.checkin]
SIAR_VIEW: list[Gen] = [
    siaran.progress,
    siaran.player_event,
    siaran.continue_watching,
    siaran.progress,
    siaran.resume_beacon_opaque,
    siaran.heartbeat_get,
    siaran.watch_history,
    siaran.player_event,
]
SIAR_DEV: list[Gen] = [
    adsdk.remote_config,
    adsdk.admob,
    adsdk.measurement_batch,
    adsdk.installations,
    adsdk.admob,
]
WALLET_BIO: list[Gen] = [wallet.face_pay, wallet.face_check, wallet.face_opaque, wallet.face_check]
WALLET_DEV: list[Gen] = [wallet.bind_device, wallet.risk_opaque, wallet.bind_device]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone128.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            adsdk.admob(c),
            mdm.policy(c),
            vms.camera_list(c),
            footfall.hourly_counts(c),
            background.time_sync(c),
            siaran.progress(c),
            wallet.face_check(c),
            adsdk.installations(c),
            mdm.checkin(c),
            signage.player_status(c),
        ]

    def vms_block(self) -> None:
        self.some(
            [
                (0.5, vms.camera_list),
                (0.5, vms.camera_health),
                (0.6, vms.motion_events),
                (0.7, vms.snapshot),
                (0.4, vms.snapshot),
                (0.3, vms.clip),
                (0.2, vms.privacy_mask),
                (0.25, vms.ptz),
                (0.1, vms.analytics_rules),
                (0.15, vms.review_audit),
            ]
        )
        if self.p(0.06):
            self.next(VMS_BIO, "vms_bio")

    def footfall_block(self) -> None:
        self.some(
            [
                (0.6, footfall.hourly_counts),
                (0.5, footfall.dwell),
                (0.5, footfall.heatmap),
                (0.35, footfall.demographics),
                (0.1, footfall.weekly_report),
            ]
        )

    def crowd_block(self) -> None:
        self.some(
            [
                (0.7, crowd.density),
                (0.6, crowd.queues),
                (0.35, crowd.tracks),
                (0.2, crowd.threshold_alert),
                (0.15, crowd.reid_dedupe),
            ]
        )

    def lpr_block(self) -> None:
        self.some(
            [
                (0.8, lpr.plate_reads),
                (0.5, lpr.plate_crop),
                (0.25, lpr.season_pass),
                (0.15, lpr.barrier),
            ]
        )

    def signage_block(self) -> None:
        self.some(
            [
                (0.7, signage.proof_of_play),
                (0.5, signage.player_status),
                (0.25, signage.schedule),
                (0.05, signage.emergency_override),
                (0.25, signage.audience_summary),
            ]
        )
        if self.p(0.05):
            self.flows.append(signage.audience_events(self.ctx))

    def access_block(self) -> None:
        self.some(
            [
                (0.7, access.badge_events),
                (0.4, access.controller_status),
                (0.2, access.remote_unlock),
                (0.15, access.visitor_badge),
            ]
        )

    def mdm_block(self) -> None:
        self.some([(0.6, mdm.fleet), (0.3, mdm.policy)])
        if self.p(0.3):
            self.next(MDM_DEV, "mdm_dev")

    def incident_block(self) -> None:
        self.some(
            [
                (0.6, incident.report),
                (0.5, incident.photo),
                (0.3, incident.lost_found),
                (0.1, incident.lost_phone_claim),
                (0.3, incident.handover),
            ]
        )

    def siar_block(self) -> None:
        self.some(
            [
                (0.6, siaran.home_rails),
                (0.3, siaran.search),
                (0.5, siaran.manifest),
                (0.2, siaran.drm_license),
                (0.8, siaran.segment),
                (0.6, siaran.segment),
                (0.4, siaran.segment),
            ]
        )
        if self.p(0.5):
            self.next(SIAR_VIEW, "siar_view")
        if self.p(0.35):
            self.next(SIAR_DEV, "siar_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.qr_pay),
                (0.5, wallet.balance),
                (0.3, wallet.history),
                (0.3, wallet.promos),
            ]
        )
        if self.p(0.3):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.2):
            self.next(WALLET_DEV, "wallet_dev")


def generate_session(seed: int, target: int) -> tuple[Phone128, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.vms_block),
        (0.12, s.footfall_block),
        (0.10, s.crowd_block),
        (0.10, s.lpr_block),
        (0.10, s.signage_block),
        (0.08, s.access_block),
        (0.06, s.mdm_block),
        (0.08, s.incident_block),
        (0.08, s.siar_block),
        (0.06, s.wallet_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
