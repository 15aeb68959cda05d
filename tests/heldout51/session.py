"""The script of the set-51 session: two people share one Redmi and use a
super-app, bike sharing, a health app, live shopping, readers and a
translator, a beautifier, a dashcam / vacuum app, karaoke, a short-drama app
and games, with background traffic in between. Most flows are look-alike
decoys; the few sensitive events rotate through schedules so that every family
shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    beauty,
    bikes,
    drama,
    games,
    health,
    homedev,
    karaoke,
    reading,
    shop,
    superapp,
)
from .phone import Phone51

START = 1735776000.0  # 2025-01-02T00:00:00Z

Gen = Callable[[Context], Flow]

SUPER_BIO: list[Gen] = [superapp.face_pay, superapp.face_pay, superapp.face_pay_opaque]
SHOP_DEV: list[Gen] = [shop.ad_convert, shop.shop_device, shop.shop_opaque]
HOME_DEV: list[Gen] = [homedev.vacuum_devices, homedev.vacuum_bind, homedev.dash_bind]
DRAMA_VIEW: list[Gen] = [
    drama.watch_log,
    drama.heartbeat,
    drama.continue_watching,
    drama.heartbeat,
    drama.play_beacon_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone51.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            superapp.device_register(c),
            shop.shop_device(c),
            homedev.vacuum_devices(c),
            background.feature_flags(c),
        ]

    def super_block(self) -> None:
        self.some(
            [
                (0.7, superapp.order_progress),
                (0.6, superapp.coupons_viewed),
                (0.5, superapp.red_packet_timer),
                (0.3, superapp.mini_search),
                (0.04, superapp.device_register),
            ]
        )
        self.next(SUPER_BIO, "super_bio", 0.36)

    def bike_block(self) -> None:
        self.some(
            [
                (0.8, bikes.unlock),
                (0.7, bikes.ride_timer),
                (0.6, bikes.ride_track),
                (0.5, bikes.nearby),
            ]
        )

    def health_block(self) -> None:
        self.some(
            [
                (0.7, health.blood_pressure),
                (0.6, health.steps),
                (0.5, health.medication),
                (0.4, health.kiosk_temp),
                (0.3, health.sleep_chart),
            ]
        )

    def shop_block(self) -> None:
        self.some(
            [
                (0.8, shop.ranking),
                (0.6, shop.room_stats),
                (0.7, shop.product),
                (0.12, shop.live_watch_log),
            ]
        )
        self.next(SHOP_DEV, "shop_dev", 0.2)

    def read_block(self) -> None:
        self.some(
            [
                (0.7, reading.chapter_position),
                (0.6, reading.reading_time),
                (0.4, reading.bookshelf),
                (0.5, reading.voice_translate),
                (0.4, reading.text_translate),
            ]
        )

    def beauty_block(self) -> None:
        self.some(
            [
                (0.7, beauty.sliders),
                (0.6, beauty.sticker_anchor),
                (0.5, beauty.template_feed),
                (0.3, beauty.ai_portrait),
            ]
        )

    def home_block(self) -> None:
        self.some(
            [
                (0.7, homedev.vacuum_map),
                (0.7, homedev.clean_progress),
                (0.4, homedev.dash_model),
                (0.5, homedev.dash_clip),
            ]
        )
        self.next(HOME_DEV, "home_dev", 0.18)

    def ktv_block(self) -> None:
        self.some(
            [(0.8, karaoke.pitch_score), (0.6, karaoke.song_rank), (0.12, karaoke.play_history)]
        )

    def drama_block(self) -> None:
        self.some([(0.7, drama.trailer), (0.6, drama.hot_rank)])
        self.next(DRAMA_VIEW, "drama_view", 0.4)

    def game_block(self) -> None:
        self.some(
            [
                (0.8, games.match_timer),
                (0.6, games.replay),
                (0.6, games.rewarded_event),
                (0.1, games.unity_ad_request),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phone51, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.super_block),
        (0.09, s.bike_block),
        (0.1, s.health_block),
        (0.1, s.shop_block),
        (0.1, s.read_block),
        (0.1, s.beauty_block),
        (0.1, s.home_block),
        (0.08, s.ktv_block),
        (0.1, s.drama_block),
        (0.08, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
