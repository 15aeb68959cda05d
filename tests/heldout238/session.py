"""The script of the set-238 session: one Yoruba family's devices in turn (the
father's bank and inverter apps, the smart TV, the pay-TV decoder and the
inverter's datalogger in Lagos; the mother's music / radio app in Ibadan; the
son's Nollywood streamer and smartwatch in London; the elder brother's football
app in Lagos), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import aago, background, boolu, decoder, ina, itan, orin, owo, tv
from .phone import Family238

START = 1734076800.0  # 2024-12-13T08:00:00Z

Gen = Callable[[Context], Flow]

ITAN_VIEW: list[Gen] = [
    itan.wiwo_progress,
    itan.ga4_video,
    itan.adjust_event,
    itan.tesiwaju_wiwo,
    itan.opaque_beacon,
    lambda c: itan.ga4_video(c, "video_complete"),
    itan.wiwo_progress,
    itan.itan_wiwo,
]
ITAN_DEV: list[Gen] = [
    itan.adjust_session,
    itan.forukosile,
    itan.firebase_installation,
    itan.ga4_screen,
]
BOOLU_VIEW: list[Gen] = [
    boolu.stream_heartbeat,
    boolu.meta_content_view,
    boolu.highlight_watched,
    boolu.opaque_stats,
    boolu.stream_heartbeat,
]
BOOLU_DEV: list[Gen] = [boolu.appsflyer_launch, boolu.meta_install, boolu.appsflyer_event]
ORIN_VIEW: list[Gen] = [
    orin.gbigbo,
    orin.redio_session,
    orin.eyi_to_kehin,
    orin.opaque_batch,
    orin.gbigbo,
]
ORIN_DEV: list[Gen] = [orin.ads_config, orin.config_opaque, orin.forukosile]
OWO_BIO: list[Gen] = [
    owo.dojah_bvn_selfie,
    owo.voice_login,
    owo.voice_login_protobuf,
    owo.voice_enrol,
    owo.voice_login_b64,
    owo.liveness_frames,
    owo.voice_login,
]
OWO_DEV: list[Gen] = [owo.device_bind, owo.balance_opaque, owo.balance_opaque]
DEC_VIEW: list[Gen] = [decoder.zap_log, decoder.zap_log, decoder.panel_opaque]
DEC_OTHER: list[Gen] = [
    decoder.epg,
    decoder.heartbeat,
    decoder.bouquet,
    decoder.entitlement,
    decoder.clear_error,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.insights, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.status_mac, tv.register]
AAGO_DEV: list[Gen] = [
    aago.sync,
    aago.device_info,
    aago.dump_protobuf,
    aago.bind,
    aago.sync,
    aago.flags_opaque,
]
INA_DEV: list[Gen] = [
    ina.logger_upload,
    ina.logger_upload,
    ina.logger_keepalive,
    ina.bind,
    ina.logger_upload,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family238.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            itan.firebase_installation(c),
            itan.forukosile(c),
            itan.adjust_session(c),
            boolu.appsflyer_launch(c),
            boolu.meta_install(c),
            orin.forukosile(c),
            owo.device_bind(c),
            decoder.entitlement(c),
            tv.register(c),
            aago.bind(c),
            ina.bind(c),
            background.weather(c),
        ]

    def itan_block(self) -> None:
        self.some(
            [
                (0.5, itan.katalogi),
                (0.7, itan.hls_segment),
                (0.5, itan.hls_segment),
                (0.3, itan.poster),
                (0.25, itan.wa),
                (0.2, itan.eyi_ti_won_wo_julo),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ITAN_VIEW, "itan_view")
        if self.p(0.3):
            self.next(ITAN_DEV, "itan_dev")

    def boolu_block(self) -> None:
        self.some(
            [
                (0.7, boolu.live_scores),
                (0.4, boolu.match_events),
                (0.3, boolu.highlights_list),
                (0.25, boolu.tabili),
                (0.1, boolu.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(BOOLU_VIEW, "boolu_view")
        if self.p(0.45):
            self.next(BOOLU_DEV, "boolu_dev")

    def orin_block(self) -> None:
        self.some(
            [
                (0.6, orin.now_playing),
                (0.7, orin.audio_chunk),
                (0.3, orin.ate_orin),
                (0.25, orin.oro_orin),
            ]
        )
        if self.p(0.75):
            self.next(ORIN_VIEW, "orin_view")
        if self.p(0.35):
            self.next(ORIN_DEV, "orin_dev")

    def owo_block(self) -> None:
        self.some(
            [
                (0.6, owo.osuwon),
                (0.3, owo.fi_ranse),
                (0.25, owo.otp),
                (0.12, owo.kyc_form),
                (0.12, owo.avatar),
                (0.12, owo.dojah_bvn_lookup),
                (0.1, owo.nin_slip_back),
                (0.12, owo.voice_prompt),
            ]
        )
        if self.p(0.85):
            self.next(OWO_BIO, "owo_bio")
        if self.p(0.4):
            self.next(OWO_DEV, "owo_dev")

    def decoder_block(self) -> None:
        if self.p(0.7):
            self.next(DEC_OTHER, "dec_other")
        if self.p(0.75):
            self.next(DEC_VIEW, "dec_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.1, tv.store_demo),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def aago_block(self) -> None:
        self.some(
            [
                (0.6, aago.daily),
                (0.3, aago.watchface),
                (0.25, aago.wrist_settings),
                (0.15, aago.firmware),
            ]
        )
        if self.p(0.75):
            self.next(AAGO_DEV, "aago_dev")

    def ina_block(self) -> None:
        self.some(
            [
                (0.6, ina.ipo),
                (0.3, ina.itan_ina),
                (0.15, ina.installer_catalogue),
                (0.15, ina.fuel_price),
            ]
        )
        if self.p(0.7):
            self.next(INA_DEV, "ina_dev")


def generate_session(seed: int, target: int) -> tuple[Family238, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.itan_block),
        (0.13, s.boolu_block),
        (0.11, s.orin_block),
        (0.13, s.owo_block),
        (0.1, s.decoder_block),
        (0.13, s.tv_block),
        (0.1, s.aago_block),
        (0.1, s.ina_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
