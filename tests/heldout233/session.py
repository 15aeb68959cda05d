"""The script of the set-233 session: one Ethiopian family's devices in turn (the
father's mobile-money wallet, ACR smart TV and satellite receiver in Addis
Ababa; the mother's radio / mezmur / podcast app in Bahir Dar; the son's
football app in Hawassa; the daughter's drama streamer and LTE smartwatch in
Washington DC), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import abay, background, kise, kuas, sat, seat, tv, zema
from .phone import Family233

START = 1736928000.0  # 2025-01-15T08:00:00Z

Gen = Callable[[Context], Flow]

ABAY_VIEW: list[Gen] = [
    abay.ketatay_progress,
    abay.ga4_video,
    abay.adjust_event,
    abay.qetil,
    abay.opaque_beacon,
    abay.daawwannaa,
    lambda c: abay.ga4_video(c, "video_complete"),
    abay.clip_watched,
    abay.app_measurement,
    abay.ye_iyta_tarik,
]
ABAY_DEV: list[Gen] = [
    abay.adjust_session,
    abay.register_device,
    abay.ga4_screen,
    abay.firebase_installation,
    lambda c: abay.app_measurement(c, video=False),
]
KUAS_VIEW: list[Gen] = [
    kuas.stream_heartbeat,
    kuas.highlight_watched,
    kuas.appsflyer_view,
    kuas.opaque_stats,
    kuas.stream_heartbeat,
]
KUAS_DEV: list[Gen] = [kuas.appsflyer_launch, kuas.appsflyer_event]
ZEMA_VIEW: list[Gen] = [
    zema.yetesema,
    zema.radio_session,
    zema.podcast_progress,
    zema.kerbe_yetesemu,
    zema.opaque_batch,
    zema.yetesema,
]
ZEMA_DEV: list[Gen] = [zema.ads_config, zema.config_opaque, zema.register]
KISE_BIO: list[Gen] = [
    kise.voice_login,
    kise.dis_selfie,
    kise.voice_login_opaque,
    kise.dis_liveness_selfie,
    kise.voice_login,
    kise.face_recheck_protobuf,
    kise.voice_enrol,
]
KISE_DEV: list[Gen] = [kise.device_bind, kise.balance_opaque, kise.balance_opaque]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_info, tv.register]
SAT_VIEW: list[Gen] = [sat.watch_log, sat.watch_log_opaque, sat.watch_log]
SAT_DEV: list[Gen] = [sat.firmware_check, sat.activate]
SEAT_DEV: list[Gen] = [
    seat.sync,
    seat.device_info,
    seat.dump_protobuf,
    seat.bind,
    seat.sync,
    seat.config_opaque,
    seat.esim_activate,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family233.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            abay.firebase_installation(c),
            abay.register_device(c),
            abay.adjust_session(c),
            kuas.appsflyer_launch(c),
            zema.register(c),
            kise.device_bind(c),
            tv.register(c),
            sat.activate(c),
            sat.firmware_check(c),
            seat.bind(c),
            background.weather(c),
        ]

    def abay_block(self) -> None:
        self.some(
            [
                (0.5, abay.mejemeria),
                (0.7, abay.hls_segment),
                (0.5, abay.hls_segment),
                (0.3, abay.poster),
                (0.25, abay.filega),
                (0.2, abay.bebzu_yetayu),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ABAY_VIEW, "abay_view")
        if self.p(0.3):
            self.next(ABAY_DEV, "abay_dev")

    def kuas_block(self) -> None:
        self.some(
            [
                (0.7, kuas.wutet),
                (0.4, kuas.kiwnetoch),
                (0.3, kuas.highlights_list),
                (0.25, kuas.sengeraj),
                (0.1, kuas.ticket),
            ]
        )
        if self.p(0.75):
            self.next(KUAS_VIEW, "kuas_view")
        if self.p(0.4):
            self.next(KUAS_DEV, "kuas_dev")

    def zema_block(self) -> None:
        self.some(
            [
                (0.5, zema.now_playing),
                (0.7, zema.audio_chunk),
                (0.3, zema.tabiyawoch),
                (0.25, zema.gitim),
                (0.2, zema.chart),
            ]
        )
        if self.p(0.75):
            self.next(ZEMA_VIEW, "zema_view")
        if self.p(0.35):
            self.next(ZEMA_DEV, "zema_dev")

    def kise_block(self) -> None:
        self.some(
            [
                (0.5, kise.transfer),
                (0.3, kise.airtime),
                (0.3, kise.merchant_qr),
                (0.25, kise.otp),
                (0.12, kise.agent_cashout),
                (0.12, kise.kyc_form),
                (0.12, kise.dis_create),
                (0.1, kise.dis_document_back),
            ]
        )
        if self.p(0.85):
            self.next(KISE_BIO, "kise_bio")
        if self.p(0.4):
            self.next(KISE_DEV, "kise_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def sat_block(self) -> None:
        self.some([(0.4, sat.channel_list), (0.4, sat.epg), (0.2, sat.weather_addon)])
        if self.p(0.7):
            self.next(SAT_VIEW, "sat_view")
        if self.p(0.3):
            self.next(SAT_DEV, "sat_dev")

    def seat_block(self) -> None:
        self.some(
            [
                (0.6, seat.daily),
                (0.3, seat.watchface),
                (0.25, seat.wrist_settings),
                (0.15, seat.firmware),
            ]
        )
        if self.p(0.75):
            self.next(SEAT_DEV, "seat_dev")


def generate_session(seed: int, target: int) -> tuple[Family233, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.abay_block),
        (0.14, s.kuas_block),
        (0.12, s.zema_block),
        (0.15, s.kise_block),
        (0.12, s.tv_block),
        (0.1, s.sat_block),
        (0.11, s.seat_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
