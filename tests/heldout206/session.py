"""The script of the set-206 session: one Lao family's devices in turn (the
father's bank app, IPTV box and ACR smart TV in Vientiane; the mother's mor lam
/ radio app in Luang Prabang; the daughter's drama streamer in Udon Thani; the
son's ride app and kart game in Vientiane), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, iptv, kem, lakhon, morlam, painam, thanakhan, tv
from .phone import Family206

START = 1733026800.0  # 2024-12-01T04:20:00Z (11:20 in Vientiane)

Gen = Callable[[Context], Flow]

LAKHON_VIEW: list[Gen] = [
    lakhon.beung_progress,
    lakhon.ga4_video,
    lakhon.live_heartbeat,
    lakhon.beung_to,
    lakhon.opaque_beacon,
    lambda c: lakhon.ga4_video(c, "video_complete"),
    lakhon.beung_progress,
    lakhon.pavat,
]
LAKHON_DEV: list[Gen] = [
    lakhon.register_upakon,
    lakhon.firebase_installation,
    lakhon.ga4_screen,
    lakhon.appsflyer_launch,
    lakhon.pangle_get_ads,
]
MORLAM_VIEW: list[Gen] = [
    morlam.fang_laew,
    morlam.withayu_session,
    morlam.meta_fang,
    morlam.opaque_batch,
    morlam.fang_lasut,
    morlam.fang_laew,
]
MORLAM_DEV: list[Gen] = [morlam.meta_activate, morlam.config_opaque, morlam.register]
BANK_BIO: list[Gen] = [
    thanakhan.face_login,
    thanakhan.facetec_liveness,
    thanakhan.face_login_pb,
    thanakhan.facetec_enrol,
    thanakhan.face_login,
    thanakhan.liveness_frames,
    thanakhan.facetec_idscan,
]
BANK_DEV: list[Gen] = [thanakhan.device_bind, thanakhan.balance_opaque]
RIDE_DEV: list[Gen] = [
    painam.appsflyer_launch,
    painam.appsflyer_event,
    painam.telemetry_opaque,
    painam.appsflyer_event,
]
GAME_DEV: list[Gen] = [kem.unity_ad_request, kem.login, kem.unity_ad_request]
BOX_VIEW: list[Gen] = [iptv.play_log, iptv.play_log, iptv.qos_opaque, iptv.vod_history]
BOX_OTHER: list[Gen] = [iptv.heartbeat, iptv.epg, iptv.channel_list, iptv.vod_catalogue, iptv.login]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family206.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            lakhon.firebase_installation(c),
            lakhon.register_upakon(c),
            lakhon.appsflyer_launch(c),
            morlam.register(c),
            morlam.meta_activate(c),
            thanakhan.device_bind(c),
            painam.appsflyer_launch(c),
            kem.login(c),
            iptv.login(c),
            tv.register(c),
            background.weather(c),
        ]

    def lakhon_block(self) -> None:
        self.some(
            [
                (0.5, lakhon.katalok),
                (0.7, lakhon.hls_segment),
                (0.5, lakhon.hls_segment),
                (0.25, lakhon.sok),
                (0.2, lakhon.nyot_beung),
                (0.25, lakhon.talang_xong),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(LAKHON_VIEW, "lakhon_view")
        if self.p(0.3):
            self.next(LAKHON_DEV, "lakhon_dev")

    def morlam_block(self) -> None:
        self.some(
            [
                (0.6, morlam.now_playing),
                (0.7, morlam.audio_chunk),
                (0.3, morlam.phleng_hit),
                (0.25, morlam.nuea_phleng),
            ]
        )
        if self.p(0.75):
            self.next(MORLAM_VIEW, "morlam_view")
        if self.p(0.3):
            self.next(MORLAM_DEV, "morlam_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, thanakhan.attra),
                (0.3, thanakhan.on_ngoen),
                (0.25, thanakhan.otp),
                (0.2, thanakhan.qr_jai),
                (0.12, thanakhan.kyc_form),
                (0.12, thanakhan.avatar),
                (0.1, thanakhan.facetec_id_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, painam.lakha),
                (0.4, painam.jong_lot),
                (0.6, painam.khan_lot_tamnaeng),
                (0.3, background.map_tile),
                (0.1, painam.push_token),
            ]
        )
        if self.p(0.4):
            self.next(RIDE_DEV, "ride_dev")

    def game_block(self) -> None:
        self.some(
            [
                (0.7, kem.race_telemetry),
                (0.4, kem.race_telemetry),
                (0.3, kem.leaderboard),
                (0.2, kem.unity_config),
            ]
        )
        if self.p(0.35):
            self.next(GAME_DEV, "game_dev")

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
                (0.2, tv.popular),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family206, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.lakhon_block),
        (0.15, s.morlam_block),
        (0.15, s.bank_block),
        (0.12, s.ride_block),
        (0.08, s.game_block),
        (0.13, s.box_block),
        (0.13, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
