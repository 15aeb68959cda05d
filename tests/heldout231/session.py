"""The script of the set-231 session: one Marathi family's devices in turn (the
mother's OTT app, the smart TV and the DTH box in Pune; the grandfather's bank
and music apps in Nagpur; the son's cricket / kabaddi app and smartwatch in
Mumbai), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dth, gaani, ghadyal, khel, marathimanch, tv
from .phone import Family231

START = 1738396800.0  # 2025-02-01T08:00:00Z

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    marathimanch.pahane_pragati,
    marathimanch.clevertap_event,
    marathimanch.app_measurement,
    marathimanch.suru_theva,
    marathimanch.opaque_beacon,
    marathimanch.adjust_event,
    lambda c: marathimanch.app_measurement(c, "video_complete"),
    marathimanch.pahilele,
    marathimanch.pahane_pragati,
]
OTT_DEV: list[Gen] = [
    marathimanch.nondani,
    lambda c: marathimanch.clevertap_event(c, "App Launched"),
    marathimanch.adjust_session,
    marathimanch.firebase_installation,
    lambda c: marathimanch.app_measurement(c, "screen_view"),
    lambda c: marathimanch.clevertap_event(c, "Subscription Viewed"),
]
KHEL_VIEW: list[Gen] = [
    khel.thet_heartbeat,
    khel.moengage_watched,
    khel.highlight_pahila,
    khel.opaque_stats,
    khel.thet_heartbeat,
]
KHEL_DEV: list[Gen] = [
    khel.appsflyer_launch,
    khel.moengage_report,
    khel.appsflyer_event,
]
GAANI_VIEW: list[Gen] = [
    gaani.aikleli,
    gaani.radio_satra,
    gaani.alikadil,
    gaani.opaque_batch,
    gaani.aikleli,
]
GAANI_DEV: list[Gen] = [gaani.ads_config, gaani.config_opaque, gaani.register]
BANK_BIO: list[Gen] = [
    bank.aadhaar_face_auth,
    bank.hv_liveness,
    bank.vkyc_snapshot,
    bank.face_template_opaque,
    bank.hv_face_match,
    bank.aadhaar_face_auth,
    bank.vkyc_frames_opaque,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.balance_opaque]
TV_VIEW: list[Gen] = [tv.acr_report, tv.insights, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
DTH_VIEW: list[Gen] = [dth.zap_log, dth.zap_csv_opaque, dth.zap_log]
DTH_OTHER: list[Gen] = [dth.epg, dth.packages, dth.ota_check, dth.balance, dth.heartbeat, dth.login]
WATCH_DEV: list[Gen] = [
    ghadyal.sync,
    ghadyal.device_info,
    ghadyal.dump_protobuf,
    ghadyal.bind,
    ghadyal.sync,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family231.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            marathimanch.firebase_installation(c),
            marathimanch.nondani(c),
            marathimanch.adjust_session(c),
            khel.appsflyer_launch(c),
            gaani.register(c),
            bank.device_bind(c),
            tv.register(c),
            dth.login(c),
            ghadyal.bind(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.5, marathimanch.mukhya_rails),
                (0.6, marathimanch.hls_segment),
                (0.5, marathimanch.hls_segment),
                (0.4, marathimanch.thumbnail),
                (0.25, marathimanch.shodha),
                (0.2, marathimanch.lokpriya),
                (0.15, marathimanch.natak_vela),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.4):
            self.next(OTT_DEV, "ott_dev")

    def khel_block(self) -> None:
        self.some(
            [
                (0.7, khel.live_score),
                (0.3, khel.ball_trajectory),
                (0.25, khel.raid_points),
                (0.25, khel.highlights_list),
                (0.2, khel.points_table),
                (0.12, khel.fantasy_team),
            ]
        )
        if self.p(0.75):
            self.next(KHEL_VIEW, "khel_view")
        if self.p(0.45):
            self.next(KHEL_DEV, "khel_dev")

    def gaani_block(self) -> None:
        self.some(
            [
                (0.7, gaani.audio_chunk),
                (0.3, gaani.radio_stream),
                (0.3, gaani.bhajan_playlist),
                (0.25, gaani.lyrics),
                (0.2, gaani.top_charts),
            ]
        )
        if self.p(0.75):
            self.next(GAANI_VIEW, "gaani_view")
        if self.p(0.35):
            self.next(GAANI_DEV, "gaani_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.upi_transfer),
                (0.3, bank.ifsc),
                (0.3, bank.otp),
                (0.12, bank.pan_form),
                (0.12, bank.signature_specimen),
                (0.12, bank.agent_desk),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def dth_block(self) -> None:
        if self.p(0.75):
            self.next(DTH_OTHER, "dth_other")
        if self.p(0.75):
            self.next(DTH_VIEW, "dth_view")

    def watch_block(self) -> None:
        self.some(
            [
                (0.3, ghadyal.watchface),
                (0.25, ghadyal.wrist_settings),
                (0.15, ghadyal.firmware),
            ]
        )
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family231, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.ott_block),
        (0.15, s.khel_block),
        (0.13, s.gaani_block),
        (0.14, s.bank_block),
        (0.14, s.tv_block),
        (0.12, s.dth_block),
        (0.12, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
