"""The script of the set-237 session: one Punjabi family's devices in turn (the
father's bank and tractor apps, the tractor's telematics unit, the DTH box and
the ACR smart TV in Ludhiana; the mother's music / radio app and the uncle's
kabaddi / cricket app in Amritsar; the son's OTT app and smartwatch in
Brampton), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dth, khed, ott, sangeet, tractor, tv, watch
from .phone import Family237

START = 1733900400.0  # 2024-12-11T07:00:00Z

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.dekhna_progress,
    ott.ga4_video,
    ott.clevertap_watched,
    ott.kirtan_heartbeat,
    ott.jaari_rakho,
    ott.opaque_beacon,
    lambda c: ott.ga4_video(c, "video_complete"),
    ott.dekhna_progress,
    ott.itihaas,
]
OTT_DEV: list[Gen] = [
    ott.register_device,
    ott.firebase_installation,
    ott.clevertap_app_launched,
    ott.appsflyer_launch,
    ott.ga4_screen,
]
KHED_VIEW: list[Gen] = [
    khed.stream_heartbeat,
    khed.meta_content_view,
    khed.clip_watched,
    khed.opaque_stats,
    khed.stream_heartbeat,
]
KHED_DEV: list[Gen] = [khed.adjust_session, khed.meta_activate, khed.adjust_event]
SUR_VIEW: list[Gen] = [
    sangeet.sunia,
    sangeet.radio_session,
    sangeet.haal_vich_sune,
    sangeet.opaque_batch,
    sangeet.sunia,
]
SUR_DEV: list[Gen] = [sangeet.register, sangeet.config_opaque]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.hv_liveness,
    bank.face_login_protobuf,
    bank.hv_verify_pair,
    bank.face_login,
    bank.idfy_face_compare,
    bank.idfy_vkyc_chunk,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.balance_opaque]
STB_VIEW: list[Gen] = [dth.channel_badlia, dth.channel_badlia, dth.panel_rows]
STB_OTHER: list[Gen] = [dth.epg, dth.heartbeat, dth.lineup, dth.recharge, dth.boot]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_info, tv.register]
WATCH_DEV: list[Gen] = [
    watch.sync,
    watch.device_info,
    watch.dump_protobuf,
    watch.bind,
    watch.sync,
    watch.config_opaque,
]
TCU_DEV: list[Gen] = [
    tractor.telemetry,
    tractor.telemetry,
    tractor.ais_packet,
    tractor.tractor_status,
    tractor.app_register,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family237.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ott.firebase_installation(c),
            ott.register_device(c),
            ott.appsflyer_launch(c),
            khed.adjust_session(c),
            sangeet.register(c),
            bank.device_bind(c),
            dth.boot(c),
            tv.register(c),
            watch.bind(c),
            tractor.app_register(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.5, ott.suchi),
                (0.7, ott.hls_segment),
                (0.5, ott.hls_segment),
                (0.25, ott.khoj),
                (0.2, ott.top_das),
                (0.2, ott.hukamnama),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.3):
            self.next(OTT_DEV, "ott_dev")

    def khed_block(self) -> None:
        self.some(
            [
                (0.7, khed.live_scores),
                (0.4, khed.commentary),
                (0.3, khed.clips_list),
                (0.25, khed.fixtures),
                (0.1, khed.team_follow),
            ]
        )
        if self.p(0.75):
            self.next(KHED_VIEW, "khed_view")
        if self.p(0.4):
            self.next(KHED_DEV, "khed_dev")

    def sur_block(self) -> None:
        self.some(
            [
                (0.6, sangeet.now_playing),
                (0.7, sangeet.audio_chunk),
                (0.3, sangeet.charts),
                (0.25, sangeet.lyrics),
            ]
        )
        if self.p(0.75):
            self.next(SUR_VIEW, "sur_view")
        if self.p(0.3):
            self.next(SUR_DEV, "sur_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.4, bank.ifsc),
                (0.3, bank.upi_transfer),
                (0.25, bank.otp),
                (0.12, bank.kyc_form),
                (0.1, bank.avatar),
                (0.12, bank.idfy_vkyc_session),
                (0.1, bank.aadhaar_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def stb_block(self) -> None:
        if self.p(0.7):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.3, watch.sleep),
                (0.3, watch.watchface),
                (0.2, watch.wrist),
                (0.15, watch.firmware),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")

    def tractor_block(self) -> None:
        self.some(
            [
                (0.4, tractor.mandi_prices),
                (0.25, tractor.field_boundary),
                (0.15, tractor.workshop_service),
                (0.15, tractor.spare_order),
                (0.15, tractor.soil_report),
            ]
        )
        if self.p(0.7):
            self.next(TCU_DEV, "tcu_dev")


def generate_session(seed: int, target: int) -> tuple[Family237, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.ott_block),
        (0.13, s.khed_block),
        (0.11, s.sur_block),
        (0.13, s.bank_block),
        (0.09, s.stb_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
        (0.1, s.tractor_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
