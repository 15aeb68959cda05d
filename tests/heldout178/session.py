"""The script of the set-178 session: the household's devices in use through a day,
app by app, with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family, opaque too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    car,
    chant,
    delivery,
    earbuds,
    gov,
    music,
    sdks,
    stream,
    taxi,
    tvacr,
)
from .phone import Household

START = 1731571200.0  # 2024-11-14T08:00:00Z (12:00 in Tbilisi)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.box_zapping_log,
    stream.continue_watching,
    stream.heartbeat,
    stream.box_packed_stats,
    stream.live_match_progress,
    lambda c: sdks.appmetrica_report(c, True),
    stream.heartbeat,
]
STREAM_DEV: list[Gen] = [
    stream.box_register,
    stream.phone_config,
    lambda c: sdks.appmetrica_report(c, False),
]
TV_VIEW: list[Gen] = [tvacr.acr_matches, tvacr.acr_matches, tvacr.acr_protobuf]
MUSIC_VIEW: list[Gen] = [
    music.listen_event,
    music.ios_played,
    music.recently_played,
    music.listen_event,
    music.yerevan_listen,
    music.offline_sync,
]
CHANT_VIEW: list[Gen] = [
    chant.sermon_progress,
    chant.chant_played,
    sdks.ga4_sermon,
    chant.sharakan_progress,
    chant.packed_history,
    chant.chant_played,
]
GOV_BIO: list[Gen] = [gov.liveness_selfie, gov.face_match, gov.face_analysis, gov.sealed_frames]
BANK_BIO: list[Gen] = [
    bank.selfie_login,
    bank.speaker_verify,
    bank.voice_enrol,
    bank.voice_packed,
    bank.speaker_verify,
]
BANK_DEV: list[Gen] = [bank.device_binding, bank.fraud_ping]
TAXI_DEV: list[Gen] = [taxi.launch, sdks.appsflyer_launch, sdks.appsflyer_inapp]
CAR_DEV: list[Gen] = [car.vehicle_status, car.tcu_report, car.vehicle_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            stream.box_register(c),
            tvacr.tv_checkin(c),
            sdks.firebase_installation(c),
            gov.register_device(c),
            bank.device_binding(c),
            earbuds.register_buds(c),
            sdks.appsflyer_launch(c),
            delivery.adjust_session(c),
            background.nbg_rates(c),
        ]

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream.catalogue),
                (0.5, stream.manifest),
                (0.3, stream.epg),
                (0.25, stream.league_table),
                (0.3, stream.search),
                (0.5, background.thumbnail),
                (0.08, stream.cast_to_rental_tv),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.3):
            self.next(STREAM_DEV, "stream_dev")

    def tv_block(self) -> None:
        self.some(
            [(0.3, tvacr.fingerprint_set), (0.3, tvacr.ambient_art), (0.05, tvacr.tv_checkin)]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def music_block(self) -> None:
        self.some([(0.5, music.charts), (0.4, music.lyrics), (0.7, music.cover_art)])
        if self.p(0.85):
            self.next(MUSIC_VIEW, "music_view")

    def chant_block(self) -> None:
        self.some(
            [
                (0.4, chant.prayer_reading),
                (0.4, chant.calendar),
                (0.3, chant.popular_chants),
                (0.3, chant.live_liturgy),
                (0.15, chant.donation),
                (0.05, sdks.firebase_installation),
            ]
        )
        if self.p(0.8):
            self.next(CHANT_VIEW, "chant_view")

    def gov_block(self) -> None:
        self.some(
            [
                (0.5, gov.services),
                (0.3, gov.id_card_ocr),
                (0.3, gov.utility_bill),
                (0.05, gov.register_device),
            ]
        )
        if self.p(0.75):
            self.next(GOV_BIO, "gov_bio")

    def bank_block(self) -> None:
        self.some([(0.6, bank.rates), (0.4, bank.transfer), (0.3, bank.voice_command)])
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.7, taxi.order_ride),
                (0.5, taxi.driver_assigned),
                (0.4, taxi.driver_photo),
                (0.5, taxi.track_ride),
            ]
        )
        if self.p(0.4):
            self.next(TAXI_DEV, "taxi_dev")

    def food_block(self) -> None:
        self.some(
            [
                (0.8, delivery.menu),
                (0.5, delivery.checkout),
                (0.4, delivery.courier),
                (0.2, delivery.obfuscated_ping),
                (0.2, delivery.adjust_session),
            ]
        )

    def buds_block(self) -> None:
        self.some(
            [
                (0.5, earbuds.battery_log),
                (0.3, earbuds.head_tracking),
                (0.2, earbuds.hearing_test),
                (0.3, earbuds.firmware),
                (0.1, earbuds.register_buds),
            ]
        )

    def car_block(self) -> None:
        self.some([(0.5, car.trip_summary), (0.3, car.remote_lock), (0.25, car.drowsiness)])
        if self.p(0.6):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.stream_block),
        (0.08, s.tv_block),
        (0.1, s.music_block),
        (0.1, s.chant_block),
        (0.09, s.gov_block),
        (0.1, s.bank_block),
        (0.1, s.taxi_block),
        (0.09, s.food_block),
        (0.07, s.buds_block),
        (0.08, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
