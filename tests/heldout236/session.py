"""The script of the set-236 session: a biomedical engineer's phone on a Kigali
referral hospital's Wi-Fi. Mostly the hospital's traffic (the GMAO asset app,
asset tags, the monitoring gateway, telemedicine carts, the PACS viewer and its
audit log, the attendance terminals, the insurer's face verification at the
registration desk, the waiting-room TVs, the MDM); now and then her own apps
(the streaming app, the mobile-money wallet, the smartwatch). Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import attendance, background, biomed, insurance, mdm, pacs, signage, stream, wallet, watch
from .phone import Engineer236

START = 1738566000.0  # 2025-02-03T07:00:00Z (09:00 in Kigali)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.kureba_progress,
    stream.umukino_heartbeat,
    stream.appsflyer_watched,
    stream.opaque_beacon,
    stream.measurement_video,
    stream.kureba_progress,
    stream.amateka,
]
STREAM_DEV: list[Gen] = [
    stream.appsflyer_launch,
    stream.measurement_screen,
    stream.register,
    stream.firebase_installation,
    stream.appsflyer_subscribe,
]
WALLET_BIO: list[Gen] = [
    wallet.smart_selfie,
    wallet.smile_zip,
    lambda c: wallet.smart_selfie(c, True),
]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.balance_opaque, wallet.balance_opaque]
WATCH_DEV: list[Gen] = [
    watch.sync,
    watch.bind,
    watch.device_report_pb,
    watch.sync,
    watch.config_opaque,
]
FACE_BIO: list[Gen] = [
    attendance.face_template,
    attendance.biophoto,
    attendance.bulk_opaque,
    attendance.biodata,
]
PATIENT_BIO: list[Gen] = [insurance.verify_face, insurance.verify_face, insurance.verify_face_jwe]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Engineer236.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.own_checkin(c),
            stream.firebase_installation(c),
            stream.appsflyer_launch(c),
            wallet.device_bind(c),
            watch.bind(c),
            biomed.asset_list(c),
            pacs.qido_studies(c),
            attendance.getrequest(c),
            signage.playlist(c),
            background.weather(c),
        ]

    # --- the hospital's ------------------------------------------------------

    def biomed_block(self) -> None:
        self.some(
            [
                (0.6, biomed.asset_lookup),
                (0.35, biomed.asset_list),
                (0.3, biomed.work_order),
                (0.25, biomed.pm_checklist),
                (0.5, biomed.rtls_tags),
                (0.5, biomed.fhir_vitals),
                (0.3, biomed.pump_library),
            ]
        )

    def telemed_block(self) -> None:
        self.some(
            [(0.8, biomed.cart_heartbeat), (0.4, biomed.cart_call), (0.4, biomed.fhir_vitals)]
        )

    def pacs_block(self) -> None:
        self.some(
            [
                (0.6, pacs.qido_studies),
                (0.8, pacs.wado_frame),
                (0.6, pacs.wado_frame),
                (0.4, pacs.thumbnail),
                (0.7, pacs.audit_open),
                (0.2, pacs.audit_query),
            ]
        )

    def attendance_block(self) -> None:
        self.some(
            [(0.8, attendance.getrequest), (0.6, attendance.attlog), (0.1, attendance.options)]
        )
        if self.p(0.2):
            self.next(FACE_BIO, "face_bio")

    def insurance_block(self) -> None:
        self.some([(0.8, insurance.eligibility), (0.5, insurance.claim)])
        if self.p(0.22):
            self.next(PATIENT_BIO, "patient_bio")

    def signage_block(self) -> None:
        self.some(
            [
                (0.4, signage.playlist),
                (0.7, signage.proof_of_play),
                (0.5, signage.media),
                (0.4, signage.status),
            ]
        )

    def mdm_block(self) -> None:
        self.some(
            [
                (0.7, mdm.handheld_checkin),
                (0.5, mdm.handheld_checkin),
                (0.4, mdm.console_devices),
                (0.15, mdm.console_locate),
                (0.2, mdm.app_catalog),
            ]
        )
        if self.p(0.1):
            self.flows.append(mdm.own_checkin(self.ctx))

    # --- her own -----------------------------------------------------------

    def stream_block(self) -> None:
        self.some(
            [
                (0.5, stream.ahabanza),
                (0.7, stream.hls_segment),
                (0.5, stream.hls_segment),
                (0.4, stream.poster),
                (0.25, stream.shakisha),
                (0.2, stream.ibikunzwe),
                (0.3, stream.imikino),
            ]
        )
        if self.p(0.55):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.2):
            self.next(STREAM_DEV, "stream_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.ibiciro),
                (0.35, wallet.kohereza),
                (0.3, wallet.kwishyura),
                (0.25, wallet.airtime),
                (0.12, wallet.kyc_form),
                (0.1, wallet.avatar),
                (0.12, wallet.smile_prep),
            ]
        )
        if self.p(0.2):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.25):
            self.next(WALLET_DEV, "wallet_dev")

    def watch_block(self) -> None:
        self.some([(0.6, watch.daily), (0.2, watch.firmware), (0.3, watch.watchface)])
        if self.p(0.35):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Engineer236, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.biomed_block),
        (0.07, s.telemed_block),
        (0.14, s.pacs_block),
        (0.1, s.attendance_block),
        (0.09, s.insurance_block),
        (0.09, s.signage_block),
        (0.09, s.mdm_block),
        (0.1, s.stream_block),
        (0.08, s.wallet_block),
        (0.07, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
