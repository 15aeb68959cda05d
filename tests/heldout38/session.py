"""The script of the set-38 session: the tester uses the vivo V29's apps in
turn (two streaming apps, a music app, a kirtan app, a UPI wallet, a ride
driver app, an exam app with proctoring, a Ludo game with ad SDKs), the
pre-installed vivo services phone home, and the smart TV reports what it
shows, with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bg_decoys,
    chobighor,
    edu,
    game,
    kirtan,
    ride,
    sur,
    thirai,
    tv,
    vivo,
    wallet,
)
from .phone import Phone38
from .schedules import (
    CHOBI_VIEW,
    EDU_BIO,
    GAME_DEV,
    KIRTAN_VIEW,
    RIDE_BIO,
    SUR_VIEW,
    THIRAI_VIEW,
    TV_VIEW,
    VIVO_DEV,
    WALLET_BIO,
    WALLET_DEV,
    Gen,
)

START = 1730793600.0  # 2024-11-05T08:00:00Z (13:30 IST)


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone38.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def n12(self, p_two: float) -> int:
        return 2 if self.p(p_two) else 1

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            f(c)
            for f in (
                background.generate_204,
                vivo.warranty_activate,
                vivo.ota_check,
                thirai.register,
                chobighor.device_hello,
                sur.firebase_install,
                sur.device_reg,
                kirtan.install,
                wallet.appsflyer,
                wallet.device_bind,
                ride.branch_install,
                edu.lock_device,
                game.game_login,
                tv.tv_ping,
                background.remote_config,
            )
        ]

    def vivo_block(self) -> None:
        self.some([(0.5, vivo.theme_store)])
        self.next(VIVO_DEV, "vivo")

    def thirai_block(self) -> None:
        self.some(
            [
                (0.6, thirai.catalogue),
                (0.8, thirai.artwork),
                (0.5, thirai.artwork),
                (0.7, thirai.hls_segment),
                (0.5, thirai.hls_segment),
                (0.25, thirai.search),
                (0.3, thirai.clevertap),
                (0.05, thirai.register),
            ]
        )
        self.next(THIRAI_VIEW, "thirai", self.n12(0.5))

    def chobi_block(self) -> None:
        self.some(
            [
                (0.5, chobighor.catalogue),
                (0.7, chobighor.poster),
                (0.2, chobighor.watch_later),
                (0.3, chobighor.mixpanel),
                (0.25, chobighor.device_hello),
            ]
        )
        self.next(CHOBI_VIEW, "chobi", self.n12(0.5))

    def sur_block(self) -> None:
        self.some(
            [
                (0.8, sur.audio_chunk),
                (0.5, sur.audio_chunk),
                (0.3, sur.lyrics),
                (0.3, sur.charts),
                (0.35, sur.taste_vector),
                (0.3, sur.amplitude),
                (0.12, sur.firebase_install),
                (0.08, sur.device_reg),
            ]
        )
        self.next(SUR_VIEW, "sur", self.n12(0.3))

    def kirtan_block(self) -> None:
        self.some(
            [(0.8, kirtan.audio), (0.4, kirtan.japa), (0.2, kirtan.panjika), (0.08, kirtan.install)]
        )
        self.next(KIRTAN_VIEW, "kirtan", self.n12(0.3))

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.txn_history),
                (0.4, wallet.balance),
                (0.15, wallet.kyc_form),
                (0.2, bg_decoys.gold_prices),
            ]
        )
        self.next(WALLET_BIO, "wallet_bio", self.n12(0.5))
        if self.p(0.45):
            self.next(WALLET_DEV, "wallet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.trip_track),
                (0.4, ride.heatmap),
                (0.4, ride.fare),
                (0.15, ride.vehicle_photo),
                (0.15, ride.branch_install),
            ]
        )
        self.next(RIDE_BIO, "ride_bio", self.n12(0.5))

    def edu_block(self) -> None:
        self.some(
            [
                (0.5, edu.question_paper),
                (0.4, edu.answers),
                (0.4, edu.timer_sync),
                (0.3, edu.lecture),
                (0.3, edu.vectors_no_face),
                (0.15, edu.lock_device),
            ]
        )
        self.next(EDU_BIO, "edu_bio", self.n12(0.6))

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.2, tv.launcher_tiles), (0.3, tv.tv_ping)])
        self.next(TV_VIEW, "tv", self.n12(0.3))

    def game_block(self) -> None:
        self.some(
            [
                (0.7, game.camera_state),
                (0.3, game.leaderboard),
                (0.2, game.mediation_config),
                (0.08, game.game_login),
            ]
        )
        self.next(GAME_DEV, "game", self.n12(0.5))


def generate_session(seed: int, target: int) -> tuple[Phone38, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.06, s.vivo_block),
        (0.12, s.thirai_block),
        (0.11, s.chobi_block),
        (0.10, s.sur_block),
        (0.07, s.kirtan_block),
        (0.12, s.wallet_block),
        (0.10, s.ride_block),
        (0.12, s.edu_block),
        (0.07, s.tv_block),
        (0.13, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
