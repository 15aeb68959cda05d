"""The script of the set-39 session: the tester uses the apps of an itel S23 in
turn (two streaming apps, the preinstalled music / radio app, a sermon and
recitation app, a mobile-money wallet, a ride / delivery app, a beauty camera,
a game with ad SDKs) while the smart TV in the room does content recognition,
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import arada, background, game, glow, kallo, minbar, okada, sauti, tv, wallet
from .phone import Phone39

START = 1731571200.0  # 2024-11-14T08:00:00Z

Gen = Callable[[Context], Flow]

ARADA_VIEW: list[Gen] = [
    arada.watch_log,
    arada.heartbeat,
    arada.continue_sync,
    arada.heartbeat,
    arada.opaque_beacon,
]
KALLO_VIEW: list[Gen] = [
    kallo.hausa_history,
    kallo.af_watch_event,
    kallo.yoruba_progress,
    kallo.continue_rail,
    kallo.opaque_sync,
    kallo.hausa_history,
]
SAUTI_VIEW: list[Gen] = [sauti.play_log, sauti.radio_session, sauti.recently_played, sauti.play_log]
SAUTI_DEV: list[Gen] = [sauti.device_report, sauti.device_report_opaque, sauti.device_report]
MINBAR_VIEW: list[Gen] = [
    minbar.hausa_listen,
    minbar.quran_position,
    minbar.yoruba_heard,
    minbar.amharic_heard,
    minbar.quran_position,
]
WALLET_BIO: list[Gen] = [
    wallet.smile_selfie_auth,
    wallet.voice_verify,
    wallet.kyc_result,
    wallet.voice_embedding,
    wallet.voice_enrol,
    wallet.voice_opaque,
    wallet.smile_selfie_auth,
]
WALLET_DEV: list[Gen] = [wallet.af_launch, wallet.device_bind, wallet.risk_blob]
OKADA_BIO: list[Gen] = [okada.selfie_upload, okada.rekognition_compare, okada.mlkit_check]
GLOW_BIO: list[Gen] = [
    glow.retouch_mesh,
    glow.blendshape_stats,
    glow.skin_analysis,
    glow.portrait_upload,
    glow.album_embedding,
    glow.blendshape_stats,
    glow.opaque_features,
]
TV_VIEW: list[Gen] = [tv.acr_query, tv.acr_report, tv.acr_query, tv.daily_digest, tv.acr_binary]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_config,
    game.mintegral_setting,
    game.local_rtb,
    game.unity_video_start,
    game.pangle_ads,
    game.admob,
    game.mintegral_load,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone39.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def events(self, schedule: list[Gen], key: str, prob: float, two: float) -> None:
        """One sensitive event with `prob`, a second with `two`."""
        if self.p(prob):
            self.next(schedule, key)
            if self.p(two):
                self.next(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sauti.device_report(c),
            arada.device_register(c),
            minbar.fis_register(c),
            wallet.af_launch(c),
            wallet.device_bind(c),
            okada.install(c),
            glow.register(c),
            game.unity_config(c),
            tv.tv_status(c),
            background.ota_check(c),
        ]

    def arada_block(self) -> None:
        self.some(
            [
                (0.6, arada.catalogue),
                (0.7, arada.poster),
                (0.7, arada.segment),
                (0.5, arada.segment),
                (0.3, arada.search),
                (0.05, arada.device_register),
                (0.1, arada.session_refresh),
            ]
        )
        self.events(ARADA_VIEW, "arada", 0.85, 0.35)

    def kallo_block(self) -> None:
        self.some(
            [
                (0.6, kallo.home_rails),
                (0.7, kallo.thumb),
                (0.3, kallo.subtitles),
                (0.3, kallo.drm_licence),
            ]
        )
        self.events(KALLO_VIEW, "kallo", 0.85, 0.35)

    def sauti_block(self) -> None:
        self.some(
            [
                (0.4, sauti.charts),
                (0.3, sauti.lyrics),
                (0.7, sauti.audio_chunk),
                (0.3, sauti.radio_stream),
                (0.15, sauti.leaderboard),
            ]
        )
        self.events(SAUTI_VIEW, "sauti", 0.8, 0.3)
        if self.p(0.35):
            self.next(SAUTI_DEV, "sauti_dev")

    def minbar_block(self) -> None:
        self.some(
            [
                (0.4, minbar.prayer_times),
                (0.5, minbar.catalogue),
                (0.3, minbar.verse_of_day),
                (0.7, minbar.audio_chunk),
                (0.1, minbar.donation),
                (0.04, minbar.fis_register),
                (0.12, minbar.telemetry_pb),
            ]
        )
        self.events(MINBAR_VIEW, "minbar", 0.85, 0.3)

    def wallet_block(self) -> None:
        self.some(
            [
                (0.6, wallet.balance),
                (0.3, wallet.fx_rates),
                (0.25, wallet.airtime),
                (0.1, wallet.signup_form),
                (0.2, wallet.smile_prep),
            ]
        )
        self.events(WALLET_BIO, "wallet_bio", 0.9, 0.45)
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def okada_block(self) -> None:
        self.some(
            [
                (0.7, okada.location_ping),
                (0.5, okada.route),
                (0.4, okada.fare_quote),
                (0.4, okada.order_status),
                (0.2, okada.parcel_photo),
                (0.05, okada.install),
            ]
        )
        self.events(OKADA_BIO, "okada_bio", 0.85, 0.4)

    def glow_block(self) -> None:
        self.some(
            [
                (0.5, glow.filters),
                (0.4, glow.stickers),
                (0.2, glow.palette),
                (0.2, glow.articles),
                (0.15, glow.background_upload),
                (0.05, glow.register),
            ]
        )
        self.events(GLOW_BIO, "glow_bio", 0.9, 0.45)

    def tv_block(self) -> None:
        self.some(
            [
                (0.3, tv.epg),
                (0.15, tv.app_store),
                (0.1, tv.firmware),
                (0.3, tv.screensaver),
                (0.3, tv.keypress),
                (0.15, tv.tv_status),
                (0.12, tv.heartbeat),
            ]
        )
        self.events(TV_VIEW, "tv", 0.85, 0.45)

    def game_block(self) -> None:
        self.some(
            [
                (0.5, game.camera_telemetry),
                (0.5, game.level_progress),
                (0.3, game.leaderboard),
                (0.1, game.purchase),
                (0.4, game.asset_bundle),
            ]
        )
        self.events(GAME_DEV, "game", 0.9, 0.6)


def generate_session(seed: int, target: int) -> tuple[Phone39, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.arada_block),
        (0.10, s.kallo_block),
        (0.09, s.sauti_block),
        (0.09, s.minbar_block),
        (0.14, s.wallet_block),
        (0.13, s.okada_block),
        (0.14, s.glow_block),
        (0.09, s.tv_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
