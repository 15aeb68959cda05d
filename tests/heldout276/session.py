"""The script of the set-276 session: one Bashkir family's devices in Ufa in turn
(the daughter's broadcaster app, the living-room set-top box, the mother's
kurai-music and messenger apps, the father's bank, the son's kids' tablet),
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bala, banka, efir, hoylash, kurai, stb
from .phone import Family276

START = 1736755200.0  # 2025-01-13T08:00:00Z

Gen = Callable[[Context], Flow]

EFIR_VIEW: list[Gen] = [
    efir.live_heartbeat,
    efir.resume_point,
    efir.meter_hit,
    efir.appmetrica_report,
    efir.dauam,
    efir.meter_packed,
    efir.live_heartbeat,
    efir.meter_hit,
]
EFIR_DEV: list[Gen] = [efir.appmetrica_startup, efir.appmetrica_plain, efir.register]
BOX_VIEW: list[Gen] = [stb.zap_log, stb.resume, stb.zap_protobuf, stb.zap_log]
BOX_DEV: list[Gen] = [stb.heartbeat, stb.heartbeat_opaque, stb.hello, stb.heartbeat]
KURAI_VIEW: list[Gen] = [
    kurai.tynlau,
    lambda c: kurai.mytracker(c, True),
    kurai.branch_event,
    kurai.hungy,
    kurai.batch_opaque,
    kurai.tynlau,
]
KURAI_DEV: list[Gen] = [kurai.mytracker, kurai.register, kurai.branch_install]
BANK_BIO: list[Gen] = [
    banka.login_template,
    banka.selfie_check,
    banka.liveness_result,
    banka.login_protobuf,
    banka.enrol,
    banka.login_template,
]
BANK_DEV: list[Gen] = [banka.bind, banka.balance, banka.balance]
MSG_BIO: list[Gen] = [
    hoylash.voice_check,
    hoylash.voice_enrol,
    hoylash.voice_check_opaque,
    hoylash.voice_check_b64,
]
MSG_DEV: list[Gen] = [hoylash.register, hoylash.keepalive, hoylash.firebase_install]
BALA_VIEW: list[Gen] = [bala.progress, bala.progress, bala.weekly_report]
BALA_DEV: list[Gen] = [bala.checkin, bala.firebase_install]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family276.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            efir.appmetrica_startup(c),
            efir.register(c),
            stb.hello(c),
            kurai.branch_install(c),
            kurai.register(c),
            hoylash.firebase_install(c),
            hoylash.register(c),
            banka.bind(c),
            bala.firebase_install(c),
            bala.checkin(c),
            background.weather(c),
        ]

    def efir_block(self) -> None:
        self.some(
            [
                (0.5, efir.guide),
                (0.6, efir.hls_segment),
                (0.4, efir.hls_segment),
                (0.4, efir.thumbnail),
                (0.25, efir.search),
                (0.1, efir.trace),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(EFIR_VIEW, "efir_view")
        if self.p(0.3):
            self.next(EFIR_DEV, "efir_dev")

    def box_block(self) -> None:
        self.some([(0.3, stb.epg), (0.1, stb.firmware), (0.3, stb.channel_list)])
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.35):
            self.next(BOX_DEV, "box_dev")

    def kurai_block(self) -> None:
        self.some(
            [
                (0.7, kurai.audio_chunk),
                (0.4, kurai.audio_chunk),
                (0.3, kurai.chart),
                (0.25, kurai.lyrics),
                (0.15, kurai.config),
            ]
        )
        if self.p(0.75):
            self.next(KURAI_VIEW, "kurai_view")
        if self.p(0.3):
            self.next(KURAI_DEV, "kurai_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banka.rates),
                (0.3, banka.transfer),
                (0.12, banka.passport_form),
                (0.12, banka.avatar),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def msg_block(self) -> None:
        self.some(
            [
                (0.7, hoylash.message),
                (0.4, hoylash.message),
                (0.35, hoylash.voice_message),
                (0.3, hoylash.presence),
            ]
        )
        if self.p(0.75):
            self.next(MSG_BIO, "msg_bio")
        if self.p(0.3):
            self.next(MSG_DEV, "msg_dev")

    def bala_block(self) -> None:
        self.some([(0.5, bala.catalogue), (0.5, bala.cover), (0.25, bala.ar_pose)])
        if self.p(0.75):
            self.next(BALA_VIEW, "bala_view")
        if self.p(0.3):
            self.next(BALA_DEV, "bala_dev")


def generate_session(seed: int, target: int) -> tuple[Family276, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.efir_block),
        (0.13, s.box_block),
        (0.16, s.kurai_block),
        (0.16, s.bank_block),
        (0.15, s.msg_block),
        (0.14, s.bala_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
