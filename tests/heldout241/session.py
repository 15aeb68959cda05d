"""The script of the set-241 session: one Burmese family's devices in turn (the
father's mobile wallet, ACR smart TV and satellite receiver in Yangon; the
mother's music / dhamma / radio app in Mandalay; the elder son's football app
in Yangon; the younger son's series app and smartwatch in Bangkok), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bawlone, nayi, ngwe, padauktv, satellite, taytaya, zatkaung
from .phone import Family241

START = 1733212800.0  # 2024-12-03T08:00:00Z

Gen = Callable[[Context], Flow]

ZAT_VIEW: list[Gen] = [
    zatkaung.kyi_shu_neyar,
    zatkaung.ga4_video,
    zatkaung.appsflyer_content_view,
    zatkaung.app_measurement,
    zatkaung.hset_kyi_ya_an,
    lambda c: zatkaung.ga4_video(c, "video_complete"),
    zatkaung.opaque_beacon,
    zatkaung.kyi_shu_neyar,
    zatkaung.kyi_shu_hmattan,
]
ZAT_DEV: list[Gen] = [
    zatkaung.appsflyer_launch,
    zatkaung.set_hmat_poun_tin,
    lambda c: zatkaung.app_measurement(c, video=False),
    zatkaung.firebase_installation,
]
BALL_VIEW: list[Gen] = [
    bawlone.stream_heartbeat,
    bawlone.adjust_match_watched,
    bawlone.highlight_watched,
    bawlone.opaque_stats,
    bawlone.stream_heartbeat,
]
BALL_DEV: list[Gen] = [bawlone.adjust_session, bawlone.adjust_event, bawlone.adjust_attribution]
TAY_VIEW: list[Gen] = [
    taytaya.narhtaung,
    taytaya.taya_neyar,
    taytaya.reidio_session,
    taytaya.opaque_batch,
    taytaya.recently_played,
    taytaya.narhtaung,
]
TAY_DEV: list[Gen] = [taytaya.register, taytaya.config_opaque, taytaya.register]
NGWE_BIO: list[Gen] = [
    ngwe.myet_hna_win,
    ngwe.dis_selfie,
    ngwe.myet_hna_protobuf,
    ngwe.dis_liveness_record,
    ngwe.myet_hna_hmat_poun_tin,
    ngwe.myet_hna_win,
    ngwe.liveness_frames,
]
NGWE_DEV: list[Gen] = [ngwe.set_chain, ngwe.balance_opaque, ngwe.set_chain]
TV_VIEW: list[Gen] = [
    padauktv.acr_report,
    padauktv.recently_watched,
    padauktv.acr_opaque,
    padauktv.acr_report,
]
TV_DEV: list[Gen] = [padauktv.network_status, padauktv.register]
SAT_VIEW: list[Gen] = [satellite.zap_log, satellite.zap_log, satellite.audience_packed]
SAT_OTHER: list[Gen] = [
    satellite.heartbeat,
    satellite.epg,
    satellite.signal_report,
    satellite.entitlement,
    satellite.heartbeat,
    satellite.ota,
]
WATCH_DEV: list[Gen] = [
    nayi.sync,
    nayi.watch_info,
    nayi.dump_protobuf,
    nayi.bind,
    nayi.sync,
    nayi.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family241.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            zatkaung.firebase_installation(c),
            zatkaung.set_hmat_poun_tin(c),
            zatkaung.appsflyer_launch(c),
            bawlone.adjust_session(c),
            taytaya.register(c),
            ngwe.set_chain(c),
            padauktv.register(c),
            satellite.activate(c),
            nayi.bind(c),
            background.weather(c),
        ]

    def zat_block(self) -> None:
        self.some(
            [
                (0.5, zatkaung.catalogue),
                (0.7, zatkaung.hls_segment),
                (0.5, zatkaung.hls_segment),
                (0.3, zatkaung.thumbnail),
                (0.25, zatkaung.shar_hpwe),
                (0.2, zatkaung.top_ten),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ZAT_VIEW, "zat_view")
        if self.p(0.3):
            self.next(ZAT_DEV, "zat_dev")

    def ball_block(self) -> None:
        self.some(
            [
                (0.7, bawlone.live_scores),
                (0.4, bawlone.match_events),
                (0.3, bawlone.highlights_list),
                (0.25, bawlone.table),
                (0.2, bawlone.fixtures),
                (0.1, bawlone.follow_team),
            ]
        )
        if self.p(0.75):
            self.next(BALL_VIEW, "ball_view")
        if self.p(0.4):
            self.next(BALL_DEV, "ball_dev")

    def tay_block(self) -> None:
        self.some(
            [
                (0.5, taytaya.now_playing),
                (0.7, taytaya.audio_chunk),
                (0.3, taytaya.charts),
                (0.2, taytaya.lyrics),
                (0.2, taytaya.taya_catalogue),
            ]
        )
        if self.p(0.75):
            self.next(TAY_VIEW, "tay_view")
        if self.p(0.3):
            self.next(TAY_DEV, "tay_dev")

    def ngwe_block(self) -> None:
        self.some(
            [
                (0.5, ngwe.ngwe_hlwe),
                (0.3, ngwe.topup),
                (0.3, ngwe.qr_pay),
                (0.25, ngwe.otp),
                (0.12, ngwe.kyc_form),
                (0.12, ngwe.profile_photo),
                (0.12, ngwe.dis_customer),
                (0.1, ngwe.dis_document_back),
            ]
        )
        if self.p(0.85):
            self.next(NGWE_BIO, "ngwe_bio")
        if self.p(0.4):
            self.next(NGWE_DEV, "ngwe_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, padauktv.remote_key),
                (0.3, padauktv.home_rails),
                (0.2, padauktv.trending),
                (0.15, padauktv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def sat_block(self) -> None:
        if self.p(0.7):
            self.next(SAT_OTHER, "sat_other")
        if self.p(0.75):
            self.next(SAT_VIEW, "sat_view")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, nayi.daily),
                (0.3, nayi.watchface),
                (0.25, nayi.wrist_settings),
                (0.15, nayi.firmware),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family241, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.zat_block),
        (0.14, s.ball_block),
        (0.13, s.tay_block),
        (0.15, s.ngwe_block),
        (0.13, s.tv_block),
        (0.1, s.sat_block),
        (0.11, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
