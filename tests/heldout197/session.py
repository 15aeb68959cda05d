"""The script of the set-197 session: one Albanian family's devices in turn (the
father's bank app, IPTV box and ACR smart TV in Tirana; the mother's music /
radio and calling apps on a Huawei in Durrës; the son's series streamer and
fitness band in Milan; the uncle's Kosovo football app in Prishtina), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banka, byzylyk, futboll, iptv, muzika, seriale, televizor, thirrje
from .phone import Family197

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

SERI_VIEW: list[Gen] = [
    seriale.shikim_progress,
    seriale.ga4_video,
    seriale.live_heartbeat,
    seriale.vazhdo_shikimin,
    seriale.opaque_beacon,
    lambda c: seriale.ga4_video(c, "video_complete"),
    seriale.shikim_progress,
    seriale.historia,
]
SERI_DEV: list[Gen] = [seriale.register_device, seriale.firebase_installation, seriale.ga4_screen]
GOL_VIEW: list[Gen] = [
    futboll.stream_heartbeat,
    futboll.highlight_watched,
    futboll.opaque_stats,
    futboll.stream_heartbeat,
]
GOL_DEV: list[Gen] = [futboll.appsflyer_launch, futboll.rtb_bid, futboll.appsflyer_event]
RADIO_VIEW: list[Gen] = [
    muzika.degjime,
    muzika.radio_session,
    muzika.te_fundit,
    muzika.opaque_batch,
    muzika.degjime,
]
RADIO_DEV: list[Gen] = [
    muzika.appsflyer_launch,
    muzika.ads_config,
    muzika.config_opaque,
    muzika.register,
]
BANK_BIO: list[Gen] = [
    banka.face_login,
    banka.veriff_selfie,
    banka.face_login_protobuf,
    banka.face_enrol,
    banka.face_login,
    banka.liveness_frames,
]
BANK_DEV: list[Gen] = [banka.device_bind, banka.balance_opaque, banka.balance_opaque]
CALL_BIO: list[Gen] = [
    thirrje.voice_verify,
    thirrje.voice_enrol,
    thirrje.voice_verify_opaque,
    thirrje.voice_verify,
]
CALL_DEV: list[Gen] = [thirrje.register, thirrje.keepalive_opaque]
BOX_VIEW: list[Gen] = [iptv.play_log, iptv.play_log, iptv.qos_probe]
BOX_OTHER: list[Gen] = [
    iptv.create_link,
    iptv.epg,
    iptv.watchdog,
    iptv.get_profile,
    iptv.all_channels,
]
TV_VIEW: list[Gen] = [
    televizor.acr_report,
    televizor.insights,
    televizor.acr_opaque,
    televizor.acr_report,
]
TV_DEV: list[Gen] = [televizor.status_mac, televizor.register]
BAND_DEV: list[Gen] = [
    byzylyk.sync,
    byzylyk.device_info,
    byzylyk.dump_protobuf,
    byzylyk.bind,
    byzylyk.sync,
    byzylyk.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family197.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            seriale.firebase_installation(c),
            seriale.register_device(c),
            futboll.appsflyer_launch(c),
            muzika.appsflyer_launch(c),
            muzika.register(c),
            banka.device_bind(c),
            thirrje.register(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            televizor.register(c),
            byzylyk.bind(c),
            background.weather(c),
        ]

    def seri_block(self) -> None:
        self.some(
            [
                (0.5, seriale.katalogu),
                (0.7, seriale.hls_segment),
                (0.5, seriale.hls_segment),
                (0.25, seriale.kerko),
                (0.2, seriale.me_te_shikuarat),
                (0.25, seriale.guida),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERI_VIEW, "seri_view")
        if self.p(0.3):
            self.next(SERI_DEV, "seri_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, futboll.live_scores),
                (0.4, futboll.match_events),
                (0.3, futboll.highlights_list),
                (0.25, futboll.tabela),
                (0.1, futboll.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.45):
            self.next(GOL_DEV, "gol_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, muzika.now_playing),
                (0.7, muzika.audio_chunk),
                (0.3, muzika.top_lista),
                (0.25, muzika.lyrics),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.35):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banka.kursi),
                (0.3, banka.transfer),
                (0.25, banka.otp),
                (0.12, banka.kyc_form),
                (0.12, banka.avatar),
                (0.12, banka.veriff_session),
                (0.1, banka.veriff_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def call_block(self) -> None:
        self.some(
            [
                (0.7, thirrje.message),
                (0.4, thirrje.message),
                (0.3, thirrje.call_offer),
                (0.3, thirrje.voice_message),
                (0.1, thirrje.contacts_sync),
            ]
        )
        if self.p(0.8):
            self.next(CALL_BIO, "call_bio")
        if self.p(0.3):
            self.next(CALL_DEV, "call_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizor.remote_key),
                (0.3, televizor.home_rails),
                (0.2, televizor.trending),
                (0.15, televizor.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def band_block(self) -> None:
        self.some(
            [
                (0.6, byzylyk.daily),
                (0.3, byzylyk.watchface),
                (0.25, byzylyk.wrist_settings),
                (0.15, byzylyk.firmware),
            ]
        )
        if self.p(0.75):
            self.next(BAND_DEV, "band_dev")


def generate_session(seed: int, target: int) -> tuple[Family197, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.seri_block),
        (0.13, s.gol_block),
        (0.12, s.radio_block),
        (0.13, s.bank_block),
        (0.11, s.call_block),
        (0.1, s.box_block),
        (0.13, s.tv_block),
        (0.11, s.band_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
