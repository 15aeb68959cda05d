"""The script of the set-75 session: a family's car (Android Automotive, Google
built-in) and the driver's Pixel 8 on trips in Sweden, Norway and Germany. Nine
apps take turns (in-car video while parked, music / podcasts / audiobooks,
internet radio, driver monitoring, the voice assistant, telematics, a dashcam,
a bank with face login, parking / charging) with background traffic between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    dashcam,
    dms,
    filmkvall,
    firebase,
    lydspor,
    parking,
    sdks,
    telematics,
    voice,
    wellen,
)
from .phone import Family75

START = 1772442000.0  # 2026-03-02T09:00:00Z

Gen = Callable[[Context], Flow]

VIDEO_VIEW: list[Gen] = [
    filmkvall.progress_sync,
    filmkvall.heartbeat,
    filmkvall.continue_watching,
    filmkvall.mixpanel_watch,
    filmkvall.heartbeat,
    filmkvall.opaque_beacon,
    filmkvall.progress_sync,
]
POD_VIEW: list[Gen] = [
    lydspor.listen_log,
    lydspor.podcast_progress,
    lydspor.audiobook_progress,
    lydspor.amplitude_listen,
    lydspor.braze_finished,
    lydspor.car_listen_pb,
    lydspor.listen_log,
    lydspor.opaque_sync,
]
RADIO_VIEW: list[Gen] = [
    wellen.listening_session,
    wellen.stream_ping,
    wellen.podcast_position,
    wellen.listening_session,
    wellen.opaque_stats,
]
DMS_BIO: list[Gen] = [
    dms.drowsiness_event,
    dms.blendshape_window,
    dms.driver_id,
    dms.face_crop,
    dms.drowsiness_event,
    dms.face_mesh,
    dms.dms_protobuf,
]
VOICE_BIO: list[Gen] = [
    voice.identify,
    voice.enrol,
    voice.speaker_result,
    voice.verify_sample,
    voice.identify,
    voice.opaque_embed,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.facetec_liveness,
    bank.face_login,
    bank.facetec_enrol,
    bank.sealed_bio,
]
TELEM_DEV: list[Gen] = [
    telematics.vehicle_status,
    telematics.modem_checkin,
    telematics.phone_key,
    telematics.ota_check,
    telematics.tcu_pb,
    telematics.vehicle_status,
    telematics.sealed_report,
]
DASH_DEV: list[Gen] = [dashcam.bind, dashcam.status, dashcam.opaque_hb, dashcam.status]
PARK_DEV: list[Gen] = [parking.register, parking.start_charge, parking.start_charge]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family75.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            telematics.modem_checkin(c),
            filmkvall.signin_device(c),
            firebase.remote_config(c),
            lydspor.device_register(c),
            sdks.adjust_session(c),
            wellen.register(c),
            dashcam.bind(c),
            bank.device_bind(c),
            parking.register(c),
            sdks.appsflyer_event(c, "af_app_opened", {}),
        ]

    def video_block(self) -> None:
        self.some(
            [
                (0.5, filmkvall.catalogue),
                (0.7, filmkvall.thumbnail),
                (0.7, filmkvall.segment),
                (0.5, filmkvall.segment),
                (0.25, filmkvall.search),
                (0.3, filmkvall.mixpanel_ui),
                (0.2, firebase.ga4_batch_home),
                (0.1, firebase.remote_config),
                (0.05, filmkvall.signin_device),
                (0.35, filmkvall.preroll_ad),
            ]
        )
        self.next(VIDEO_VIEW, "video", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def pod_block(self) -> None:
        self.some(
            [
                (0.6, lydspor.cover_art),
                (0.4, lydspor.browse),
                (0.2, lydspor.charts),
                (0.3, lydspor.amplitude_ui),
                (0.2, lydspor.braze_ui),
                (0.15, sdks.adjust_session),
                (0.05, lydspor.device_register),
            ]
        )
        self.next(POD_VIEW, "pod", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def radio_block(self) -> None:
        self.some(
            [
                (0.4, wellen.favourites),
                (0.6, wellen.now_playing),
                (0.6, wellen.stream_audio),
                (0.05, wellen.register),
            ]
        )
        self.next(RADIO_VIEW, "radio", 1 if self.p(0.85) else 0)

    def dms_block(self) -> None:
        self.some([(0.5, dms.gaze_zone), (0.4, dms.alert_summary), (0.3, dms.cabin_pose)])
        self.next(DMS_BIO, "dms", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def voice_block(self) -> None:
        self.some([(0.7, voice.stt), (0.5, voice.intent), (0.5, voice.tts)])
        self.next(VOICE_BIO, "voice", 1 if self.p(0.85) else 0)

    def telem_block(self) -> None:
        self.some(
            [(0.5, telematics.trip_track), (0.3, telematics.climate), (0.3, telematics.cells)]
        )
        self.next(TELEM_DEV, "telem", 1 if self.p(0.8) else 0)

    def dash_block(self) -> None:
        self.some([(0.5, dashcam.clips), (0.3, dashcam.clip_upload), (0.5, dashcam.gps)])
        self.next(DASH_DEV, "dash", 1 if self.p(0.6) else 0)

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.accounts),
                (0.3, bank.payments),
                (0.15, bank.signup_form),
                (0.15, bank.face_article),
                (0.05, bank.device_bind),
            ]
        )
        self.next(BANK_BIO, "bank", 1 if self.p(0.85) else 0)

    def park_block(self) -> None:
        self.some(
            [
                (0.6, parking.chargers),
                (0.4, parking.tariff),
                (0.4, parking.park_start),
                (0.25, parking.af_purchase),
            ]
        )
        self.next(PARK_DEV, "park", 1 if self.p(0.5) else 0)


def generate_session(seed: int, target: int) -> tuple[Family75, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.video_block),
        (0.14, s.pod_block),
        (0.09, s.radio_block),
        (0.13, s.dms_block),
        (0.1, s.voice_block),
        (0.1, s.telem_block),
        (0.08, s.dash_block),
        (0.12, s.bank_block),
        (0.1, s.park_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
