"""The script of the set-21 session: the tester uses eight apps in turn on a
Sony Xperia in Tokyo (VOD, messenger, konbini payments, karaoke, gacha game,
Bravia companion, smart ring, radio), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bravia, game, karaoke, messenger, payments, radio, ring, vod
from .phone import Xperia

START = 1730764800.0  # 2024-11-05T09:00:00+09:00

Gen = Callable[[Context], Flow]

VOD_VIEW: list[Gen] = [
    vod.saisei_heartbeat,
    vod.nielsen_dcr,
    vod.shichou_rireki,
    vod.saisei_heartbeat,
    vod.continue_watching,
    vod.nielsen_dcr,
    vod.opaque_beacon,
]
TALK_BIO: list[Gen] = [
    messenger.avatar_capture,
    messenger.face_sticker,
    messenger.face_vector,
    messenger.expression_pb,
    messenger.face_sticker,
    messenger.selfie_upload,
    messenger.avatar_capture,
    messenger.opaque_rig,
]
PAY_BIO: list[Gen] = [
    payments.td_selfie,
    payments.face_match,
    payments.liveness_result,
    payments.td_document,
    payments.face_match,
]
PAY_DEV: list[Gen] = [payments.device_risk, payments.login, payments.device_risk]
UTA_BIO: list[Gen] = [
    karaoke.voice_enrol,
    karaoke.speaker_embedding,
    karaoke.seimon_sync,
    karaoke.voice_enrol,
    karaoke.voice_opaque,
]
UTA_VIEW: list[Gen] = [karaoke.mv_play_log]
GAME_DEV: list[Gen] = [
    game.applovin_mediate,
    game.unity_request,
    game.nend_ad,
    game.pangle_get_ads,
    game.jp_network_ad,
    game.applovin_mediate,
    game.game_login,
]
TV_VIEW: list[Gen] = [bravia.acr_report, bravia.acr_identify, bravia.viewing_pb, bravia.acr_report]
TV_DEV: list[Gen] = [bravia.tv_status, bravia.tv_state_pb, bravia.pair_tv]
RING_DEV: list[Gen] = [ring.ring_register, ring.firmware, ring.ring_register]
RADIO_VIEW: list[Gen] = [radio.listen_log, radio.listen_log, radio.share_log]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Xperia.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            vod.tanmatsu_register(c),
            messenger.device_register(c),
            payments.device_risk(c),
            karaoke.adjust_session(c),
            game.game_login(c),
            bravia.pair_tv(c),
            ring.ring_register(c),
            radio.auth1(c),
            radio.auth2(c),
        ]

    def vod_block(self) -> None:
        self.some(
            [(0.6, vod.catalogue), (0.8, vod.hls_segment), (0.6, vod.hls_segment),
             (0.5, vod.thumbnail), (0.25, vod.search), (0.04, vod.tanmatsu_register),
             (0.08, vod.mypage_webview)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VOD_VIEW, "vod_view")

    def talk_block(self) -> None:
        self.some(
            [(0.8, messenger.message_send), (0.4, messenger.message_send),
             (0.3, messenger.sticker_shop), (0.08, messenger.signup_profile),
             (0.1, messenger.device_register)]
        )  # fmt: skip
        if self.p(0.85):
            self.next(TALK_BIO, "talk_bio")

    def pay_block(self) -> None:
        self.some(
            [(0.7, payments.qr_pay), (0.4, payments.coupons), (0.3, payments.stores),
             (0.12, payments.kyc_form)]
        )  # fmt: skip
        if self.p(0.7):
            self.next(PAY_BIO, "pay_bio")
        if self.p(0.35):
            self.next(PAY_DEV, "pay_dev")

    def uta_block(self) -> None:
        self.some(
            [(0.6, karaoke.score_upload), (0.5, karaoke.lyrics), (0.3, karaoke.song_search),
             (0.12, karaoke.adjust_session)]
        )  # fmt: skip
        if self.p(0.7):
            self.next(UTA_BIO, "uta_bio")
        if self.p(0.45):
            self.next(UTA_VIEW, "uta_view")

    def game_block(self) -> None:
        self.some([(0.6, game.gacha_pull), (0.5, game.camera_telemetry), (0.25, game.shop_prices)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")

    def tv_block(self) -> None:
        self.some([(0.6, bravia.keypress), (0.4, bravia.epg), (0.15, bravia.picture_settings)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")

    def ring_block(self) -> None:
        self.some([(0.5, ring.activity), (0.25, ring.ble_dump)])
        if self.p(0.8):
            self.flows.append(ring.sleep_sync(self.ctx))
        if self.p(0.3):
            self.next(RING_DEV, "ring_dev")

    def radio_block(self) -> None:
        self.some(
            [(0.6, radio.timefree_playlist), (0.4, radio.program_now), (0.15, radio.auth1),
             (0.15, radio.auth2)]
        )  # fmt: skip
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio_view")


def generate_session(seed: int, target: int) -> tuple[Xperia, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.vod_block),
        (0.15, s.talk_block),
        (0.13, s.pay_block),
        (0.13, s.uta_block),
        (0.13, s.game_block),
        (0.12, s.tv_block),
        (0.09, s.ring_block),
        (0.10, s.radio_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
