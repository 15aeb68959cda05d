"""The script of the set-191 session: a day at an esports PC-bang in Busan.

The café's systems (seat agents, anti-cheat, booking kiosk, stream rigs,
signage, avatar relay, vending and POS) make most of the traffic, all of it
ordinary look-alikes; Ji-woo's phone adds the manager app, a webtoon-drama app,
a music app and her bank. Sensitive events are rare (a precision stress set)
and rotate through a schedule per app, opaque ones never first.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    booking,
    broadcast,
    drama,
    fleet,
    music,
    sdks,
    signage,
    vending,
    vtuber,
)
from .phone import Phone191

START = 1733011200.0  # 2024-12-01T00:00:00Z (09:00 in Busan)

Gen = Callable[[Context], Flow]

MGR_DEV: list[Gen] = [fleet.manager_register, fleet.manager_alerts, fleet.manager_register]
DRAMA_VIEW: list[Gen] = [
    drama.heartbeat,
    drama.continue_watching,
    drama.heartbeat,
    drama.play_log_opaque,
    drama.episode_done,
]
DRAMA_DEV: list[Gen] = [sdks.airbridge_open, sdks.remote_config]
MUSIC_VIEW: list[Gen] = [music.stream_log, music.recent, music.stat_opaque, music.stream_log]
MUSIC_DEV: list[Gen] = [music.buds_register]
BANK_BIO: list[Gen] = [bank.face_login, bank.face_enrol, bank.face_login, bank.face_auth_sealed]
BANK_DEV: list[Gen] = [bank.bind_device, bank.fds_sealed, bank.bind_device]
AVATAR_BIO: list[Gen] = [
    vtuber.blendshapes,
    vtuber.face_landmarks,
    vtuber.blendshapes,
    vtuber.packed_frame,
    vtuber.blendshapes,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone191.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            fleet.manager_register(c),
            fleet.fleet_status(c),
            booking.seat_map(c),
            signage.playlist(c),
            sdks.remote_config(c),
            drama.home(c),
            drama.continue_watching(c),
            bank.bind_device(c),
            bank.face_login(c),
            vtuber.avatar_model(c),
            vtuber.blendshapes(c),
            background.time_sync(c),
        ]

    def fleet_block(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.flows.append(fleet.seat_heartbeat(self.ctx))
        self.some(
            [
                (0.5, fleet.anticheat_report),
                (0.3, fleet.fleet_status),
                (0.15, fleet.wake_on_lan),
                (0.15, fleet.console_status),
                (0.15, fleet.anticheat_scan),
            ]
        )
        if self.p(0.06):
            self.next(MGR_DEV, "mgr_dev")

    def booking_block(self) -> None:
        self.some(
            [
                (0.5, booking.seat_map),
                (0.6, booking.checkin),
                (0.4, booking.topup),
                (0.5, booking.session_end),
                (0.1, booking.reservation),
                (0.15, booking.sales_series),
            ]
        )

    def broadcast_block(self) -> None:
        self.some(
            [
                (0.7, broadcast.encoder_stats),
                (0.4, broadcast.chzzk_live),
                (0.3, broadcast.twitch_streams),
                (0.3, broadcast.customer_stream_stats),
                (0.2, broadcast.bracket),
                (0.2, broadcast.match_result),
                (0.1, broadcast.highlight_upload),
            ]
        )

    def signage_block(self) -> None:
        self.some(
            [
                (0.3, signage.playlist),
                (0.6, signage.proof_of_play),
                (0.3, signage.lobby_tv_tuning),
                (0.5, signage.clip_thumb),
                (0.3, signage.screen_health),
            ]
        )

    def avatar_block(self) -> None:
        self.some(
            [
                (0.5, vtuber.upper_body),
                (0.2, vtuber.avatar_model),
                (0.2, vtuber.webcam_settings),
                (0.3, broadcast.encoder_stats),
            ]
        )
        if self.p(0.25):
            self.next(AVATAR_BIO, "avatar_bio")

    def vending_block(self) -> None:
        self.some(
            [
                (0.6, vending.vend_sale),
                (0.5, vending.pos_order),
                (0.25, vending.voice_order),
                (0.2, vending.stock),
                (0.1, vending.settlement),
            ]
        )

    def drama_block(self) -> None:
        self.some(
            [
                (0.4, drama.home),
                (0.3, drama.trending),
                (0.5, drama.read_progress),
                (0.7, drama.cut_image),
                (0.5, drama.cut_image),
                (0.3, drama.manifest),
                (0.5, drama.segment),
                (0.3, drama.segment),
                (0.1, sdks.kakao_login),
            ]
        )
        if self.p(0.3):
            self.next(DRAMA_VIEW, "drama_view")
        if self.p(0.08):
            self.next(DRAMA_DEV, "drama_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.4, music.chart),
                (0.3, music.lyrics),
                (0.7, music.stream_audio),
                (0.3, music.search),
            ]
        )
        if self.p(0.25):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.05):
            self.next(MUSIC_DEV, "music_dev")

    def bank_block(self) -> None:
        self.some([(0.6, bank.balance), (0.3, bank.transfer), (0.15, bank.id_ocr)])
        if self.p(0.25):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone191, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, s.fleet_block),
        (0.14, s.booking_block),
        (0.12, s.broadcast_block),
        (0.10, s.signage_block),
        (0.06, s.avatar_block),
        (0.12, s.vending_block),
        (0.12, s.drama_block),
        (0.09, s.music_block),
        (0.05, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
