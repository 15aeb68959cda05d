"""The script of the set-43 session: a gig worker's Galaxy A54 in Mexico City,
São Paulo and Istanbul. Mostly ordinary apps (ride-hailing, food delivery,
running, marketplace, bank, parcels, language lessons, chat, smart home, photo
editor, games) whose traffic looks sensitive but is not; a few sensitive
events rotate through a schedule per app so that every family shows even in a
small set. About nine flows in ten are negatives, most of them hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    chat,
    fitness,
    food,
    games,
    home,
    learn,
    music,
    parcel,
    photo,
    ride,
    shop,
)
from .phone import Phone43
from .schedules import BANK_BIO, GAME_DEV, HOME_BIO, PHOTO_BIO, RIDE_BIO, SHOP_DEV, VIEW, Gen

START = 1731398400.0  # 2024-11-12T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone43.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            ride.adjust_session(c),
            food.appsflyer_launch(c),
            shop.device_register(c),
            music.firebase_install(c),
            home.pair_camera(c),
            background.remote_config(c),
        ]

    def ride_block(self) -> None:
        self.some(
            [
                (0.9, ride.location_ping),
                (0.7, ride.location_ping),
                (0.6, ride.eta_update),
                (0.4, ride.pickup_wait),
                (0.4, ride.trip_summary),
                (0.3, ride.heatmap),
            ]
        )
        if self.p(0.28):
            self.next(RIDE_BIO, "ride_bio")
        if self.p(0.15):
            self.flows.append(ride.adjust_session(self.ctx))

    def food_block(self) -> None:
        self.some(
            [
                (0.6, food.menu),
                (0.6, food.cart),
                (0.7, food.order_status),
                (0.5, food.courier_position),
                (0.3, food.rating),
                (0.4, food.banners),
            ]
        )
        if self.p(0.15):
            self.flows.append(food.appsflyer_launch(self.ctx))

    def fitness_block(self) -> None:
        self.some(
            [
                (0.7, fitness.activity_upload),
                (0.4, fitness.splits),
                (0.3, fitness.hr_zones),
                (0.3, fitness.leaderboard),
                (0.2, fitness.watchface),
                (0.4, fitness.plan_progress),
            ]
        )

    def shop_block(self) -> None:
        self.some(
            [
                (0.7, shop.search),
                (0.7, shop.item_page),
                (0.4, shop.installments),
                (0.4, shop.shipment),
                (0.3, shop.questions),
            ]
        )
        if self.p(0.25):
            self.next(SHOP_DEV, "shop_dev")

    def bank_block(self) -> None:
        self.some(
            [(0.7, bank.balance), (0.5, bank.statement), (0.4, bank.pix), (0.3, bank.card_limit)]
        )
        if self.p(0.33):
            self.next(BANK_BIO, "bank_bio")

    def parcel_block(self) -> None:
        self.some(
            [
                (0.6, parcel.correios),
                (0.6, parcel.yurt_track),
                (0.3, parcel.delivery_photo),
                (0.2, parcel.locker_slots),
            ]
        )

    def learn_block(self) -> None:
        self.some(
            [
                (0.7, learn.lesson_done),
                (0.6, learn.quiz_timer),
                (0.4, learn.pronunciation),
                (0.3, learn.story_characters),
                (0.3, learn.leaderboard),
            ]
        )

    def chat_block(self) -> None:
        self.some(
            [
                (0.6, chat.voice_note),
                (0.5, chat.sticker_pack),
                (0.6, chat.reaction),
                (0.8, chat.receipts),
                (0.3, chat.link_preview),
                (0.4, chat.presence),
                (0.5, chat.avatar_thumb),
            ]
        )

    def home_block(self) -> None:
        self.some(
            [
                (0.7, home.motion_event),
                (0.4, home.thermostat),
                (0.4, home.device_list),
                (0.3, home.energy),
                (0.3, home.doorbell),
            ]
        )
        if self.p(0.28):
            self.next(HOME_BIO, "home_bio")
        if self.p(0.05):
            self.flows.append(home.pair_camera(self.ctx))

    def photo_block(self) -> None:
        self.some(
            [
                (0.8, photo.edit_recipe),
                (0.4, photo.tone_curve),
                (0.4, photo.presets),
                (0.3, photo.sky_mask),
                (0.4, photo.cloud_export),
            ]
        )
        if self.p(0.28):
            self.next(PHOTO_BIO, "photo_bio")

    def game_block(self) -> None:
        self.some(
            [
                (0.8, games.level_end),
                (0.4, games.replay_upload),
                (0.5, games.camera_telemetry),
                (0.3, games.avatar_save),
                (0.3, games.balancing),
            ]
        )
        if self.p(0.4):
            self.next(GAME_DEV, "game_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.5, music.charts),
                (0.4, music.most_watched),
                (0.4, music.lyrics),
                (0.6, music.cover),
                (0.7, music.hls_segment),
                (0.5, music.hls_segment),
                (0.3, music.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.7) else 0):
            self.next(VIEW, "view")
        if self.p(0.05):
            self.flows.append(music.firebase_install(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone43, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.ride_block), (0.09, s.food_block), (0.08, s.fitness_block), (0.09, s.shop_block),
        (0.08, s.bank_block), (0.06, s.parcel_block), (0.06, s.learn_block), (0.09, s.chat_block),
        (0.08, s.home_block), (0.07, s.photo_block), (0.08, s.game_block), (0.10, s.music_block),
    ]  # fmt: skip
    return s.finish(blocks, background.BENIGN, target, 0.35)
