"""The script of the set-189 session: a family in Vilnius, Kaunas and Riga uses a
Xiaomi phone, an iPad, an owned IPTV box, a smart TV with ACR, a sports watch and
a connected car (a broadcaster's replay app, a streaming service, a basketball
live app, a music app, an audiobook app, a bank with selfie and voice enrolment,
a parcel-locker app, a ride app), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    auto,
    background,
    bank,
    dziesma,
    eteris,
    kino,
    klausykla,
    krepsinis,
    pakomatas,
    smarttv,
    tvbox,
    vezam,
)
from .phone import Phone189

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

ETERIS_VIEW: list[Gen] = [
    eteris.perziura_event,
    eteris.testi_ziureti,
    eteris.gemius_stream,
    eteris.perziura_event,
    eteris.radijo_klausymas,
    eteris.perziura_packed,
]
KINO_VIEW: list[Gen] = [
    kino.prosmotr_heartbeat,
    kino.istoriya,
    kino.prosmotr_heartbeat,
    kino.qoe_packed,
]
KINO_DEV: list[Gen] = [
    kino.appsflyer_launch,
    kino.seat_check,
    kino.register_device,
    kino.appsflyer_hashed,
]
KREP_VIEW: list[Gen] = [
    krepsinis.transliacija,
    krepsinis.firebase_progress,
    krepsinis.stream_beacon,
    krepsinis.transliacija,
]
DZ_VIEW: list[Gen] = [
    dziesma.klausisanas,
    dziesma.nesen_klausitas,
    dziesma.klausisanas,
    dziesma.royalty_batch,
]
KL_VIEW: list[Gen] = [
    klausykla.pozicija,
    klausykla.klausoma_dabar,
    klausykla.pozicija,
    klausykla.offline_sync,
]
BANK_BIO: list[Gen] = [
    bank.veriff_selfie,
    bank.veido_sablonas,
    bank.gyvumo_patikra,
    bank.liveness_sealed,
    bank.balso_atspaudas,
    bank.balso_patikra,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.risk_ping]
STB_VIEW: list[Gen] = [tvbox.parslegsana, tvbox.skatitais, tvbox.tuning_rows, tvbox.parslegsana]
STB_DEV: list[Gen] = [tvbox.stb_boot, tvbox.stb_keepalive]
TV_VIEW: list[Gen] = [smarttv.acr_report, smarttv.fingerprint_rows, smarttv.acr_report]
CAR_VIEW: list[Gen] = [auto.klausitas_radijas, auto.headunit_hex, auto.klausitas_radijas]
CAR_DEV: list[Gen] = [auto.vehicle_status, auto.watch_sync, auto.watch_fw, auto.vehicle_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone189.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kino.appsflyer_launch(c),
            kino.register_device(c),
            bank.device_bind(c),
            pakomatas.push_register(c),
            vezam.adjust_session(c),
            tvbox.stb_boot(c),
            smarttv.companion_pair(c),
            background.time_sync(c),
            eteris.katalogas(c),
        ]

    def eteris_block(self) -> None:
        self.some(
            [
                (0.5, eteris.katalogas),
                (0.6, eteris.hls),
                (0.3, eteris.populiariausios),
                (0.3, eteris.programa),
                (0.2, eteris.paieska),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ETERIS_VIEW, "eteris_view")

    def kino_block(self) -> None:
        self.some(
            [
                (0.6, kino.katalog),
                (0.3, kino.trailer),
                (0.4, kino.subtitles),
                (0.4, kino.license_req),
            ]
        )
        if self.p(0.8):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.4):
            self.next(KINO_DEV, "kino_dev")

    def krep_block(self) -> None:
        self.some(
            [
                (0.6, krepsinis.play_by_play),
                (0.3, krepsinis.turnyrine),
                (0.3, krepsinis.daugiausiai_ziurima),
                (0.15, krepsinis.arena_screen),
                (0.15, krepsinis.bilietai),
                (0.15, krepsinis.push_topic),
                (0.15, krepsinis.firebase_screen),
            ]
        )
        if self.p(0.8):
            self.next(KREP_VIEW, "krep_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.5, dziesma.cover),
                (0.3, dziesma.playlist),
                (0.25, dziesma.topi),
                (0.2, dziesma.lyrics),
                (0.2, dziesma.search),
                (0.2, dziesma.mix_features),
                (0.15, dziesma.watch_now_playing),
            ]
        )
        if self.p(0.8):
            self.next(DZ_VIEW, "dz_view")

    def book_block(self) -> None:
        self.some(
            [
                (0.4, klausykla.katalogas),
                (0.4, klausykla.skaitymas),
                (0.3, klausykla.sample_audio),
                (0.1, klausykla.pirkimas),
            ]
        )
        if self.p(0.8):
            self.next(KL_VIEW, "kl_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.operacijos),
                (0.35, bank.valiutos),
                (0.2, bank.dokumento_ocr),
                (0.15, bank.kliento_anketa),
                (0.2, bank.asistentas),
                (0.2, bank.signing_token),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")

    def parcel_block(self) -> None:
        self.some(
            [
                (0.6, pakomatas.tracking),
                (0.4, pakomatas.locker_map),
                (0.4, pakomatas.unlock),
                (0.3, pakomatas.door_event),
                (0.3, pakomatas.courier_eta),
                (0.05, pakomatas.push_register),
            ]
        )

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, vezam.estimate),
                (0.4, vezam.order_ride),
                (0.6, vezam.poll_state),
                (0.3, vezam.surge),
                (0.15, vezam.adjust_session),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tvbox.epg),
                (0.2, tvbox.kanali),
                (0.3, tvbox.thumbnail),
                (0.1, tvbox.shop_screens),
                (0.1, tvbox.speedtest),
                (0.3, smarttv.keypress),
                (0.15, smarttv.store),
            ]
        )
        if self.p(0.7):
            self.next(STB_VIEW, "stb_view")
        if self.p(0.5):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(STB_DEV, "stb_dev")

    def car_block(self) -> None:
        self.some(
            [
                (0.4, auto.trip_log),
                (0.3, auto.chargers),
                (0.15, auto.shared_car),
                (0.35, auto.activity),
            ]
        )
        if self.p(0.6):
            self.next(CAR_VIEW, "car_view")
        if self.p(0.6):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Phone189, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.eteris_block),
        (0.12, s.kino_block),
        (0.1, s.krep_block),
        (0.1, s.music_block),
        (0.09, s.book_block),
        (0.13, s.bank_block),
        (0.07, s.parcel_block),
        (0.07, s.ride_block),
        (0.11, s.tv_block),
        (0.08, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
