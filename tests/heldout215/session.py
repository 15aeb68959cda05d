"""The script of the set-215 session: one Egyptian family's devices in turn (the
father's wallet, Nilesat receiver and ACR smart TV in Cairo; the mother's Quran
and mahraganat app on a Huawei in Alexandria; the son's Ramadan-series
streamer in Riyadh; the younger son's football and ride apps in Cairo), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dawry, mahfaza, mashwar, mosalsalat, naghamat, nilesat, shasha
from .phone import Family215

START = 1741330800.0  # 2025-03-07T07:00:00Z (Ramadan 1446)

Gen = Callable[[Context], Flow]

SERIES_VIEW: list[Gen] = [
    mosalsalat.moshahda_progress,
    mosalsalat.ga4_video,
    mosalsalat.live_nabd,
    mosalsalat.kamel_moshahda,
    mosalsalat.opaque_beacon,
    lambda c: mosalsalat.ga4_video(c, "video_complete"),
    mosalsalat.moshahda_progress,
    mosalsalat.sigel_moshahda,
]
SERIES_DEV: list[Gen] = [
    mosalsalat.adjust_session,
    mosalsalat.sagel_gehaz,
    mosalsalat.ga4_screen,
    mosalsalat.adjust_event,
    mosalsalat.firebase_installation,
]
DAWRY_VIEW: list[Gen] = [
    dawry.stream_nabd,
    dawry.clip_etshaf,
    dawry.opaque_stats,
    dawry.stream_nabd,
]
DAWRY_DEV: list[Gen] = [dawry.appsflyer_launch, dawry.rtb_bid, dawry.appsflyer_event]
NAGHAM_VIEW: list[Gen] = [
    naghamat.tilawa_etsam3et,
    naghamat.ghenwa_etsam3et,
    naghamat.radio_galsa,
    naghamat.a5er_haga,
    naghamat.opaque_batch,
    naghamat.ghenwa_etsam3et,
]
NAGHAM_DEV: list[Gen] = [
    naghamat.appsflyer_launch,
    naghamat.e3lanat_config,
    naghamat.config_opaque,
    naghamat.sagel,
]
WALLET_BIO: list[Gen] = [
    mahfaza.face_login,
    mahfaza.valify_face_match,
    mahfaza.face_login_protobuf,
    mahfaza.face_tasgeel,
    mahfaza.face_login,
    mahfaza.liveness_frames,
]
WALLET_DEV: list[Gen] = [mahfaza.rabt_gehaz, mahfaza.rased_opaque, mahfaza.rased_opaque]
RIDE_DEV: list[Gen] = [
    mashwar.meta_app_event,
    mashwar.login,
    mashwar.telemetry_opaque,
    mashwar.meta_app_event,
]
RCV_VIEW: list[Gen] = [nilesat.zapping_log, nilesat.zapping_log, nilesat.zapping_opaque]
RCV_OTHER: list[Gen] = [
    nilesat.channel_list,
    nilesat.check_update,
    nilesat.recommended,
    nilesat.weather_widget,
]
TV_VIEW: list[Gen] = [
    shasha.acr_report,
    shasha.watched_summary,
    shasha.acr_opaque,
    shasha.acr_report,
]
TV_DEV: list[Gen] = [shasha.network_mac, shasha.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family215.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mosalsalat.firebase_installation(c),
            mosalsalat.sagel_gehaz(c),
            mosalsalat.adjust_session(c),
            dawry.appsflyer_launch(c),
            naghamat.appsflyer_launch(c),
            naghamat.sagel(c),
            mahfaza.rabt_gehaz(c),
            mashwar.login(c),
            nilesat.check_update(c),
            shasha.register(c),
            background.weather(c),
        ]

    def series_block(self) -> None:
        self.some(
            [
                (0.5, mosalsalat.katalog),
                (0.7, mosalsalat.hls_segment),
                (0.5, mosalsalat.hls_segment),
                (0.25, mosalsalat.ba7s),
                (0.2, mosalsalat.top10),
                (0.25, mosalsalat.gadwal),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERIES_VIEW, "series_view")
        if self.p(0.35):
            self.next(SERIES_DEV, "series_dev")

    def dawry_block(self) -> None:
        self.some(
            [
                (0.7, dawry.natayeg_live),
                (0.4, dawry.a7das),
                (0.3, dawry.clips_list),
                (0.25, dawry.gadwal_tarteeb),
                (0.1, dawry.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(DAWRY_VIEW, "dawry_view")
        if self.p(0.45):
            self.next(DAWRY_DEV, "dawry_dev")

    def nagham_block(self) -> None:
        self.some(
            [
                (0.6, naghamat.now_on_air),
                (0.7, naghamat.audio_chunk),
                (0.3, naghamat.top_mahraganat),
                (0.35, naghamat.mawa3eed_salah),
                (0.3, naghamat.mushaf_page),
                (0.1, naghamat.rating),
            ]
        )
        if self.p(0.75):
            self.next(NAGHAM_VIEW, "nagham_view")
        if self.p(0.35):
            self.next(NAGHAM_DEV, "nagham_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, mahfaza.as3ar_sarf),
                (0.35, mahfaza.ta7weel_ipa),
                (0.25, mahfaza.fatoura),
                (0.25, mahfaza.otp),
                (0.12, mahfaza.kyc_form),
                (0.12, mahfaza.sora_shakhsiya),
                (0.12, mahfaza.valify_id_back),
            ]
        )
        if self.p(0.85):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, mashwar.ta2der),
                (0.6, mashwar.makan_elsawa2),
                (0.4, mashwar.makan_elsawa2),
                (0.3, mashwar.rehla_tam),
                (0.15, mashwar.meta_config),
            ]
        )
        if self.p(0.5):
            self.next(RIDE_DEV, "ride_dev")

    def rcv_block(self) -> None:
        if self.p(0.6):
            self.next(RCV_OTHER, "rcv_other")
        if self.p(0.75):
            self.next(RCV_VIEW, "rcv_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, shasha.remote_key),
                (0.3, shasha.home_rails),
                (0.2, shasha.trending),
                (0.15, shasha.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family215, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.series_block),
        (0.13, s.dawry_block),
        (0.12, s.nagham_block),
        (0.14, s.wallet_block),
        (0.11, s.ride_block),
        (0.1, s.rcv_block),
        (0.14, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
