"""The script of the set-49 session: a student in Cairo, Riyadh and Nairobi uses
ten ordinary apps in turn, with background traffic in between. Most flows are
hard look-alikes; true sensitive events rotate through a small schedule per app
(rare on purpose: this set measures false positives)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, chat, food, game, goal, health, mobility, photo, salah, uni, wallet
from .phone import Phone49

START = 1741600800.0  # 2025-03-10T10:00:00Z (Ramadan)

Gen = Callable[[Context], Flow]

WALLET_BIO: list[Gen] = [wallet.liveness_selfie, wallet.face_template]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.risk_blob]
PHOTO_BIO: list[Gen] = [photo.facepp_detect, photo.retouch_landmarks]
UNI_VIEW: list[Gen] = [uni.watch_heartbeat, uni.resume_list, uni.watch_heartbeat]
GOAL_VIEW: list[Gen] = [goal.ga4_video, goal.watch_log, goal.ga4_video]
GOAL_DEV: list[Gen] = [goal.firebase_install, goal.register]
RIDE_DEV: list[Gen] = [mobility.adjust_session, mobility.adjust_event]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone49.make, START)

    def maybe(self, prob: float, schedule: list[Gen], key: str) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def ride(self) -> None:
        self.some(
            [
                (0.9, mobility.eta),
                (0.6, mobility.trip_progress),
                (0.4, mobility.seat_map),
                (0.4, mobility.driver_photo),
            ]
        )
        self.maybe(0.2, RIDE_DEV, "ride_dev")

    def food(self) -> None:
        self.some(
            [
                (0.8, food.cart),
                (0.8, food.order_status),
                (0.5, food.grocery_search),
                (0.4, food.order_status),
            ]
        )
        self.maybe(0.2, [food.appsflyer_launch], "food_dev")

    def uni(self) -> None:
        self.some(
            [(0.8, uni.catalogue), (0.4, uni.attendance), (0.4, uni.exam_timer), (0.3, uni.grades)]
        )
        self.maybe(0.45, UNI_VIEW, "uni_view")

    def wallet(self) -> None:
        self.some(
            [
                (0.8, wallet.transactions),
                (0.5, wallet.pin_attempt),
                (0.4, wallet.agents),
                (0.2, wallet.smile_prep),
            ]
        )
        self.maybe(0.35, WALLET_BIO, "wallet_bio")
        self.maybe(0.15, WALLET_DEV, "wallet_dev")

    def health(self) -> None:
        self.some([(0.6, health.cycle), (0.8, health.series), (0.5, health.pose_reps)])
        self.maybe(0.2, [health.band_pair], "band")

    def salah(self) -> None:
        self.some(
            [(0.9, salah.times), (0.5, salah.qibla), (0.4, salah.masajid), (0.4, salah.athan_alarm)]
        )
        self.maybe(0.3, [salah.quran_listen], "quran")

    def chat(self) -> None:
        self.some(
            [
                (0.7, chat.voice_note),
                (0.8, chat.receipts),
                (0.5, chat.sticker),
                (0.4, chat.status_views),
            ]
        )

    def photo(self) -> None:
        self.some([(0.8, photo.sliders), (0.6, photo.filters), (0.4, photo.sliders)])
        self.maybe(0.35, PHOTO_BIO, "photo_bio")

    def goal(self) -> None:
        self.some(
            [
                (0.9, goal.live),
                (0.6, goal.most_watched),
                (0.7, goal.clip_fetch),
                (0.5, goal.clip_fetch),
            ]
        )
        self.maybe(0.4, GOAL_VIEW, "goal_view")
        self.maybe(0.2, GOAL_DEV, "goal_dev")

    def game(self) -> None:
        self.some([(0.8, game.level), (0.5, game.replay), (0.6, game.rewarded)])
        self.maybe(0.3, [game.unity_config], "unity")


def generate_session(seed: int, target: int) -> tuple[Phone49, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    c = s.ctx
    s.flows += [
        background.generate_204(c),
        mobility.adjust_session(c),
        goal.firebase_install(c),
        game.unity_config(c),
    ]
    blocks = [
        (0.11, s.ride),
        (0.11, s.food),
        (0.10, s.uni),
        (0.10, s.wallet),
        (0.09, s.health),
        (0.10, s.salah),
        (0.11, s.chat),
        (0.09, s.photo),
        (0.10, s.goal),
        (0.09, s.game),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
