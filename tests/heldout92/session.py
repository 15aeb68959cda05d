"""The script of the set-92 session: a mall security supervisor's shift on a
Galaxy XCover 7. Most blocks are his work apps (video management, guard tour,
visitor kiosk / access control, signage), whose traffic only looks sensitive;
his own streaming, podcast, bank, games and wearables supply the few truly
sensitive flows. Sensitive events rotate through a schedule per app so every
family (opaque ones too) shows even in small sets.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, games, kiosk, listen, patrol, signage, stream, vms, wearable
from .phone import Phone92

START = 1732867200.0  # 2024-11-29T08:00:00Z (10:00 SAST)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.resume_point,
    stream.continue_watching,
    stream.heartbeat,
    stream.watch_log,
    stream.beacon_opaque,
    stream.kyk_geskiedenis,
]
STREAM_DEV: list[Gen] = [stream.register_device, stream.drm_license, stream.fis]
POD_VIEW: list[Gen] = [listen.listen_history, listen.progress_sync, listen.progress_sync]
BANK_BIO: list[Gen] = [
    bank.smile_selfie,
    bank.liveness_result,
    bank.voice_verify,
    bank.face_template,
    bank.voice_enrol,
    bank.smile_selfie,
    bank.face_opaque,
    bank.voice_verify,
]
GAME_DEV: list[Gen] = [
    games.unity_auction,
    games.applovin_event,
    games.unity_auction,
    games.ad_opaque,
]
WEAR_DEV: list[Gen] = [wearable.device_registry, wearable.watch_fota, wearable.buds_hashed]
PATROL_DEV: list[Gen] = [patrol.enrol_handset, patrol.handset_ping]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone92.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            patrol.enrol_handset(c),
            vms.camera_health(c),
            stream.fis(c),
            bank.bind_device(c),
            wearable.device_registry(c),
            background.remote_config(c),
        ]

    def vms_block(self) -> None:
        self.some(
            [
                (0.6, vms.camera_health),
                (0.5, vms.snapshot),
                (0.5, vms.snapshot),
                (0.3, vms.clip_export),
                (0.2, vms.clip_download),
                (0.5, vms.footfall),
                (0.3, vms.heatmap),
                (0.5, vms.plate_reads),
                (0.12, vms.privacy_masks),
            ]
        )

    def patrol_block(self) -> None:
        self.some(
            [
                (0.9, patrol.checkpoint),
                (0.6, patrol.checkpoint),
                (0.3, patrol.tour_summary),
                (0.3, patrol.bodycam_status),
                (0.2, patrol.radio_status),
                (0.2, patrol.roster),
                (0.4, patrol.breadcrumbs),
                (0.2, patrol.incident_report),
                (0.05, patrol.man_down),
            ]
        )
        if self.p(0.12):
            self.next(PATROL_DEV, "patrol_dev")

    def kiosk_block(self) -> None:
        self.some(
            [
                (0.7, kiosk.visitor_checkin),
                (0.4, kiosk.badge_print),
                (0.25, kiosk.lost_item),
                (0.1, kiosk.found_phone),
                (0.6, kiosk.door_events),
                (0.2, kiosk.door_unlock),
            ]
        )

    def signage_block(self) -> None:
        self.some(
            [
                (0.8, signage.submit_stats),
                (0.5, signage.notify_status),
                (0.3, signage.required_files),
                (0.3, signage.audience_report),
            ]
        )

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream.catalogue),
                (0.8, stream.artwork),
                (0.5, stream.artwork),
                (0.3, stream.search),
            ]
        )
        if self.p(0.55):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.15):
            self.next(STREAM_DEV, "stream_dev")

    def listen_block(self) -> None:
        self.some([(0.6, listen.feed), (0.5, listen.artwork), (0.2, listen.charts)])
        if self.p(0.6):
            self.next(POD_VIEW, "pod_view")
        if self.p(0.1):
            self.flows.append(listen.buds_autoresume(self.ctx))

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.transactions),
                (0.3, bank.airtime),
                (0.15, bank.biometric_settings),
                (0.2, bank.atms),
                (0.15, bank.chat_voice_note),
            ]
        )
        if self.p(0.9):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(bank.bind_device(self.ctx))

    def game_block(self) -> None:
        self.some(
            [
                (0.6, games.camera_state),
                (0.5, games.dice_roll),
                (0.3, games.leaderboard),
                (0.3, games.tuning),
            ]
        )
        if self.p(0.35):
            self.next(GAME_DEV, "game_dev")

    def wear_block(self) -> None:
        self.some([(0.7, wearable.steps), (0.6, wearable.heart_rate)])
        if self.p(0.6):
            self.next(WEAR_DEV, "wear_dev")


def generate_session(seed: int, target: int) -> tuple[Phone92, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.vms_block),
        (0.15, s.patrol_block),
        (0.14, s.kiosk_block),
        (0.12, s.signage_block),
        (0.11, s.stream_block),
        (0.08, s.listen_block),
        (0.10, s.bank_block),
        (0.08, s.game_block),
        (0.04, s.wear_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
