"""The script of the set-160 session: a family's Galaxy A54 in Bucharest, Cluj
and Chisinau, moving between a broadcaster's streaming app, a telco TV app and
its set-top box, the smart TV's companion, a music app, an Orthodox radio, a bank,
the e-ID app, food delivery, a ride app, the smartwatch and the car, with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    car,
    church,
    delivery,
    eid,
    music,
    ride,
    smarttv,
    telcotv,
    vizor,
    wearable,
)
from .phone import Phone160

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

VIZOR_VIEW: list[Gen] = [
    vizor.progres,
    vizor.gemius_stream,
    vizor.continua,
    vizor.progres,
    vizor.heartbeat_blob,
    vizor.gemius_stream,
]
NETA_VIEW: list[Gen] = [
    telcotv.zapping_log,
    telcotv.timeshift_resume,
    telcotv.stb_tuning,
    telcotv.zapping_log,
]
NETA_DEV: list[Gen] = [telcotv.stb_status, telcotv.stb_pair]
TV_VIEW: list[Gen] = [smarttv.acr_json, smarttv.history, smarttv.acr_json, smarttv.acr_protobuf]
TV_DEV: list[Gen] = [smarttv.tv_ping, smarttv.pair]
MUSIC_VIEW: list[Gen] = [music.scrobble, music.now_playing, music.offline_queue, music.scrobble]
GLAS_VIEW: list[Gen] = [
    church.listen_ro,
    church.radio_session,
    church.listen_ru,
    church.recent,
    church.resume_beacon,
]
BANK_BIO: list[Gen] = [
    bank.selfie_liveness,
    bank.face_login,
    bank.face_login_opaque,
    bank.voice_verify,
    bank.face_login,
    bank.selfie_liveness,
]
BANK_DEV: list[Gen] = [bank.bind_device, bank.risk_ping]
EID_BIO: list[Gen] = [
    eid.face_compare,
    eid.face_analysis,
    eid.sealed_submission,
    eid.voice_enrol,
    eid.face_compare,
    eid.face_analysis,
]
CAR_DEV: list[Gen] = [car.vehicle_status, car.lock, car.legacy_ping, car.vehicle_status]
WATCH_DEV: list[Gen] = [wearable.pair, wearable.firmware]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone160.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            vizor.install(c),
            delivery.firebase_install(c),
            delivery.adjust_session(c),
            ride.appsflyer_launch(c),
            telcotv.stb_pair(c),
            smarttv.pair(c),
            wearable.pair(c),
            bank.bind_device(c),
            background.weather(c),
        ]

    def vizor_block(self) -> None:
        self.some(
            [
                (0.7, vizor.catalog),
                (0.6, vizor.poster),
                (0.6, vizor.manifest),
                (0.4, vizor.poster),
                (0.3, vizor.ima_ad),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VIZOR_VIEW, "vizor_view")

    def neta_block(self) -> None:
        self.some([(0.6, telcotv.epg), (0.6, telcotv.live_manifest), (0.3, telcotv.channel_list)])
        if self.p(0.8):
            self.next(NETA_VIEW, "neta_view")
        if self.p(0.25):
            self.next(NETA_DEV, "neta_dev")

    def tv_block(self) -> None:
        self.some([(0.5, smarttv.keypress), (0.4, smarttv.weather_widget)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def music_block(self) -> None:
        self.some(
            [(0.5, music.search), (0.4, music.charts), (0.8, music.cover), (0.5, music.cover)]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def glas_block(self) -> None:
        self.some(
            [
                (0.5, church.calendar),
                (0.4, church.akathist),
                (0.2, church.prayer_request),
                (0.8, church.audio_chunk),
                (0.5, church.audio_chunk),
            ]
        )
        if self.p(0.8):
            self.next(GLAS_VIEW, "glas_view")

    def bank_block(self) -> None:
        self.some([(0.6, bank.rates), (0.4, bank.transfer), (0.25, bank.voice_command)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def eid_block(self) -> None:
        self.some([(0.5, eid.mrz_ocr), (0.3, eid.form)])
        if self.p(0.85):
            self.next(EID_BIO, "eid_bio")

    def food_block(self) -> None:
        self.some(
            [
                (0.7, delivery.nearby),
                (0.7, delivery.menu),
                (0.4, delivery.order),
                (0.4, delivery.courier_track),
                (0.15, delivery.adjust_session),
                (0.05, delivery.firebase_install),
            ]
        )

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.estimate),
                (0.5, ride.route),
                (0.5, ride.driver),
                (0.3, ride.receipt),
                (0.15, ride.appsflyer_launch),
            ]
        )

    def watch_block(self) -> None:
        self.some(
            [(0.7, wearable.health_sync), (0.3, wearable.watchface), (0.2, wearable.dictation)]
        )
        if self.p(0.3):
            self.next(WATCH_DEV, "watch_dev")

    def car_block(self) -> None:
        self.some([(0.5, car.trips), (0.2, car.camera_calibration)])
        if self.p(0.7):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Phone160, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.vizor_block),
        (0.11, s.neta_block),
        (0.09, s.tv_block),
        (0.10, s.music_block),
        (0.10, s.glas_block),
        (0.11, s.bank_block),
        (0.10, s.eid_block),
        (0.08, s.food_block),
        (0.07, s.ride_block),
        (0.07, s.watch_block),
        (0.08, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
