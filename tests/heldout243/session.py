"""The script of the set-243 session: one Armenian family's devices in turn (the
father's bank app and ACR smart TV in Yerevan; the mother's music / radio /
podcast app and fitness band in Gyumri; the son's series streamer, IPTV box
and connected car in Glendale; the uncle's football app in Yerevan), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, band, bank, futbol, hayflix, hetsrustacuyc, iptv, mekena, yergaran
from .phone import Family243

START = 1735722000.0  # 2025-01-01T09:00:00Z

Gen = Callable[[Context], Flow]

FLIX_VIEW: list[Gen] = [
    hayflix.ditum_progress,
    hayflix.ga4_video,
    hayflix.uxix_heartbeat,
    hayflix.branch_event,
    hayflix.sharunakel,
    hayflix.opaque_beacon,
    lambda c: hayflix.ga4_video(c, "video_complete"),
    hayflix.ditum_progress,
    hayflix.patmutyun,
]
FLIX_DEV: list[Gen] = [
    hayflix.branch_open,
    hayflix.sarq_grancum,
    hayflix.firebase_installation,
    hayflix.ga4_screen,
]
GOL_VIEW: list[Gen] = [
    futbol.stream_heartbeat,
    futbol.highlight_ditvac,
    futbol.opaque_stats,
    futbol.stream_heartbeat,
    futbol.highlight_ditvac,
]
GOL_DEV: list[Gen] = [futbol.appsflyer_launch, futbol.appsflyer_event]
YERG_VIEW: list[Gen] = [
    yergaran.lsum,
    yergaran.radio_session,
    yergaran.podkast_dirq,
    yergaran.verjin_lsvacner,
    yergaran.opaque_batch,
    yergaran.lsum,
]
YERG_DEV: list[Gen] = [yergaran.govazd_config, yergaran.config_opaque, yergaran.grancum]
BANK_BIO: list[Gen] = [
    bank.onfido_selfie,
    bank.demqov_mutq,
    bank.dzayn_grancel,
    bank.demq_protobuf,
    bank.dzayn_stugel,
    bank.demq_grancel,
    bank.dzayn_opaque,
    bank.demqov_mutq,
]
BANK_DEV: list[Gen] = [bank.sarq_kapel, bank.mnacord_opaque, bank.mnacord_opaque]
BOX_VIEW: list[Gen] = [iptv.play_log, iptv.play_log, iptv.qos_probe]
BOX_OTHER: list[Gen] = [
    iptv.create_link,
    iptv.epg,
    iptv.watchdog,
    iptv.get_profile,
    iptv.all_channels,
]
TV_VIEW: list[Gen] = [
    hetsrustacuyc.acr_report,
    hetsrustacuyc.insights,
    hetsrustacuyc.acr_opaque,
    hetsrustacuyc.acr_report,
]
TV_DEV: list[Gen] = [hetsrustacuyc.network_status, hetsrustacuyc.register]
BAND_DEV: list[Gen] = [
    band.sync,
    band.device_info,
    band.dump_protobuf,
    band.bind,
    band.sync,
    band.config_opaque,
]
CAR_DEV: list[Gen] = [
    mekena.vehicle_status,
    mekena.tcu_checkin,
    mekena.tcu_telemetry,
    mekena.vehicle_status,
    mekena.analytics_opaque,
    mekena.register,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family243.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            hayflix.firebase_installation(c),
            hayflix.branch_open(c),
            hayflix.sarq_grancum(c),
            futbol.appsflyer_launch(c),
            yergaran.grancum(c),
            bank.sarq_kapel(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            hetsrustacuyc.register(c),
            band.bind(c),
            mekena.register(c),
            mekena.tcu_checkin(c),
            background.weather(c),
        ]

    def flix_block(self) -> None:
        self.some(
            [
                (0.5, hayflix.katalog),
                (0.7, hayflix.hls_segment),
                (0.5, hayflix.hls_segment),
                (0.25, hayflix.voronum),
                (0.2, hayflix.top10),
                (0.25, hayflix.haghordumneri_cragir),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FLIX_VIEW, "flix_view")
        if self.p(0.3):
            self.next(FLIX_DEV, "flix_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, futbol.live_scores),
                (0.4, futbol.match_events),
                (0.3, futbol.highlights_list),
                (0.25, futbol.aghyusak),
                (0.1, futbol.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.4):
            self.next(GOL_DEV, "gol_dev")

    def yerg_block(self) -> None:
        self.some(
            [
                (0.6, yergaran.hima_hnchum),
                (0.7, yergaran.audio_chunk),
                (0.3, yergaran.top_cank),
                (0.2, yergaran.podkast_list),
                (0.2, yergaran.bar),
            ]
        )
        if self.p(0.75):
            self.next(YERG_VIEW, "yerg_view")
        if self.p(0.3):
            self.next(YERG_DEV, "yerg_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.pokharzheq),
                (0.3, bank.pokhantsum),
                (0.25, bank.otp),
                (0.12, bank.kyc_tvyalner),
                (0.12, bank.avatar),
                (0.12, bank.onfido_document_back),
                (0.15, bank.bankomatner),
                (0.1, bank.herth_kiosk),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, hetsrustacuyc.remote_key),
                (0.3, hetsrustacuyc.home_rails),
                (0.2, hetsrustacuyc.trending),
                (0.15, hetsrustacuyc.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def band_block(self) -> None:
        self.some(
            [
                (0.6, band.daily),
                (0.3, band.watchface),
                (0.25, band.wrist_settings),
                (0.15, band.firmware),
            ]
        )
        if self.p(0.7):
            self.next(BAND_DEV, "band_dev")

    def car_block(self) -> None:
        self.some(
            [
                (0.4, mekena.trip_summary),
                (0.35, mekena.remote_lock),
                (0.25, mekena.chargers),
                (0.12, mekena.service_booking),
            ]
        )
        if self.p(0.7):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Family243, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.flix_block),
        (0.13, s.gol_block),
        (0.12, s.yerg_block),
        (0.13, s.bank_block),
        (0.1, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.band_block),
        (0.1, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
