"""The script of the set-157 session: the family uses the phone's apps in turn
(drama streaming and live PSL, music with earbuds, naat and tilawat, a wallet
and a bank with biometric checks, the telco app, rides, a news TV app, the
Karachi TV's companion), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that small sets still cover each.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dramaghar, naat, news, ride, smarttv, sur, telco, wallet
from .phone import Phone157

START = 1731474000.0  # 2024-11-13T05:00:00Z (10:00 in Lahore)

Gen = Callable[[Context], Flow]

DRAMA_VIEW: list[Gen] = [
    dramaghar.progress, dramaghar.live_tuning, dramaghar.jari_rakhein, dramaghar.beacon_blob,
    dramaghar.progress, dramaghar.appsflyer, dramaghar.live_tuning,
]  # fmt: skip
DRAMA_DEV: list[Gen] = [dramaghar.app_open, dramaghar.tv_register, dramaghar.appsflyer]
SUR_VIEW: list[Gen] = [sur.listen_log, sur.listen_queue, sur.listen_log]
SUR_DEV: list[Gen] = [sur.buds_pair, sur.register, sur.buds_firmware]
NAAT_VIEW: list[Gen] = [naat.tilawat_log, naat.naat_played, naat.firebase_listen, naat.naat_played]
WALLET_BIO: list[Gen] = [
    wallet.selfie_verify, wallet.liveness_landmarks, wallet.liveness_encrypted,
    wallet.liveness_landmarks,
]  # fmt: skip
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.login_signed]
BANK_BIO: list[Gen] = [
    bank.voice_enrol, bank.face_embedding, bank.voice_verify, bank.face_vector_opaque,
    bank.voice_verify,
]  # fmt: skip
TELCO_DEV: list[Gen] = [
    telco.dirbs_status,
    telco.moengage,
    telco.diagnostics,
    telco.moengage_hashed,
]
NEWS_VIEW: list[Gen] = [news.live_heartbeat, news.clip_event, news.live_pixel, news.live_heartbeat]
TV_VIEW: list[Gen] = [smarttv.acr_report, smarttv.acr_compact, smarttv.acr_report]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone157.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dramaghar.app_open(c),
            dramaghar.tv_register(c),
            sur.buds_pair(c),
            wallet.device_bind(c),
            bank.device_register(c),
            telco.dirbs_status(c),
            smarttv.tv_pair(c),
            background.remote_config(c),
        ]

    def drama_block(self) -> None:
        self.some(
            [(0.6, dramaghar.catalogue), (0.8, dramaghar.segment), (0.6, dramaghar.segment),
             (0.3, dramaghar.trending), (0.3, dramaghar.scorecard), (0.2, dramaghar.search)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DRAMA_VIEW, "drama_view")
        if self.p(0.3):
            self.next(DRAMA_DEV, "drama_dev")

    def sur_block(self) -> None:
        self.some([(0.8, sur.audio), (0.3, sur.lyrics), (0.3, sur.charts)])
        if self.p(0.8):
            self.next(SUR_VIEW, "sur_view")
        if self.p(0.3):
            self.next(SUR_DEV, "sur_dev")

    def naat_block(self) -> None:
        self.some(
            [(0.7, naat.recitation_audio), (0.4, naat.mushaf_page), (0.4, naat.namaz_times),
             (0.2, naat.qibla), (0.3, naat.catalogue)]
        )  # fmt: skip
        if self.p(0.8):
            self.next(NAAT_VIEW, "naat_view")

    def wallet_block(self) -> None:
        self.some(
            [(0.6, wallet.send_money), (0.4, wallet.bill_pay), (0.2, wallet.cnic_ocr),
             (0.15, wallet.profile_photo)]
        )  # fmt: skip
        if self.p(0.55):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def bank_block(self) -> None:
        self.some(
            [(0.5, bank.fx_rates), (0.5, bank.statement), (0.3, bank.branches),
             (0.25, bank.assistant_voice), (0.1, bank.device_register)]
        )  # fmt: skip
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some(
            [(0.7, telco.balance), (0.5, telco.bundles), (0.25, telco.recharge),
             (0.2, telco.second_hand_check)]
        )  # fmt: skip
        if self.p(0.7):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.estimate),
                (0.6, ride.trip_status),
                (0.3, ride.rate_driver),
                (0.4, ride.adjust_session),
            ]
        )

    def news_block(self) -> None:
        self.some([(0.5, news.article), (0.4, news.channels), (0.3, news.most_watched)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(NEWS_VIEW, "news_view")

    def tv_block(self) -> None:
        self.some([(0.5, smarttv.keypress), (0.4, smarttv.epg), (0.05, smarttv.tv_pair)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Phone157, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.drama_block),
        (0.11, s.sur_block),
        (0.10, s.naat_block),
        (0.12, s.wallet_block),
        (0.10, s.bank_block),
        (0.10, s.telco_block),
        (0.10, s.ride_block),
        (0.11, s.news_block),
        (0.09, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
