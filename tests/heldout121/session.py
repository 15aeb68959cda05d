"""The script of the set-121 session: a Philippine family's Galaxy A55, iPhone
13, Xiaomi TV box and fitness band across nine apps, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import awit, background, bangko, bentahan, hatid, palaro, pitaka, rosaryo, sinehan, tanghali
from .phone import Phone121

START = 1732435200.0  # 2024-11-24T08:00:00Z

Gen = Callable[[Context], Flow]

SINE_VIEW: list[Gen] = [
    background.miui_usage,
    sinehan.progreso,
    sinehan.ituloy,
    sinehan.progreso,
    sinehan.beacon_opaque,
    sinehan.progreso,
]
SINE_DEV: list[Gen] = [sinehan.box_launch, background.miui_ota]
TANGHALI_VIEW: list[Gen] = [
    tanghali.tune_log,
    tanghali.video_progress,
    tanghali.heartbeat_numeric,
    tanghali.video_progress,
]
PALARO_VIEW: list[Gen] = [palaro.heartbeat, palaro.heartbeat, palaro.heartbeat]
AWIT_VIEW: list[Gen] = [awit.gipaminaw, awit.bag_ong, awit.gipaminaw, awit.playlog_opaque]
AWIT_DEV: list[Gen] = [awit.band_sync, awit.band_sync, awit.band_opaque]
ROSARYO_VIEW: list[Gen] = [
    rosaryo.ginpamatian,
    rosaryo.history,
    rosaryo.ginpamatian,
    rosaryo.progress_opaque,
]
BENTAHAN_VIEW: list[Gen] = [bentahan.nanood, bentahan.replay, bentahan.nanood]
PITAKA_BIO: list[Gen] = [
    pitaka.advance_compare,
    pitaka.selfie_copy,
    pitaka.face_template_opaque,
    pitaka.advance_compare,
]
PITAKA_DEV: list[Gen] = [pitaka.appsflyer, pitaka.device_bind, pitaka.risk_opaque]
BANGKO_BIO: list[Gen] = [
    bangko.voice_verify,
    bangko.voice_enrol,
    bangko.voice_verify,
    bangko.speaker_embedding,
    bangko.reverify_opaque,
]
HATID_BIO: list[Gen] = [hatid.selfie_check, hatid.selfie_check, hatid.face_crop_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone121.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sinehan.box_launch(c),
            palaro.adjust_session(c),
            pitaka.appsflyer(c),
            pitaka.device_bind(c),
            bangko.device_bind(c),
            hatid.bind(c),
            rosaryo.ads_idfa(c),
            awit.band_sync(c),
            background.config(c),
        ]

    def sine_block(self) -> None:
        self.some(
            [
                (0.7, sinehan.katalogo),
                (0.4, sinehan.pinakapinanood),
                (0.6, sinehan.manifest),
                (0.7, sinehan.poster),
                (0.5, sinehan.poster),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SINE_VIEW, "sine_view")
        if self.p(0.2):
            self.next(SINE_DEV, "sine_dev")

    def tanghali_block(self) -> None:
        self.some([(0.7, tanghali.balita), (0.4, tanghali.epg), (0.2, tanghali.text_vote)])
        if self.p(0.75):
            self.next(TANGHALI_VIEW, "tanghali_view")

    def palaro_block(self) -> None:
        self.some(
            [
                (0.6, palaro.scoreboard),
                (0.3, palaro.fight_card),
                (0.4, palaro.drm_license),
                (0.4, palaro.ad_breaks),
                (0.15, palaro.adjust_session),
            ]
        )
        if self.p(0.75):
            self.next(PALARO_VIEW, "palaro_view")

    def awit_block(self) -> None:
        self.some([(0.4, awit.charts), (0.4, awit.lyrics), (0.3, awit.song_features)])
        if self.p(0.8):
            self.next(AWIT_VIEW, "awit_view")
        if self.p(0.3):
            self.next(AWIT_DEV, "awit_dev")

    def rosaryo_block(self) -> None:
        self.some(
            [
                (0.5, rosaryo.ebanghelyo),
                (0.3, rosaryo.iskedyul),
                (0.15, rosaryo.donasyon),
                (0.1, rosaryo.ads_idfa),
            ]
        )
        if self.p(0.8):
            self.next(ROSARYO_VIEW, "rosaryo_view")

    def bentahan_block(self) -> None:
        self.some(
            [
                (0.7, bentahan.products),
                (0.3, bentahan.mine),
                (0.5, bentahan.viewers),
                (0.2, bentahan.seller_stall),
                (0.6, bentahan.thumb),
            ]
        )
        if self.p(0.7):
            self.next(BENTAHAN_VIEW, "bentahan_view")

    def pitaka_block(self) -> None:
        self.some([(0.6, pitaka.qr_pay), (0.2, pitaka.ocr_id), (0.15, pitaka.signup)])
        if self.p(0.55):
            self.next(PITAKA_BIO, "pitaka_bio")
        if self.p(0.4):
            self.next(PITAKA_DEV, "pitaka_dev")

    def bangko_block(self) -> None:
        self.some(
            [
                (0.6, bangko.accounts),
                (0.3, bangko.branches),
                (0.3, bangko.stt_command),
                (0.1, bangko.device_bind),
            ]
        )
        if self.p(0.6):
            self.next(BANGKO_BIO, "bangko_bio")

    def hatid_block(self) -> None:
        self.some(
            [
                (0.6, hatid.jobs),
                (0.6, hatid.breadcrumbs),
                (0.4, hatid.pod_photo),
                (0.2, hatid.ebike),
                (0.1, hatid.bind),
            ]
        )
        if self.p(0.5):
            self.next(HATID_BIO, "hatid_bio")


def generate_session(seed: int, target: int) -> tuple[Phone121, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.sine_block),
        (0.11, s.tanghali_block),
        (0.11, s.palaro_block),
        (0.11, s.awit_block),
        (0.1, s.rosaryo_block),
        (0.11, s.bentahan_block),
        (0.11, s.pitaka_block),
        (0.1, s.bangko_block),
        (0.1, s.hatid_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
