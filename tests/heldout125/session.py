"""The script of the set-125 session: a broadcast engineer's working day on
her work phone, mostly the station's systems (playout, compliance logger,
audience dashboards, equipment NMS, face blurring, transcription, music rights,
MDM console), with her own streaming app and bank now and then, and ordinary
background traffic in between. Her few sensitive events rotate through a
schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    audience,
    background,
    banco,
    equipment,
    faceblur,
    mareplay,
    mdm,
    monitoring,
    playout,
    rights,
    transcribe,
)
from .phone import Phone125

START = 1741680000.0  # 2025-03-11T08:00:00Z

Gen = Callable[[Context], Flow]

MARE_VIEW: list[Gen] = [
    mareplay.watch_progress,
    mareplay.continue_watching,
    mareplay.firebase_video,
    mareplay.heartbeat_blob,
    mareplay.watch_progress,
]
MARE_DEV: list[Gen] = [
    mareplay.appsflyer_launch,
    mareplay.own_beacon_opaque,
    mareplay.device_register,
    mareplay.appsflyer_launch,
]
BANCO_BIO: list[Gen] = [
    banco.selfie_liveness,
    banco.face_template,
    banco.liveness_envelope,
    banco.selfie_liveness,
]
BANCO_DEV: list[Gen] = [banco.device_bind, banco.fraud_header]
MDM_SELF: list[Gen] = [mdm.self_checkin, mdm.heartbeat_opaque, mdm.self_checkin]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone125.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        """Morning: the phone wakes, the MDM agent checks in, she resumes a series on
        the train and approves a transfer with her face before work."""
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.self_checkin(c),
            background.time_sync(c),
            mareplay.appsflyer_launch(c),
            mareplay.catalogue_rail(c),
            mareplay.watch_progress(c),
            banco.mbway_transfer(c),
            banco.face_template(c),
            background.weather(c),
        ]

    def playout_block(self) -> None:
        self.some(
            [
                (0.8, playout.asrun_log),
                (0.35, playout.asrun_export),
                (0.5, playout.on_air_now),
                (0.3, playout.schedule),
                (0.25, playout.scte_markers),
                (0.2, playout.playlist_change),
                (0.15, playout.partner_asrun),
            ]
        )

    def monitor_block(self) -> None:
        self.some(
            [
                (0.6, monitoring.loudness),
                (0.5, monitoring.alarms),
                (0.6, monitoring.frame_thumbnail),
                (0.25, monitoring.compliance_clip),
                (0.2, monitoring.clip_download),
                (0.3, monitoring.review_bookmark),
            ]
        )

    def audience_block(self) -> None:
        self.some(
            [
                (0.7, audience.overnight),
                (0.5, audience.minute_curve),
                (0.4, audience.live_streaming_stats),
                (0.15, audience.reach_report),
                (0.25, audience.radio_listening),
            ]
        )

    def equipment_block(self) -> None:
        self.some(
            [
                (0.6, equipment.encoders),
                (0.5, equipment.transmitter),
                (0.3, equipment.ird_inventory),
                (0.4, equipment.camera_status),
                (0.2, equipment.firmware_check),
                (0.3, equipment.snmp_trap),
            ]
        )

    def blur_block(self) -> None:
        self.some(
            [
                (0.5, faceblur.upload_clip),
                (0.8, faceblur.detections),
                (0.3, faceblur.manual_region),
                (0.6, faceblur.preview_frame),
            ]
        )

    def asr_block(self) -> None:
        self.some(
            [
                (0.6, transcribe.submit_job),
                (0.7, transcribe.transcript),
                (0.3, transcribe.speaker_names),
                (0.4, transcribe.subtitles),
            ]
        )

    def rights_block(self) -> None:
        self.some([(0.7, rights.usage_return), (0.4, rights.cue_sheet), (0.3, rights.airplay_top)])

    def mdm_block(self) -> None:
        self.some(
            [
                (0.7, mdm.device_list),
                (0.4, mdm.device_detail),
                (0.15, mdm.lock_colleague),
                (0.2, mdm.compliance_policy),
            ]
        )
        if self.p(0.2):
            self.next(MDM_SELF, "mdm_self")

    def mare_block(self) -> None:
        self.some(
            [
                (0.6, mareplay.catalogue_rail),
                (0.3, mareplay.most_watched),
                (0.25, mareplay.search),
                (0.5, mareplay.manifest),
                (0.7, mareplay.thumbnail),
                (0.5, mareplay.thumbnail),
                (0.3, mareplay.recommendations),
            ]
        )
        if self.p(0.4):
            self.next(MARE_VIEW, "mare_view")
        if self.p(0.25):
            self.next(MARE_DEV, "mare_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.7, banco.movements),
                (0.3, banco.fx_rates),
                (0.3, banco.mbway_transfer),
                (0.2, banco.branches),
            ]
        )
        if self.p(0.45):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.2):
            self.next(BANCO_DEV, "banco_dev")


def generate_session(seed: int, target: int) -> tuple[Phone125, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.playout_block),
        (0.13, s.monitor_block),
        (0.12, s.audience_block),
        (0.13, s.equipment_block),
        (0.08, s.blur_block),
        (0.08, s.asr_block),
        (0.07, s.rights_block),
        (0.07, s.mdm_block),
        (0.09, s.mare_block),
        (0.06, s.banco_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
