"""The script of the set-242 session: a night shift on a team lead's
company-owned phone in Ortigas (the floor's wallboard, QA and speech
analytics, the centre's equipment, the MDM agent, her escalation softphone
with the voice-biometrics vendor, the face-recognition turnstiles) and her own
apps on breaks (teleseryes and PBA live, OPM music, the e-wallet, her
smartwatch), with ordinary background traffic in between. A precision stress
set: most flows are ordinary look-alikes. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, centre, gate, himig, mdm, panood, pitaka, relo, softphone
from .phone import Phone242

START = 1739714400.0  # 2025-02-16T14:00:00Z (22:00 in Manila, start of the US-shift)

Gen = Callable[[Context], Flow]

CENTRE: list[tuple[float, Gen]] = [
    (0.8, centre.wallboard),
    (0.4, centre.interval_report),
    (0.35, centre.recordings_list),
    (0.35, centre.recording_audio),
    (0.35, centre.qa_playback),
    (0.25, centre.qa_scorecard),
    (0.3, centre.transcript),
    (0.15, centre.sentiment_trend),
    (0.15, centre.headset_fleet),
    (0.12, centre.softphone_fleet),
    (0.12, centre.workstation_inventory),
    (0.12, centre.coaching_log),
    (0.2, centre.adherence),
    (0.1, centre.announcement),
]
VOX_BIO: list[Gen] = [
    softphone.vox_verify,
    softphone.vox_enrol,
    softphone.vox_verify,
    softphone.vox_passive_opaque,
    softphone.vox_verify,
]
TAWAG_DEV: list[Gen] = [softphone.keepalive, softphone.provision]
GATE_BIO: list[Gen] = [
    gate.enrol_face,
    gate.template_transfer,
    gate.capture_opaque,
    gate.enrol_face,
]
MDM_DEV: list[Gen] = [mdm.checkin, mdm.heartbeat_opaque, mdm.device_info, mdm.heartbeat_opaque]
PANOOD_VIEW: list[Gen] = [
    panood.progress,
    panood.ga4_video,
    panood.pba_heartbeat,
    panood.ituloy,
    panood.beacon_opaque,
    lambda c: panood.ga4_video(c, "video_complete"),
    panood.pba_heartbeat,
]
PANOOD_DEV: list[Gen] = [
    panood.ga4_screen,
    panood.appsflyer_event,
    panood.firebase_installation,
    panood.appsflyer_launch,
]
HIMIG_VIEW: list[Gen] = [himig.pakinig, himig.recently_played, himig.batch_opaque, himig.pakinig]
WALLET_BIO: list[Gen] = [
    pitaka.face_login,
    pitaka.onfido_selfie,
    pitaka.liveness_opaque,
    pitaka.face_login,
]
WALLET_DEV: list[Gen] = [pitaka.balance_opaque, pitaka.device_bind]
RELO_DEV: list[Gen] = [
    relo.sync,
    relo.device_info,
    relo.dump_protobuf,
    relo.sync,
    relo.config_opaque,
    relo.bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone242.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.checkin(c),
            mdm.policy(c),
            softphone.provision(c),
            panood.firebase_installation(c),
            panood.appsflyer_launch(c),
            himig.register(c),
            pitaka.device_bind(c),
            relo.bind(c),
            centre.wallboard(c),
            softphone.vox_verify(c),
            gate.enrol_face(c),
            panood.progress(c),
            background.weather(c),
        ]

    def centre_block(self) -> None:
        self.some(CENTRE)
        self.some(CENTRE[:6])

    def tawag_block(self) -> None:
        self.some(
            [
                (0.8, softphone.call_event),
                (0.5, softphone.call_event),
                (0.3, softphone.recording_upload),
                (0.2, softphone.vox_watchlist),
                (0.12, softphone.vox_usage),
            ]
        )
        if self.p(0.4):
            self.next(VOX_BIO, "vox_bio")
        if self.p(0.15):
            self.next(TAWAG_DEV, "tawag_dev")

    def gate_block(self) -> None:
        self.some(
            [
                (0.7, gate.attendance),
                (0.3, gate.turnstile_health),
                (0.15, gate.camera_mount),
                (0.2, gate.visitor_pass),
                (0.4, gate.door_state),
            ]
        )
        if self.p(0.3):
            self.next(GATE_BIO, "gate_bio")

    def mdm_block(self) -> None:
        self.some(
            [
                (0.5, mdm.compliance),
                (0.4, mdm.policy),
                (0.3, mdm.app_catalogue),
                (0.45, mdm.handheld_list),
                (0.3, mdm.handheld_locate),
            ]
        )
        if self.p(0.25):
            self.next(MDM_DEV, "mdm_dev")

    def panood_block(self) -> None:
        self.some(
            [
                (0.6, panood.rails),
                (0.8, panood.hls_segment),
                (0.6, panood.hls_segment),
                (0.5, panood.thumbnail),
                (0.25, panood.hanapin),
                (0.35, panood.box_score),
                (0.2, panood.schedule),
            ]
        )
        if self.p(0.7):
            self.next(PANOOD_VIEW, "panood_view")
        if self.p(0.2):
            self.next(PANOOD_DEV, "panood_dev")

    def himig_block(self) -> None:
        self.some(
            [
                (0.8, himig.audio_chunk),
                (0.5, himig.audio_chunk),
                (0.3, himig.charts),
                (0.25, himig.lyrics),
                (0.2, himig.playlist),
            ]
        )
        if self.p(0.6):
            self.next(HIMIG_VIEW, "himig_view")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, pitaka.qr_pay),
                (0.4, pitaka.history),
                (0.25, pitaka.bills),
                (0.3, pitaka.send_money),
                (0.1, pitaka.kyc_form),
                (0.1, pitaka.avatar),
                (0.1, pitaka.onfido_id_back),
            ]
        )
        if self.p(0.25):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.2):
            self.next(WALLET_DEV, "wallet_dev")

    def relo_block(self) -> None:
        self.some(
            [
                (0.6, relo.daily),
                (0.3, relo.watchface),
                (0.2, relo.wrist),
                (0.15, relo.firmware),
            ]
        )
        if self.p(0.3):
            self.next(RELO_DEV, "relo_dev")


def generate_session(seed: int, target: int) -> tuple[Phone242, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.3, s.centre_block),
        (0.14, s.tawag_block),
        (0.1, s.gate_block),
        (0.1, s.mdm_block),
        (0.12, s.panood_block),
        (0.08, s.himig_block),
        (0.08, s.wallet_block),
        (0.08, s.relo_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
