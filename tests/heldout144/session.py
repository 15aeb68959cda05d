"""The script of the set-144 session: the family uses their apps in turn (phone,
iPhone, TV, set-top box, watch, car), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, car, game, kids, music, ott, pod, shop, stock, talk, tv, webtoon
from .phone import Household144

START = 1732665600.0  # 2024-11-27T00:00:00Z (09:00 in Seoul)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.play_event,
    ott.continue_rail,
    ott.ios_progress,
    ott.play_event,
    ott.opaque_heartbeat,
    ott.play_event,
]
OTT_DEV: list[Gen] = [ott.appsflyer_launch, ott.purchase_event, ott.appsflyer_launch]
TV_VIEW: list[Gen] = [
    tv.acr_report,
    tv.stb_tuning,
    tv.stb_vod_history,
    tv.acr_report,
    tv.stb_rows_opaque,
    tv.stb_tuning,
]
TV_DEV: list[Gen] = [tv.tv_register, tv.stb_boot]
MUSIC_VIEW: list[Gen] = [
    music.stream_log,
    music.watch_sync,
    music.stream_log,
    music.recent_list,
    music.opaque_batch,
    music.stream_log,
]
POD_VIEW: list[Gen] = [pod.listen_position, pod.episode_played, pod.listen_position]
BANK_BIO: list[Gen] = [
    bank.face_auth,
    bank.voice_verify,
    bank.face_sealed,
    bank.face_auth,
    bank.voice_enrol,
    bank.voice_verify,
]
BANK_DEV: list[Gen] = [bank.fds_collect, bank.fds_sealed, bank.fds_collect]
STOCK_BIO: list[Gen] = [stock.selfie_match, stock.liveness, stock.liveness_packed, stock.liveness]
TALK_BIO: list[Gen] = [talk.ar_fit, talk.emotion_suggest, talk.ar_fit, talk.ar_protobuf]
KIDS_VIEW: list[Gen] = [kids.watch_report, kids.parent_report, kids.watch_report]
CAR: list[Gen] = [car.media_sync, car.hu_heartbeat, car.media_sync]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household144.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ott.appsflyer_launch(c),
            tv.stb_boot(c),
            tv.tv_register(c),
            bank.fds_collect(c),
            stock.device_bind(c),
            talk.android_hello(c),
            talk.push_register_ios(c),
            game.guest_login(c),
            shop.device_hello(c),
            music.airbridge(c),
            pod.firebase_analytics(c),
            webtoon.adbrix_event(c),
            background.config(c),
        ]

    def ott_block(self) -> None:
        self.some([(0.6, ott.catalogue), (0.3, ott.top_chart), (0.6, ott.manifest)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.3):
            self.next(OTT_DEV, "ott_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.3, tv.ratings)])
        self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def webtoon_block(self) -> None:
        self.some(
            [
                (0.9, webtoon.episode_image),
                (0.8, webtoon.episode_image),
                (0.7, webtoon.reading_log),
                (0.4, webtoon.continue_reading),
                (0.2, webtoon.adbrix_event),
            ]
        )

    def music_block(self) -> None:
        self.some([(0.3, music.chart), (0.3, music.lyrics), (0.1, music.airbridge)])
        if self.p(0.85):
            self.next(MUSIC_VIEW, "music_view")

    def shop_block(self) -> None:
        self.some(
            [
                (0.6, shop.products),
                (0.5, shop.viewer_count),
                (0.5, shop.live_chat),
                (0.15, shop.device_hello),
            ]
        )
        if self.p(0.6):
            self.flows.append(shop.live_heartbeat(self.ctx))

    def pod_block(self) -> None:
        self.some([(0.4, pod.catalogue), (0.4, pod.ebook_page), (0.2, pod.firebase_analytics)])
        if self.p(0.7):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some([(0.5, bank.accounts), (0.4, bank.fx_rates), (0.2, bank.id_card_ocr)])
        if self.p(0.75):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def stock_block(self) -> None:
        self.some([(0.7, stock.candles), (0.5, stock.hoga), (0.15, stock.kyc_form)])
        if self.p(0.55):
            self.next(STOCK_BIO, "stock_bio")
        if self.p(0.15):
            self.flows.append(stock.device_bind(self.ctx))

    def talk_block(self) -> None:
        self.some(
            [
                (0.8, talk.message),
                (0.5, talk.message),
                (0.3, talk.sticker_catalogue),
                (0.3, talk.pet_sticker),
                (0.15, talk.android_hello),
            ]
        )
        if self.p(0.6):
            self.next(TALK_BIO, "talk_bio")

    def kids_block(self) -> None:
        self.some([(0.4, kids.animal_game), (0.3, kids.drawing_upload)])
        if self.p(0.75):
            self.next(KIDS_VIEW, "kids_view")

    def game_block(self) -> None:
        self.some(
            [
                (0.7, game.match_telemetry),
                (0.5, game.voice_join),
                (0.5, game.voice_transcript),
                (0.2, game.guest_login),
            ]
        )

    def car_block(self) -> None:
        self.some([(0.6, car.trip_log)])
        self.next(CAR, "car")


def generate_session(seed: int, target: int) -> tuple[Household144, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.ott_block),
        (0.09, s.tv_block),
        (0.07, s.webtoon_block),
        (0.09, s.music_block),
        (0.08, s.shop_block),
        (0.07, s.pod_block),
        (0.1, s.bank_block),
        (0.08, s.stock_block),
        (0.1, s.talk_block),
        (0.06, s.kids_block),
        (0.07, s.game_block),
        (0.06, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
