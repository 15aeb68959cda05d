"""The script of the set-261 session: one family's devices in turn (the father's
cooperative bank app, DTH box and ACR smart TV in Bhubaneswar; the mother's
devotional audio app; the daughter's Odia OTT and fintech in Guwahati; the
son's cricket app), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, bhakti, chhabighara, dhan, dth, khel, tv
from .phone import Family261

START = 1733025600.0  # 2024-12-01T04:00:00Z (09:30 IST)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    chhabighara.player_event,
    chhabighara.moengage_report,
    chhabighara.heartbeat,
    chhabighara.clevertap_watched,
    chhabighara.opaque_beacon,
    chhabighara.dekhithiba,
    chhabighara.player_event,
]
OTT_DEV: list[Gen] = [
    chhabighara.clevertap_launch,
    chhabighara.moengage_config,
    chhabighara.register_device,
]
BHAKTI_VIEW: list[Gen] = [
    bhakti.xuna,
    bhakti.app_measurement_play,
    bhakti.suni_thiba,
    bhakti.opaque_batch,
    bhakti.xuna,
]
BHAKTI_DEV: list[Gen] = [
    bhakti.app_measurement_screen,
    bhakti.firebase_installation,
    bhakti.register,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.aadhaar_face_auth,
    bank.face_login_protobuf,
    bank.liveness_check,
    bank.face_enrol,
    bank.face_login,
]
BANK_DEV: list[Gen] = [bank.balance_opaque, bank.device_bind, bank.balance_opaque]
DHAN_BIO: list[Gen] = [
    dhan.hv_liveness,
    dhan.vkyc_match,
    dhan.rekognition_detect,
    dhan.vkyc_frames,
    dhan.hv_verify_pair,
    dhan.rekognition_compare,
]
DHAN_DEV: list[Gen] = [dhan.appsflyer_launch, dhan.register, dhan.appsflyer_event]
STB_VIEW: list[Gen] = [dth.play_log, dth.audience_opaque, dth.play_log]
STB_DEV: list[Gen] = [dth.watchdog, dth.ota_check, dth.boot_register]
TV_VIEW: list[Gen] = [tv.acr_report, tv.insights, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.status_mac, tv.register]
KHEL_VIEW: list[Gen] = [
    khel.stream_heartbeat,
    khel.appsflyer_view,
    khel.opaque_stats,
    khel.suwa_list,
    khel.stream_heartbeat,
]
KHEL_DEV: list[Gen] = [khel.appsflyer_launch, khel.appsflyer_game]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family261.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            chhabighara.register_device(c),
            chhabighara.moengage_config(c),
            bhakti.firebase_installation(c),
            bhakti.register(c),
            bank.device_bind(c),
            dhan.register(c),
            dhan.appsflyer_launch(c),
            khel.appsflyer_launch(c),
            dth.boot_register(c),
            tv.register(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.5, chhabighara.catalogue),
                (0.6, chhabighara.hls_segment),
                (0.5, chhabighara.hls_segment),
                (0.3, chhabighara.poster),
                (0.2, chhabighara.search),
                (0.2, chhabighara.trending),
                (0.15, chhabighara.subtitles),
                (0.1, chhabighara.entitlement),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.3):
            self.next(OTT_DEV, "ott_dev")

    def bhakti_block(self) -> None:
        self.some(
            [
                (0.7, bhakti.audio_chunk),
                (0.4, bhakti.audio_chunk),
                (0.3, bhakti.panji),
                (0.2, bhakti.lyrics),
                (0.15, bhakti.ratha_schedule),
                (0.15, bhakti.charts),
            ]
        )
        if self.p(0.75):
            self.next(BHAKTI_VIEW, "bhakti_view")
        if self.p(0.3):
            self.next(BHAKTI_DEV, "bhakti_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.rates),
                (0.3, bank.upi_transfer),
                (0.25, bank.otp),
                (0.12, bank.kyc_form),
                (0.1, bank.avatar),
                (0.12, bank.branches),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def dhan_block(self) -> None:
        self.some(
            [
                (0.4, dhan.emi),
                (0.2, dhan.credit_score),
                (0.2, dhan.loan_status),
                (0.12, dhan.pan_form),
                (0.1, dhan.address_proof),
            ]
        )
        if self.p(0.8):
            self.next(DHAN_BIO, "dhan_bio")
        if self.p(0.35):
            self.next(DHAN_DEV, "dhan_dev")

    def stb_block(self) -> None:
        self.some([(0.5, dth.epg), (0.2, dth.channel_list), (0.2, dth.banner)])
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")
        if self.p(0.3):
            self.next(STB_DEV, "stb_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.15, tv.app_store),
                (0.1, tv.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def khel_block(self) -> None:
        self.some(
            [
                (0.7, khel.live_scores),
                (0.4, khel.commentary),
                (0.25, khel.points_table),
                (0.15, khel.fantasy_pose),
                (0.1, khel.push_topic),
            ]
        )
        if self.p(0.7):
            self.next(KHEL_VIEW, "khel_view")
        if self.p(0.35):
            self.next(KHEL_DEV, "khel_dev")


def generate_session(seed: int, target: int) -> tuple[Family261, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.ott_block),
        (0.13, s.bhakti_block),
        (0.12, s.bank_block),
        (0.12, s.dhan_block),
        (0.1, s.stb_block),
        (0.13, s.tv_block),
        (0.14, s.khel_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
