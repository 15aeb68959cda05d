"""The script of the set-156 session: a Thai family's phone, iPad, TV box, smart TV
and smartwatch over a day in Bangkok and Chiang Mai, app by app, with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    dhamma,
    digiid,
    jaikhui,
    jaoplay,
    siang,
    songduan,
    tvhome,
    wallet,
    watch,
)
from .phone import Phone156

START = 1733011200.0  # 2024-12-01T00:00:00Z, 07:00 in Bangkok

Gen = Callable[[Context], Flow]

JP_VIEW: list[Gen] = [
    jaoplay.watch_progress,
    jaoplay.live_tune,
    jaoplay.ipad_player_events,
    jaoplay.continue_watching,
    jaoplay.beacon_opaque,
    jaoplay.tvbox_progress,
    jaoplay.appsflyer_episode,
    jaoplay.watch_progress,
]
SIANG_VIEW: list[Gen] = [
    siang.play_log,
    siang.recently_played,
    siang.play_log,
    siang.scrobble_opaque,
]
DHAMMA_VIEW: list[Gen] = [
    dhamma.listen_position,
    dhamma.ipad_listen,
    dhamma.listen_history,
    dhamma.legacy_log_opaque,
]
JK_VIEW: list[Gen] = [
    jaikhui.feed_view_log,
    jaikhui.live_heartbeat,
    jaikhui.feed_view_log,
    jaikhui.feed_protobuf_opaque,
]
TV_VIEW: list[Gen] = [
    tvhome.acr_report,
    tvhome.zap_log,
    tvhome.acr_fingerprint_opaque,
    tvhome.acr_report,
]
TV_DEV: list[Gen] = [tvhome.box_heartbeat, tvhome.acr_optin, tvhome.box_register_jaoplay]
BANK_BIO: list[Gen] = [
    bank.face_enrol,
    bank.face_idcard_match,
    bank.voiceprint_enrol,
    bank.secure_recheck_opaque,
]
ID_BIO: list[Gen] = [
    digiid.liveness_frames,
    digiid.selfie_verify,
    digiid.face_template,
    digiid.ipad_selfie,
    digiid.template_opaque,
    digiid.liveness_frames,
]
WATCH_DEV: list[Gen] = [watch.pair, watch.device_info, watch.sync_protobuf, watch.device_info]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone156.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            jaoplay.appsflyer_launch(c),
            siang.firebase_install(c),
            bank.device_binding(c),
            digiid.device_register(c),
            wallet.device_register(c),
            wallet.adjust_session(c),
            watch.pair(c),
            tvhome.box_register_jaoplay(c),
            background.time_sync(c),
        ]

    def jaoplay_block(self) -> None:
        self.some(
            [
                (0.6, jaoplay.home_rails),
                (0.6, jaoplay.poster),
                (0.5, jaoplay.poster),
                (0.5, jaoplay.manifest),
                (0.3, jaoplay.search),
                (0.3, jaoplay.top10),
                (0.1, jaoplay.subscribe),
                (0.1, jaoplay.appsflyer_launch),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(JP_VIEW, "jp_view")

    def siang_block(self) -> None:
        self.some(
            [
                (0.5, siang.chart),
                (0.4, siang.lyrics),
                (0.7, siang.audio_segment),
                (0.5, siang.audio_segment),
                (0.05, siang.firebase_install),
            ]
        )
        if self.p(0.8):
            self.next(SIANG_VIEW, "siang_view")

    def dhamma_block(self) -> None:
        self.some(
            [
                (0.5, dhamma.talk_catalogue),
                (0.6, dhamma.talk_audio),
                (0.4, dhamma.sutta_reading),
                (0.3, dhamma.chanting_schedule),
                (0.15, dhamma.merit_donation),
            ]
        )
        if self.p(0.8):
            self.next(DHAMMA_VIEW, "dhamma_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.4, bank.promptpay_transfer),
                (0.3, bank.statement),
                (0.5, bank.fx_rates),
                (0.4, bank.branches),
                (0.05, bank.device_binding),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")

    def digiid_block(self) -> None:
        self.some(
            [
                (0.6, digiid.ndid_request),
                (0.4, digiid.idcard_ocr),
                (0.4, digiid.consent_log),
                (0.05, digiid.device_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(ID_BIO, "id_bio")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.qr_pay),
                (0.6, wallet.gold_prices),
                (0.3, wallet.topup),
                (0.2, wallet.balance),
                (0.2, wallet.adjust_session),
                (0.05, wallet.device_register),
            ]
        )

    def jaikhui_block(self) -> None:
        self.some(
            [
                (0.8, jaikhui.chat_send),
                (0.5, jaikhui.chat_send),
                (0.4, jaikhui.sticker),
                (0.2, jaikhui.call_signal),
                (0.3, jaikhui.oa_menu),
            ]
        )
        if self.p(0.75):
            self.next(JK_VIEW, "jk_view")

    def songduan_block(self) -> None:
        self.some(
            [
                (0.6, songduan.nearby),
                (0.6, songduan.menu),
                (0.4, songduan.place_order),
                (0.5, songduan.rider_track),
                (0.3, songduan.promo),
                (0.5, songduan.clevertap),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvhome.epg),
                (0.3, tvhome.ratings),
                (0.15, tvhome.firmware),
                (0.2, tvhome.app_store),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.5, watch.heart_rate),
                (0.4, watch.watchface),
                (0.4, watch.meditation),
                (0.3, watch.sleep),
            ]
        )
        if self.p(0.6):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone156, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.jaoplay_block),
        (0.09, s.siang_block),
        (0.09, s.dhamma_block),
        (0.09, s.bank_block),
        (0.09, s.digiid_block),
        (0.08, s.wallet_block),
        (0.11, s.jaikhui_block),
        (0.09, s.songduan_block),
        (0.11, s.tv_block),
        (0.08, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
