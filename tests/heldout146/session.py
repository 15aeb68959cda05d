"""The script of the set-146 session: a working day of a school district's IT
technician (MDM consoles, classroom equipment, learning analytics, lecture capture,
proctoring, radio, signage, library, buses) and their evening on their own phone
(music, streaming to the living-room TV, a bank's selfie check). Nine tenths of the
flows are the district's look-alikes; sensitive events rotate through short
schedules per app so that even a small set holds each family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    bus,
    campus,
    capture,
    evening,
    learning,
    library,
    mdm,
    music,
    proctor,
    rooms,
)
from .phone import Phone146

START = 1763967600.0  # 2025-11-24T07:00:00Z, a Monday morning in Helsinki

Gen = Callable[[Context], Flow]

MUSIC_VIEW: list[Gen] = [
    music.scrobble,
    music.recently_played,
    music.scrobble,
    music.event_beacon_opaque,
    music.scrobble,
]
MUSIC_DEV: list[Gen] = [music.appsflyer_launch, music.appsflyer_launch, music.config_opaque]
EVENING_VIEW: list[Gen] = [
    evening.heartbeat,
    evening.continue_watching,
    evening.heartbeat,
    evening.heartbeat,
    evening.pixel_opaque,
]
EVENING_DEV: list[Gen] = [
    evening.ima_ad,
    evening.register_device,
    evening.ima_ad,
    evening.firebase_install,
]
BANK_BIO: list[Gen] = [
    bank.selfie_upload,
    bank.liveness_scan,
    bank.selfie_upload,
    bank.liveness_opaque,
]
PROCTOR_BIO: list[Gen] = [
    proctor.face_checkin,
    proctor.head_pose_frames,
    proctor.face_checkin,
    proctor.face_template_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone146.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.chromebook_inventory(c),
            music.appsflyer_launch(c),
            music.scrobble(c),
            rooms.display_heartbeat(c),
            bank.selfie_upload(c),
            learning.class_video_analytics(c),
            background.time_sync(c),
        ]

    def mdm_block(self) -> None:
        self.some(
            [
                (0.7, mdm.chromebook_inventory),
                (0.5, mdm.google_admin_devices),
                (0.4, mdm.ipad_checkin_sv),
                (0.4, mdm.jamf_devices),
                (0.35, mdm.enrol_device),
                (0.15, mdm.wipe_lost),
            ]
        )

    def rooms_block(self) -> None:
        self.some(
            [
                (0.7, rooms.display_heartbeat),
                (0.5, rooms.display_heartbeat),
                (0.35, rooms.doccam_firmware),
                (0.3, rooms.display_screenshot),
                (0.6, rooms.printer_fleet),
                (0.4, rooms.print_job),
                (0.3, rooms.network_scan),
            ]
        )

    def learning_block(self) -> None:
        self.some(
            [
                (0.7, learning.class_video_analytics),
                (0.4, learning.progress_histogram),
                (0.5, learning.lesson_catalogue),
                (0.3, learning.sv_school_export),
                (0.3, learning.trending_rail),
                (0.5, capture.sessions),
                (0.4, capture.captions),
                (0.35, capture.caption_edit),
                (0.3, capture.manifest),
                (0.35, capture.viewer_stats),
            ]
        )

    def proctor_block(self) -> None:
        self.some(
            [
                (0.6, proctor.exam_config),
                (0.6, proctor.integrity_report),
                (0.4, proctor.hall_cameras),
            ]
        )
        if self.p(0.2):
            self.next(PROCTOR_BIO, "proctor_bio")

    def campus_block(self) -> None:
        self.some(
            [
                (0.5, campus.radio_playout),
                (0.4, campus.radio_now_playing),
                (0.6, campus.signage_proof_of_play),
                (0.3, campus.menu),
                (0.4, library.loans),
                (0.5, library.reading_progress),
                (0.6, bus.vehicles),
                (0.4, bus.stop_eta),
                (0.3, bus.digitransit),
            ]
        )

    def music_block(self) -> None:
        self.some([(0.6, music.charts), (0.5, music.search)])
        if self.p(0.55):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.4):
            self.next(MUSIC_DEV, "music_dev")

    def evening_block(self) -> None:
        self.some([(0.7, evening.catalogue), (0.6, evening.manifest)])
        if self.p(0.8):
            self.next(EVENING_VIEW, "evening_view")
        if self.p(0.5):
            self.next(EVENING_DEV, "evening_dev")

    def bank_block(self) -> None:
        self.some([(0.8, bank.balances), (0.5, bank.fx_series)])
        if self.p(0.2):
            self.flows.append(bank.bind_device(self.ctx))
        if self.p(0.3):
            self.next(BANK_BIO, "bank_bio")


def generate_session(seed: int, target: int) -> tuple[Phone146, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.mdm_block),
        (0.22, s.rooms_block),
        (0.2, s.learning_block),
        (0.1, s.proctor_block),
        (0.16, s.campus_block),
        (0.045, s.music_block),
        (0.045, s.evening_block),
        (0.02, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
