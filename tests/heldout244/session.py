"""The script of the set-244 session: one isiZulu-speaking family's devices in
turn (the father's bank app, pay-TV decoder and ACR smart TV in Durban; the
mother's music / radio and prepaid electricity apps in Pietermaritzburg; the
son's series streamer and smartwatch in Johannesburg; the uncle's PSL and rugby
app in Durban), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bukela, dekhoda, ibhange, ibhola, thelevishini, ugesi, umculo, wotshi
from .phone import Family244

START = 1735718400.0  # 2025-01-01T08:00:00Z

Gen = Callable[[Context], Flow]

BUKELA_VIEW: list[Gen] = [
    bukela.ukubuka_progress,
    bukela.ga4_video,
    bukela.live_heartbeat,
    bukela.qhubeka_ubuka,
    bukela.opaque_beacon,
    bukela.adjust_event,
    lambda c: bukela.ga4_video(c, "video_complete"),
    bukela.ukubuka_progress,
    bukela.umlando,
    bukela.measurement_batch,
]
BUKELA_DEV: list[Gen] = [
    bukela.register_device,
    bukela.adjust_session,
    bukela.firebase_installation,
    bukela.ga4_screen,
]
IBHOLA_VIEW: list[Gen] = [
    ibhola.stream_heartbeat,
    ibhola.appsflyer_view,
    ibhola.highlight_watched,
    ibhola.meta_content_view,
    ibhola.opaque_stats,
    ibhola.stream_heartbeat,
]
IBHOLA_DEV: list[Gen] = [ibhola.appsflyer_launch, ibhola.meta_activate, ibhola.appsflyer_subscribe]
UMCULO_VIEW: list[Gen] = [
    umculo.okulalelwe,
    umculo.radio_session,
    umculo.ezisanda,
    umculo.opaque_batch,
    umculo.okulalelwe,
]
UMCULO_DEV: list[Gen] = [
    umculo.register,
    umculo.ads_config,
    umculo.config_opaque,
    umculo.ads_config,
]
BANK_BIO: list[Gen] = [
    ibhange.smile_selfie_auth,
    ibhange.voice_verify,
    ibhange.smile_zip_put,
    ibhange.voice_enrol,
    ibhange.smile_selfie_auth,
    ibhange.voice_verify_opaque,
    ibhange.voice_verify,
]
BANK_DEV: list[Gen] = [ibhange.device_bind, ibhange.balance_opaque, ibhange.device_bind]
UGESI_DEV: list[Gen] = [ugesi.register, ugesi.telemetry_opaque, ugesi.register]
DEC_VIEW: list[Gen] = [dekhoda.channel_change, dekhoda.recording_played, dekhoda.am_protobuf]
DEC_DEV: list[Gen] = [dekhoda.entitlement, dekhoda.firmware, dekhoda.register]
TV_VIEW: list[Gen] = [
    thelevishini.acr_report,
    thelevishini.insights,
    thelevishini.acr_opaque,
    thelevishini.acr_report,
]
TV_DEV: list[Gen] = [thelevishini.status_mac, thelevishini.register]
WATCH_DEV: list[Gen] = [
    wotshi.sync,
    wotshi.device_info,
    wotshi.dump_protobuf,
    wotshi.bind,
    wotshi.sync,
    wotshi.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family244.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            bukela.firebase_installation(c),
            bukela.register_device(c),
            bukela.adjust_session(c),
            ibhola.appsflyer_launch(c),
            ibhola.meta_activate(c),
            umculo.register(c),
            ugesi.register(c),
            ibhange.device_bind(c),
            dekhoda.register(c),
            thelevishini.register(c),
            wotshi.bind(c),
            background.weather(c),
        ]

    def bukela_block(self) -> None:
        self.some(
            [
                (0.5, bukela.ikhathalogi),
                (0.7, bukela.hls_segment),
                (0.5, bukela.hls_segment),
                (0.3, bukela.thumbnail),
                (0.25, bukela.sesha),
                (0.2, bukela.top10),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BUKELA_VIEW, "bukela_view")
        if self.p(0.3):
            self.next(BUKELA_DEV, "bukela_dev")

    def ibhola_block(self) -> None:
        self.some(
            [
                (0.7, ibhola.amaphuzu),
                (0.5, ibhola.stream_chunk),
                (0.35, ibhola.izehlakalo),
                (0.3, ibhola.okugqamile_list),
                (0.25, ibhola.ithebula),
                (0.1, ibhola.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(IBHOLA_VIEW, "ibhola_view")
        if self.p(0.35):
            self.next(IBHOLA_DEV, "ibhola_dev")

    def umculo_block(self) -> None:
        self.some(
            [
                (0.6, umculo.now_playing),
                (0.7, umculo.audio_chunk),
                (0.3, umculo.amashadi),
                (0.25, umculo.amazwi),
            ]
        )
        if self.p(0.75):
            self.next(UMCULO_VIEW, "umculo_view")
        if self.p(0.3):
            self.next(UMCULO_DEV, "umculo_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, ibhange.exchange_rates),
                (0.3, ibhange.transfer),
                (0.25, ibhange.otp),
                (0.2, ibhange.airtime),
                (0.12, ibhange.kyc_form),
                (0.12, ibhange.avatar),
                (0.12, ibhange.smile_upload_prep),
                (0.1, ibhange.smile_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def ugesi_block(self) -> None:
        self.some([(0.6, ugesi.usage), (0.4, ugesi.thenga), (0.4, ugesi.loadshedding)])
        if self.p(0.35):
            self.next(UGESI_DEV, "ugesi_dev")

    def dec_block(self) -> None:
        self.some([(0.5, dekhoda.epg), (0.2, dekhoda.recordings_schedule), (0.2, dekhoda.lineup)])
        if self.p(0.75):
            self.next(DEC_VIEW, "dec_view")
        if self.p(0.3):
            self.next(DEC_DEV, "dec_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, thelevishini.remote_key),
                (0.3, thelevishini.home_rails),
                (0.2, thelevishini.trending),
                (0.15, thelevishini.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, wotshi.daily),
                (0.3, wotshi.watchface),
                (0.15, wotshi.firmware),
            ]
        )
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family244, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.bukela_block),
        (0.13, s.ibhola_block),
        (0.11, s.umculo_block),
        (0.13, s.bank_block),
        (0.08, s.ugesi_block),
        (0.11, s.dec_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
