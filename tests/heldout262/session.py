"""The script of the set-262 session: one family's devices in turn (the
father's bank / NDI wallet and archery apps, the mother's broadcaster app and
fitness band in Paro, the daughter's film app, the IPTV box and the ACR
smart TV in Thimphu), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, band, bank, datse, flix, gakyil, iptv, tv
from .phone import Family262

START = 1748764800.0  # 2025-06-01T08:00:00Z

Gen = Callable[[Context], Flow]

GAKYIL_VIEW: list[Gen] = [
    gakyil.heartbeat,
    gakyil.firebase_upload,
    gakyil.radio_log,
    gakyil.ga4_complete,
    gakyil.compact_beacon,
    gakyil.heartbeat,
    gakyil.continue_watching,
    gakyil.radio_log,
    gakyil.heartbeat,
]
GAKYIL_DEV: list[Gen] = [
    lambda c: gakyil.firebase_upload(c, watching=False),
    gakyil.register,
    gakyil.firebase_installation,
]
FLIX_VIEW: list[Gen] = [
    flix.appsflyer_content_view,
    flix.conviva_hb,
    flix.lta_tho,
    flix.meta_activities,
    flix.log_msgpack,
    flix.appsflyer_progress,
    flix.continue_list,
    flix.conviva_hb,
    flix.lta_tho,
]
FLIX_DEV: list[Gen] = [
    flix.appsflyer_launch,
    lambda c: flix.meta_activities(c, viewing=False),
    flix.appsflyer_subscribe,
]
DATSE_VIEW: list[Gen] = [
    datse.clevertap_watched,
    datse.ltawa,
    datse.replay_beacon,
    datse.clevertap_watched,
    datse.ltawa,
]
DATSE_DEV: list[Gen] = [datse.clevertap_launch, datse.clevertap_follow]
BANK_BIO: list[Gen] = [
    bank.ngodong_login,
    bank.facetec_liveness,
    bank.login_protobuf,
    bank.rekognition_compare,
    bank.ngodong_login,
    bank.ndi_proof,
    bank.liveness_frames,
    bank.ngodong_enrol,
    bank.analytics_selfie,
    bank.envelope,
    bank.ngodong_login,
    bank.facetec_liveness,
]
BANK_DEV: list[Gen] = [bank.registration, bank.accounts_opaque, bank.accounts_opaque]
BOX_VIEW: list[Gen] = [iptv.bookmark, iptv.zap_log, iptv.qoe_probe, iptv.bookmark]
BOX_OTHER: list[Gen] = [iptv.epg, iptv.status, iptv.channel_list, iptv.vast, iptv.login]
TV_VIEW: list[Gen] = [tv.acr_sessions, tv.viewing_summary, tv.acr_protobuf, tv.acr_sessions]
TV_DEV: list[Gen] = [tv.network, tv.register]
BAND_DEV: list[Gen] = [band.sync, band.dump_protobuf, band.pair, band.sync, band.config_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family262.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            gakyil.firebase_installation(c),
            gakyil.register(c),
            flix.appsflyer_launch(c),
            datse.clevertap_launch(c),
            bank.registration(c),
            iptv.login(c),
            tv.register(c),
            band.pair(c),
            background.weather(c),
        ]

    def gakyil_block(self) -> None:
        self.some(
            [
                (0.7, gakyil.hls_segment),
                (0.4, gakyil.hls_segment),
                (0.4, gakyil.catalogue),
                (0.3, gakyil.epg),
                (0.25, gakyil.thumbnail),
                (0.2, gakyil.search),
                (0.15, gakyil.most_watched),
                (0.15, gakyil.ping),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GAKYIL_VIEW, "gakyil_view")
        if self.p(0.3):
            self.next(GAKYIL_DEV, "gakyil_dev")

    def flix_block(self) -> None:
        self.some(
            [
                (0.5, flix.catalogue),
                (0.6, flix.dash_segment),
                (0.4, flix.poster),
                (0.3, flix.trailer),
                (0.2, flix.search),
                (0.2, flix.drm),
                (0.08, flix.purchase),
            ]
        )
        if self.p(0.85):
            self.next(FLIX_VIEW, "flix_view")
        if self.p(0.3):
            self.next(FLIX_DEV, "flix_dev")

    def datse_block(self) -> None:
        self.some(
            [
                (0.6, datse.scoreboard),
                (0.5, datse.live_hls),
                (0.3, datse.fixtures),
                (0.2, datse.ar_replay),
            ]
        )
        if self.p(0.75):
            self.next(DATSE_VIEW, "datse_view")
        if self.p(0.3):
            self.next(DATSE_DEV, "datse_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.3, bank.transfer),
                (0.25, bank.statement),
                (0.12, bank.kyc_form),
                (0.1, bank.avatar),
                (0.08, bank.pin_report),
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
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
                (0.1, tv.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def band_block(self) -> None:
        self.some([(0.6, band.day), (0.15, band.firmware)])
        if self.p(0.75):
            self.next(BAND_DEV, "band_dev")


def generate_session(seed: int, target: int) -> tuple[Family262, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.gakyil_block),
        (0.15, s.flix_block),
        (0.12, s.datse_block),
        (0.19, s.bank_block),
        (0.12, s.box_block),
        (0.14, s.tv_block),
        (0.10, s.band_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
