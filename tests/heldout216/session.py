"""The script of the set-216 session: one Bengali family's devices in turn (the
father's cricket app, TV box and ACR smart TV in Kolkata; the mother's music /
radio app in Kolkata; the daughter's series streamer in London; the uncle's
wallet in Dhaka), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, gaan, golpo, khela, taka, tv
from .phone import Family216

START = 1733126400.0  # 2024-12-02T08:00:00Z

Gen = Callable[[Context], Flow]

GOLPO_VIEW: list[Gen] = [
    golpo.dekha_progress,
    golpo.ga4_video,
    golpo.opaque_beacon,
    golpo.chalu_rakhun,
    lambda c: golpo.ga4_video(c, "video_complete"),
    golpo.dekha_progress,
    golpo.dekha_itihas,
]
GOLPO_DEV: list[Gen] = [
    golpo.register_device,
    golpo.firebase_installation,
    golpo.ga4_screen,
    golpo.opaque_device,
]
KHELA_VIEW: list[Gen] = [
    khela.dekha_heartbeat,
    khela.appsflyer_watch,
    khela.opaque_stats,
    khela.dekha_heartbeat,
]
KHELA_DEV: list[Gen] = [khela.appsflyer_launch, khela.rtb_bid, khela.appsflyer_purchase]
GAAN_VIEW: list[Gen] = [
    gaan.shona,
    gaan.adjust_listen,
    gaan.radio_session,
    gaan.opaque_batch,
    gaan.meta_event,
    gaan.shesh_shona,
    gaan.shona,
]
GAAN_DEV: list[Gen] = [gaan.adjust_session, gaan.opaque_config, gaan.adjust_session]
TAKA_BIO: list[Gen] = [
    taka.mukh_jachai,
    taka.shufti_face,
    taka.send_money_face,
    taka.mukh_nibondhon,
    taka.mukh_jachai,
    taka.liveness_frames,
]
TAKA_DEV: list[Gen] = [taka.device_bind, taka.fraud_opaque, taka.device_bind]
BOX_VIEW: list[Gen] = [tv.box_chalano, tv.box_chalano, tv.box_opaque]
BOX_OTHER: list[Gen] = [tv.box_channels, tv.box_epg, tv.box_login, tv.box_channels]
TV_VIEW: list[Gen] = [tv.acr_report, tv.tv_history, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.tv_network, tv.tv_register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family216.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            golpo.firebase_installation(c),
            golpo.register_device(c),
            khela.appsflyer_launch(c),
            gaan.adjust_session(c),
            taka.device_bind(c),
            tv.box_login(c),
            tv.tv_register(c),
            background.weather(c),
        ]

    def golpo_block(self) -> None:
        self.some(
            [
                (0.5, golpo.catalogue),
                (0.7, golpo.hls_segment),
                (0.5, golpo.hls_segment),
                (0.25, golpo.khoja),
                (0.2, golpo.beshi_dekha),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GOLPO_VIEW, "golpo_view")
        if self.p(0.3):
            self.next(GOLPO_DEV, "golpo_dev")

    def khela_block(self) -> None:
        self.some(
            [
                (0.7, khela.live_score),
                (0.4, khela.commentary),
                (0.3, khela.highlights_list),
                (0.25, khela.points_table),
                (0.1, khela.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(KHELA_VIEW, "khela_view")
        if self.p(0.45):
            self.next(KHELA_DEV, "khela_dev")

    def gaan_block(self) -> None:
        self.some(
            [
                (0.6, gaan.now_playing),
                (0.7, gaan.audio_chunk),
                (0.3, gaan.chart),
                (0.25, gaan.lyrics),
            ]
        )
        if self.p(0.75):
            self.next(GAAN_VIEW, "gaan_view")
        if self.p(0.35):
            self.next(GAAN_DEV, "gaan_dev")

    def taka_block(self) -> None:
        self.some(
            [
                (0.6, taka.balance),
                (0.35, taka.send_money),
                (0.25, taka.recharge),
                (0.12, taka.nid_form),
                (0.12, taka.profile_photo),
                (0.1, taka.shufti_address),
            ]
        )
        if self.p(0.85):
            self.next(TAKA_BIO, "taka_bio")
        if self.p(0.4):
            self.next(TAKA_DEV, "taka_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.tv_remote),
                (0.3, tv.tv_rails),
                (0.2, tv.tv_trending),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family216, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.golpo_block),
        (0.17, s.khela_block),
        (0.16, s.gaan_block),
        (0.19, s.taka_block),
        (0.12, s.box_block),
        (0.16, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
