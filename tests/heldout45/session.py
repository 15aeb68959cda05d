"""The script of the set-45 session: an office worker's iPhone 15 in Tokyo,
Seoul and Ho Chi Minh City, switching between ordinary apps whose traffic
looks sensitive but is not (the precision stress), with a few that really
carry viewing history, biometrics or device identifiers. Sensitive events
rotate through a schedule per app so that every family shows, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    camera,
    games,
    health,
    konbini,
    messenger,
    music,
    news,
    reader,
    smarthome,
    study,
    taxi,
)
from .phone import Phone45

START = 1731895200.0  # 2024-11-18T02:00:00Z (11:00 in Tokyo)

Gen = Callable[[Context], Flow]

NEWS_VIEW: list[Gen] = [news.heartbeat, news.watched_sync, news.heartbeat, news.opaque_beacon]
MUSIC_VIEW: list[Gen] = [
    music.play_log,
    music.scrobble,
    music.recently_played,
    music.play_log,
    music.scrobble,
    music.opaque_beacon,
]
BANK_BIO: list[Gen] = [
    bank.fpt_checkface,
    bank.face_template,
    bank.fpt_checkface,
    bank.voice_enrol,
    bank.ekyc_opaque,
]
HOME_DEV: list[Gen] = [smarthome.hub_status, smarthome.dash_bind, smarthome.hub_pair]
GAME_DEV: list[Gen] = [games.unity_request, games.login, games.unity_request, games.anticheat]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone45.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.flags(c),
            taxi.adjust_session(c),
            bank.device_bind(c),
            music.device_register(c),
            games.login(c),
            smarthome.hub_pair(c),
            background.weather(c),
        ]

    def taxi_block(self) -> None:
        self.some(
            [
                (0.7, taxi.fare_quote),
                (0.8, taxi.eta_poll),
                (0.6, taxi.eta_poll),
                (0.3, taxi.kakao_style_call),
                (0.4, taxi.driver_photo),
                (0.2, taxi.ride_history),
                (0.5, background.map_tile),
                (0.15, taxi.adjust_session),
            ]
        )

    def konbini_block(self) -> None:
        self.some(
            [
                (0.7, konbini.cart_update),
                (0.6, konbini.order_progress),
                (0.5, konbini.order_progress),
                (0.3, konbini.points_card),
                (0.5, konbini.coupons),
                (0.3, konbini.store_search),
                (0.3, konbini.checkout),
            ]
        )

    def health_block(self) -> None:
        self.some(
            [
                (0.7, health.daily_summary),
                (0.6, health.heart_rate),
                (0.4, health.sleep_stages),
                (0.3, health.workout_route),
                (0.3, health.challenge_board),
            ]
        )

    def msg_block(self) -> None:
        self.some(
            [
                (0.5, messenger.voice_note),
                (0.8, messenger.read_receipt),
                (0.5, messenger.read_receipt),
                (0.5, messenger.sticker_send),
                (0.5, messenger.presence),
                (0.1, messenger.avatar_upload),
                (0.2, messenger.sticker_shop),
            ]
        )

    def reader_block(self) -> None:
        self.some(
            [
                (0.8, reader.reading_position),
                (0.9, reader.page_image),
                (0.7, reader.page_image),
                (0.3, reader.ranking),
                (0.3, reader.wait_free),
                (0.3, reader.chapter_list),
            ]
        )

    def study_block(self) -> None:
        self.some(
            [
                (0.6, study.lesson_complete),
                (0.7, study.listening_progress),
                (0.4, study.listening_progress),
                (0.4, study.quiz_timer),
                (0.4, study.pronunciation),
                (0.3, study.vocab_sync),
            ]
        )

    def news_block(self) -> None:
        self.some(
            [
                (0.6, news.ranking),
                (0.7, news.article),
                (0.7, news.thumb),
                (0.5, news.thumb),
                (0.2, background.cdn_asset),
            ]
        )
        if self.p(0.45):
            self.next(NEWS_VIEW, "news_view")

    def camera_block(self) -> None:
        self.some(
            [
                (0.6, camera.beauty_preset),
                (0.4, camera.sticker_pack),
                (0.3, camera.print_order),
                (0.6, camera.camera_pose),
            ]
        )
        if self.p(0.55):
            self.flows.append(camera.ai_retouch(self.ctx))

    def home_block(self) -> None:
        self.some(
            [
                (0.5, smarthome.device_list),
                (0.7, smarthome.motion_event),
                (0.5, smarthome.motion_event),
                (0.4, smarthome.aircon),
                (0.4, smarthome.dash_events),
            ]
        )
        if self.p(0.28):
            self.next(HOME_DEV, "home_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balance),
                (0.5, bank.transactions),
                (0.5, bank.qr_pay),
                (0.3, bank.fx_rates),
                (0.08, bank.device_bind),
            ]
        )
        if self.p(0.65):
            self.next(BANK_BIO, "bank_bio")

    def game_block(self) -> None:
        self.some(
            [
                (0.6, games.replay_upload),
                (0.8, games.match_timer),
                (0.5, games.match_timer),
                (0.3, games.leaderboard),
                (0.2, games.unity_att_denied),
            ]
        )
        if self.p(0.2):
            self.next(GAME_DEV, "game_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.4, music.chart),
                (0.3, music.lyrics),
                (0.7, music.segment),
                (0.5, music.segment),
                (0.06, music.device_register),
            ]
        )
        if self.p(0.7):
            self.next(MUSIC_VIEW, "music_view")


def generate_session(seed: int, target: int) -> tuple[Phone45, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.09, s.taxi_block),
        (0.09, s.konbini_block),
        (0.08, s.health_block),
        (0.09, s.msg_block),
        (0.08, s.reader_block),
        (0.08, s.study_block),
        (0.08, s.news_block),
        (0.07, s.camera_block),
        (0.07, s.home_block),
        (0.08, s.bank_block),
        (0.08, s.game_block),
        (0.07, s.music_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
