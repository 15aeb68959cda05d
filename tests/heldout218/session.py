"""The script of the set-218 session: one Nepali family's devices in turn (the
father's remittance, music / FM-radio and smartwatch apps in Doha; the mother's
bank app and teleserial streamer in Pokhara, with the living room's ACR smart
TV and DTH box; the son's cricket / football app in Kathmandu), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dth, ghadi, ghartv, khel, remit, sangeet, tv
from .phone import Family218

START = 1743490800.0  # 2025-04-01T07:00:00Z (12:45 in Kathmandu)

Gen = Callable[[Context], Flow]

SERI_VIEW: list[Gen] = [
    ghartv.herne_progress,
    ghartv.ga4_video,
    ghartv.live_heartbeat,
    ghartv.herna_jari,
    ghartv.opaque_beacon,
    lambda c: ghartv.ga4_video(c, "video_complete"),
    ghartv.herne_progress,
    ghartv.herieko_itihas,
]
SERI_DEV: list[Gen] = [
    ghartv.adjust_session,
    ghartv.register_device,
    ghartv.device_opaque,
    ghartv.firebase_installation,
    ghartv.ga4_screen,
    ghartv.adjust_event,
]
KHEL_VIEW: list[Gen] = [
    khel.stream_heartbeat,
    khel.meta_content_view,
    khel.highlight_herieko,
    khel.opaque_stats,
    khel.stream_heartbeat,
]
KHEL_DEV: list[Gen] = [khel.appsflyer_launch, khel.meta_follow, khel.appsflyer_event]
RADIO_VIEW: list[Gen] = [
    sangeet.sunieko,
    sangeet.radio_satra,
    sangeet.halsalai_sunieko,
    sangeet.opaque_batch,
    sangeet.sunieko,
]
RADIO_DEV: list[Gen] = [sangeet.ads_config, sangeet.config_opaque, sangeet.register]
BANK_BIO: list[Gen] = [
    bank.anuhar_login,
    bank.onfido_live_photo,
    bank.anuhar_protobuf,
    bank.anuhar_darta,
    bank.anuhar_login,
    bank.onfido_live_photo,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.balance_opaque]
REMIT_BIO: list[Gen] = [
    remit.awaj_pramanit,
    remit.awaj_darta,
    remit.awaj_opaque,
    remit.awaj_pramanit,
]
REMIT_DEV: list[Gen] = [remit.register, remit.keepalive_opaque]
BOX_VIEW: list[Gen] = [dth.herdai, dth.herisakiyo, dth.audience_probe, dth.herisakiyo]
BOX_OTHER: list[Gen] = [dth.channels, dth.epg, dth.entitlement, dth.drm_licence, dth.login]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
WATCH_DEV: list[Gen] = [
    ghadi.sync,
    ghadi.device_info,
    ghadi.dump_protobuf,
    ghadi.esim_status,
    ghadi.sync,
    ghadi.config_opaque,
    ghadi.bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family218.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ghartv.firebase_installation(c),
            ghartv.register_device(c),
            ghartv.adjust_session(c),
            khel.appsflyer_launch(c),
            sangeet.register(c),
            bank.device_bind(c),
            remit.register(c),
            dth.login(c),
            tv.register(c),
            ghadi.bind(c),
            background.weather(c),
        ]

    def seri_block(self) -> None:
        self.some(
            [
                (0.5, ghartv.catalogue),
                (0.7, ghartv.hls_segment),
                (0.5, ghartv.hls_segment),
                (0.25, ghartv.khoj),
                (0.2, ghartv.dherai_herieko),
                (0.25, ghartv.karyakram_suchi),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERI_VIEW, "seri_view")
        if self.p(0.3):
            self.next(SERI_DEV, "seri_dev")

    def khel_block(self) -> None:
        self.some(
            [
                (0.7, khel.live_score),
                (0.4, khel.commentary),
                (0.3, khel.highlights_list),
                (0.25, khel.ank_talika),
                (0.15, khel.football_fixtures),
            ]
        )
        if self.p(0.75):
            self.next(KHEL_VIEW, "khel_view")
        if self.p(0.4):
            self.next(KHEL_DEV, "khel_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, sangeet.now_playing),
                (0.7, sangeet.audio_chunk),
                (0.3, sangeet.top_chart),
                (0.25, sangeet.lyrics),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.forex),
                (0.35, bank.fonepay_qr),
                (0.25, bank.otp),
                (0.12, bank.kyc_form),
                (0.12, bank.profile_photo),
                (0.12, bank.onfido_applicant),
                (0.1, bank.onfido_document_back),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def remit_block(self) -> None:
        self.some(
            [
                (0.7, remit.rate),
                (0.4, remit.pathaunus),
                (0.3, remit.prapak_suchi),
                (0.25, remit.voice_note),
            ]
        )
        if self.p(0.75):
            self.next(REMIT_BIO, "remit_bio")
        if self.p(0.3):
            self.next(REMIT_DEV, "remit_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.launcher_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, ghadi.daily),
                (0.3, ghadi.watchface),
                (0.25, ghadi.wrist_settings),
                (0.15, ghadi.firmware),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family218, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.seri_block),
        (0.13, s.khel_block),
        (0.12, s.radio_block),
        (0.13, s.bank_block),
        (0.11, s.remit_block),
        (0.1, s.box_block),
        (0.13, s.tv_block),
        (0.11, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
