"""The script of the set-175 session: a Kyiv / Lviv family's phone, iPhone, TV box,
smart TV, earbuds and car, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    avto,
    background,
    bank,
    derzh,
    dostavka,
    ekran,
    hvylia,
    iptv,
    muzyka,
    telik,
    tryvoga,
    vukha,
)
from .phone import Household175

START = 1764572400.0  # 2025-12-01T07:00:00Z (09:00 in Kyiv)

Gen = Callable[[Context], Flow]

EKRAN_VIEW: list[Gen] = [
    ekran.progress,
    ekran.tv_heartbeat,
    ekran.continue_watching,
    ekran.marathon_log,
    ekran.packed_beacon,
    ekran.firebase_video,
    ekran.progress,
    ekran.film_finished,
    lambda c: ekran.appsflyer(c, watched=True),
    ekran.tv_heartbeat,
    ekran.pl_progress,
]
EKRAN_DEV: list[Gen] = [ekran.appsflyer, ekran.register_tvbox, ekran.appsflyer]
HVYLIA_VIEW: list[Gen] = [
    hvylia.podcast_progress,
    hvylia.radio_session,
    hvylia.history,
    hvylia.numeric_sync,
    hvylia.podcast_progress,
]
HVYLIA_DEV: list[Gen] = [hvylia.adswizz, hvylia.register, hvylia.adswizz]
MUZYKA_VIEW: list[Gen] = [
    muzyka.scrobble,
    muzyka.recently_played,
    muzyka.scrobble,
    muzyka.msgpack_flush,
]
MUZYKA_DEV: list[Gen] = [muzyka.output_device, muzyka.register]
DERZH_BIO: list[Gen] = [
    derzh.selfie,
    derzh.liveness_frames,
    derzh.liveness_result,
    derzh.face_template,
    derzh.encrypted_selfie,
    derzh.selfie,
]
BANK_BIO: list[Gen] = [
    bank.voice_verify,
    bank.selfie,
    bank.voice_enrol,
    bank.speaker_embedding,
    bank.voice_opaque,
    bank.voice_verify,
    bank.voice_vendor_enrol,
]
BANK_DEV: list[Gen] = [bank.adjust_session, bank.bind_device, bank.adjust_session]
TRYVOGA_DEV: list[Gen] = [
    tryvoga.onesignal_session,
    tryvoga.checkin,
    tryvoga.subscribe,
    tryvoga.onesignal_register,
    tryvoga.checkin,
]
DOSTAVKA_DEV: list[Gen] = [dostavka.appsflyer, lambda c: dostavka.appsflyer(c, purchase=True)]
TV_VIEW: list[Gen] = [telik.acr_report, telik.weekly_stats, telik.acr_protobuf, telik.acr_report]
TV_DEV: list[Gen] = [telik.tv_status, telik.pair]
BUDS_DEV: list[Gen] = [vukha.battery, vukha.firmware, vukha.ping_opaque, vukha.battery, vukha.pair]
CAR_DEV: list[Gen] = [avto.telemetry, avto.heartbeat_opaque, avto.telemetry, avto.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household175.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            ekran.appsflyer(c),
            ekran.register_tvbox(c),
            derzh.register(c),
            bank.bind_device(c),
            bank.adjust_session(c),
            tryvoga.onesignal_register(c),
            tryvoga.subscribe(c),
            dostavka.appsflyer(c),
            vukha.pair(c),
            avto.bind(c),
            telik.pair(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            muzyka.register(c),
            hvylia.register(c),
            background.time_sync(c),
        ]

    def ekran_block(self) -> None:
        self.some(
            [
                (0.6, ekran.catalogue),
                (0.4, ekran.search),
                (0.5, ekran.manifest),
                (0.7, ekran.segment),
                (0.5, ekran.segment),
                (0.5, ekran.poster),
                (0.3, ekran.marathon_guide),
                (0.1, ekran.subscription),
                (0.25, ekran.ratings),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(EKRAN_VIEW, "ekran_view")
        if self.p(0.25):
            self.next(EKRAN_DEV, "ekran_dev")

    def hvylia_block(self) -> None:
        self.some(
            [
                (0.4, hvylia.stations),
                (0.4, hvylia.charts),
                (0.3, hvylia.transcript),
                (0.7, hvylia.audio),
                (0.15, hvylia.share),
            ]
        )
        if self.p(0.8):
            self.next(HVYLIA_VIEW, "hvylia_view")
        if self.p(0.35):
            self.next(HVYLIA_DEV, "hvylia_dev")

    def muzyka_block(self) -> None:
        self.some(
            [
                (0.4, muzyka.lyrics),
                (0.4, muzyka.playlist),
                (0.3, muzyka.chart),
                (0.8, muzyka.track_file),
                (0.5, muzyka.track_file),
            ]
        )
        if self.p(0.8):
            self.next(MUZYKA_VIEW, "muzyka_view")
        if self.p(0.2):
            self.next(MUZYKA_DEV, "muzyka_dev")

    def derzh_block(self) -> None:
        self.some(
            [
                (0.5, derzh.documents),
                (0.3, derzh.share_qr),
                (0.25, derzh.sign_hash),
                (0.2, derzh.aid_form),
                (0.15, derzh.cnap_queue),
                (0.5, derzh.news_feed),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DERZH_BIO, "derzh_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.rates),
                (0.5, bank.transactions),
                (0.25, bank.transfer),
                (0.25, bank.assistant_stt),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def tryvoga_block(self) -> None:
        self.some(
            [
                (0.8, tryvoga.active_alerts),
                (0.3, tryvoga.sirens),
                (0.3, tryvoga.stats),
                (0.3, tryvoga.shelter_map),
            ]
        )
        if self.p(0.5):
            self.next(TRYVOGA_DEV, "tryvoga_dev")

    def dostavka_block(self) -> None:
        self.some(
            [
                (0.6, dostavka.restaurants),
                (0.5, dostavka.order),
                (0.5, dostavka.courier_track),
                (0.15, dostavka.coupon),
                (0.1, dostavka.login),
            ]
        )
        if self.p(0.4):
            self.next(DOSTAVKA_DEV, "dostavka_dev")

    def tv_block(self) -> None:
        self.some([(0.4, telik.epg), (0.5, telik.keypress), (0.2, telik.apps)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def buds_block(self) -> None:
        self.some(
            [
                (0.4, vukha.head_tracking),
                (0.2, vukha.audiogram),
                (0.5, vukha.anc_mode),
                (0.2, vukha.fit_test),
            ]
        )
        if self.p(0.6):
            self.next(BUDS_DEV, "buds_dev")

    def iptv_block(self) -> None:
        self.flows.append(iptv.watchdog(self.ctx))
        self.some(
            [
                (0.3, iptv.handshake),
                (0.15, iptv.get_profile),
                (0.3, iptv.all_channels),
                (0.4, iptv.epg),
                (0.6, iptv.create_link),
                (0.7, iptv.play_log),
            ]
        )

    def car_block(self) -> None:
        self.some([(0.6, avto.trip), (0.3, avto.fuel_prices), (0.15, avto.service)])
        if self.p(0.6):
            self.flows.append(avto.radio_log(self.ctx))
        if self.p(0.5):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Household175, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.ekran_block),
        (0.05, s.iptv_block),
        (0.10, s.hvylia_block),
        (0.10, s.muzyka_block),
        (0.10, s.derzh_block),
        (0.10, s.bank_block),
        (0.09, s.tryvoga_block),
        (0.08, s.dostavka_block),
        (0.10, s.tv_block),
        (0.07, s.buds_block),
        (0.09, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
