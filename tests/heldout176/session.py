"""The script of the set-176 session: an intensive-care nurse's day shift.

Most of the traffic is the ward's: monitor alarms and vital signs, pumps and
ventilators, nurse calls and badges, the EHR app, medication scanning and the
pharmacy robot, telemedicine and e-learning on the shared ward tablet. Between
patients and on breaks the nurse uses her own phone's music, streaming and bank
apps. Sensitive events are rare (a precision stress set) and rotate through a
schedule per app, so that even a small set shows each family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, badges, bank, ehr, monitors, music, pharmacy, streaming, tablet, workspace
from .phone import NursePhone

START = 1732597200.0  # 2024-11-26T05:00:00Z, 07:00 in Helsinki: the morning shift starts

Gen = Callable[[Context], Flow]

EHR_BIO: list[Gen] = [ehr.face_compare, ehr.face_compare, ehr.face_compare_legacy]
EHR_DEV: list[Gen] = [ehr.register_device, workspace.phone_checkin, workspace.captive_portal]
LMS_VIEW: list[Gen] = [
    tablet.heartbeat,
    tablet.xapi_statement,
    tablet.scorm_commit,
    tablet.xapi_statement,
    tablet.heartbeat,
]
MUSIC_VIEW: list[Gen] = [
    music.play_events,
    music.recently_played,
    music.play_events,
    music.compact_beacon,
]
MUSIC_DEV: list[Gen] = [
    music.output_device,
    music.adjust_session,
    music.offline_licence,
    music.firebase_install,
]
STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.cast_session,
    streaming.heartbeat,
    streaming.legacy_pixel,
]
STREAM_DEV: list[Gen] = [
    streaming.pair_tv,
    streaming.appsflyer_launch,
    streaming.device_list,
    streaming.ga_app_instance,
]
BANK_BIO: list[Gen] = [
    bank.face_template_login,
    bank.liveness,
    bank.risk_blob,
    bank.face_template_login,
    bank.voice_enrol,
]
BANK_DEV: list[Gen] = [bank.bind_device, bank.status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, NursePhone.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            workspace.captive_portal(c),
            background.sso_token(c),
            workspace.phone_checkin(c),
            ehr.register_device(c),
            badges.badge_bind(c),
            ehr.handover(c),
            monitors.alarm_push(c),
            music.play_events(c),
            bank.face_template_login(c),
            bank.balances(c),
            background.roster(c),
        ]

    def monitor_block(self) -> None:
        self.some(
            [
                (0.7, monitors.vitals_bundle),
                (0.4, monitors.ecg_strip),
                (0.6, monitors.alarm_push),
                (0.4, monitors.alarm_ack),
                (0.6, monitors.pump_status),
                (0.15, monitors.pump_library),
                (0.4, monitors.vent_settings),
                (0.15, monitors.bed_exit),
            ]
        )

    def badge_block(self) -> None:
        self.some(
            [
                (0.7, badges.nurse_call),
                (0.4, badges.call_accept),
                (0.4, badges.badge_positions),
                (0.3, badges.equipment_locate),
                (0.2, badges.staff_photo),
            ]
        )

    def ehr_block(self) -> None:
        self.some(
            [
                (0.3, ehr.patient_list),
                (0.7, ehr.chart_vitals),
                (0.3, ehr.cpot),
                (0.6, ehr.med_admin),
                (0.15, ehr.patient_photo),
                (0.2, ehr.wound_image),
                (0.3, ehr.dictation),
                (0.1, ehr.handover),
                (0.05, workspace.app_config),
                (0.1, ehr.access_log),
            ]
        )
        if self.p(0.12):
            self.next(EHR_BIO, "ehr_bio")
        if self.p(0.05):
            self.next(EHR_DEV, "ehr_dev")

    def pharmacy_block(self) -> None:
        self.some(
            [
                (0.8, pharmacy.med_scan),
                (0.4, pharmacy.fmd_verify),
                (0.5, pharmacy.wristband_scan),
                (0.3, pharmacy.robot_order),
                (0.2, pharmacy.robot_status),
            ]
        )

    def tablet_block(self) -> None:
        self.some(
            [
                (0.25, tablet.consult_join),
                (0.25, tablet.consult_stats),
                (0.2, tablet.consult_summary),
                (0.3, tablet.course_catalogue),
                (0.6, tablet.video_segment),
                (0.5, tablet.video_segment),
                (0.1, tablet.exam_result),
                (0.1, workspace.tablet_checkin),
            ]
        )
        if self.p(0.3):
            self.next(LMS_VIEW, "lms_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.4, music.home),
                (0.3, music.lyrics),
                (0.8, music.audio_chunk),
                (0.6, music.audio_chunk),
                (0.6, music.cover_art),
                (0.2, music.search),
            ]
        )
        if self.p(0.35):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.15):
            self.next(MUSIC_DEV, "music_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, streaming.home_rails),
                (0.4, streaming.manifest),
                (0.7, streaming.thumbnail),
                (0.5, streaming.thumbnail),
                (0.2, streaming.search),
                (0.3, streaming.drm_licence),
            ]
        )
        if self.p(0.4):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.2):
            self.next(STREAM_DEV, "stream_dev")

    def bank_block(self) -> None:
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        self.some(
            [
                (0.7, bank.balances),
                (0.5, bank.transactions),
                (0.4, bank.fund_chart),
                (0.1, bank.face_login_setting),
                (0.15, bank.card_payment_3ds),
            ]
        )
        if self.p(0.15):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[NursePhone, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.monitor_block),
        (0.12, s.badge_block),
        (0.18, s.ehr_block),
        (0.12, s.pharmacy_block),
        (0.1, s.tablet_block),
        (0.1, s.music_block),
        (0.1, s.stream_block),
        (0.08, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
