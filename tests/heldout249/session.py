"""The script of the set-249 session: one Gujarati family's devices in turn
during Navratri week (the father's bank app, smart TV and cable box in
Ahmedabad; the mother's garba / bhajan app in Rajkot; the elder son's cricket
and trading apps in Surat; the daughter's OTT app and smartwatch in
Leicester), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
kind, the opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, cricket, dhun, ghadiyal, rangmanch, settop, shares, tv
from .phone import Family249

START = 1728221400.0  # 2024-10-06T13:30:00Z, 19:00 in Gujarat, 14:30 in Leicester

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    rangmanch.joyelu_pragati,
    rangmanch.fa_video,
    rangmanch.moe_report,
    rangmanch.opaque_beacon,
    rangmanch.branch_event,
    rangmanch.chalu_rakho,
    lambda c: rangmanch.fa_video(c, "video_complete"),
    rangmanch.moe_report_encrypted,
    rangmanch.joyelu_pragati,
    rangmanch.itihaas,
    rangmanch.opaque_beacon,
]
OTT_DEV: list[Gen] = [
    rangmanch.branch_open,
    rangmanch.fa_screen,
    rangmanch.moe_device_add,
    rangmanch.config_opaque,
    rangmanch.firebase_installation,
]
DHUN_VIEW: list[Gen] = [
    dhun.sambhalyu,
    dhun.fa_song,
    dhun.opaque_batch,
    dhun.radio_satra,
    dhun.sambhalyu_gujarati,
    dhun.taajetar,
    dhun.opaque_batch,
]
DHUN_DEV: list[Gen] = [dhun.ad_request, dhun.register, dhun.playlist_opaque, dhun.ad_request]
CRIC_VIEW: list[Gen] = [
    cricket.stream_dhabkar,
    cricket.adjust_event,
    cricket.opaque_stats,
    cricket.meta_watch,
    cricket.stream_dhabkar,
    cricket.opaque_stats,
]
CRIC_DEV: list[Gen] = [cricket.adjust_session, cricket.meta_activate, cricket.adjust_follow]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.hv_liveness,
    bank.face_login_protobuf,
    bank.vcip_selfie_video,
    bank.face_login,
    bank.liveness_frames,
    bank.face_enrol,
    bank.face_login_encrypted,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.balance_opaque]
SHARE_BIO: list[Gen] = [
    shares.selfie_liveness,
    shares.selfie_persist,
    shares.facematch,
    shares.selfie_bare,
    shares.ipv_video,
]
SHARE_DEV: list[Gen] = [shares.login_device, shares.order_signed]
TV_VIEW: list[Gen] = [tv.acr_matches, tv.acr_opaque, tv.recently_watched, tv.acr_matches]
TV_DEV: list[Gen] = [tv.ad_request, tv.network_status, tv.register]
STB_VIEW: list[Gen] = [settop.tune, settop.tune, settop.qos_heartbeat, settop.last_channel]
STB_OTHER: list[Gen] = [settop.entitlement, settop.epg, settop.lineup, settop.ping, settop.packages]
WATCH_DEV: list[Gen] = [
    ghadiyal.sync,
    ghadiyal.dump_protobuf,
    ghadiyal.ota,
    ghadiyal.config_opaque,
    ghadiyal.sync,
    ghadiyal.watch_info,
    ghadiyal.bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family249.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            rangmanch.firebase_installation(c),
            rangmanch.moe_device_add(c),
            rangmanch.branch_open(c),
            dhun.firebase_installation(c),
            dhun.register(c),
            cricket.adjust_session(c),
            bank.device_bind(c),
            shares.login_device(c),
            tv.register(c),
            settop.boot(c),
            ghadiyal.bind(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.5, rangmanch.kaaryakram_yaadi),
                (0.7, rangmanch.hls_segment),
                (0.5, rangmanch.hls_segment),
                (0.2, rangmanch.shodh),
                (0.15, rangmanch.live_natak_samay),
                (0.15, rangmanch.trending),
                (0.1, rangmanch.plans),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.35):
            self.next(OTT_DEV, "ott_dev")

    def dhun_block(self) -> None:
        self.some(
            [
                (0.5, dhun.now_playing),
                (0.7, dhun.audio_chunk),
                (0.3, dhun.charts),
                (0.2, dhun.lyrics),
                (0.15, dhun.aarti_samay),
                (0.1, dhun.ping),
            ]
        )
        if self.p(0.8):
            self.next(DHUN_VIEW, "dhun_view")
        if self.p(0.35):
            self.next(DHUN_DEV, "dhun_dev")

    def cricket_block(self) -> None:
        self.some(
            [
                (0.7, cricket.live_score),
                (0.4, cricket.commentary),
                (0.2, cricket.points_table),
                (0.15, cricket.fixtures),
                (0.25, cricket.highlights),
            ]
        )
        if self.p(0.75):
            self.next(CRIC_VIEW, "cric_view")
        if self.p(0.4):
            self.next(CRIC_DEV, "cric_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.upi_pay),
                (0.3, bank.fd_rates),
                (0.25, bank.passbook),
                (0.25, bank.otp),
                (0.1, bank.avatar),
                (0.1, bank.cheque_image),
                (0.1, bank.login_settings),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def shares_block(self) -> None:
        self.some(
            [
                (0.7, shares.quotes),
                (0.35, shares.watchlist),
                (0.3, shares.positions),
                (0.2, shares.order_history),
                (0.2, shares.market_status),
                (0.1, shares.digilocker),
            ]
        )
        if self.p(0.75):
            self.next(SHARE_BIO, "share_bio")
        if self.p(0.4):
            self.next(SHARE_DEV, "share_dev")

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
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def stb_block(self) -> None:
        if self.p(0.7):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")

    def watch_block(self) -> None:
        self.some(
            [
                (0.3, ghadiyal.watchface),
                (0.3, ghadiyal.hr_history),
                (0.3, ghadiyal.weather_push),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family249, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.ott_block),
        (0.12, s.dhun_block),
        (0.12, s.cricket_block),
        (0.12, s.bank_block),
        (0.09, s.shares_block),
        (0.12, s.tv_block),
        (0.1, s.stb_block),
        (0.08, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
