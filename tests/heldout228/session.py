"""The script of the set-228 session: one Hausa-speaking family's devices in turn
(the father's wallet, smart TV and pay-TV decoder in Kano; the mother's radio /
tafsir app in Kano; the son's Kannywood streamer and smartwatch in Abuja; the
uncle's football app in Jeddah), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import agogo, background, dekoda, kallo, kwallo, rediyo, talabijin, walat
from .phone import Family228

START = 1740816000.0  # 2025-03-01T08:00:00Z (Ramadan 1446)

Gen = Callable[[Context], Flow]

KALLO_VIEW: list[Gen] = [
    kallo.ci_gaba,
    kallo.ga4_video,
    kallo.adjust_event,
    kallo.tarihin_kallo,
    kallo.opaque_beacon,
    lambda c: kallo.ga4_video(c, "video_complete"),
    kallo.ci_gaba,
]
KALLO_DEV: list[Gen] = [
    kallo.adjust_session,
    kallo.firebase_installation,
    kallo.ga4_screen,
    kallo.register_device,
]
KWALLO_VIEW: list[Gen] = [
    kwallo.stream_heartbeat,
    kwallo.meta_content_view,
    kwallo.appsflyer_content_view,
    kwallo.opaque_stats,
    kwallo.stream_heartbeat,
]
KWALLO_DEV: list[Gen] = [
    kwallo.appsflyer_launch,
    kwallo.meta_activate,
    kwallo.appsflyer_follow,
    kwallo.meta_install,
]
RADIO_VIEW: list[Gen] = [
    rediyo.tafsir_progress,
    rediyo.radio_session,
    rediyo.song_played,
    rediyo.opaque_batch,
    rediyo.recent,
    rediyo.tafsir_progress,
]
RADIO_DEV: list[Gen] = [rediyo.register, rediyo.ads_config, rediyo.config_opaque]
WALLET_BIO: list[Gen] = [
    walat.voice_login,
    walat.smile_selfie,
    walat.voice_login_protobuf,
    walat.voice_enrol,
    walat.smile_zip,
    walat.voice_login,
    walat.smile_selfie,
]
WALLET_DEV: list[Gen] = [walat.device_bind, walat.balance_opaque, walat.balance_opaque]
TV_VIEW: list[Gen] = [
    talabijin.acr_report,
    talabijin.recently_watched,
    talabijin.acr_opaque,
    talabijin.acr_report,
]
TV_DEV: list[Gen] = [talabijin.network_status, talabijin.register]
DEC_VIEW: list[Gen] = [dekoda.channel_log, dekoda.channel_log, dekoda.qos_opaque]
WATCH_DEV: list[Gen] = [
    agogo.sync,
    agogo.device_info,
    agogo.dump_protobuf,
    agogo.bind,
    agogo.sync,
    agogo.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family228.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kallo.firebase_installation(c),
            kallo.register_device(c),
            kallo.adjust_session(c),
            kwallo.appsflyer_launch(c),
            kwallo.meta_install(c),
            rediyo.register(c),
            walat.device_bind(c),
            talabijin.register(c),
            dekoda.entitlement(c),
            agogo.bind(c),
            background.weather(c),
        ]

    def kallo_block(self) -> None:
        self.some(
            [
                (0.5, kallo.kundin_shirye),
                (0.7, kallo.hls_segment),
                (0.5, kallo.hls_segment),
                (0.4, kallo.poster),
                (0.25, kallo.nema),
                (0.2, kallo.mafi_kallo),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KALLO_VIEW, "kallo_view")
        if self.p(0.3):
            self.next(KALLO_DEV, "kallo_dev")

    def kwallo_block(self) -> None:
        self.some(
            [
                (0.7, kwallo.live_scores),
                (0.4, kwallo.match_events),
                (0.3, kwallo.highlights_list),
                (0.25, kwallo.table),
            ]
        )
        if self.p(0.75):
            self.next(KWALLO_VIEW, "kwallo_view")
        if self.p(0.4):
            self.next(KWALLO_DEV, "kwallo_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, rediyo.now_playing),
                (0.7, rediyo.audio_chunk),
                (0.3, rediyo.chart),
                (0.25, rediyo.prayer_times),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, walat.rates),
                (0.35, walat.transfer),
                (0.25, walat.airtime),
                (0.12, walat.bvn_form),
                (0.1, walat.avatar),
                (0.15, walat.smile_prep_upload),
            ]
        )
        if self.p(0.8):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def tv_block(self) -> None:
        self.some(
            [(0.3, talabijin.home_rails), (0.2, talabijin.trending), (0.15, talabijin.app_store)]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def decoder_block(self) -> None:
        self.some([(0.4, dekoda.epg), (0.2, dekoda.channel_list), (0.1, dekoda.firmware)])
        if self.p(0.7):
            self.next(DEC_VIEW, "dec_view")
        if self.p(0.15):
            self.flows.append(dekoda.entitlement(self.ctx))

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, agogo.daily),
                (0.3, agogo.watchface),
                (0.25, agogo.wrist_settings),
                (0.15, agogo.prayer_reminders),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family228, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.kallo_block),
        (0.14, s.kwallo_block),
        (0.13, s.radio_block),
        (0.14, s.wallet_block),
        (0.13, s.tv_block),
        (0.1, s.decoder_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
