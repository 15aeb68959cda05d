"""The script of the set-44 session: the tester uses the Huawei P60 Pro in Cairo
and Casablanca (two streaming apps, a music app, a Quran / podcast app, an
e-wallet, a ride-hailing captain app, a skin-analysis app, a racing game with
four ad SDKs, and the smart TV's ACR), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import ads, background, beauty, forja, games, naghma, ride, sahra, tilawa, tvacr, wallet
from .phone import Phone44
from .schedules import (
    ADS,
    BEAUTY_BIO,
    FORJA_VIEW,
    NAGHMA_VIEW,
    RIDE_BIO,
    SAHRA_VIEW,
    TILAWA_VIEW,
    TV_VIEW,
    WALLET_BIO,
    Gen,
)

START = 1741510800.0  # 2025-03-09T09:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone44.make, START)

    def next(self, schedule: list[Gen], key: str, times: int = 1) -> None:
        for _ in range(times):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            sahra.login(c),
            sahra.register_device(c),
            wallet.bind_device(c),
            ride.register_push(c),
            tvacr.checkin(c),
            beauty.device_info(c),
            ads.mintegral_setting(c),
            background.time_sync(c),
        ]

    def sahra_block(self) -> None:
        self.some(
            [
                (0.6, sahra.home_rails),
                (0.7, sahra.poster),
                (0.8, sahra.hls_segment),
                (0.6, sahra.hls_segment),
                (0.3, sahra.search),
                (0.04, sahra.register_device),
                (0.1, sahra.login),
            ]
        )
        self.next(SAHRA_VIEW, "sahra", self.rng.randint(1, 2))

    def forja_block(self) -> None:
        self.some(
            [
                (0.6, forja.catalogue),
                (0.7, forja.vignette),
                (0.6, forja.npaw_ping),
                (0.4, forja.drm_licence),
            ]
        )
        self.next(FORJA_VIEW, "forja", self.rng.randint(1, 2))

    def naghma_block(self) -> None:
        self.some(
            [
                (0.7, naghma.cover),
                (0.4, naghma.lyrics),
                (0.3, naghma.charts),
                (0.3, naghma.taste_vector),
                (0.4, naghma.hianalytics_plain),
            ]
        )
        self.next(NAGHMA_VIEW, "naghma", self.rng.randint(1, 2))

    def tilawa_block(self) -> None:
        self.some(
            [(0.8, tilawa.audio_fetch), (0.3, tilawa.reciters), (0.4, background.prayer_times)]
        )
        self.next(TILAWA_VIEW, "tilawa")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tvacr.epg),
                (0.5, tvacr.remote_key),
                (0.15, tvacr.firmware),
                (0.08, tvacr.checkin),
            ]
        )
        self.next(TV_VIEW, "tv", self.rng.randint(1, 2))

    def wallet_block(self) -> None:
        self.some(
            [
                (0.6, wallet.transactions),
                (0.3, wallet.bill_pay),
                (0.2, wallet.selfie_tips),
                (0.3, wallet.heartbeat_ids),
                (0.05, wallet.bind_device),
                (0.3, background.fx_rates),
            ]
        )
        self.next(WALLET_BIO, "wallet", self.rng.randint(1, 2))

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.location_ping),
                (0.5, ride.trip_route),
                (0.4, ride.fare_quote),
                (0.3, ride.rating),
                (0.1, ride.signup_form),
                (0.05, ride.register_push),
            ]
        )
        self.next(RIDE_BIO, "ride", self.rng.randint(1, 2))

    def beauty_block(self) -> None:
        self.some(
            [
                (0.5, beauty.products),
                (0.3, beauty.article),
                (0.2, beauty.questionnaire),
                (0.3, beauty.shade),
                (0.1, beauty.device_info),
            ]
        )
        self.next(BEAUTY_BIO, "beauty", self.rng.randint(1, 2))

    def game_block(self) -> None:
        self.some(
            [
                (0.6, games.replay_camera),
                (0.6, games.lap_times),
                (0.3, games.leaderboard),
                (0.3, games.cloud_save),
                (0.15, games.purchase),
            ]
        )
        self.next(ADS, "ads", self.rng.randint(1, 3))


def generate_session(seed: int, target: int) -> tuple[Phone44, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.sahra_block),
        (0.10, s.forja_block),
        (0.10, s.naghma_block),
        (0.08, s.tilawa_block),
        (0.09, s.tv_block),
        (0.12, s.wallet_block),
        (0.10, s.ride_block),
        (0.12, s.beauty_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
